"""What every command shares: where the case is, opening it, --format, progress on stderr."""

from __future__ import annotations

import shutil
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click
import platformdirs

from workbench.core.config import Settings, login_name
from workbench.core.services import Case

DB_ENV = "WORKBENCH_DB"
USER_ENV = "WORKBENCH_USER"


def default_db() -> Path:
    return Path(platformdirs.user_data_dir("claim-workbench", appauthor=False)) / "workbench.db"


def db_path(ctx: click.Context) -> Path:
    chosen = ctx.find_root().params.get("db")
    return Path(chosen) if chosen else default_db()


def by_option(command: Any) -> Any:
    """``--by NAME``: who makes the change, for the history (every changing command has it)."""
    return click.option(
        "--by",
        envvar=USER_ENV,
        show_envvar=True,
        default=None,
        help="Who makes the change, for the history. Default: your login name.",
    )(command)


@contextmanager
def open_case(ctx: click.Context, by: str | None = None) -> Iterator[Case]:
    """The case, its changes recorded as made by ``by`` (else the login name)."""
    path = db_path(ctx)
    with Case.open(path, Settings(user=(by or "").strip() or login_name())) as case:
        if case.store.backup is not None:
            click.echo(
                f"Upgraded the case; the old version is kept at {case.store.backup}", err=True
            )
        yield case


def format_option(*choices: str) -> Callable[[Any], Any]:
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(choices),
        default=choices[0],
        show_default=True,
        help="Output format.",
    )


SHOW_AFTER_SECONDS = 1.0


def progress_bar(label: str = "Importing") -> Callable[[int, int, str], None]:
    """A progress line on stderr when it is a terminal and the work takes more than a second.

    The line shows the share done and what is being done ("Extracting
    claims: report.pdf (40%)"), so a long document shows it is moving.
    """
    started = time.monotonic()
    state: dict[str, bool] = {}

    def report(done: int, total: int, message: str) -> None:
        if state.get("closed") or not sys.stderr.isatty():
            return
        if time.monotonic() - started < SHOW_AFTER_SECONDS:
            return
        share = done / total if total else 1.0
        filled = int(share * 30)
        line = f"{label} [{'#' * filled}{'-' * (30 - filled)}] {share:4.0%}  {message}"
        width = shutil.get_terminal_size((100, 20)).columns - 1
        click.echo("\r" + line[:width].ljust(width), err=True, nl=False)
        if done >= total:
            click.echo("", err=True)
            state["closed"] = True

    return report


def progress_printer() -> Callable[[int, int, str], None]:
    def report(done: int, total: int, message: str) -> None:
        if sys.stderr.isatty():
            click.echo(f"\r{message}".ljust(60), err=True, nl=False)

    return report

"""What every command shares: where the case is, opening it, --format, progress on stderr."""

from __future__ import annotations

import sys
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


def progress_bar(label: str = "Importing") -> Callable[[int, int, str], None]:
    """A progress bar on stderr when it is a terminal and there are more than a few items."""
    state: dict[str, Any] = {}

    def report(done: int, total: int, message: str) -> None:
        if total <= 3 or not sys.stderr.isatty():
            return
        bar = state.get("bar")
        if bar is None:
            bar = state["bar"] = click.progressbar(length=total, label=label, file=sys.stderr)
            bar.__enter__()
        bar.update(done - bar.pos)
        if done >= total:
            bar.__exit__(None, None, None)

    return report


def progress_printer() -> Callable[[int, int, str], None]:
    def report(done: int, total: int, message: str) -> None:
        if sys.stderr.isatty():
            click.echo(f"\r{message}".ljust(60), err=True, nl=False)

    return report

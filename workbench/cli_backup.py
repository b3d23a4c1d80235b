"""Snapshots on the command line: ``backup`` and ``restore``."""

from __future__ import annotations

from pathlib import Path

import click

from workbench import cli_output as out
from workbench.cli_common import db_path, open_case
from workbench.core.services import case_snapshots, restore_case


@click.command()
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False),
    help="Write the copy here (it must not exist); default: a snapshot beside the case.",
)
@click.pass_context
def backup(ctx: click.Context, output: str | None) -> None:
    """Snapshot the case now (SQLite's backup API: safe while the app is open).

    Snapshots are also taken by themselves: daily, before an upgrade and
    before every import, match and import-claims.

    \b
    Example:
      workbench --db syria.db backup
      workbench --db syria.db backup -o /media/usb/syria-monday.db
    """
    with open_case(ctx) as case:
        written = case.backup(Path(output) if output else None)
    click.echo(f"wrote {written}", err=True)


@click.command()
@click.argument("snapshot", required=False)
@click.pass_context
def restore(ctx: click.Context, snapshot: str | None) -> None:
    """List the case's snapshots, or restore one ('latest', its number, or a file).

    The current file is never written over: a sound case is first copied
    beside itself (CASE.before-restore-TIME.db), a damaged one is moved aside
    (CASE.damaged-TIME).

    \b
    Example:
      workbench --db syria.db restore            # list, newest first
      workbench --db syria.db restore latest
      workbench --db syria.db restore 3
    """
    path = db_path(ctx)
    if snapshot is None:
        rows = case_snapshots(path)
        click.echo(
            out.table(
                ["#", "taken", "why", "articles", "claims", "size", "sound"],
                (
                    (
                        n,
                        s.snapshot.when,
                        s.snapshot.reason.replace("-", " "),
                        s.articles,
                        s.claims,
                        f"{s.size / 1e6:.1f} MB",
                        "yes" if s.sound else "DAMAGED",
                    )
                    for n, s in enumerate(rows, start=1)
                ),
            )  # fmt: skip
            or f"{path} has no snapshots yet"
        )
        return
    restored = restore_case(path, snapshot)
    click.echo(f"Restored {path} from the snapshot of {restored.snapshot.describe()}.", err=True)
    if restored.kept is not None:
        what = "damaged file" if restored.was_damaged else "file it replaced"
        click.echo(f"The {what} is kept at {restored.kept}.", err=True)

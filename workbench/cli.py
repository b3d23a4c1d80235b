"""The command line: a thin click layer over :mod:`workbench.core.services`.

Every command opens the case, makes one service call and prints. A
:class:`WorkbenchError` becomes one line on stderr and exit status 1.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
from dataclasses import asdict
from pathlib import Path

import click

from workbench import cli_output as out
from workbench.cli_backup import backup, restore
from workbench.cli_claims import (
    claims,
    delete_claim,
    evidence,
    history,
    set_status,
    similar,
    text,
)
from workbench.cli_common import (
    DB_ENV,
    by_option,
    db_path,
    default_db,
    format_option,
    open_case,
    progress_bar,
    progress_printer,
)
from workbench.cli_edit import edit_claim, set_article
from workbench.cli_links import decide, link, links, match
from workbench.cli_sources import merge_sources, set_source, sources
from workbench.core.domain import ClaimQuery, SourceType
from workbench.core.errors import InvalidInputError, WorkbenchError
from workbench.core.ingest import ArticleMeta, check_date


@click.group(invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--db",
    type=click.Path(dir_okay=False),
    envvar=DB_ENV,
    show_envvar=True,
    help="The case database (one SQLite file per case). "
    "Default: workbench.db in your user data folder.",
)
@click.version_option(package_name="claim-workbench")
@click.pass_context
def cli(ctx: click.Context, db: str | None) -> None:
    """Claim Workbench: who said what across news articles.

    \b
    Example:
      workbench --db syria.db import articles/
      workbench --db syria.db claims --search killed
      workbench --db syria.db        # opens the desktop app
    """
    if ctx.invoked_subcommand is None:
        ctx.invoke(gui)


for _command in (
    claims, similar, set_status, evidence, delete_claim, text, history, match, links, link, decide,
    backup, restore, set_article, edit_claim, sources, set_source, merge_sources,
):  # fmt: skip
    cli.add_command(_command)


@cli.command()
@click.option(
    "--screenshot",
    type=click.Path(dir_okay=False),
    help="Save a PNG of the window once loaded, then exit.",
)
@click.pass_context
def gui(ctx: click.Context, screenshot: str | None) -> None:
    """Open the desktop app on the case.

    \b
    Example:
      workbench --db syria.db gui
      QT_QPA_PLATFORM=offscreen workbench gui --screenshot shot.png
    """
    from workbench.gui.app import run_app

    sys.exit(run_app(db_path(ctx), screenshot=Path(screenshot) if screenshot else None))


@cli.command()
@click.option(
    "--no-gui", is_flag=True, help="Build the demo case and print a summary; do not open the app."
)
@click.pass_context
def demo(ctx: click.Context, no_gui: bool) -> None:
    """Build (or rebuild) the demo case from the bundled samples and open it.

    \b
    Example:
      workbench demo
      workbench --db /tmp/demo.db demo --no-gui
    """
    from workbench.core.demo import build_demo, default_demo_path

    chosen = ctx.find_root().params.get("db")
    path = Path(chosen) if chosen else default_demo_path(default_db())
    summary = build_demo(path, progress=progress_printer())
    click.echo(summary.describe())
    if not no_gui:
        from workbench.gui.app import run_app

        sys.exit(run_app(path))


@cli.command("import")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--outlet", default="", help="Outlet that published the articles.")
@click.option("--date", "date_", default="", help="Publication date, YYYY-MM-DD.")
@click.option("--title", default="", help="Title (for a single article).")
@click.option("--url", default="", help="Address of the article.")
@format_option("table", "json")
@by_option
@click.pass_context
def import_(
    ctx: click.Context,
    paths: tuple[str, ...],
    outlet: str,
    date_: str,
    title: str,
    url: str,
    fmt: str,
    by: str | None,
) -> None:
    """Import articles, folders of them, or web pages by address, with their claims.

    Reads .txt, .md, .html, .pdf, .docx, .odt and .eml files, and http(s)
    addresses. A long report is read in pieces, with progress; Ctrl+C stops
    it and keeps what was stored before. Metadata comes from these options,
    else a NAME.meta.json beside the file, else the file itself. Files in a
    folder that are not read are listed as skipped. Exit status 1 if any
    file or page failed.

    \b
    Example:
      workbench import story.txt --outlet "Levant Wire" --date 2011-04-29
      workbench import report.pdf statement.docx articles/ --format json
      workbench import https://example.org/news/deraa.html
    """
    meta = ArticleMeta(title=title, outlet=outlet, date=check_date(date_, "--date"), url=url)
    with open_case(ctx, by) as case:
        report = case.import_paths(paths, meta, progress=progress_bar())
    if fmt == "json":
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False))
    else:
        for item in report.imported:
            click.echo(f"imported  #{item.id}  {item.path}  ({item.claims} claims)  {item.title}")
        for path, existing in report.duplicates:
            click.echo(f"duplicate {path}  (already stored as #{existing})")
        for path, reason in report.skipped:
            click.echo(f"skipped   {path}: {reason}")
        for path, error in report.failed:
            click.echo(f"failed    {path}: {error}", err=True)
        click.echo(
            f"{len(report.imported)} imported, {len(report.duplicates)} duplicates, "
            f"{len(report.failed)} failed, {len(report.skipped)} skipped"
            + (" (cancelled before the end)" if report.cancelled else ""),
            err=True,
        )
    if report.failed:
        sys.exit(1)


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path())
@format_option("jsonl", "json", "table")
@click.option(
    "--out-dir", type=click.Path(file_okay=False), help="Write DIR/STEM.jsonl for each file."
)
def extract(files: tuple[str, ...], fmt: str, out_dir: str | None) -> None:
    """Extract claims from articles without touching any database ('-' reads stdin).

    \b
    Example:
      workbench extract story.txt --format table
      workbench extract corpus/*.txt --out-dir predictions/
      cat story.txt | workbench extract -
    """
    from workbench.core.extraction_batch import extract_files

    failed = False
    for name, result in extract_files(files, Path(out_dir) if out_dir else None, sys.stdin):
        if isinstance(result, str):
            click.echo(f"{name}: {result}", err=True)
            failed = True
            continue
        if out_dir:
            continue
        dicts = [e.to_dict() for e in result]
        if fmt == "json":
            click.echo(json.dumps(dicts, ensure_ascii=False, indent=2))
        elif fmt == "table":
            click.echo(
                out.table(
                    ["source", "type", "cue", "content"],
                    (
                        (d["source_resolved"], d["source_type"], d["cue"], d["content"])
                        for d in dicts
                    ),
                )
            )
        elif dicts:
            click.echo(out.jsonl(dicts))
    if failed:
        sys.exit(1)


@cli.command()
@format_option("table", "jsonl")
@click.pass_context
def articles(ctx: click.Context, fmt: str) -> None:
    """List the case's articles with their claim counts.

    \b
    Example:
      workbench articles
    """
    with open_case(ctx) as case:
        rows = case.articles()
        if fmt == "jsonl":
            click.echo(out.jsonl(asdict(a) for a in rows))
        else:
            click.echo(
                out.table(
                    ["id", "date", "outlet", "claims", "reviewed", "title"],
                    ((a.id, a.date, a.outlet, a.claims, a.reviewed, a.title) for a in rows),
                )
                or "no articles"
            )


@cli.command("import-claims")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@by_option
@click.pass_context
def import_claims(ctx: click.Context, file: str, by: str | None) -> None:
    """Load claims from another case's JSON export, or any JSONL with 'content'.

    Lines naming one article (the same path, or the same url) go to one
    article. A line that cannot be taken is listed under "skipped" with the
    reason and the others are imported; the exit status is then 1.

    \b
    Example:
      workbench --db other.db export --format json -o case.json
      workbench --db mine.db import-claims case.json
    """
    with open_case(ctx, by) as case:
        report = case.import_claims(Path(file))
    click.echo(json.dumps(report.to_dict(), ensure_ascii=False))
    for where, why in report.skipped:
        click.echo(f"skipped   {where}: {why}", err=True)
    if report.skipped:
        sys.exit(1)


@cli.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["html", "md", "csv", "json", "claimreview", "pdf"]),
    required=True,
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False),
    help="Write here (stdout if absent; pdf needs it).",
)
@click.option("--status", multiple=True, help="Only claims with this status (repeatable).")
@click.option("--article", type=int, multiple=True, help="Only claims of this article.")
@click.option("--source-type", multiple=True, type=click.Choice([str(t) for t in SourceType]))
@click.option(
    "--base-url", default="", help="Where the report will be published (ClaimReview urls)."
)
@click.pass_context
def export(
    ctx: click.Context,
    fmt: str,
    output: str | None,
    status: tuple[str, ...],
    article: tuple[int, ...],
    source_type: tuple[str, ...],
    base_url: str,
) -> None:
    """Write a claim report: html, pdf, md, csv, json or schema.org ClaimReview.

    \b
    Example:
      workbench export --format html -o report.html --status verified
      workbench export --format claimreview --base-url https://example.org/checks
    """
    query = ClaimQuery(statuses=status, article_ids=article, source_types=source_type)
    if fmt == "pdf" and not output:
        raise InvalidInputError("--format pdf needs -o FILE")
    with open_case(ctx) as case:
        if fmt == "pdf":
            if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
                os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
            from workbench.gui.pdf import write_pdf

            write_pdf(case.export("pdf", query, base_url=base_url), Path(output or ""))
            click.echo(f"wrote {output}", err=True)
            return
        data, encoding = case.export(fmt, query, base_url=base_url), case.export_encoding(fmt)
    if fmt == "claimreview" and not base_url.strip():
        click.echo(
            "Note: without --base-url each ClaimReview url is only '#claim-N'; search engines "
            "need the full address where the report will be published.",
            err=True,
        )
    if output:
        try:
            Path(output).write_text(data, encoding=encoding, newline="")
        except OSError as exc:
            raise InvalidInputError(f"{output}: cannot write ({exc.strerror})") from exc
        click.echo(f"wrote {output}", err=True)
    else:
        click.echo(data, nl=not data.endswith("\n"))


def main() -> None:
    """Entry point: user errors become one line on stderr, never a traceback."""
    try:
        cli.main(standalone_mode=False, prog_name="workbench")
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(130)
    except click.UsageError as exc:
        # One line, as for every user error; click's own layout adds a usage block.
        hint = f" (see '{exc.ctx.command_path} --help')" if exc.ctx is not None else ""
        message = " ".join(exc.format_message().split())
        click.echo(f"Error: {message}{hint}", err=True)
        sys.exit(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except WorkbenchError as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        click.echo("Interrupted; everything stored so far is kept.", err=True)
        sys.exit(130)
    except BrokenPipeError:
        sys.stderr.close()
        sys.exit(0)
    except sqlite3.DatabaseError as exc:
        # A page damaged after the header passes the checks made on opening and
        # only shows when a query reaches it: the user's file, not our bug.
        click.echo(
            f"Error: the case database cannot be read ({exc}); it may be damaged:"
            " 'workbench restore' lists its snapshots and 'workbench restore latest'"
            " puts the newest back, keeping the damaged file beside it",
            err=True,
        )
        sys.exit(1)
    except Exception as exc:  # a bug: say so in one line, details on request
        if os.environ.get("WORKBENCH_DEBUG"):
            raise
        click.echo(
            f"Internal error: {type(exc).__name__}: {exc} (set WORKBENCH_DEBUG=1 for details)",
            err=True,
        )
        sys.exit(2)

"""The command line: a thin click layer over :mod:`workbench.core.services`.

Every command opens the case, makes one service call and prints. A
:class:`WorkbenchError` becomes one line on stderr and exit status 1.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
from collections.abc import Callable, Iterator
from dataclasses import asdict
from pathlib import Path
from typing import Any

import click

from workbench import cli_output as out
from workbench.cli_common import DB_ENV, db_path, default_db, format_option, open_case
from workbench.cli_links import decide, link, links, match
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


for _command in (match, links, link, decide):
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
    summary = build_demo(path, progress=_progress_printer())
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
@click.pass_context
def import_(
    ctx: click.Context,
    paths: tuple[str, ...],
    outlet: str,
    date_: str,
    title: str,
    url: str,
    fmt: str,
) -> None:
    """Import articles (.txt, .md, .html) or folders of them, with their claims.

    Metadata comes from these options, else a NAME.meta.json beside the file,
    else the file itself. Exit status 1 if any file failed.

    \b
    Example:
      workbench import story.txt --outlet "Levant Wire" --date 2011-04-29
      workbench import articles/ --format json
    """
    meta = ArticleMeta(title=title, outlet=outlet, date=check_date(date_, "--date"), url=url)
    with open_case(ctx) as case:
        report = case.import_paths(paths, meta, progress=_progress_bar())
    if fmt == "json":
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False))
    else:
        for item in report.imported:
            click.echo(f"imported  #{item.id}  {item.path}  ({item.claims} claims)  {item.title}")
        for path, existing in report.duplicates:
            click.echo(f"duplicate {path}  (already stored as #{existing})")
        for path, error in report.failed:
            click.echo(f"failed    {path}: {error}", err=True)
        click.echo(
            f"{len(report.imported)} imported, {len(report.duplicates)} duplicates, "
            f"{len(report.failed)} failed",
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
@click.option("--status", multiple=True, help="Only claims with this status (repeatable).")
@click.option(
    "--source-type",
    multiple=True,
    type=click.Choice([str(t) for t in SourceType]),
    help="Only this source type.",
)
@click.option("--article", type=int, multiple=True, help="Only claims of this article id.")
@click.option("--search", default="", help="Full-text search over source and content.")
@format_option("table", "jsonl", "csv")
@click.pass_context
def claims(
    ctx: click.Context,
    status: tuple[str, ...],
    source_type: tuple[str, ...],
    article: tuple[int, ...],
    search: str,
    fmt: str,
) -> None:
    """List stored claims.

    \b
    Example:
      workbench claims --status unverified --source-type government
      workbench claims --search "killed" --format jsonl
    """
    query = ClaimQuery(
        statuses=status, source_types=source_type, article_ids=article, search=search
    )
    with open_case(ctx) as case:
        known = {s.name for s in case.statuses()}
        for name in status:
            if name not in known:
                raise InvalidInputError(
                    f"unknown status {name!r}; use one of: {', '.join(sorted(known))}"
                )
        found = case.claims(query)
        if fmt == "table":
            click.echo(out.claims_table(found) or "no claims")
            return
        articles = {
            a.id: case.article(a.id)
            for a in case.articles()
            if a.id in {c.article_id for c in found}
        }
        dicts = [c.to_dict(articles.get(c.article_id)) for c in found]
        click.echo(
            out.jsonl(dicts) if fmt == "jsonl" else out.claim_csv(dicts),
            nl=fmt == "jsonl" and bool(dicts),
        )


@cli.command()
@click.argument("claim_id", type=int, required=False)
@click.option("--text", help="Rank claims against this text instead of a claim.")
@click.option(
    "--queries",
    type=click.Path(exists=True, dir_okay=False),
    help='JSONL of {"id", "text"} queries.',
)
@click.option("--top", type=click.IntRange(1, 1000), default=10, show_default=True)
@format_option("table", "jsonl")
@click.pass_context
def similar(
    ctx: click.Context,
    claim_id: int | None,
    text: str | None,
    queries: str | None,
    top: int,
    fmt: str,
) -> None:
    """Rank stored claims most like a claim, a text or each of a batch of queries.

    \b
    Example:
      workbench similar 12
      workbench similar --text "500 people were killed"
      workbench similar --queries tweets.jsonl --top 5 --format jsonl
    """
    if sum(x is not None for x in (claim_id, text, queries)) != 1:
        raise InvalidInputError("give exactly one of CLAIM_ID, --text or --queries")
    with open_case(ctx) as case:
        if queries:
            batch = case.similar_batch(
                _read_queries(Path(queries)), top, progress=_progress_bar("Embedding claims")
            )
            for query_id, ranked in batch:
                results = [{"claim_id": c, "score": round(s, 2)} for c, s in ranked]
                click.echo(
                    json.dumps({"query_id": query_id, "results": results}, ensure_ascii=False)
                )
            return
        embedding = _progress_bar("Embedding claims")
        hits = (
            case.similar_to_claim(claim_id, top, embedding)
            if claim_id is not None
            else case.similar(text or "", top, embedding)
        )
        if fmt == "jsonl":
            click.echo(
                out.jsonl(
                    {"claim_id": c.id, "score": round(s, 2), "content": c.content} for c, s in hits
                )
            )
        else:
            click.echo(
                out.table(
                    ["claim", "score", "source", "content"],
                    ((c.id, f"{s:.1f}", c.source_resolved, c.content) for c, s in hits),
                )
                or "nothing similar"
            )
            if not case.ranks_by_meaning():
                click.echo(
                    "(ranked by words only: install the semantic extra to rank by meaning too)",
                    err=True,
                )


def _read_queries(path: Path) -> Iterator[tuple[str, str]]:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            yield str(item["id"]), str(item["text"])
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise InvalidInputError(f'{path}, line {number}: expected {{"id", "text"}}') from exc


@cli.command("set-status")
@click.argument("claim_id", type=int)
@click.argument("status")
@click.option("--note", default=None, help="A note to store with the verdict.")
@click.option("--by", default="", help="Who decided (for the history).")
@click.pass_context
def set_status(ctx: click.Context, claim_id: int, status: str, note: str | None, by: str) -> None:
    """Record a verification status for a claim (kept in the history).

    \b
    Example:
      workbench set-status 12 verified --note "Confirmed by UNHCR" --by ana
    """
    with open_case(ctx) as case:
        claim = case.set_status(claim_id, status, note=note, by=by)
        click.echo(f"claim #{claim.id}: {claim.status}")


@cli.command()
@click.argument("article_id", type=int)
@click.pass_context
def text(ctx: click.Context, article_id: int) -> None:
    """Print the stored text of an article: the text all offsets index.

    \b
    Example:
      workbench text 1
    """
    with open_case(ctx) as case:
        click.echo(case.article(article_id).text, nl=False)


@cli.command()
@click.argument("claim_id", type=int)
@click.pass_context
def history(ctx: click.Context, claim_id: int) -> None:
    """Show the audit history of a claim.

    \b
    Example:
      workbench history 12
    """
    with open_case(ctx) as case:
        rows = case.history(claim_id)
        click.echo(
            out.table(
                ["when", "by", "action", "field", "old", "new"],
                ((h.at, h.by, h.action, h.field, h.old or "", h.new or "") for h in rows),
            )
        )


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
@click.pass_context
def import_claims(ctx: click.Context, file: str) -> None:
    """Load claims from another case's JSON export, or any JSONL with 'content'.

    \b
    Example:
      workbench --db other.db export --format json -o case.json
      workbench --db mine.db import-claims case.json
    """
    with open_case(ctx) as case:
        report = case.import_claims(Path(file))
    click.echo(json.dumps(report.to_dict()))


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


def _progress_bar(label: str = "Importing") -> Callable[[int, int, str], None]:
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


def _progress_printer() -> Callable[[int, int, str], None]:
    def report(done: int, total: int, message: str) -> None:
        if sys.stderr.isatty():
            click.echo(f"\r{message}".ljust(60), err=True, nl=False)

    return report


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
            f"Error: the case database cannot be read ({exc}); it may be damaged -"
            " keep a copy, and `sqlite3 FILE .recover` can rescue what is left",
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

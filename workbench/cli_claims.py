"""Commands on claims: list, rank similar ones, record a verdict, read history and text."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path

import click

from workbench import cli_output as out
from workbench.cli_common import by_option, format_option, open_case, progress_bar
from workbench.core.domain import ClaimQuery, SourceType
from workbench.core.embeddings import words_only_reason
from workbench.core.errors import InvalidInputError
from workbench.core.export.history_text import describe


@click.command()
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


@click.command()
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
                _read_queries(Path(queries)), top, progress=progress_bar("Embedding claims")
            )
            for query_id, ranked in batch:
                results = [{"claim_id": c, "score": round(s, 2)} for c, s in ranked]
                click.echo(
                    json.dumps({"query_id": query_id, "results": results}, ensure_ascii=False)
                )
            return
        embedding = progress_bar("Embedding claims")
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
                click.echo(f"(ranked by words only: {words_only_reason()})", err=True)


def _read_queries(path: Path) -> Iterator[tuple[str, str]]:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            yield str(item["id"]), str(item["text"])
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise InvalidInputError(f'{path}, line {number}: expected {{"id", "text"}}') from exc


@click.command("set-status")
@click.argument("claim_id", type=int)
@click.argument("status")
@click.option("--note", default=None, help="A note to store with the verdict.")
@by_option
@click.pass_context
def set_status(
    ctx: click.Context, claim_id: int, status: str, note: str | None, by: str | None
) -> None:
    """Record a verification status for a claim (kept in the history).

    \b
    Example:
      workbench set-status 12 verified --note "Confirmed by UNHCR" --by ana
    """
    with open_case(ctx, by) as case:
        claim = case.set_status(claim_id, status, note=note)
        click.echo(f"claim #{claim.id}: {claim.status}")


@click.command()
@click.argument("article_id", type=int)
@click.option(
    "--raw", is_flag=True, help="The web page as it was fetched, for an article imported by URL."
)
@click.pass_context
def text(ctx: click.Context, article_id: int, raw: bool) -> None:
    """Print the stored text of an article: the text all offsets index.

    \b
    Example:
      workbench text 1
      workbench text 7 --raw > page.html   # what the server sent
    """
    with open_case(ctx) as case:
        if raw:
            page = case.fetched_page(article_id)
            if page is None:
                raise InvalidInputError(
                    f"article {article_id} was not fetched from the web; it has no raw page"
                )
            click.echo(page[1], nl=False)
            return
        click.echo(case.article(article_id).text, nl=False)


@click.command()
@click.argument("claim_id", type=int)
@format_option("table", "jsonl")
@click.pass_context
def history(ctx: click.Context, claim_id: int, fmt: str) -> None:
    """Show the audit history of a claim: who changed what, when.

    The table says each change in words; jsonl gives the stored rows
    (field names and values as the database keeps them).

    \b
    Example:
      workbench history 12
      workbench history 12 --format jsonl
    """
    with open_case(ctx) as case:
        rows = case.history(claim_id)
        if fmt == "jsonl":
            click.echo(out.jsonl(asdict(h) for h in rows), nl=bool(rows))
            return
        labels = {s.name: s.label for s in case.statuses()}
        click.echo(
            out.table(
                ["when", "by", "change"],
                ((h.at[:19].replace("T", " "), h.by, describe(h, labels)) for h in rows),
            )
        )


@click.command()
@click.argument("claim_id", type=int)
@click.argument("url", required=False)
@click.option("--comment", default="", help="What the link shows.")
@click.option("--remove", "remove_id", type=int, help="Remove the evidence link with this id.")
@by_option
@click.pass_context
def evidence(
    ctx: click.Context,
    claim_id: int,
    url: str | None,
    comment: str,
    remove_id: int | None,
    by: str | None,
) -> None:
    """Add an evidence link to a claim, remove one, or list them (kept in the history).

    \b
    Example:
      workbench evidence 12 https://www.unhcr.org/lebanon --comment "UNHCR count"
      workbench evidence 12
      workbench evidence 12 --remove 3
    """
    with open_case(ctx, by) as case:
        if url is not None and remove_id is not None:
            raise InvalidInputError("give a URL to add or --remove ID, not both")
        if url is not None:
            added = case.add_evidence(claim_id, url, comment)
            click.echo(f"evidence #{added.id} on claim #{claim_id}: {added.url}")
            return
        if remove_id is not None:
            if remove_id not in {e.id for e in case.evidence(claim_id)}:
                raise InvalidInputError(f"claim {claim_id} has no evidence #{remove_id}")
            gone = case.remove_evidence(remove_id)
            click.echo(f"removed evidence #{gone.id} from claim #{claim_id}: {gone.url}")
            return
        rows = case.evidence(claim_id)
        click.echo(
            out.table(
                ["id", "url", "comment", "added"],
                ((e.id, e.url, e.comment, e.created_at) for e in rows),
            )  # fmt: skip
            or f"claim #{claim_id} has no evidence"
        )


@click.command("delete-claim")
@click.argument("claim_id", type=int)
@click.option("--yes", is_flag=True, help="Do not ask for confirmation (for scripts).")
@by_option
@click.pass_context
def delete_claim(ctx: click.Context, claim_id: int, yes: bool, by: str | None) -> None:
    """Delete a wrong claim with its links and evidence (the history keeps the deletion).

    \b
    Example:
      workbench delete-claim 12 --yes
    """
    with open_case(ctx, by) as case:
        claim = case.claim(claim_id)
        if not yes:
            click.confirm(
                f"Delete claim #{claim.id} ({claim.source_resolved or 'own voice'}: "
                f"{claim.content[:60]!r}) with its links and evidence?",
                abort=True,
                err=True,
            )
        case.delete_claim(claim_id)
        click.echo(f"deleted claim #{claim_id}")

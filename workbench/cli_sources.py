"""Commands on source entities: list them, correct one, join two that are one."""

from __future__ import annotations

import click

from workbench import cli_output as out
from workbench.cli_common import format_option, open_case
from workbench.core.domain import Source, SourceType

SOURCE_TYPES = click.Choice([str(t) for t in SourceType])


@click.command()
@format_option("table", "jsonl")
@click.pass_context
def sources(ctx: click.Context, fmt: str) -> None:
    """List the case's sources: one per referent across its articles.

    Each line of jsonl is {"id", "name", "type", "anonymous", "articles",
    "claims", "mentions"}: the articles and claims (ids) of the source and
    the mentions it goes by ("Interior Minister Tomas Rellik", "Rellik", "he").

    \b
    Example:
      workbench sources --format jsonl
    """
    with open_case(ctx) as case:
        found = case.sources()
    if fmt == "jsonl":
        if found:
            click.echo(out.jsonl(s.to_dict() for s in found))
        return
    click.echo(_table(found) or "no sources")


@click.command("set-source")
@click.argument("source_id", type=int)
@click.option("--type", "source_type", type=SOURCE_TYPES, help="The source's type.")
@click.option("--name", help="The source's name.")
@format_option("table", "jsonl")
@click.pass_context
def set_source(
    ctx: click.Context, source_id: int, source_type: str | None, name: str | None, fmt: str
) -> None:
    """Correct a source's type or name; every claim of it follows its type.

    A claim whose type was corrected on its own (edit-claim --source-type)
    keeps that type. The change and each claim's is kept in the history.

    \b
    Example:
      workbench set-source 12 --type military_security --name "Defence Minister Stefan Korvel"
    """
    with open_case(ctx) as case:
        case.set_source(source_id, source_type=source_type, name=name)
        _print_one(case.source(source_id), fmt)


@click.command("merge-sources")
@click.argument("keep", type=int)
@click.argument("other", type=int)
@format_option("table", "jsonl")
@click.pass_context
def merge_sources(ctx: click.Context, keep: int, other: int, fmt: str) -> None:
    """Join source OTHER into KEEP: two entities that are one referent.

    KEEP keeps its id, name and type; OTHER's claims become KEEP's (in the
    history), and claims that later name OTHER's referent join KEEP.

    \b
    Example:
      workbench merge-sources 12 31
    """
    with open_case(ctx) as case:
        case.merge_sources(keep, other)
        _print_one(case.source(keep), fmt)


def _print_one(source: Source, fmt: str) -> None:
    click.echo(out.jsonl([source.to_dict()]) if fmt == "jsonl" else _table([source]))


def _table(found: list[Source]) -> str:
    return out.table(
        ["id", "type", "claims", "articles", "name", "mentions"],
        (
            (
                s.id,
                f"{s.type}{' (anonymous)' if s.anonymous else ''}",
                len(s.claim_ids),
                len(s.article_ids),
                s.name,
                "; ".join(s.mentions),
            )
            for s in found
        ),
    )

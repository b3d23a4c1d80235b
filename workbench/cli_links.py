"""Commands on links between claims: match, list, link by hand, decide."""

from __future__ import annotations

import json
from typing import Any

import click

from workbench import cli_output as out
from workbench.cli_common import by_option, format_option, open_case
from workbench.core.services import DECISIONS as LINK_DECISIONS
from workbench.core.services import Case

RELATIONS = click.Choice(["corroborates", "conflicts"])
DECISIONS = {"accept": True, "reject": False, "reopen": None}


@click.command()
@click.option(
    "--min-score",
    type=click.FloatRange(0, 100),
    default=None,
    help="Keep links scoring at least this (0-100).",
)
@format_option("table", "jsonl")
@click.pass_context
def match(ctx: click.Context, min_score: float | None, fmt: str) -> None:
    """Find corroborating and conflicting claims across articles and store the links.

    \b
    Example:
      workbench match --min-score 70
    """
    with open_case(ctx) as case:
        articles = len(case.articles())
        if articles < 2:
            click.echo(
                "Nothing to match: links join claims of different articles, and the case has "
                + ("no articles yet." if articles == 0 else "one article."),
                err=True,
            )
            return
        links = case.match(min_score)
        _print_links(case, links, fmt)


@click.command()
@click.option("--relation", type=RELATIONS, help="Only this relation.")
@click.option(
    "--decision",
    type=click.Choice(LINK_DECISIONS),
    help="Only links still to decide (open), or those accepted or rejected.",
)
@format_option("table", "jsonl")
@click.pass_context
def links(ctx: click.Context, relation: str | None, decision: str | None, fmt: str) -> None:
    """List stored links between claims.

    \b
    Example:
      workbench links --relation conflicts
      workbench links --decision open      # the proposals still to decide
    """
    with open_case(ctx) as case:
        _print_links(case, case.links(relation, decision), fmt)


def _print_links(case: Case, links: list[Any], fmt: str) -> None:
    ids = sorted({i for k in links for i in (k.a_id, k.b_id)})
    claims_by_id = {c.id: c for c in case.claims_by_ids(ids)}
    if fmt == "table":
        click.echo(out.links_table(links, claims_by_id) or "no links")
        return
    articles = {a.id: case.article(a.id) for a in case.articles()}
    for link in links:
        click.echo(json.dumps(out.link_object(link, claims_by_id, articles), ensure_ascii=False))


@click.command()
@click.argument("a_id", type=int)
@click.argument("b_id", type=int)
@click.option("--relation", type=RELATIONS, required=True, help="How the two claims relate.")
@by_option
@format_option("table", "jsonl")
@click.pass_context
def link(ctx: click.Context, a_id: int, b_id: int, relation: str, by: str | None, fmt: str) -> None:
    """Link two claims by hand, accepted: a pair the matcher missed or got wrong.

    The link says whether the two sources are independent, as a proposed one
    does, and counts in the claims' support.

    \b
    Example:
      workbench link 121 29 --relation corroborates --by ana
    """
    with open_case(ctx, by) as case:
        _print_links(case, [case.link_claims(a_id, b_id, relation)], fmt)


@click.command()
@click.argument("link_id", type=int)
@click.argument("decision", type=click.Choice(list(DECISIONS)))
@by_option
@format_option("table", "jsonl")
@click.pass_context
def decide(ctx: click.Context, link_id: int, decision: str, by: str | None, fmt: str) -> None:
    """Accept, reject or reopen a proposed link; a rejected pair is not proposed again.

    \b
    Example:
      workbench decide 7 reject --by ana
    """
    with open_case(ctx, by) as case:
        _print_links(case, [case.decide_link(link_id, DECISIONS[decision])], fmt)

"""Commands that correct what import and extraction read: an article's metadata, a claim."""

from __future__ import annotations

import click

from workbench.cli_common import by_option, open_case
from workbench.core.domain import SourceType, Stance
from workbench.core.errors import InvalidInputError


@click.command("set-article")
@click.argument("article_id", type=int)
@click.option("--title", default=None, help="The article's title.")
@click.option("--outlet", default=None, help="Who published it ('' clears it).")
@click.option("--date", "date_", default=None, help="Publication date, YYYY-MM-DD ('' clears it).")
@click.option("--url", default=None, help="Where it was published ('' clears it).")
@click.option("--place", default=None, help="Where the story is told from (its dateline).")
@by_option
@click.pass_context
def set_article(
    ctx: click.Context,
    article_id: int,
    title: str | None,
    outlet: str | None,
    date_: str | None,
    url: str | None,
    place: str | None,
    by: str | None,
) -> None:
    """Correct an article's metadata; its claims are matched again with a new date or outlet.

    \b
    Example:
      workbench set-article 3 --outlet "Harbor Post" --date 2024-03-14
      workbench set-article 3 --url https://harborpost.example/ferry --by ana
    """
    changes = {"title": title, "outlet": outlet, "date": date_, "url": url, "place": place}
    if all(value is None for value in changes.values()):
        raise InvalidInputError(
            "nothing to change: give --title, --outlet, --date, --url or --place"
        )
    with open_case(ctx, by) as case:
        article = case.set_article(article_id, **changes)
    click.echo(
        f"article #{article.id}: {article.title} | {article.outlet or '(no outlet)'} | "
        f"{article.date or '(no date)'} | {article.url or '(no url)'}"
    )


def _span(value: str | None) -> tuple[int, int] | None:
    if value is None:
        return None
    start, sep, end = value.partition(":")
    try:
        if not sep:
            raise ValueError
        return int(start), int(end)
    except ValueError:
        raise InvalidInputError(
            f"--cue-span {value!r}: give START:END character offsets, e.g. 120:124"
        ) from None


@click.command("edit-claim")
@click.argument("claim_id", type=int)
@click.option(
    "--source-type",
    type=click.Choice([str(t) for t in SourceType]),
    help="The source's type, for this claim alone (wins over its source's type).",
)
@click.option("--cue-span", help="The cue's START:END offsets in the article text.")
@click.option("--stance", type=click.Choice([str(s) for s in Stance]), help="What the source does.")
@click.option(
    "--anonymous/--named", default=None, help="Whether the source is left unnamed by the text."
)
@by_option
@click.pass_context
def edit_claim(
    ctx: click.Context,
    claim_id: int,
    source_type: str | None,
    cue_span: str | None,
    stance: str | None,
    anonymous: bool | None,
    by: str | None,
) -> None:
    """Correct what extraction read of a claim: its source's type, its cue, stance, anonymity.

    Offsets index the article's stored text ('workbench text ARTICLE_ID').

    \b
    Example:
      workbench edit-claim 12 --source-type military_security --stance denies
      workbench edit-claim 12 --cue-span 120:124 --named --by ana
    """
    span = _span(cue_span)
    if source_type is None and span is None and stance is None and anonymous is None:
        raise InvalidInputError(
            "nothing to change: give --source-type, --cue-span, --stance or --anonymous/--named"
        )
    with open_case(ctx, by) as case:
        claim = case.correct_claim(
            claim_id, source_type=source_type, cue_span=span, stance=stance, anonymous=anonymous
        )
    who = claim.source_resolved or claim.source or "(own voice)"
    anonymity = "anonymous" if claim.anonymous else "named"
    click.echo(
        f"claim #{claim.id}: {who} ({claim.source_type}, {anonymity}) "
        f"{claim.cue or '(no cue)'} [{claim.extraction.cue_start}:{claim.extraction.cue_end}], "
        f"{claim.stance}"
    )

""" "Who said what": the sources speaking about one fact, side by side.

A fact is a connected component of the link graph: claims that corroborate
or contradict one another, directly or through a third claim. Its table
puts each source's figures in one column per thing counted (killed,
injured...), and marks a column where the sources disagree, which is the
first thing an editor looks for.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from workbench.core.domain import Article, CaseSnapshot, Claim, Link, Quantity, Relation
from workbench.core.export.filtering import all_claims, articles_by_id
from workbench.core.export.labels import (
    figure_text,
    reason_text,
    source_type_label,
    stance_label,
)
from workbench.core.export.options import claim_anchor
from workbench.core.export.vocabulary import Badge, Vocabulary, badge
from workbench.core.graphs import connected_groups

MAX_COLUMNS = 4
"""Figure columns shown per fact; the rarest kinds of figure are left out beyond it."""
STATEMENT_CHARS = 160
UNNAMED_FIGURE = "figure"


@dataclass(frozen=True, slots=True)
class FactRow:
    """One source's claim about the fact."""

    claim: Claim
    anchor: str
    in_report: bool
    source: str
    source_type: str
    anonymous: bool
    outlet: str
    date: str
    cells: tuple[str, ...]
    statement: str
    stance: str
    badge: Badge


@dataclass(frozen=True, slots=True)
class FactGroup:
    """A fact several sources speak about.

    ``lead`` is the content of the claim most linked within the fact, the
    best one-line statement of what the sources speak about. ``agreement``
    has one entry per column: True when every source giving that figure
    gives the same value, False when they differ, None when fewer than two
    sources give it.
    """

    number: int
    topic: str
    lead: str
    columns: tuple[str, ...]
    agreement: tuple[bool | None, ...]
    rows: tuple[FactRow, ...]
    corroborations: int
    conflicts: int
    independent: bool
    reasons: tuple[str, ...]


def components(claim_ids: Iterable[int], links: Iterable[Link]) -> list[list[int]]:
    """Connected groups of ``claim_ids`` (union-find), each sorted, biggest first."""
    return connected_groups(claim_ids, ((link.a_id, link.b_id) for link in links))


def fact_groups(
    snapshot: CaseSnapshot, reported: set[int], vocabulary: Vocabulary
) -> tuple[FactGroup, ...]:
    """The facts at least two linked claims speak about, one of them reported."""
    claims = {claim.id: claim for claim in all_claims(snapshot)}
    live = [link for link in snapshot.links if link.confirmed is not False]
    articles = articles_by_id(snapshot)
    groups: list[FactGroup] = []
    members_of = components(claims, live)
    place = {claim_id: index for index, members in enumerate(members_of) for claim_id in members}
    inner: list[list[Link]] = [[] for _ in members_of]
    for link in live:
        if link.a_id in place and link.b_id in place:
            inner[place[link.a_id]].append(link)
    for index, members in enumerate(members_of):
        if len(members) < 2 or not reported.intersection(members):
            continue
        member_claims = [claims[i] for i in members]
        number = len(groups) + 1
        groups.append(_group(number, member_claims, inner[index], articles, reported, vocabulary))
    return tuple(groups)


def _group(
    number: int,
    claims: list[Claim],
    links: list[Link],
    articles: Mapping[int, Article],
    reported: set[int],
    vocabulary: Vocabulary,
) -> FactGroup:
    kinds = Counter(_what(number) for claim in claims for number in claim.numbers)
    columns = tuple(what for what, _ in kinds.most_common(MAX_COLUMNS))

    def placed(claim: Claim) -> tuple[str, str, int]:
        article = articles.get(claim.article_id)
        return (article.date if article else "", article.outlet if article else "", claim.id)

    rows = tuple(
        _row(claim, columns, articles.get(claim.article_id), reported, vocabulary)
        for claim in sorted(claims, key=placed)
    )
    reasons = dict.fromkeys(reason_text(reason) for link in links for reason in link.reasons)
    degree = Counter(end for link in links for end in (link.a_id, link.b_id))
    hub = max(claims, key=lambda claim: (degree[claim.id], len(claim.numbers), -claim.id))
    return FactGroup(
        number=number,
        topic=", ".join(columns),
        lead=_shorten(hub.content),
        columns=columns,
        agreement=tuple(_agreement(claims, column) for column in columns),
        rows=rows,
        corroborations=sum(1 for link in links if link.relation == Relation.CORROBORATES),
        conflicts=sum(1 for link in links if link.relation == Relation.CONFLICTS),
        independent=any(link.independent for link in links),
        reasons=tuple(reasons)[:6],
    )


def _row(
    claim: Claim,
    columns: tuple[str, ...],
    article: Article | None,
    reported: set[int],
    vocabulary: Vocabulary,
) -> FactRow:
    cells = tuple(
        ", ".join(figure_text(n) for n in claim.numbers if _what(n) == column) for column in columns
    )
    return FactRow(
        claim=claim,
        anchor=claim_anchor(claim.id),
        in_report=claim.id in reported,
        source=source_name(claim, article),
        source_type=source_type_label(str(claim.source_type)),
        anonymous=claim.anonymous,
        outlet=article.outlet if article else "",
        date=article.date if article else "",
        cells=cells,
        statement=_shorten(claim.content),
        stance=stance_label(str(claim.stance)),
        badge=badge(vocabulary, claim.status),
    )


def source_name(claim: Claim, article: Article | None) -> str:
    """Who to credit: the resolved source, else the mention, else the outlet's own voice."""
    if claim.source_resolved or claim.source:
        return claim.source_resolved or claim.source
    if article and article.outlet:
        return article.outlet
    return "Unnamed source"


def _what(number: Quantity) -> str:
    return " ".join(number.what.lower().split()) or UNNAMED_FIGURE


def _agreement(claims: list[Claim], column: str) -> bool | None:
    given = [
        frozenset(n.value for n in claim.numbers if _what(n) == column)
        for claim in claims
        if any(_what(n) == column for n in claim.numbers)
    ]
    if len(given) < 2:
        return None
    return len(set(given)) == 1


def _shorten(text: str, limit: int = STATEMENT_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"

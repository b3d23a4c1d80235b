"""Narrowing a case snapshot to the claims a report is about.

A filtered report still has to say who corroborates or contradicts each of
its claims, even when that other claim falls outside the filter (filtering
by article is how an editor asks "what does *this* piece claim, and who
backs it up?"). So links touching a kept claim are kept, and the claims at
their far ends travel along in :attr:`FilteredSnapshot.context_claims`:
they appear as partners and in the "who said what" tables, never as
claims of the report themselves (not in the claim list, the CSV rows or
the ClaimReview items).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from workbench.core.domain import Article, CaseSnapshot, Claim, Link, SourceType


@dataclass(frozen=True, slots=True)
class FilteredSnapshot(CaseSnapshot):
    """A :class:`CaseSnapshot` plus the far ends of links that leave the filter."""

    context_claims: tuple[Claim, ...] = ()


def filter_snapshot(
    snapshot: CaseSnapshot,
    *,
    statuses: Iterable[str] = (),
    article_ids: Iterable[int] = (),
    source_types: Iterable[SourceType | str] = (),
) -> CaseSnapshot:
    """The part of ``snapshot`` whose claims pass every given filter.

    Each filter is a set of accepted values; an empty one accepts all. Links
    with at least one kept end are kept, the other end riding along as a
    context claim; articles are those of kept and context claims; evidence
    and support counts only for kept claims; the status vocabulary whole.
    """
    wanted_statuses = frozenset(statuses)
    wanted_articles = frozenset(article_ids)
    wanted_types = frozenset(str(kind) for kind in source_types)
    if not (wanted_statuses or wanted_articles or wanted_types):
        return snapshot

    def keep(claim: Claim) -> bool:
        return (
            (not wanted_statuses or claim.status in wanted_statuses)
            and (not wanted_articles or claim.article_id in wanted_articles)
            and (not wanted_types or str(claim.source_type) in wanted_types)
        )

    claims = tuple(claim for claim in snapshot.claims if keep(claim))
    kept_ids = {claim.id for claim in claims}
    links = tuple(link for link in snapshot.links if {link.a_id, link.b_id} & kept_ids)
    partner_ids = {end for link in links for end in (link.a_id, link.b_id)} - kept_ids
    context = tuple(claim for claim in all_claims(snapshot) if claim.id in partner_ids)
    article_ids_used = {claim.article_id for claim in (*claims, *context)}
    return FilteredSnapshot(
        articles=tuple(a for a in snapshot.articles if a.id in article_ids_used),
        claims=claims,
        links=links,
        statuses=snapshot.statuses,
        evidence={k: v for k, v in snapshot.evidence.items() if k in kept_ids},
        support={k: v for k, v in snapshot.support.items() if k in kept_ids},
        sources=snapshot.sources,
        context_claims=context,
    )


def context_claims(snapshot: CaseSnapshot) -> tuple[Claim, ...]:
    """The partner claims a filter carried along (none for an unfiltered snapshot)."""
    return snapshot.context_claims if isinstance(snapshot, FilteredSnapshot) else ()


def all_claims(snapshot: CaseSnapshot) -> tuple[Claim, ...]:
    """The report's claims followed by the context claims."""
    return (*snapshot.claims, *context_claims(snapshot))


def claims_by_id(snapshot: CaseSnapshot) -> Mapping[int, Claim]:
    """Every claim a link of ``snapshot`` may name, by id."""
    return {claim.id: claim for claim in all_claims(snapshot)}


def articles_by_id(snapshot: CaseSnapshot) -> Mapping[int, Article]:
    """The snapshot's articles by id."""
    return {article.id: article for article in snapshot.articles}


def links_by_claim(snapshot: CaseSnapshot) -> Mapping[int, list[Link]]:
    """Each claim id's links (both ends indexed), in snapshot order."""
    index: dict[int, list[Link]] = {}
    for link in snapshot.links:
        index.setdefault(link.a_id, []).append(link)
        if link.b_id != link.a_id:
            index.setdefault(link.b_id, []).append(link)
    return index

"""How many independent sources back or contest a claim.

Two outlets carrying the same ministry statement are one confirmation, not
two: which sources are one is :mod:`independence`'s judgement.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from workbench.core.domain import Claim, Link, Relation, SupportCounts
from workbench.core.match.independence import Speakers, one_source


def _distinct_sources(others: list[Claim], speakers: Speakers) -> int:
    """How many distinct sources a list of claims comes from (greedy clustering)."""
    representatives: list[Claim] = []
    for other in others:
        if not any(one_source(other, seen, speakers) for seen in representatives):
            representatives.append(other)
    return len(representatives)


def support_counts(claims: Mapping[int, Claim], links: Iterable[Link]) -> dict[int, SupportCounts]:
    """Per claim, how many independent sources corroborate it and how many conflict.

    Rejected links (``confirmed`` False), links between one source's claims
    (``independent`` False) and updates (a later figure of a running count,
    which revises rather than disputes) are ignored, a source repeated by
    several outlets counts once, and a claim's own source never counts for it.
    Claims without any counted link are absent from the result.
    """
    speakers = Speakers(claims.values())
    backing: dict[int, dict[Relation, list[Claim]]] = {}
    for link in links:
        if link.confirmed is False or link.a_id not in claims or link.b_id not in claims:
            continue
        if link.update:
            continue
        if not link.independent:
            # Judged with the articles at hand (a speaker placed "In Washington"):
            # the two sources are one, whatever their bare labels say here.
            continue
        for mine, theirs in ((link.a_id, link.b_id), (link.b_id, link.a_id)):
            own, other = claims[mine], claims[theirs]
            if one_source(own, other, speakers):
                continue
            backing.setdefault(mine, {}).setdefault(link.relation, []).append(other)
    return {
        claim_id: SupportCounts(
            corroborating=_distinct_sources(by_relation.get(Relation.CORROBORATES, []), speakers),
            conflicting=_distinct_sources(by_relation.get(Relation.CONFLICTS, []), speakers),
        )
        for claim_id, by_relation in backing.items()
    }

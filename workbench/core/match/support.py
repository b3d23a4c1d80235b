"""Independence of sources, and how many independent sources back or contest a claim.

Two outlets carrying the same ministry statement are one confirmation, not
two. A source is "the same" when both claims belong to one source entity of
the case ("Interior Minister Tomas Rellik" and "Rellik"), or speak with one
body's voice (a minister and his ministry, a union and its chairman), or
when the resolved speakers name the same body (one name's words contain the
other's, with at least two words, or they are equal), or when near-verbatim
content comes from speakers of the same type one of whom is unnamed ("the
ministry" quoting the "Interior Ministry"), or when both are organs of one
state (a government, ministry, army or security service of the same country:
"Syria" and its Interior Ministry).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from rapidfuzz import fuzz

from workbench.core.domain import Claim, Link, Relation, SupportCounts
from workbench.core.extract.source_keys import BODY_KEY
from workbench.core.match.features import ClaimFeatures, describe_features

NEAR_VERBATIM = 92.0
"""rapidfuzz ratio on normalised words above which two contents are copies."""


def same_entity(a: Claim, b: Claim) -> bool:
    """Whether two claims belong to one source entity of the case."""
    return a.source_id is not None and a.source_id == b.source_id


def same_voice(a: Claim, b: Claim) -> bool:
    """Whether two claims speak with one body's voice: a minister and his ministry.

    The voice is the key of the body a source speaks for, read at extraction;
    a body's own claims speak with the voice of their key. Anonymous sources
    ("anon:" keys) have no voice to share.
    """
    va, vb = _voice(a), _voice(b)
    return bool(va) and va == vb


def _voice(claim: Claim) -> str:
    extraction = claim.extraction
    if extraction.source_voice:
        return extraction.source_voice
    key = extraction.source_key
    return key if key.startswith(BODY_KEY) else ""


def same_body(a: ClaimFeatures, b: ClaimFeatures) -> bool:
    """Whether two speakers' names denote the same body."""
    ka, kb = a.source_key, b.source_key
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    smaller, larger = (ka, kb) if len(ka) <= len(kb) else (kb, ka)
    return len(smaller) >= 2 and smaller <= larger


def same_state(a: ClaimFeatures, b: ClaimFeatures) -> bool:
    """Whether two government or security sources speak for the same country."""
    return bool(a.state) and a.state == b.state


def same_source(a: ClaimFeatures, b: ClaimFeatures) -> bool:
    """Whether two claims are one source repeated rather than two sources."""
    if same_entity(a.claim, b.claim) or same_voice(a.claim, b.claim):
        return True
    if same_body(a, b) or same_state(a, b):
        return True
    if a.claim.source_type != b.claim.source_type or not (
        a.claim.attributed and b.claim.attributed
    ):
        return False
    # "the ministry" may be the Interior Ministry; the Foreign Ministry is not.
    nested = a.source_key <= b.source_key or b.source_key <= a.source_key
    if not (nested or a.claim.anonymous or b.claim.anonymous):
        return False
    return fuzz.ratio(a.verbatim, b.verbatim) >= NEAR_VERBATIM


def independence_reason(a: ClaimFeatures, b: ClaimFeatures) -> tuple[bool, str]:
    """Whether two claims' sources are independent, and the reason text saying so."""
    if same_entity(a.claim, b.claim):
        return False, f"same source: {a.source_label or b.source_label}"
    if same_voice(a.claim, b.claim):
        return False, f"one voice: {a.source_label} and {b.source_label}"
    if same_body(a, b):
        return False, f"same source repeated: {a.source_label or b.source_label}"
    if same_state(a, b):
        return False, f"same state's voice: {a.source_label} and {b.source_label} ({a.state})"
    if same_source(a, b):
        return False, f"same source repeated: {a.source_label or b.source_label}"
    ta, tb = str(a.claim.source_type), str(b.claim.source_type)
    if ta != tb:
        return True, f"independent sources: {ta} vs {tb}"
    return True, f"independent sources: {a.source_label} vs {b.source_label}"


def _distinct_sources(others: list[ClaimFeatures]) -> int:
    """How many distinct sources a list of claims comes from (greedy clustering)."""
    representatives: list[ClaimFeatures] = []
    for other in others:
        if not any(same_source(other, seen) for seen in representatives):
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
    features: dict[int, ClaimFeatures] = {}

    def feature(claim_id: int) -> ClaimFeatures:
        if claim_id not in features:
            features[claim_id] = describe_features(claims[claim_id])
        return features[claim_id]

    backing: dict[int, dict[Relation, list[ClaimFeatures]]] = {}
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
            own, other = feature(mine), feature(theirs)
            if same_source(own, other):
                continue
            backing.setdefault(mine, {}).setdefault(link.relation, []).append(other)
    return {
        claim_id: SupportCounts(
            corroborating=_distinct_sources(by_relation.get(Relation.CORROBORATES, [])),
            conflicting=_distinct_sources(by_relation.get(Relation.CONFLICTS, [])),
        )
        for claim_id, by_relation in backing.items()
    }

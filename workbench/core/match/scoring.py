"""Scoring one pair of claims and deciding how they relate.

The score says how sure we are that two claims speak of the same thing
(0-100); the relation says whether they then agree. Values that may differ
between the two (numbers, weekdays, negation) are left out of the text
similarity, so that "500 killed" against "100 killed" scores as the same
topic and is then judged a conflict instead of a weak match.

Every feature is symmetric in its two claims, so (a, b) and (b, a) score
alike; reason texts name the lower claim id's values first.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz

from workbench.core.domain import LinkDraft, Relation, Stance
from workbench.core.match.features import ClaimFeatures, Rarity
from workbench.core.match.quantities import compatible, describe, same_kind
from workbench.core.match.support import independence_reason

NAME_BONUS = 4.0
QUANTITY_BONUS = 6.0
NAME_PENALTY = 12.0
TOPIC_FLOOR = 35.0
"""Below this text similarity no feature can make two claims one story."""


@dataclass(frozen=True, slots=True)
class Assessment:
    """How two claims relate; ``relation`` None means they should not be linked."""

    a_id: int
    b_id: int
    relation: Relation | None
    score: float
    reasons: tuple[str, ...]
    independent: bool

    def draft(self) -> LinkDraft | None:
        """The link to propose, or None when the claims are not related."""
        if self.relation is None:
            return None
        return LinkDraft(
            self.a_id, self.b_id, self.relation, self.score, self.reasons, self.independent
        )


def text_similarity(a: ClaimFeatures, b: ClaimFeatures, rarity: Rarity | None) -> float:
    """Topic similarity on 0-100: rarity-weighted word overlap blended with a fuzzy ratio."""
    if not a.terms or not b.terms:
        return 0.0
    shared = a.terms & b.terms
    if rarity is None:
        overlap = 2.0 * len(shared) / (len(a.terms) + len(b.terms))
    else:
        overlap = 2.0 * rarity.mass(shared) / (rarity.mass(a.terms) + rarity.mass(b.terms))
    return 0.6 * 100.0 * overlap + 0.4 * fuzz.token_sort_ratio(a.text, b.text)


def _polarity_reason(a: ClaimFeatures, b: ClaimFeatures) -> str | None:
    """Why two claims take opposite sides of one proposition, if they do."""
    sa, sb = a.claim.stance, b.claim.stance
    denies_a, denies_b = sa is Stance.DENIES, sb is Stance.DENIES
    if (denies_a != a.negated) == (denies_b != b.negated):
        return None
    if denies_a != denies_b:
        other = sb if denies_a else sa
        if other is Stance.ACCUSES:
            return "accusation vs denial" if not denies_a else "denial vs accusation"
        return "assertion vs denial" if not denies_a else "denial vs assertion"
    return "assertion vs negation" if not a.negated else "negation vs assertion"


def assess(first: ClaimFeatures, second: ClaimFeatures, rarity: Rarity | None = None) -> Assessment:
    """Score and relate two claims; symmetric, whichever order they come in."""
    a, b = (first, second) if first.id <= second.id else (second, first)
    independent, source_reason = independence_reason(a, b)
    reasons: list[str] = []
    topic = text_similarity(a, b, rarity)

    def verdict(relation: Relation | None, score: float) -> Assessment:
        score = round(max(0.0, min(100.0, score)), 1)
        return Assessment(a.id, b.id, relation, score, (*reasons, source_reason), independent)

    if a.article_id == b.article_id:
        reasons.append("same article")
        return verdict(None, topic)
    if a.directive != b.directive:
        reasons.append("a call for action vs a statement")
        return verdict(None, topic)
    if a.places and b.places and not a.places & b.places:
        reasons.append(
            f"different place: {', '.join(sorted(a.places))} vs {', '.join(sorted(b.places))}"
        )
        return verdict(None, topic)
    score = topic
    shared_names = a.names & b.names
    if shared_names:
        score += NAME_BONUS * min(2, len(shared_names))
        reasons.append("same names: " + ", ".join(sorted(shared_names)[:3]))
    elif a.names and b.names:
        score -= NAME_PENALTY
    mismatches: list[str] = []
    for qa in a.amounts:
        for qb in b.amounts:
            if not same_kind(qa, qb):
                continue
            text = describe(qa, qb)
            if compatible(qa, qb):
                score += QUANTITY_BONUS
                reasons.append(text)
            else:
                mismatches.append(text)
    if a.weekdays and b.weekdays and not a.weekdays & b.weekdays:
        days = f"{'/'.join(sorted(a.weekdays))} vs {'/'.join(sorted(b.weekdays))}"
        mismatches.append(f"different day: {days.title().replace(' Vs ', ' vs ')}")
    polarity = _polarity_reason(a, b)
    if topic < TOPIC_FLOOR:
        reasons.extend(mismatches)
        return verdict(None, score)
    if polarity is not None:
        reasons.insert(0, polarity)
        return verdict(Relation.CONFLICTS, score)
    kinds = {m.split(":", 1)[0] for m in mismatches}
    if len(kinds) > 1:
        # Two independent differences (another count on another day) read as
        # another event, not as a contradiction about this one.
        reasons.extend(mismatches)
        reasons.append("different event")
        return verdict(None, score)
    if mismatches:
        reasons[:0] = mismatches
        return verdict(Relation.CONFLICTS, score)
    return verdict(Relation.CORROBORATES, score)

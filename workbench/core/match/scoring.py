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
from datetime import date

from rapidfuzz import fuzz

from workbench.core.domain import LinkDraft, Relation, Stance
from workbench.core.match.countries import country_of
from workbench.core.match.features import CONTEXT_WEIGHT, SHORT_CLAIM, ClaimFeatures, Rarity
from workbench.core.match.lexicon import COUNT_CLASSES
from workbench.core.match.quantities import (
    Amount,
    compatible,
    describe,
    firm,
    is_share,
    same_kind,
)
from workbench.core.match.support import independence_reason
from workbench.core.match.text import STOPWORDS

MIN_TERMS = 2
"""A claim of one word ("Clinton"), with no sentence around it to say more, says no topic."""
NAME_BONUS = 4.0
QUANTITY_BONUS = 6.0
NAME_PENALTY = 12.0
TOPIC_FLOOR = 35.0
"""Below this text similarity no feature can make two claims one story."""
KIND_BONUS = 30.0
"""Two counts of the same thing (deaths, crossings) in one event: likely the same figure."""
ADDRESSED_BONUS = 16.0
"""A denial naming the other claim's source, or accused by it, answers that very claim."""
EVENT_BONUS = 8.0
"""Both articles place the story in the same places within days of each other."""
STANCE_BONUS = 10.0
"""A denial against an assertion or accusation of the same event: denials answer something."""
ALIKE_BONUS = 8.0
"""Both claims accuse (or both deny) in one event: the cue itself is part of what they say."""
HAPPENING_BONUS = 12.0
"""Both claims tell of the same kind of happening (killings, crossings, resignations)."""
PREDICATE_BONUS = 12.0
"""Both claims tell of one act on one thing ("considering sanctions"), whatever else they add."""
EVENT_DAYS = 30
"""Articles further apart than this report different events."""
NEAR_DAYS = 7
_TELLING_STANCES = frozenset({Stance.ACCUSES, Stance.DENIES})


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


def _weighted(
    terms: frozenset[str], context: frozenset[str], rarity: Rarity | None
) -> dict[str, float]:
    """Each term's weight: its rarity, scaled down for words borrowed from around the claim."""
    weights = dict.fromkeys(terms, 1.0) if rarity is None else {t: rarity.idf(t) for t in terms}
    borrowed = context & terms
    if borrowed:
        # The fewer words a claim says itself, the more its context must carry its topic.
        scale = max(CONTEXT_WEIGHT, 1.0 - (len(terms) - len(borrowed)) / SHORT_CLAIM)
        for t in borrowed:
            weights[t] *= scale
    return weights


def _overlap(wa: dict[str, float], wb: dict[str, float]) -> float:
    """Topic similarity of two weighted term sets on 0-100."""
    common = sum(min(wa[t], wb[t]) for t in wa.keys() & wb.keys())
    mass_a, mass_b = sum(wa.values()), sum(wb.values())
    # Dice alone punishes a short claim inside a long one ("500 killed" against a
    # full sentence about the toll); containment alone rewards one-word claims.
    dice = 2.0 * common / (mass_a + mass_b)
    containment = common / min(mass_a, mass_b)
    overlap = 0.5 * (dice + containment)
    fuzzy = fuzz.token_sort_ratio(" ".join(sorted(wa)), " ".join(sorted(wb)))
    return 0.6 * 100.0 * overlap + 0.4 * fuzzy


def text_similarity(a: ClaimFeatures, b: ClaimFeatures, rarity: Rarity | None) -> float:
    """Topic similarity on 0-100: rarity-weighted word overlap blended with a fuzzy ratio.

    A word borrowed from around a short claim (its sentence, its speaker, what
    "the resignations" refers back to) counts for less than one the claim
    says; where the two weights of a shared word differ, the lower counts. A
    claim of several clauses is also compared clause by clause, so that a
    report confirming one of the things it tells is not drowned by the others.
    """
    if len(a.terms) < MIN_TERMS or len(b.terms) < MIN_TERMS:
        return 0.0
    whole_a, whole_b = _weighted(a.terms, a.context, rarity), _weighted(b.terms, b.context, rarity)
    best = _overlap(whole_a, whole_b)
    if a.clauses or b.clauses:
        parts_a = [_weighted(p, a.context, rarity) for p in a.clauses if p] or [whole_a]
        parts_b = [_weighted(p, b.context, rarity) for p in b.clauses if p] or [whole_b]
        best = max(best, *(_overlap(x, y) for x in parts_a for y in parts_b))
    return best


def _polarity_reason(a: ClaimFeatures, b: ClaimFeatures) -> str | None:
    """Why two claims take opposite sides of one proposition, if they do.

    A negation counts only when it reaches words the two claims share: "no
    sign of a split" in a claim about a clash does not deny the clash.
    """
    sa, sb = a.claim.stance, b.claim.stance
    denies_a, denies_b = sa is Stance.DENIES, sb is Stance.DENIES
    # What both claims say themselves: a negation that meets only words borrowed
    # from the other's sentence does not contradict what that claim says.
    shared = (a.terms - a.context) & (b.terms - b.context)
    negated_a = a.negated and bool(a.negated_terms & shared)
    negated_b = b.negated and bool(b.negated_terms & shared)
    if (denies_a != negated_a) == (denies_b != negated_b):
        return None
    if denies_a != denies_b:
        other = sb if denies_a else sa
        if other is Stance.ACCUSES:
            return "accusation vs denial" if not denies_a else "denial vs accusation"
        return "assertion vs denial" if not denies_a else "denial vs assertion"
    return "assertion vs negation" if not negated_a else "negation vs assertion"


def different_event(a: ClaimFeatures, b: ClaimFeatures) -> str | None:
    """Why two claims' articles report different events, if their context says so."""
    ea, eb = a.event, b.event
    if ea.day is not None and eb.day is not None and abs(ea.day - eb.day) > EVENT_DAYS:
        first, second = date.fromordinal(ea.day), date.fromordinal(eb.day)
        return f"different event: articles dated {first} vs {second}"
    if ea.places and eb.places and not ea.places & eb.places:
        shown = [", ".join(sorted(e.places)[:3]) for e in (ea, eb)]
        return f"different event: {shown[0]} vs {shown[1]}"
    return None


def same_event(a: ClaimFeatures, b: ClaimFeatures) -> bool:
    """Whether both articles name a shared place and are dated within days of each other."""
    ea, eb = a.event, b.event
    if ea.day is None or eb.day is None or abs(ea.day - eb.day) > NEAR_DAYS:
        return False
    return bool(ea.places & eb.places)


def different_places(a: ClaimFeatures, b: ClaimFeatures) -> bool:
    """Whether the claims name places that neither other's article knows of."""
    if not a.places or not b.places or a.places & b.places:
        return False
    return not (a.places & b.event.places or b.places & a.event.places)


def addresses(a: ClaimFeatures, b: ClaimFeatures) -> bool:
    """Whether either claim's content names the other's source (a denial answering it)."""
    for one, other in ((a, b), (b, a)):
        if other.source_names & one.names:
            return True
        key = {w for w in other.source_key if w not in STOPWORDS}
        # A bare country ("Syria") is named by half the claims of a case.
        said = one.content_words
        if key and all(w in said for w in key) and any(country_of(w) is None for w in key):
            return True
    return False


def _says_alike(a: ClaimFeatures, b: ClaimFeatures) -> bool:
    """Whether two claims share what is said, not only whom it is about.

    "she hopes to be elected president" and "a union endorsed Clinton for
    president" share Clinton and one word; two claims need two words beyond
    names in common, or a happening both tell of (or count: see ``tallied``).
    """
    named = a.name_words | b.name_words
    said = (a.terms & b.terms) - named - {country_of(w) or w for w in named}
    return len(said) >= 2 or bool(said & COUNT_CLASSES)


def _matched(amount: Amount, others: tuple[Amount, ...]) -> bool:
    """Whether a quantity agrees with some quantity of the same kind among ``others``."""
    return any(same_kind(amount, other) and compatible(amount, other) for other in others)


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
    event = different_event(a, b)
    if event is not None:
        reasons.append(event)
        return verdict(None, topic)
    if a.directive != b.directive:
        reasons.append("a call for action vs a statement")
        return verdict(None, topic)
    if different_places(a, b):
        reasons.append(
            f"different place: {', '.join(sorted(a.places))} vs {', '.join(sorted(b.places))}"
        )
        return verdict(None, topic)
    score = topic
    together = same_event(a, b)
    if together:
        score += EVENT_BONUS
    answering = addresses(a, b)
    shared_names = a.names & b.names
    if shared_names:
        score += NAME_BONUS * min(2, len(shared_names))
        reasons.append("same names: " + ", ".join(sorted(shared_names)[:3]))
    elif a.names and b.names and not answering:
        score -= NAME_PENALTY
    mismatches: list[str] = []
    counted_alike = loose = tallied = agreed = rival = unpaired = shares_agree = False
    # Several shares in a claim are a breakdown (by candidate, by group of voters):
    # which share answers which on the other side is not said, so they are compared
    # for agreement only. "49 to 41 among Democrats" does not contradict "46 to 44".
    breakdown = max(sum(map(is_share, a.amounts)), sum(map(is_share, b.amounts))) > 1
    for qa in a.amounts:
        for qb in b.amounts:
            if not same_kind(qa, qb):
                continue
            if breakdown and is_share(qa) and not compatible(qa, qb):
                unpaired = True
                continue
            shares_agree |= is_share(qa)
            text = describe(qa, qb)
            counts_happening = bool(qa.kind & qb.kind & COUNT_CLASSES)
            if firm(qa, qb):
                counted_alike = agreed = True
                tallied |= counts_happening
                score += QUANTITY_BONUS
                reasons.append(text)
            elif compatible(qa, qb):
                loose = True
                reasons.append(text)
            else:
                counted_alike = True
                tallied |= counts_happening
                if not (_matched(qa, b.amounts) and _matched(qb, a.amounts)):
                    # "46 to 44 percent" against "46 to 44": 46 vs 44 is no conflict
                    # when each figure has its own match on the other side.
                    mismatches.append(text)
                    rival |= counts_happening
    if unpaired and not shares_agree:
        # Two breakdowns with no share in common: other polls, or other groups polled.
        reasons.append("different figures: no share agrees")
        return verdict(None, score)
    evidence = topic
    if together and a.terms & b.terms & COUNT_CLASSES:
        score += HAPPENING_BONUS
    acts = a.predicates & b.predicates
    if together and acts:
        # Paraphrases share their act while their other words differ: "considering
        # tightening sanctions" and "considering targeted sanctions against officials".
        score += PREDICATE_BONUS
        reasons.append("same act: " + ", ".join(sorted(acts)[:2]))
    if tallied and together and a.incident == b.incident:
        # Two death tolls (or crossings...) of one event are two figures for one fact,
        # unless one is a running total and the other dates a single incident. Shares
        # ("46 percent") and sizes ("a million members") are no tally of a happening.
        score += KIND_BONUS
        evidence += KIND_BONUS
    if a.weekdays and b.weekdays and not a.weekdays & b.weekdays:
        days = f"{'/'.join(sorted(a.weekdays))} vs {'/'.join(sorted(b.weekdays))}"
        mismatches.append(f"different day: {days.title().replace(' Vs ', ' vs ')}")
        if loose and not counted_alike:
            # Counts that agree only through "at least" on different days: two incidents.
            mismatches.append("different quantity: figures that do not confirm each other")
    if (loose or rival) and not agreed and a.incident != b.incident:
        # "about 150 have died in the unrest" and "at least 6 died at Wednesday's funeral":
        # a running total and one incident's count agree only through the open bound,
        # and "560 killed since mid-March" does not contradict "100 killed last Friday".
        reasons.extend(mismatches)
        reasons.append("different event: a running total vs one incident")
        return verdict(None, score)
    polarity = _polarity_reason(a, b)
    if polarity is not None and answering:
        score += ADDRESSED_BONUS
        evidence += ADDRESSED_BONUS
    if polarity is not None and together and a.claim.stance != b.claim.stance:
        score += STANCE_BONUS
    if together and a.claim.stance == b.claim.stance and a.claim.stance in _TELLING_STANCES:
        # "blamed armed groups" and "blamed terrorist gangs": two accusations of one
        # event share their predicate, which the cue carries and the words leave out.
        score += ALIKE_BONUS
        reasons.append(f"both {'accuse' if a.claim.stance is Stance.ACCUSES else 'deny'}")
    if evidence < TOPIC_FLOOR or not (tallied or _says_alike(a, b)):
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

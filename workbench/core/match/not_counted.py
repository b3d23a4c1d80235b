"""Figures a claim gives that are no count of what happened: an increment ("six more
bodies"), a time that says when ("two days after the leak"), a yardstick ("well below the
68 percent announced"), a limit ("limited to 80 km/h"), a forecast or a goal, a difference
("34 percent less likely"), and the parts of a clock time. Matching leaves them out of the
figures it compares (:func:`workbench.core.match.reading.read_claims`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from workbench.core.domain import Claim, Quantity
from workbench.core.match.reading_figures import ADDING, DURATIONS, MEASURED_AGAINST, MULTIPLIED

if TYPE_CHECKING:  # the parser is loaded only when claims are read
    from spacy.tokens import Token


def is_increment(claim: Claim, quantity: Quantity) -> bool:
    """Whether a figure adds to or multiplies a count rather than gives it: "six more bodies",
    "another 40", "four times higher"."""
    start = quantity.start - claim.extraction.content_start
    end = quantity.end - claim.extraction.content_start
    number = len(quantity.qualifier.split())  # the figure's word, past "more than"
    said = quantity.text.lower().split()[number + 1 :]
    rest = said + claim.content[end:].lower().split()[:2]
    if rest[:1] == ["times"]:
        # "four times higher", "three times as many"; "fired three times" counts the firing
        following = rest[1:2]
        return bool(following) and (following[0] in MULTIPLIED or following[0].endswith("er"))
    after = said[:2] + claim.content[end : end + 8].lower().split()[:1]
    before = claim.content[max(0, start - 12) : max(0, start)].lower().split()
    return bool(set(after) & ADDING) or bool(before and before[-1] == "another")


OFFSETS = frozenset({"after", "later", "earlier", "ago"})
"""Words after a span of time that make it when, not how long ("waited 11 days before
reporting" is how long)."""


def is_offset(claim: Claim, quantity: Quantity) -> bool:
    """Whether a span of time says when, not how long: "landed 14 minutes after leaving",
    "two days after the leak", "three weeks ago"."""
    if quantity.what.lower() not in DURATIONS:
        return False
    end = quantity.end - claim.extraction.content_start
    following = claim.content[end : end + 12].lower().split()[:1]
    return bool(following) and following[0].strip(",.;") in OFFSETS


def is_yardstick(claim: Claim, quantity: Quantity) -> bool:
    """Whether a figure is what the claim's own figure is measured against, or one it
    rejects: "well below the 68 percent announced", "higher than the 14 given", "not two",
    "instead of 40". Its hedge ("more than 200") belongs to the figure itself, so the words
    looked at are those before the hedge. An earlier figure ("rose to seven, up from
    three") stays: it says what the count was then."""
    start = quantity.start - claim.extraction.content_start
    before = claim.content[max(0, start - 24) : max(0, start)].lower().split()
    while before and before[-1] in {"the", "a", "an", "some", "its", "their", "official"}:
        before.pop()
    if before[-1:] == ["of"] and len(before) >= 3 and before[-3] in MEASURED_AGAINST:
        return True  # "well below inflation of 5.6 per cent": the yardstick named, then given
    return bool(before) and (before[-1] in MEASURED_AGAINST or before[-2:] == ["instead", "of"])


LIMITS = frozenset({"limit", "threshold", "cap", "ceiling", "maximum", "minimum"})
"""Nouns of a bound a figure is held to, not a figure of what happened."""
ALLOWED = frozenset({"permitted", "allowed", "legal", "maximum", "minimum", "safe", "recommended"})
"""Words that make a measure a bound: "the permitted speed", "the legal level"."""


def is_limit(number: Token | None) -> bool:
    """Whether a figure gives a bound, not what was measured: "where the limit is 80",
    "the permitted speed is 80 km/h", "the 25 ppm safety limit", "limited to 80 km/h".
    Against "was doing 78 km/h" and "entered the curve at 112 km/h", the two limits of 80
    agree and say nothing of the train's speed."""
    if number is None:
        return False
    from workbench.core.extract.model import lemma

    noun = number.head if number.dep_ == "nummod" else number
    if noun.lower_ in LIMITS or (noun.dep_ == "compound" and noun.head.lower_ in LIMITS):
        return True
    if noun.dep_ == "pobj" and lemma(noun.head.head) in LIMITS:
        return True  # "a stretch limited to 80 km/h", "fees capped at 2 percent"
    if noun.dep_ in ("attr", "acomp") or number.dep_ in ("attr", "acomp"):
        verb = noun.head if noun.dep_ in ("attr", "acomp") else number.head
        return any(
            c.dep_ in ("nsubj", "nsubjpass")
            and (c.lower_ in LIMITS or any(m.lower_ in ALLOWED for m in c.children))
            for c in verb.children
        )
    return False


EXPECTED = frozenset({"expect", "forecast", "predict", "project", "anticipate", "foresee",
                      "expectation", "projection", "prediction", "target", "aim"})  # fmt: skip
"""Words that make a figure a forecast or a goal, not a figure of what happened."""


def is_expected(number: Token | None) -> bool:
    """Whether a figure is a forecast or a goal: "economists had expected inflation of 3.1
    percent", "a forecast of 2 percent growth", "the target of 2 percent". Against
    "inflation rose to 3.2 percent" it is no rival version of what happened."""
    from workbench.core.extract.model import lemma

    if number is None:
        return False
    chain = [number.head, number.head.head, number.head.head.head, number.head.head.head.head]
    return any(lemma(t) in EXPECTED for t in chain)


def is_difference(number: Token | None) -> bool:
    """Whether a figure gives how much higher or lower one thing is than another, not a
    figure of either: "34 percent less likely to have a heart attack", "a 34 percent lower
    risk". Against "2.1 percent of regular walkers had a heart attack", a share of people,
    it is no rival figure."""
    if number is None:
        return False
    measure = number.head if number.dep_ == "nummod" else number
    if measure.dep_ != "npadvmod":
        return False
    compared = measure.head
    return compared.tag_ in ("JJR", "RBR") or any(
        c.dep_ == "advmod" and c.tag_ in ("JJR", "RBR") for c in compared.children
    )


def in_clock(claim: Claim, quantity: Quantity, clocks: Sequence[tuple[int, int]]) -> bool:
    """Whether a figure is part of a clock time ("the 4" and "15" of "4:15 p.m.", "1415 GMT")."""
    start = quantity.start - claim.extraction.content_start
    end = quantity.end - claim.extraction.content_start  # "about 10" of "about 10:30"
    return any(a <= start < b or a < end <= b for a, b in clocks)

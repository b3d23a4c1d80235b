"""Comparing quantities while respecting their hedges.

"More than 400 killed" and "500 killed" agree; "500 killed" and "100 killed"
do not. Each quantity becomes the interval of values its wording allows, and
two quantities of the same kind conflict only when their intervals are
disjoint.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from workbench.core.domain import Quantity
from workbench.core.match.text import STOPWORDS, format_number, term, words

_ABOVE = ("more than", "over", "above", "in excess of", "upwards of", "greater than")
_AT_LEAST = ("at least", "no fewer than", "no less than", "not less than", "a minimum of")
_BELOW = ("less than", "fewer than", "under", "below", "up to", "at most", "no more than")
_NEARLY = ("nearly", "almost", "close to", "just under", "approaching")
_EXACT = ("", "exactly", "precisely", "a total of", "total", "all")
_APPROX_SPREAD = 0.2
"""How far "about 500" reaches either way; news rounds to one or two figures."""

_UNITS = frozenset({"people", "person", "persons", "individuals", "civilians", "others"})


@dataclass(frozen=True, slots=True)
class Amount:
    """A quantity as the interval it allows, with what it counts."""

    value: float
    low: float
    high: float
    kind: frozenset[str]
    label: str
    what: str
    exact: bool


def _interval(value: float, qualifier: str) -> tuple[float, float, bool]:
    hedge = " ".join(qualifier.lower().split())
    if hedge in _EXACT:
        return value, value, True
    if hedge in _ABOVE:
        return math.nextafter(value, math.inf), math.inf, False
    if hedge in _AT_LEAST:
        return value, math.inf, False
    if hedge in _BELOW:
        return 0.0, value, False
    if hedge in _NEARLY:
        return value * (1.0 - _APPROX_SPREAD), value, False
    # about, around, some, roughly, an estimated, and any hedge we do not know.
    return value * (1.0 - _APPROX_SPREAD), value * (1.0 + _APPROX_SPREAD), False


def kind_of(what: str) -> frozenset[str]:
    """Stemmed words saying what a quantity counts ("killed" and "kills" meet)."""
    return frozenset(term(w) for w in words(what) if w not in STOPWORDS and w not in _UNITS)


def amount(quantity: Quantity) -> Amount:
    """The interval form of a claim's quantity."""
    low, high, exact = _interval(quantity.value, quantity.qualifier)
    shown = format_number(quantity.value)
    label = f"{quantity.qualifier} {shown}".strip() if quantity.qualifier else shown
    what = quantity.what.strip()
    return Amount(quantity.value, low, high, kind_of(what), label, what, exact)


def same_kind(a: Amount, b: Amount) -> bool:
    """Whether two quantities count the same thing (both must say what they count)."""
    return bool(a.kind and b.kind and a.kind & b.kind)


def compatible(a: Amount, b: Amount) -> bool:
    """Whether some value satisfies both wordings."""
    return a.low <= b.high and b.low <= a.high


def describe(a: Amount, b: Amount) -> str:
    """The reason text for a pair of same-kind quantities, in a-then-b order."""
    what = a.what or b.what
    if a.exact and b.exact and a.low == b.low:
        return f"same quantity: {a.label} {what}"
    if compatible(a, b):
        return f"compatible quantity: {a.label} vs {b.label} {what}"
    return f"different quantity: {a.label} vs {b.label} {what}"

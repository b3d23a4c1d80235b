"""Comparing quantities while respecting their hedges.

"More than 400 killed" and "500 killed" agree; "500 killed" and "100 killed"
do not. Each quantity becomes the interval of values its wording allows, and
two quantities of the same kind conflict only when their intervals are
disjoint.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from workbench.core.domain import Quantity
from workbench.core.match.countries import country_of
from workbench.core.match.lexicon import COUNT_CLASSES, canonical
from workbench.core.match.text import STOPWORDS, format_number, words

_ABOVE = ("more than", "over", "above", "in excess of", "upwards of", "greater than")
_AT_LEAST = ("at least", "no fewer than", "no less than", "not less than", "a minimum of")
_BELOW = ("less than", "fewer than", "under", "below", "up to", "at most", "no more than")
_NEARLY = ("nearly", "almost", "close to", "just under", "approaching")
_EXACT = ("", "exactly", "precisely", "a total of", "total", "all")
_APPROX_SPREAD = 0.2
"""How far "about 500" reaches either way; news rounds to one or two figures."""

_UNITS = frozenset({"people", "person", "persons", "individuals", "civilians", "others"})
_BEFORE, _AFTER = 3, 9
_ASIDE = re.compile(r",\s[^,.;:]{1,60},\s")
"""How many words around a number may say what it counts ("killing at least six people",
"1,500 Syrians, most of them women and children, crossed")."""
_CLAUSE_END = re.compile(r"[,;:]\s")
"""Where the words that may say what a number counts stop: "a million members in Syria,
making Wednesday's resignations symbolic" does not count resignations."""


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


_BOUNDS_CLOSE = 0.1
"""Two figures bounded the same way agree when within this share of each other."""


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
    """Index terms saying what a quantity counts ("killed", "kills" and "died" meet)."""
    return frozenset(canonical(w) for w in words(what) if w not in STOPWORDS and w not in _UNITS)


def counted_nearby(quantity: Quantity, content: str, content_start: int) -> frozenset[str]:
    """Count classes (killed, crossed...) that say what a quantity in its claim counts.

    The extractor's ``what`` is often the noun ("people", "Syrians"); the verb
    that says what happened to them may stand a few words away, within the
    number's own clause. Failing that, the one kind of happening the rest of
    that clause tells of ("About 200 members of the party in the province of
    Deraa have resigned") is what it counts.
    """
    offset = quantity.start - content_start
    if not 0 <= offset <= len(content):
        return frozenset()
    # An aside between commas ("1,500 Syrians, most of them children, crossed")
    # stands between the counted noun and its verb: read past it.
    after = _ASIDE.sub(" ", content[offset:], count=1)
    after = _CLAUSE_END.split(after, maxsplit=1)[0]
    nearby = words(content[:offset])[-_BEFORE:] + words(after)[:_AFTER]
    found = frozenset(c for c in map(canonical, nearby) if c in COUNT_CLASSES)
    if found:
        return found
    named = {c for c in map(canonical, words(after)) if c in COUNT_CLASSES}
    return frozenset(named) if len(named) == 1 else frozenset()


def amount(quantity: Quantity, content: str = "", content_start: int = 0) -> Amount:
    """The interval form of a claim's quantity; ``content`` lets nearby verbs say its kind."""
    low, high, exact = _interval(quantity.value, quantity.qualifier)
    shown = format_number(quantity.value)
    label = f"{quantity.qualifier} {shown}".strip() if quantity.qualifier else shown
    what = quantity.what.strip()
    kind = kind_of(what)
    if content and not kind & COUNT_CLASSES:
        kind |= counted_nearby(quantity, content, content_start)
    return Amount(quantity.value, low, high, kind, label, what, exact)


def _nouns(kind: frozenset[str]) -> frozenset[str]:
    """The part of a kind naming a group ("members"), beyond what happened to it."""
    return frozenset(k for k in kind if k not in COUNT_CLASSES and country_of(k) is None)


def same_kind(a: Amount, b: Amount) -> bool:
    """Whether two quantities count the same thing (both must say what they count).

    What happened to those counted must agree too: killed, crossed, resigned.

    A count of a named group ("78 members of the army killed") is a part of
    a count of everyone killed, not a rival figure: groups must match too.
    """
    if not (a.kind and b.kind and a.kind & b.kind):
        return False
    done_a, done_b = a.kind & COUNT_CLASSES, b.kind & COUNT_CLASSES
    if (done_a or done_b) and not done_a & done_b:
        # 78 members killed and 200 members resigned count different happenings;
        # "a million members" counts no happening at all.
        return False
    na, nb = _nouns(a.kind), _nouns(b.kind)
    return bool(na & nb) or not (na or nb)


SHARES = frozenset({canonical("percent"), canonical("points")})
"""Kinds of a share of a whole (46 percent, a 5-point margin) rather than a count."""


def is_share(a: Amount) -> bool:
    """Whether a quantity is a share ("46 percent", "8 points") rather than a count."""
    return bool(a.kind & SHARES)


def firm(a: Amount, b: Amount) -> bool:
    """Whether two compatible quantities agree on a figure, not merely through an open bound.

    "At least 6" is compatible with 100 but does not confirm it.
    """
    return (
        compatible(a, b) and math.isfinite(a.high) and math.isfinite(b.high) and a.low > 0 < b.low
    )


def compatible(a: Amount, b: Amount) -> bool:
    """Whether some value satisfies both wordings, as a reader takes them.

    Two bounds open the same way ("at least 12", "at least 30") are two
    counts given as the lowest each source will vouch for: they agree only
    when their figures are close.
    """
    if a.high == b.high == math.inf or a.low == b.low == 0.0 and not (a.exact or b.exact):
        return abs(a.value - b.value) <= _BOUNDS_CLOSE * max(a.value, b.value)
    return a.low <= b.high and b.low <= a.high


def describe(a: Amount, b: Amount) -> str:
    """The reason text for a pair of same-kind quantities, in a-then-b order."""
    what = a.what or b.what
    if a.exact and b.exact and a.low == b.low:
        return f"same quantity: {a.label} {what}"
    if compatible(a, b):
        return f"compatible quantity: {a.label} vs {b.label} {what}"
    return f"different quantity: {a.label} vs {b.label} {what}"

"""Units of measure written several ways: "140 km/h", "85 kilometres an hour" and "85 kph"
are one measure, so their figures are compared (two speeds of one train), as two counts
of one named group are."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

SPELLINGS = {
    "kilometre": "km", "kilometer": "km", "km": "km", "kms": "km",
    "metre": "m", "meter": "m", "m": "m",
    "mile": "mile", "miles": "mile", "mi": "mile",
    "km/h": "km/h", "kph": "km/h", "kmh": "km/h", "kmph": "km/h",
    "mph": "mph", "m/s": "m/s",
}  # fmt: skip
"""A unit's spellings and abbreviations, lower-cased, and the unit each names."""
PER_HOUR = {"km": "km/h", "mile": "mph", "m": "m/h"}
"""The speed a length unit followed by "an hour" or "per hour" names."""
UNIT_NAMES = frozenset(SPELLINGS.values()) | frozenset(PER_HOUR.values())
"""The units a figure's group may be: such a figure is compared only with figures of its
unit."""


def unit_of(noun: Token, lemma: str) -> str:
    """The unit a figure's noun names ("kilometres" followed by "an hour": "km/h"), or ''
    when the noun is no unit this table knows."""
    unit = SPELLINGS.get(noun.lower_) or SPELLINGS.get(lemma)
    if unit is None:
        return ""
    after = noun.doc[noun.i + 1 : noun.i + 3]
    per_hour = (
        len(after) == 2 and after[0].lower_ in ("an", "a", "per") and after[1].lower_ == "hour"
    )
    if unit in PER_HOUR and per_hour:
        return PER_HOUR[unit]
    return unit

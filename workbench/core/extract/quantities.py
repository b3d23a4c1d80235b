"""Quantities in a text: ``500 people`` killed, ``more than a million`` members.

Matching claims across articles leans on numbers, so they are read in digits
and in words, with the hedge that qualifies them (``more than``, ``around``)
and with what they count: the event verb next to them (``killed``,
``crossed``) when there is one, else the counted noun (``members``). This
module needs no parser, so the matcher can run it on any string.
"""

from __future__ import annotations

import re

from workbench.core.domain import Quantity
from workbench.core.extract.wordlists import words as _words

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "a": 1, "an": 1,
}  # fmt: skip
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
           "trillion": 1_000_000_000_000, "dozen": 12}  # fmt: skip
_SHORT_SCALES = {"m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000, "k": 1_000}
_VAGUE = {
    "dozens": 24.0, "scores": 40.0, "hundreds": 200.0, "thousands": 2_000.0,
    "tens of thousands": 20_000.0, "hundreds of thousands": 200_000.0,
    "millions": 2_000_000.0, "billions": 2_000_000_000.0,
}  # fmt: skip

_WORDNUM = (
    r"(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety)(?:[\s-]+(?:and[\s-]+)?(?:one|two|three|four|five|six|seven|eight|"
    r"nine|hundred|thousand|million|billion|trillion|dozen))*)"
)
_DIGITS = (
    r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:\s?(?:hundred|thousand|million|billion|trillion|bn|mn|m|k)\b)?"
)
_VAGUE_RE = (
    r"(?:tens of thousands|hundreds of thousands|dozens|scores|hundreds|thousands|millions|"
    r"billions)"
)
_QUALIFIER = (
    r"(?:more than|fewer than|less than|at least|at most|up to|as many as|as few as|nearly|"
    r"almost|about|around|roughly|approximately|some|over|under|close to|an estimated|"
    r"estimated|upwards of|just over|just under|well over)"
)
_NUMBER = re.compile(
    rf"(?<![\w.,-])(?:(?P<qual>{_QUALIFIER})\s+)?(?P<cur>[$\u20ac\u00a3])?"
    rf"(?P<num>{_DIGITS}|{_VAGUE_RE}|{_WORDNUM})(?![\w-])"
    rf"(?P<pct>\s?(?:%|percent\b|per cent\b))?",
    re.IGNORECASE,
)
_RANGE = re.compile(
    r"(?<![\w.,-])(?P<low>\d{1,3}(?:,\d{3})+|\d+)\s?[-\u2013]\s?"
    r"(?P<high>\d{1,3}(?:,\d{3})+|\d+)(?![\w.,-])"
)
"""A range written with a dash ("200-300 people"), which the number pattern leaves whole."""
_NO_ONE = re.compile(r"\b(?:no|not|nor|never)\s+\Z", re.IGNORECASE)
_CURRENCIES = {"$": "dollars", "\u20ac": "euros", "\u00a3": "pounds"}
CURRENCY_WORDS = frozenset(_CURRENCIES.values())
"""What a sum written with its sign counts ("$200,000": dollars)."""
_WORD = re.compile(r"\s*([A-Za-z][A-Za-z'-]*)")
_STOP = frozenset(
    _words(
        "of in on at to for from by with into over under after before during since and or but "
        "who that which were was are is had have has been be will would could may might can "
        "said say says the a an this these those their his her its our as than per each while "
        "when where because if not no than -year -old year years ago between among against "
        "across through throughout within without until upon via toward towards around about "
        "near outside inside beyond despite amid"
    )
)
_EVENT = frozenset(
    _words(
        "killed died wounded injured hurt arrested detained displaced fled crossed resigned "
        "missing dead executed evacuated rescued protested marched deported jailed freed "
        "released abducted kidnapped captured shot murdered massacred slaughtered sentenced "
        "charged convicted infected affected evacuated registered voted joined"
    )
)
_AUX = frozenset(_words("had have has been were was are is be being reportedly allegedly"))
_MONTHS = re.compile(
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*$", re.IGNORECASE
)


def find_quantities(text: str, offset: int = 0) -> list[Quantity]:
    """Every quantity in ``text``; offsets are shifted by ``offset``.

    Years, dates ("Sept. 11"), hyphenated compounds ("six-week-old") and the
    lone "one"/"a" (mostly not counts) are left out, unless "one" is what an event
    verb counts ("one soldier had been killed").
    """
    ranges = _dash_ranges(text, offset)
    inside = [(q.start - offset, q.end - offset) for q in ranges]
    found: list[Quantity] = []
    for match in _NUMBER.finditer(text):
        if any(start <= match.start("num") < end for start, end in inside):
            continue  # an end of "200-300 people", read with its range
        raw = match.group("num")
        low = raw.lower()
        end = match.end()
        if (
            low in ("a", "an", "one")
            and not match.group("qual")
            and not (low == "one" and _event(text, match.start(), _counted(text, end)[0]))
        ):
            continue  # "one diplomat said"; but "one soldier was killed" is a toll
        if low == "one" and _NO_ONE.search(text, 0, match.start()):
            continue  # "no one was killed", "not one shot was fired": none
        if end < len(text) and text[end] == "-" and not match.group("pct"):
            continue  # "six-week-old", "11-year rule"
        if _is_year_or_date(text, match.start("num"), raw):
            continue
        value = _value(low)
        if value is None:
            continue
        pct = bool(match.group("pct"))
        noun_end, noun = (end, "percent") if pct else _counted(text, end)
        what = _event(text, match.start(), noun_end) or noun
        if not what and match.group("cur"):
            what = _CURRENCIES[match.group("cur")]
        qualifier = (match.group("qual") or "").lower()
        if low in _VAGUE and not qualifier:
            qualifier = low
        start = match.start()
        found.append(
            Quantity(
                value=value,
                text=text[start:noun_end],
                what=what,
                start=start + offset,
                end=noun_end + offset,
                qualifier=qualifier,
            )
        )
    return sorted([*found, *ranges, *_repeats(text, offset)], key=lambda q: q.start)


_REPEATS = re.compile(
    r"\b(?P<word>twice|thrice)\b(?!\s+(?:as|the|a|an|per|that|over|more|less|\w+er)\b)",
    re.IGNORECASE,
)
"""How many times an act was done ("fired twice", "was arrested twice"), not a multiplier
("twice as many", "twice the size", "twice a day", "twice higher")."""


def _repeats(text: str, offset: int) -> list[Quantity]:
    """ "Twice" and "thrice" as the counts of times they are: "discharged his firearm twice"
    is two discharges, as "fired three times" is three."""
    return [
        Quantity(
            2.0 if m.group("word").lower() == "twice" else 3.0,
            m.group("word"),
            "times",
            m.start() + offset,
            m.end() + offset,
        )  # fmt: skip
        for m in _REPEATS.finditer(text)
    ]


def _dash_ranges(text: str, offset: int) -> list[Quantity]:
    """Both ends of each range written with a dash ("200-300 people"); not a span of years
    ("2019-2022")."""
    found: list[Quantity] = []
    for match in _RANGE.finditer(text):
        low, high = match.group("low"), match.group("high")
        if _is_year_or_date(text, match.start("low"), low) or _is_year_or_date(
            text, match.start("high"), high
        ):
            continue
        values = _value(low.lower()), _value(high.lower())
        if values[0] is None or values[1] is None:
            continue
        noun_end, noun = _counted(text, match.end())
        what = _event(text, match.start(), noun_end) or noun
        found.append(Quantity(values[0], low, what, match.start() + offset,
                              match.start("low") + len(low) + offset))  # fmt: skip
        found.append(Quantity(values[1], text[match.start("high") : noun_end], what,
                              match.start("high") + offset, noun_end + offset))  # fmt: skip
    return found


def _is_year_or_date(text: str, start: int, raw: str) -> bool:
    if raw.isdigit() and len(raw) == 4 and 1800 <= int(raw) <= 2100:
        return True
    return raw.isdigit() and bool(_MONTHS.search(text[max(0, start - 12) : start]))


def _value(low: str) -> float | None:
    if low in _VAGUE:
        return _VAGUE[low]
    first = low[0]
    if first.isdigit():
        number, _, scale = low.partition(" ") if " " in low else (low, "", "")
        digits = re.match(r"[\d,.]+", number)
        if digits is None:
            return None
        rest = number[digits.end() :] or scale
        try:
            value = float(digits.group().replace(",", ""))
        except ValueError:
            return None
        rest = rest.strip()
        if rest:
            value *= _SCALES.get(rest, _SHORT_SCALES.get(rest, 1))
        return value
    return _words_value(low)


def _words_value(low: str) -> float | None:
    total = 0
    current = 0
    for word in re.split(r"[\s-]+", low):
        if word == "and" or not word:
            continue
        if word in _UNITS:
            current += _UNITS[word]
        elif word in ("hundred", "dozen"):
            current = (current or 1) * _SCALES[word]
        elif word in _SCALES:
            total += (current or 1) * _SCALES[word]
            current = 0
        else:
            return None
    return float(total + current)


def _counted(text: str, pos: int) -> tuple[int, str]:
    """End offset and head word of the noun phrase counted by the number at ``pos``."""
    end, noun = pos, ""
    k = pos
    for _ in range(4):
        match = _WORD.match(text, k)
        if match is None:
            break
        word = match.group(1)
        low = word.lower()
        if low == "of" and not noun and k == pos:
            k = match.end()  # "dozens of protesters"
            continue
        if low in _STOP or low in _EVENT:
            if low == "and" and noun:
                following = _WORD.match(text, match.end())
                if following and _joins_noun(following.group(1).lower()):
                    k = match.end()
                    continue
            break
        end, noun, k = match.end(), low, match.end()
    return end, noun


def _joins_noun(word: str) -> bool:
    """Whether a word after "and" goes on with the counted noun ("women and children"), not
    a clause of its own ("27 people and flattening dozens of homes")."""
    return (
        word not in _STOP | _EVENT
        and word not in _VAGUE
        and not word.endswith(("ing", "ed"))
        and _words_value(word) is None
    )


def _event(text: str, start: int, end: int) -> str:
    """An event verb right after the phrase (``crossed``) or right before it (``killed``)."""
    k = end
    for _ in range(3):
        match = _WORD.match(text, k)
        if match is None:
            break
        low = match.group(1).lower()
        if low in _EVENT:
            return low
        if low not in _AUX:
            break
        k = match.end()
    words: list[str] = re.findall(r"[A-Za-z'-]+", text[max(0, start - 40) : start])
    for low in (w.lower() for w in reversed(words[-3:])):
        if low in _EVENT:
            return low
        if low not in _AUX:
            break
    return ""

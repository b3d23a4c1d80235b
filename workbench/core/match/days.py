"""When a claim says things happened: the days acts are dated on, a weekday ("on Sunday")
or a calendar day ("on May 9", "9 May 2026"), each with the act it dates, and clock times
("5:40 a.m."). Two claims that date one act on different days give two versions of when it
happened; a weekday is never compared with a calendar day."""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from workbench.core.ingest.dateline import MONTHS as MONTH_NUMBERS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from workbench.core.match.reading import Reading


WEEKDAYS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)  # fmt: skip
MONTHS = frozenset(m.lower() for m in calendar.month_name if m)
CLOCK = re.compile(
    r"\b(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?m\.?|p\.?m\.?)(?![a-z])|\b(\d{1,2}):(\d{2})\b"
    r"|\b([01]\d|2[0-3])([0-5]\d)\s*(?:GMT|UTC|hours|hrs)\b",
    re.IGNORECASE,
)
"""A clock time: "5:40 a.m.", "7 p.m.", "23:15", "1415 GMT"."""


def calendar_words(tokens: Iterable[Token]) -> tuple[str, ...]:
    """The weekdays and months among ``tokens``."""
    return tuple(sorted({t.lower_ for t in tokens if t.lower_ in WEEKDAYS | MONTHS}))


def _act_of(token: Token) -> str:
    """The lemma of the verb a word hangs from ("" when none)."""
    from workbench.core.extract.model import lemma

    act = token
    while act.pos_ not in {"VERB", "AUX"} and act.head.i != act.i:
        act = act.head
    return lemma(act) if act.pos_ in {"VERB", "AUX"} else ""


def dated_acts(doc: Doc) -> tuple[tuple[str, str], ...]:
    """Each weekday and calendar day ("05-09" for "May 9" or "9 May 2026") the claim names,
    with the verb it hangs from ("" when none)."""
    found: set[tuple[str, str]] = set()
    for token in doc:
        day = token.lower_ if token.lower_ in WEEKDAYS else calendar_day(token)
        if day:
            found.add((day, _act_of(token.head)))
    return tuple(sorted(found))


def clock_times(text: str) -> tuple[int, ...]:
    """Clock times in ``text`` as minutes after midnight."""
    return minutes_of(CLOCK.finditer(text))


def minutes_of(matches: Iterable[re.Match[str]]) -> tuple[int, ...]:
    """The clock times of :data:`CLOCK`'s matches, as minutes after midnight."""
    found: set[int] = set()
    for m in matches:
        if m.group(1):
            hour, minute = int(m.group(1)) % 12, int(m.group(2) or 0)
            if m.group(3).lower().startswith("p"):
                hour += 12
        elif m.group(4):
            hour, minute = int(m.group(4)), int(m.group(5))
        else:
            hour, minute = int(m.group(6)), int(m.group(7))
        if hour < 24 and minute < 60:
            found.add(hour * 60 + minute)
    return tuple(sorted(found))


def calendar_day(month: Token) -> str:
    """The day a month's name and the number beside it give, as "MM-DD" ("May 9", "8 May
    2026"); '' when the token is no month of a day."""
    number = MONTH_NUMBERS.get(month.lower_.rstrip("."))
    if number is None or not month.text[:1].isupper():
        return ""  # "may" the verb
    doc = month.doc
    for k in (month.i + 1, month.i - 1):
        if 0 <= k < len(doc) and doc[k].is_digit and 1 <= int(doc[k].text) <= 31:
            return f"{number:02d}-{int(doc[k].text):02d}"
    return ""


def dated_apart(a: Reading, b: Reading) -> tuple[str, str, str] | None:
    """An act both claims date, by weekday or by calendar day, on different days ("offered
    an escort on Sunday", "nobody offered us an escort on Monday"; "detected on 8 May",
    "detected the intrusion on May 9"), with the days as written; else None. A day of
    another act ("the fire raced down on Monday", "the toll rose on Wednesday") dates
    something else, and a weekday is not compared with a calendar day."""
    days_a, days_b = _days_by_act(a), _days_by_act(b)
    for act in sorted(days_a.keys() & days_b.keys()):
        for by_date in (False, True):
            mine = {d for d in days_a[act] if _is_calendar(d) == by_date}
            theirs = {d for d in days_b[act] if _is_calendar(d) == by_date}
            if act and mine and theirs and not mine & theirs:
                return act, _days_written(mine), _days_written(theirs)
    return None


def _is_calendar(day: str) -> bool:
    return day[:1].isdigit()


def _days_written(days: set[str]) -> str:
    """Days as a person reads them: "Sunday", "9 May"."""
    return "/".join(
        f"{int(d[3:])} {calendar.month_name[int(d[:2])]}" if _is_calendar(d) else d.title()
        for d in sorted(days)
    )


def _days_by_act(reading: Reading) -> dict[str, set[str]]:
    """The days the claim gives each act ("offered": {"sunday"}, "detect": {"05-09"})."""
    days: dict[str, set[str]] = {}
    for day, act in reading.dated:
        days.setdefault(act, set()).add(day)
    return days

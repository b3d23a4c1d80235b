"""An article's dateline and byline: where, when and by whom, as wire copy opens.

"GAZIPUR, Bangladesh, March 14 (Harbor Post) - At least 12 people ..."
gives the place (GAZIPUR, Bangladesh), the date (March 14) and the outlet
(Harbor Post); a byline line ("By Anna Reyes, Harbor Post") gives the outlet
too. Import uses them only for what the person, a sidecar or the page itself
did not say. A dateline seldom has a year: it is taken from the dateline, else
from a full date the opening of the text gives ("on March 1, 2019"), else it is
the latest year that does not put the date in the future (news is imported soon
after it runs). A year named alone is of another happening: "received 45 million
euros in state aid since 2021" in a story of 2026.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}  # fmt: skip
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_PLACE = rf"[A-Z][A-Z.'\- ]{{1,40}}(?:,\s*(?!(?:{_MONTH})\.?\s+\d)[A-Z][A-Za-z.'\- ]{{1,40}}?)?"
DATELINE = re.compile(
    rf"^\s*(?P<place>{_PLACE})"
    rf"(?:,\s*(?:(?P<month>{_MONTH})\.?\s+(?P<day>\d{{1,2}})"
    rf"|(?P<day2>\d{{1,2}})\s+(?P<month2>{_MONTH})\.?)(?:,?\s+(?P<year>\d{{4}}))?)?"
    r"\s*(?:\((?P<outlet>[^()\n]{2,60})\))?\s*[-\u2013\u2014]{1,2}\s+\S",
    re.IGNORECASE,
)
_BYLINE_DATE = (
    rf"(?P<d1>\d{{1,2}})\s+(?P<m1>{_MONTH})\.?,?\s+(?P<y1>\d{{4}})"
    rf"|(?P<m2>{_MONTH})\.?\s+(?P<d2>\d{{1,2}}),?\s+(?P<y2>\d{{4}})"
    r"|(?P<iso>\d{4}-\d{2}-\d{2})"
)
BYLINE = re.compile(
    r"^\s*By\s+[A-Z][\w.'\- ]{1,60}?(?:\s*(?:,|\||/|\u2013|\u2014|-)\s*|\s+\()"
    r"(?P<outlet>[A-Z][\w.&'\- ]{1,60}?)\)?"
    rf"(?:\s*(?:,|\||/|\u2013|\u2014|-)\s*(?i:{_BYLINE_DATE}))?\s*$"
)
"""A byline line: "By Anna Reyes, Harbor Post", and the date it may end with ("By Ines
Varga, Metro Daily, 6 November 2026")."""
SOURCE_LINE = re.compile(
    r"^\s*(?!(?:On|Updated|Published|Posted|Last|Modified|Date|Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday)\b)"
    r"(?P<outlet>[A-Z][\w.&'\- ]{1,60}?)\s*(?:,|\||/|\u2013|\u2014|-)\s*"
    rf"(?i:{_BYLINE_DATE})\s*$"
)
"""A line of the outlet and the full date alone: "Metro Daily, 9 October 2026"; of one word,
it is the place a statement was issued in ("Osland, 14 May 2026")."""
_YEAR = r"(?:19[5-9]\d|20\d\d)"
FULL_DATE = re.compile(
    rf"\b(?:(?P<d1>\d{{1,2}})\s+(?P<m1>{_MONTH})\.?,?\s+(?P<y1>{_YEAR})"
    rf"|(?P<m2>{_MONTH})\.?\s+(?P<d2>\d{{1,2}}),?\s+(?P<y2>{_YEAR}))\b",
    re.IGNORECASE,
)
"""A date with its year: "1 March 2019", "March 1, 2019" (groups as :data:`_BYLINE_DATE`'s)."""
OPENING = 2000
"""Characters at the start of a text that a dateline, a byline or a year is looked for in."""
OPENING_LINES = 4
"""Lines at the top of a document (title, issuer, date) that may give its date."""


@dataclass(frozen=True, slots=True)
class Dateline:
    place: str = ""
    date: str = ""
    outlet: str = ""


def read_dateline(text: str, today: date | None = None) -> Dateline:
    """The place, date and outlet an article's opening lines give (empty when they give none)."""
    today = today or date.today()
    lines = [line for line in text[:OPENING].splitlines() if line.strip()][:6]
    found = Dateline()
    for line in lines:
        match = DATELINE.match(line)
        month = match and (match["month"] or match["month2"])
        if match and _is_place(match.group("place")) and (month or match["outlet"]):
            found = Dateline(
                place=" ".join(match["place"].split()).strip(" ,"),
                date=_date(match, text, today),
                outlet=(match["outlet"] or "").strip(),
            )
            break
    if found.outlet:
        return found
    issuer = _issuer(lines)  # a statement's or a speech's title names who speaks
    for line in lines:
        source = SOURCE_LINE.match(line)
        byline = BYLINE.match(line) or source
        if byline is not None:
            when = found.date or _written_date(byline, today)
            name = byline["outlet"].strip()
            if byline is source and (issuer or len(name.split()) == 1):
                # "Osland, 14 May 2026" heads a statement: where it was issued
                place = name if len(name.split()) == 1 else ""
                return Dateline(found.place or place, when, issuer)
            return Dateline(found.place, when, name)
    if issuer:
        return replace(found, outlet=issuer, date=found.date or opening_date(text, today))
    return found


_ISSUED = r"(?:statement|press\s+release|news\s+release|communiqu[e\u00e9])"
_SPOKEN = r"(?:speech|remarks|address|statement)"
_WHO = r"(?:the\s+)?(?P<issuer>[A-Z][\w.&'\- ]{2,80}?)"
_TITLE_GOES_ON = r"\s*(?:$|[:,(\-\u2013\u2014]|\s(?:to|at|on|in|before|for|after)\b)"
"""What follows a speech's name in a title: the end, a colon, or where and to whom."""
ISSUERS = (
    re.compile(rf"^\s*{_WHO}\s*:\s*(?i:(?:a\s+|joint\s+)?{_ISSUED})\b"),
    re.compile(rf"^\s*{_WHO}(?:'s|\u2019s)\s+(?i:{_SPOKEN}){_TITLE_GOES_ON}"),
    re.compile(rf"^\s*(?i:{_SPOKEN})\s+by\s+{_WHO}\s*(?:$|[,:(]|\s(?:to|at|on|in)\s)"),
)
"""Titles naming who issues a statement or gives a speech: "Data Protection Authority of
Vessia: statement on the Norvia breach", "Prime Minister's speech to the party conference",
"Remarks by the Health Minister at ..."."""


def _issuer(lines: list[str]) -> str:
    """Who issues a statement or gives a speech, from its title line; '' when it does not
    say."""
    if not lines:
        return ""
    for pattern in ISSUERS:
        if match := pattern.match(lines[0]):
            return match["issuer"].strip()
    return ""


def _written_date(match: re.Match[str], today: date) -> str:
    """The date a match of :data:`_BYLINE_DATE` or :data:`FULL_DATE` gives, as ISO; '' when
    it has none, or none that exists or is past."""
    iso = match.groupdict().get("iso")
    try:
        if iso:
            when = date.fromisoformat(iso)
        elif match["y1"] or match["y2"]:
            month = match["m1"] or match["m2"]
            day = match["d1"] or match["d2"]
            year = match["y1"] or match["y2"]
            when = date(int(year), MONTHS[month.lower()], int(day))
        else:
            return ""
    except ValueError:
        return ""
    return when.isoformat() if when <= today else ""


def _is_place(place: str) -> bool:
    """A dateline's place starts in capitals (DAMASCUS, GAZIPUR), not a sentence."""
    head = place.split(",")[0].strip()
    return head.isupper() and len(head.split()) <= 4


def _date(match: re.Match[str], text: str, today: date) -> str:
    written = match["month"] or match["month2"]  # "March 3" or "3 March"
    if not written:
        return ""
    month, day = MONTHS[written.lower().rstrip(".")], int(match["day"] or match["day2"])
    years = [int(match["year"])] if match["year"] else _years_named(text, today)
    candidates = years or [today.year, today.year - 1]
    for year in candidates:
        try:
            when = date(year, month, day)
        except ValueError:
            return ""
        if when <= today:
            return when.isoformat()
    return ""


def _years_named(text: str, today: date) -> list[int]:
    """Years of the full dates the opening of the text gives, most named first, none in the
    future."""
    years = (int(m["y1"] or m["y2"]) for m in FULL_DATE.finditer(text[:OPENING]))
    counts = Counter(year for year in years if year <= today.year)
    return [year for year, _ in counts.most_common()]


def opening_date(text: str, today: date | None = None) -> str:
    """The first full date on the opening lines of a document ("World Health Organization,
    Country Office. 22 August 2026"), as ISO; '' when there is none, or none past."""
    today = today or date.today()
    for line in [line for line in text[:OPENING].splitlines() if line.strip()][:OPENING_LINES]:
        for match in FULL_DATE.finditer(line):
            if when := _written_date(match, today):
                return when
    return ""

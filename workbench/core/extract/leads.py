"""Line openers that belong to the page, not to a claim: datelines and headings.

A wire story's first sentence starts with its dateline ("AMMAN, April 28
(Levant Wire) - "), and a Markdown article has "## Subhead" lines. The parser
makes them part of the first sentence, so a content starting there would quote
the place and the agency as part of what a source said. We never change the
text (offsets index it as stored); we move the content's start past them.
"""

from __future__ import annotations

import re

from workbench.core.extract.wordlists import words

_HEADING = re.compile(r"#{1,6}[ \t]+")
"""A Markdown ATX heading marker (a text parsed with its marks hidden has none left)."""
_CLOCK = r"\d{1,2}[:.]\d{2}(?: ?[ap]\.m\.)?"
"""A live blog entry's clock time: "11:10", "10:30 a.m."."""
_DASH = r"[-\u2013\u2014]{1,2}"
"""A hyphen, an en or an em dash, or two hyphens: what sets a dateline or a time off."""
_STAMP_DASH = rf"(?:[ \t]*{_DASH})?"
"""The dash a live blog may set after an entry's time ("**18:40** - The toll has risen")."""
_EMPHASIS = re.compile(rf"[*_]{{1,3}}(?:{_CLOCK}[*_]{{1,3}}{_STAMP_DASH})?[ \t]*")
"""Markdown's bold or italic marks opening a line, with a live blog's time stamp in them
("**11:10** Reports that the bridge has collapsed are false, police said")."""
_HIDDEN_STAMP = re.compile(rf"{_CLOCK}[ \t]{{2,}}(?:{_DASH}[ \t]+)?")
"""That time stamp as the parser reads it, its marks hidden (:mod:`markup`): the spaces of
the closing "**" follow it."""

_DATELINE = re.compile(
    r"(?:[A-Z][A-Z'\u2019.\-]*(?: [A-Z][A-Z'\u2019.\-]*)*"  # the place, in capitals
    # ", Lebanon", ", April 28", ", 3 March"
    r"(?:, (?:[A-Z]|\d{1,2} [A-Z])[\w.'\u2019\-]*(?: [\w.'\u2019\-]+){0,3})*"
    r"(?: ?\([^()\n]{1,60}\))?"  # "(Levant Wire)"
    r"|\([^()\n]{1,60}\))"  # or the agency alone: "(Reuters)"
    rf"(?: ?{_DASH}|:)[ \t]+"
)
"""A wire dateline: place in capitals, optional region or date, optional agency, a dash
(or a colon: "BEIRUT: ")."""


_TIME_STAMP = re.compile(
    rf"(?:\d{{3,4}} (?:GMT|UTC)|{_CLOCK}(?: (?:GMT|UTC|local time))?)"
    rf"(?::|[ \t]+{_DASH})[ \t]+"
)
"""A live blog entry's time: "0715 GMT: ", "10:30 a.m.: ", "18:40 - "."""


def time_stamp_end(text: str, start: int) -> int | None:
    """Where a live blog entry's time opening ``text`` at ``start`` ends (at the first word
    after it), or None when there is none."""
    match = _TIME_STAMP.match(text, start)
    return None if match is None else match.end()


def skip_lead(text: str, start: int, end: int) -> int:
    """Where a content starting at ``start`` really starts, past any line opener.

    A content that begins a line may carry a dateline or a heading; one that
    begins inside its line's opener (the parser started a lead's sentence at
    "Kestria" in "DESSEL, Kestria (CPA) – The toll ...") starts after it. The
    result is ``start`` itself when there is nothing to skip, and never passes
    ``end``.
    """
    line_start = text.rfind("\n", 0, start) + 1
    inside = bool(text[line_start:start].strip())
    pos = _past_openers(text, line_start if inside else start, end)
    if inside and pos <= start:
        return start
    while pos < end and text[pos].isspace():
        pos += 1
    return pos if pos < end else start


def line_opener(text: str, pos: int) -> tuple[int, int]:
    """The heading marker, emphasis, dateline or time stamp opening the line that holds
    ``pos``, as (start, end); (0, 0) when the line opens with none. A source mention the
    parser began there ("18:40 - Mayor Ana Lind says") starts after it."""
    start = text.rfind("\n", 0, pos) + 1
    first = start
    while first < len(text) and text[first] in " \t":  # marks hidden as spaces (:mod:`markup`)
        first += 1
    end = _past_openers(text, first, len(text))
    return (start, end) if end > first else (0, 0)


def _past_openers(text: str, pos: int, end: int) -> int:
    """The end of the heading marker, emphasis, dateline and time stamp that open text at
    ``pos``."""
    for pattern in (_HEADING, _EMPHASIS, _HIDDEN_STAMP, _DATELINE, _TIME_STAMP):
        match = pattern.match(text, pos, end)
        if match is not None:
            pos = match.end()
    return pos


_PLACE_LINE = re.compile(
    r"^[ \t]*(?P<place>[A-Z][A-Z'\u2019.\-]+(?: [A-Z][A-Z'\u2019.\-]+)*)"
    r"(?:, (?P<region>[A-Z][\w.'\u2019\-]*(?: [A-Z][\w.'\u2019\-]*){0,2}))?"
    r"(?:,? (?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8})(?:,? \d{4})?)?"  # ", July 21"
    rf"(?: ?\([^()\n]{{1,60}}\))? ?(?:{_DASH}|:)[ \t]",
    re.MULTILINE,
)
_MONTHS = frozenset(
    words(
        "january february march april may june july august september october november "
        "december jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec."
    )
)


def dateline_span(text: str) -> tuple[int, int]:
    """Where the story's dateline stands ("SOLVENNA, Maradia (Meridian Wire) - "), or (0, 0)."""
    match = _place_line(text)
    return (0, 0) if match is None else (match.start(), match.end())


_LABELS = frozenset(
    words("live update updated breaking exclusive analysis watch video factbox explainer")
)
"""A headline's label ("LIVE: Dorva flood ..."), written like a place but none."""


def _place_line(text: str) -> re.Match[str] | None:
    """The first line opening with a dateline, past headline labels."""
    for match in _PLACE_LINE.finditer(text, 0, 800):
        if match.group("place").lower() not in _LABELS:
            return match
    return None


def dateline_places(text: str) -> tuple[str, str]:
    """The place and the region or country of a wire dateline: ("Solvenna", "Maradia").

    Read from the story's first lines ("SOLVENNA, Maradia (Meridian Wire) -
    ..."); the place is given in title case, a date after the comma ("BEIRUT,
    April 28") is not a region. ("", "") when the story has no dateline.
    """
    match = _place_line(text)
    if match is None:
        return "", ""
    place = match.group("place").title()
    region = match.group("region") or ""
    if region.split(" ")[0].lower() in _MONTHS:
        region = ""
    return place, region

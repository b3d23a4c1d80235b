"""The sentence around a claim, so a reader sees the content in context.

A deliberately simple splitter (``.``, ``!``, ``?`` before white space, and
line breaks), with a guard for initials and the commonest abbreviations: a
report needs a readable snippet, not linguistic precision, and must not
load the NLP model just to print.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_CONTEXT = 400
"""How far a snippet reaches beyond the content on each side, at most."""

_BOUNDARY = re.compile(r"[.!?]+[\"'\u201d\u2019\u00bb)\]]*(?=\s|$)|\n")
_ABBREVIATIONS = frozenset(
    ("mr", "mrs", "ms", "dr", "prof", "st", "gen", "lt", "col", "maj", "capt", "sgt", "rep")
    + ("sen", "gov", "pres", "no", "vs", "etc", "jr", "sr", "inc", "ltd", "co")
    + ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")
)
_WORD_BEFORE = re.compile(r"([A-Za-z]+)$")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A snippet split around the content: ``before + content + after``.

    ``located`` is false when the offsets do not slice the article text to
    the content (edited text, imported claim); the snippet is then the
    content alone. ``clipped_*`` say an ellipsis belongs at that end.
    """

    before: str
    content: str
    after: str
    located: bool = True
    clipped_start: bool = False
    clipped_end: bool = False


def sentence_around(text: str, start: int, end: int, content: str) -> Sentence:
    """The sentence(s) of ``text`` holding ``text[start:end]``, split around it."""
    if not (0 <= start <= end <= len(text)) or text[start:end] != content:
        return Sentence("", content, "", located=False)
    window_start = max(0, start - MAX_CONTEXT)
    first = window_start
    for match in _BOUNDARY.finditer(text, window_start, start):
        if _is_boundary(text, match):
            first = match.end()
    while first < start and text[first].isspace():
        first += 1
    window_end = min(len(text), end + MAX_CONTEXT)
    last = window_end
    for match in _BOUNDARY.finditer(text, end, window_end):
        if _is_boundary(text, match):
            last = match.start() if match.group() == "\n" else match.end()
            break
    return Sentence(
        before=text[first:start],
        content=content,
        after=text[end:last].rstrip(),
        clipped_start=first == window_start and window_start > 0,
        clipped_end=last == window_end and window_end < len(text),
    )


def _is_boundary(text: str, match: re.Match[str]) -> bool:
    """False for the dot of an initial (``J. Smith``, ``U.S.``) or an abbreviation."""
    if match.group() == "\n" or not match.group().startswith("."):
        return True
    word = _WORD_BEFORE.search(text, max(0, match.start() - 24), match.start())
    if word is None:
        return True
    token = word.group(1)
    return not (len(token) == 1 and token.isupper()) and token.lower() not in _ABBREVIATIONS

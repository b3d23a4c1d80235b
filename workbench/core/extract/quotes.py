"""Quotation marks: where direct speech starts and ends in the raw text.

We pair marks on the characters, not on tokens, because the tokenizer splits
``,"`` oddly and because offsets must index the text exactly. Straight and
curly marks both count, and so do typewriter pairs of apostrophes. A
quotation left open at the end of a paragraph is closed there: news style
reopens it in the next paragraph when the speaker goes on.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

_MARKS = re.compile(r"''|``|[\"\u201c\u201d\u201e\u00ab\u00bb\n]")
_OPENERS = "\u201c\u201e\u00ab"
_CLOSERS = "\u201d\u00bb"
_TRIM = " \t\r\n,.;:"


@dataclass(frozen=True, slots=True)
class Quote:
    """One quotation: ``start``/``end`` are the marks' outer offsets."""

    start: int
    end: int
    inner_start: int
    inner_end: int


def find_quotes(text: str) -> list[Quote]:
    """Quotations in text order; linear in the number of marks."""
    quotes: list[Quote] = []
    open_at: int | None = None
    for match in _MARKS.finditer(text):
        pos = match.start()
        mark = match.group()
        if mark in ("''", "``"):
            mark = '"' if mark == "''" else "\u201c"  # typewriter style, as in old NYT copy
        after = match.end()
        if mark == "\n":
            if open_at is not None:
                _add(quotes, text, open_at, pos, closed=False)
                open_at = None
            continue
        if open_at is None:
            if mark in _CLOSERS:
                continue  # a stray closer, e.g. after an unmatched opener
            spaced_after = after < len(text) and text[after].isspace()
            if mark == '"' and spaced_after and pos > 0 and not text[pos - 1].isspace():
                continue  # a closing straight mark with no opener: skip it
            open_at = pos
        elif mark in _OPENERS:
            open_at = pos  # two openers in a row: trust the later one
        else:
            _add(quotes, text, open_at, after, closed=True)
            open_at = None
    if open_at is not None:
        _add(quotes, text, open_at, len(text), closed=False)
    return quotes


def _add(quotes: list[Quote], text: str, start: int, end: int, closed: bool) -> None:
    inner_start = start + (2 if text.startswith(("''", "``"), start) else 1)
    inner_end = end - (2 if closed and text.startswith("''", end - 2) else 1 if closed else 0)
    while inner_end > inner_start and text[inner_end - 1] in _TRIM:
        inner_end -= 1
    while inner_start < inner_end and text[inner_start].isspace():
        inner_start += 1
    if inner_end > inner_start:
        quotes.append(Quote(start, end, inner_start, inner_end))


class QuoteIndex:
    """Fast "which quotation holds this offset" look-ups for one text."""

    def __init__(self, quotes: list[Quote]) -> None:
        self.quotes = quotes
        self._starts = [q.start for q in quotes]

    def at(self, pos: int) -> Quote | None:
        """The quotation whose marks enclose ``pos``, if any."""
        i = bisect_right(self._starts, pos) - 1
        if i >= 0 and self.quotes[i].start <= pos < self.quotes[i].end:
            return self.quotes[i]
        return None

    def index_of(self, quote: Quote) -> int:
        return bisect_right(self._starts, quote.start) - 1

    def first_from(self, pos: int) -> int:
        """The index of the first quotation opening at or after ``pos`` (``len`` if none)."""
        return bisect_left(self._starts, pos)

    def ending_before(self, pos: int, text: str) -> Quote | None:
        """The quotation that ends right before ``pos``, with only punctuation between."""
        i = bisect_right(self._starts, pos) - 1
        if i < 0:
            return None
        quote = self.quotes[i]
        if quote.end > pos:
            return None
        gap = text[quote.end : pos]
        return quote if len(gap) <= 4 and not gap.strip(" ,\t-\u2014") else None

    def starting_after(self, pos: int, text: str) -> Quote | None:
        """The quotation that opens right after ``pos`` (``he said: "..."``)."""
        i = bisect_right(self._starts, pos)
        if i >= len(self.quotes):
            return None
        quote = self.quotes[i]
        gap = text[pos : quote.start]
        return quote if len(gap) <= 4 and not gap.strip(" ,.:;\t\n-\u2014") else None

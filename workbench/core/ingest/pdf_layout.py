"""A PDF's text blocks to the text a person reads: paragraphs, no page furniture.

The layout analysis (which lines make a block, which block comes next,
columns included) is pdfminer's; what is done here is what a reader does
without thinking: skip the running header and footer and the page numbers,
read the footnotes after the text instead of in the middle of a sentence
that goes on over the page, join a paragraph split by a page or column
break, and join a word hyphenated at the end of a line.
"""

from __future__ import annotations

import re
import statistics
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

MARGIN = 0.12
"""The top and bottom share of a page where running headers and footers stand."""
FOOTNOTE_ZONE = 0.4
"""Footnotes stand in the bottom share of a page ..."""
FOOTNOTE_SIZE = 0.88
"""... in type smaller than this share of the body's."""

PAGE_NUMBER = re.compile(
    r"^[-–—\s]*(?:page|p\.|pg\.)?\s*(?:\d{1,4}|[ivxlcdm]{1,7})"
    r"(?:\s*(?:of|/)\s*\d{1,4})?[-–—\s]*$",
    re.IGNORECASE,
)
HYPHENS = "-\u00ad\u2010\ufffe"
SENTENCE_END = ".!?:;\"'”’)]…"
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_COMPOUND = re.compile(r"\b(\w+)-(\w+)\b")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Line:
    """One line of text; ``top``/``bottom`` measured from the top of the page."""

    text: str
    top: float
    bottom: float


@dataclass(frozen=True, slots=True)
class Block:
    """A block of lines as laid out on the page, with the median size of its type."""

    lines: tuple[Line, ...]
    size: float

    @property
    def top(self) -> float:
        return min((line.top for line in self.lines), default=0.0)

    @property
    def text(self) -> str:
        return " ".join(line.text for line in self.lines)


@dataclass(frozen=True, slots=True)
class Page:
    height: float
    blocks: tuple[Block, ...]


def document_text(pages: Sequence[Page]) -> str:
    """The body text in reading order, paragraphs apart by a blank line, footnotes last."""
    running = _running_lines(pages)
    body_size = _body_size(pages)
    body: list[list[str]] = []
    notes: list[list[str]] = []
    for page in pages:
        for block in page.blocks:
            lines = [
                clean_line(line.text)
                for line in block.lines
                if not _is_furniture(line, page, running)
            ]
            lines = [line for line in lines if line]
            if not lines:
                continue
            low = block.top > page.height * (1 - FOOTNOTE_ZONE)
            is_note = low and block.size < body_size * FOOTNOTE_SIZE
            (notes if is_note else body).append(lines)
    vocabulary = _vocabulary(body + notes)
    paragraphs = _paragraphs(body, vocabulary) + _paragraphs(notes, vocabulary)
    return "\n\n".join(paragraphs) + "\n" if paragraphs else ""


def clean_line(line: str) -> str:
    """One line's text: ligatures spelt out, tabs and runs of spaces made one space."""
    line = "".join(
        unicodedata.normalize("NFKC", ch) if "\ufb00" <= ch <= "\ufb06" else ch for ch in line
    )
    line = "".join(ch for ch in line if ch.isprintable() or ch in " \t")
    return _SPACES.sub(" ", line).strip()


def _normalised(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.lower().split()))


def _in_margin(line: Line, page: Page) -> bool:
    return line.bottom <= page.height * MARGIN or line.top >= page.height * (1 - MARGIN)


def _running_lines(pages: Sequence[Page]) -> set[str]:
    """Lines standing in the top or bottom margin of several pages: running heads and feet."""
    counts = Counter(
        key
        for page in pages
        for key in {
            _normalised(line.text)
            for block in page.blocks
            for line in block.lines
            if _in_margin(line, page)
        }
    )
    needed = max(2, len(pages) // 4)
    return {text for text, n in counts.items() if n >= needed}


def _is_furniture(line: Line, page: Page, running: set[str]) -> bool:
    """A running head or foot, or a page number, in the page's margin."""
    if not _in_margin(line, page):
        return False
    text = " ".join(line.text.split())
    return _normalised(text) in running or bool(PAGE_NUMBER.match(text))


def _body_size(pages: Sequence[Page]) -> float:
    """The type size most of the text is set in (weighted by characters)."""
    sizes = Counter[float]()
    for page in pages:
        for block in page.blocks:
            sizes[round(block.size, 1)] += len(block.text)
    if not sizes:
        return 0.0
    return statistics.median_high(sizes.elements()) if len(sizes) > 1 else next(iter(sizes))


def _vocabulary(blocks: list[list[str]]) -> tuple[set[str], set[str]]:
    """Words and hyphenated compounds written whole on some line, lower-cased."""
    words: set[str] = set()
    compounds: set[str] = set()
    for lines in blocks:
        for line in lines:
            inner = line
            if line[-1:] in HYPHENS:  # the broken word's first part is no word
                inner = _WORD.sub("", line.rstrip(HYPHENS + " ")[::-1], count=1)[::-1]
            words.update(w.lower() for w in _WORD.findall(inner))
            compounds.update(f"{a}-{b}".lower() for a, b in _COMPOUND.findall(inner))
    return words, compounds


def _paragraphs(blocks: list[list[str]], vocabulary: tuple[set[str], set[str]]) -> list[str]:
    """Each block one paragraph, a block that carries on the one before joined to it."""
    paragraphs: list[str] = []
    for lines in blocks:
        text = lines[0]
        for line in lines[1:]:
            text = _join(text, line, vocabulary)
        if paragraphs and _carries_on(paragraphs[-1], text):
            paragraphs[-1] = _join(paragraphs[-1], text, vocabulary)
        else:
            paragraphs.append(text)
    return paragraphs


def _carries_on(before: str, after: str) -> bool:
    """A paragraph cut by a page or column break: no sentence end, and a small letter next."""
    return bool(before) and before[-1] not in SENTENCE_END and after[:1].islower()


def _join(text: str, line: str, vocabulary: tuple[set[str], set[str]]) -> str:
    """Two lines as one, a word hyphenated at the break joined whole.

    A soft hyphen always breaks a word. A plain one does unless the word
    after it is capitalised ("al-" "Assad") or the document writes the
    compound with its hyphen elsewhere ("six-week"). Justified lines may set
    the hyphen apart ("Mus -"): that is a broken word when the joined word is
    found elsewhere or the first part (three letters or more) is no word of the
    text, else a dash.
    """
    words, compounds = vocabulary
    stripped = text.rstrip()
    if not stripped or stripped[-1] not in HYPHENS or not line[:1].isalpha():
        return f"{stripped} {line}"
    mark, head = stripped[-1], stripped[:-1]
    spaced = head.endswith(" ")
    head = head.rstrip()
    if not head[-1:].isalpha():
        return f"{stripped} {line}"
    if mark in "\u00ad\ufffe":
        return head + line
    first, second = _WORD.findall(head[-40:])[-1], _WORD.findall(line[:40])[0]
    if not line[0].islower():
        return f"{stripped} {line}" if spaced else f"{head}-{line}"
    if f"{first}-{second}".lower() in compounds:
        return f"{head}-{line}"
    joined_known = (first + second).lower() in words
    if not spaced or joined_known or (len(first) > 2 and first.lower() not in words):
        return head + line
    return f"{stripped} {line}"

"""Which words of two claims differ, for the side-by-side compare pane.

Word-level opcodes from :mod:`difflib` over case-folded words; a differing
token that holds a digit (or a number word) is flagged as a quantity, which
the pane marks more strongly, because "500" against "100" is usually the
whole story of a conflict.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from difflib import SequenceMatcher

TOKEN = re.compile(r"\w+(?:[.,]\d+)*%?|[^\w\s]")
NUMBER_WORDS = frozenset(
    {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
     "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "hundreds", "thousand",
     "thousands", "million", "millions", "billion", "dozen", "dozens"}
)  # fmt: skip


FUNCTION_WORDS = frozenset(
    {"a", "an", "the", "of", "in", "on", "at", "to", "for", "by", "with", "from", "and", "or",
     "that", "this", "it", "its", "was", "were", "is", "are", "be", "been", "had", "has", "have",
     "as", "into", "over", "after", "before", "s"}
)  # fmt: skip
"""Words whose difference says nothing about the claim; left unmarked to keep the eye on
the names, events and quantities that do differ."""


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of text: a token plus the blank before it, and whether it differs."""

    text: str
    changed: bool = False
    quantity: bool = False


def tokens(text: str) -> list[tuple[str, str]]:
    """(leading blank, token) pairs that join back to ``text`` minus trailing blanks."""
    out: list[tuple[str, str]] = []
    position = 0
    for match in TOKEN.finditer(text):
        out.append((text[position : match.start()], match.group()))
        position = match.end()
    return out


def is_quantity(token: str) -> bool:
    return any(ch.isdigit() for ch in token) or token.casefold() in NUMBER_WORDS


def word_diff(a: str, b: str) -> tuple[list[Piece], list[Piece]]:
    """Both texts cut into pieces, the words the other text lacks flagged as changed."""
    ta, tb = tokens(a), tokens(b)
    keys_a = [t.casefold() for _, t in ta]
    keys_b = [t.casefold() for _, t in tb]
    matcher = SequenceMatcher(None, keys_a, keys_b, autojunk=False)
    same_a: set[int] = set()
    same_b: set[int] = set()
    for block in matcher.get_matching_blocks():
        same_a.update(range(block.a, block.a + block.size))
        same_b.update(range(block.b, block.b + block.size))
    return _pieces(ta, same_a), _pieces(tb, same_b)


def _pieces(toks: list[tuple[str, str]], same: set[int]) -> list[Piece]:
    pieces = []
    for i, (blank, token) in enumerate(toks):
        changed = (
            i not in same
            and any(ch.isalnum() for ch in token)
            and token.casefold() not in FUNCTION_WORDS
        )
        if blank:
            pieces.append(Piece(blank))
        pieces.append(Piece(token, changed, changed and is_quantity(token)))
    return pieces


def pieces_html(pieces: list[Piece], changed_bg: str, quantity_bg: str) -> str:
    """Rich text with changed words on ``changed_bg`` and quantities bold on ``quantity_bg``."""
    out = []
    for piece in pieces:
        text = html.escape(piece.text)
        if piece.quantity:
            out.append(f'<b style="background-color:{quantity_bg}">{text}</b>')
        elif piece.changed:
            out.append(f'<span style="background-color:{changed_bg}">{text}</span>')
        else:
            out.append(text)
    return "".join(out)

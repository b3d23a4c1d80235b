"""Markdown's marks hidden from the parser, the text's length and offsets kept.

A Markdown article is stored as written (CONTRACT.md: offsets slice the file),
but "**Were passwords stolen?** Teliko says no." parsed as written gives the
tagger a sentence that opens on "**", and a claim whose content begins with
asterisks. The parser reads the text with each mark (a heading's "#", a
quote's ">", a list's bullet, emphasis, a link's brackets and address,
code's backticks, a rule) replaced by as many spaces; what is extracted is
then sliced from the text as written (:func:`restore`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from workbench.core.domain import Extraction

_LINE_MARKS = re.compile(r"^(?:[ \t]{0,3}(?:#{1,6}|>|[-*+])(?=[ \t]))", re.MULTILINE)
_RULE = re.compile(r"^[ \t]{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$", re.MULTILINE)
_STRONG = re.compile(r"(\*\*|__)(?=\S)(?P<inner>[^\n]+?)(?<=\S)\1")
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=[^\s*])(?P<inner>[^\n*]+?)(?<=[^\s*])\*(?![\w*])")
_UNDERSCORE = re.compile(r"(?<![\w_])_(?=[^\s_])(?P<inner>[^\n_]+?)(?<=[^\s_])_(?![\w_])")
_LINK = re.compile(r"(!?\[)([^\]\n]+)(\]\([^)\n]*\))")
_CODE = re.compile(r"(`+)(?P<inner>[^`\n]+)\1")


def mask_markup(text: str) -> str:
    """``text`` with Markdown's marks as spaces; unchanged when it has none."""
    if not any(mark in text for mark in "#>*_-+[`"):
        return text
    chars = list(text)

    def blank(start: int, end: int) -> None:
        for k in range(start, end):
            if chars[k] not in "\n\r":
                chars[k] = " "

    for match in _RULE.finditer(text):
        blank(*match.span())
    for match in _LINE_MARKS.finditer(text):
        blank(*match.span())
    for pattern in (_STRONG, _EMPHASIS, _UNDERSCORE, _CODE):
        for match in pattern.finditer(text):
            blank(match.start(), match.start("inner"))
            blank(match.end("inner"), match.end())
    for match in _LINK.finditer(text):
        blank(*match.span(1))
        blank(*match.span(3))
    return "".join(chars)


def restore(extraction: Extraction, text: str, masked: str) -> Extraction:
    """An extraction made from ``masked``, its spans without the hidden marks at their ends
    ("**The company** said": "The company", not "> **The company** "), their strings sliced
    from ``text`` as written (offsets are the same)."""
    source = _trimmed(masked, extraction.source_start, extraction.source_end)
    cue = _trimmed(masked, extraction.cue_start, extraction.cue_end)
    content = _trimmed(masked, extraction.content_start, extraction.content_end)
    return replace(
        extraction,
        source=text[source[0] : source[1]], source_start=source[0], source_end=source[1],
        source_resolved=" ".join(extraction.source_resolved.split()),
        cue=text[cue[0] : cue[1]], cue_start=cue[0], cue_end=cue[1],
        content=text[content[0] : content[1]],
        content_start=content[0], content_end=content[1],
        numbers=tuple(replace(q, text=text[q.start : q.end]) for q in extraction.numbers),
    )  # fmt: skip


def _trimmed(masked: str, start: int, end: int) -> tuple[int, int]:
    """A span without the spaces (hidden marks among them) at its ends; an empty one stays."""
    while start < end and masked[start].isspace():
        start += 1
    while end > start and masked[end - 1].isspace():
        end -= 1
    return start, end

"""Long texts parsed piece by piece, with offsets into the whole text.

The parser needs memory in proportion to the text it holds (some 600 MB for
200,000 characters), so a 200-page report is never parsed whole: it is cut
at paragraph breaks into pieces of about :data:`CHUNK_CHARS` characters,
each piece goes through the extractor like a short article, and each claim's
offsets are moved back to where the piece stands in the whole text. Memory
then depends on the piece, not on the document; a news article is one piece,
read exactly as before.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace

from workbench.core.domain import Extraction
from workbench.core.progress import CancelFlag, check_cancelled, never_cancelled

CHUNK_CHARS = 20_000
"""About the length of a long feature: what the parser reads at once."""

ExtractMany = Callable[[Iterable[str], Iterable[str], int], Iterable[list[Extraction]]]
"""``extract_many(texts, outlets, n_process)``: claims of each text, in order."""

OnChunk = Callable[[int], None]
"""Told the number of characters of each piece once its claims are in."""

# Where a piece may end, best first: a blank line, a line break, a sentence's
# end, any space. A text without any of these is cut where the size says.
_BREAKS = (re.compile(r"\n[ \t]*\n\s*"), re.compile(r"\n\s*"), re.compile(r"[.!?][\"'”’)]*\s+"))
_SPACE = re.compile(r"\s+")


def chunk_spans(text: str, size: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """``(start, end)`` of consecutive pieces covering ``text``, cut at paragraph breaks.

    A piece is at most ``size`` characters and, where the text allows, at
    least half that; every character belongs to exactly one piece.
    """
    spans: list[tuple[int, int]] = []
    start, length = 0, len(text)
    while length - start > size:
        spans.append((start, end := _cut(text, start, size)))
        start = end
    if start < length or not spans:
        spans.append((start, length))
    return spans


def _cut(text: str, start: int, size: int) -> int:
    """Where the piece starting at ``start`` ends: after the last good break in its second half."""
    low, high = start + size // 2, start + size
    for pattern in (*_BREAKS, _SPACE):
        last = None
        for match in pattern.finditer(text, low, high):
            last = match
        if last is not None:
            return last.end()
    return high


def shifted(extraction: Extraction, delta: int) -> Extraction:
    """The claim with every offset moved by ``delta`` (from a piece to the whole text)."""
    if not delta:
        return extraction
    return replace(
        extraction,
        source_start=extraction.source_start + delta,
        source_end=extraction.source_end + delta,
        cue_start=extraction.cue_start + delta,
        cue_end=extraction.cue_end + delta,
        content_start=extraction.content_start + delta,
        content_end=extraction.content_end + delta,
        numbers=tuple(
            replace(q, start=q.start + delta, end=q.end + delta) for q in extraction.numbers
        ),
    )


def extract_in_chunks(
    texts: Sequence[str],
    outlets: Sequence[str],
    extract_many: ExtractMany,
    n_process: int = 1,
    *,
    on_chunk: OnChunk = lambda _chars: None,
    cancelled: CancelFlag = never_cancelled,
) -> Iterator[list[Extraction]]:
    """The claims of each text, in order, every text parsed piece by piece.

    All pieces of all texts stream through one ``extract_many`` call, so the
    parser batches them as it would short articles.

    Raises:
        Cancelled: between two pieces, once ``cancelled()`` is true.
    """
    spans = [chunk_spans(text) for text in texts]
    pieces = (text[s:e] for text, cuts in zip(texts, spans, strict=True) for s, e in cuts)
    names = (outlet for outlet, cuts in zip(outlets, spans, strict=True) for _ in cuts)
    results = iter(extract_many(pieces, names, n_process))
    for cuts in spans:
        claims: list[Extraction] = []
        for start, end in cuts:
            check_cancelled(cancelled)
            claims.extend(shifted(claim, start) for claim in next(results))
            on_chunk(end - start)
        yield claims


def chunk_count(texts: Iterable[str]) -> int:
    """How many pieces the texts make."""
    return sum(len(chunk_spans(text)) for text in texts)

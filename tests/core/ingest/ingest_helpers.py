"""A stand-in extractor for import tests: one own-voice claim per non-empty line.

The import pipeline takes its extractor as a parameter; these tests are about
reading files, so they pass this cheap one and never load the NLP model.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from workbench.core.domain import Extraction


def line_claims(text: str, outlet: str = "") -> list[Extraction]:
    claims = []
    offset = 0
    for line in text.splitlines(keepends=True):
        content = line.strip()
        if content:
            start = offset + line.index(content)
            claims.append(Extraction.own_voice(content, start, outlet))
        offset += len(line)
    return claims


def fake_extract_many(
    texts: Sequence[str], outlets: Sequence[str], n_process: int = 1
) -> Iterator[list[Extraction]]:
    for text, outlet in zip(texts, outlets, strict=True):
        yield line_claims(text, outlet)

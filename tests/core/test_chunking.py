"""Long texts parsed piece by piece: pieces cover the text, claims keep whole-text offsets."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.core.chunking import chunk_spans, extract_in_chunks
from workbench.core.domain import Extraction, Quantity
from workbench.core.errors import Cancelled

PARAGRAPH = "The Red Cross said {n} families had lost their homes in district {n}.\n\n"


def numbered_claims(
    texts: Iterable[str], outlets: Iterable[str], n_process: int = 1
) -> Iterator[list[Extraction]]:
    """One claim per sentence with a number in it, offsets into the text it was given."""
    for text, outlet in zip(texts, outlets, strict=True):
        claims = []
        start = 0
        while (at := text.find("The Red Cross", start)) >= 0:
            end = text.index(".", at) + 1
            figure = text.index("said ", at) + 5
            number = text[figure : text.index(" ", figure)]
            quantity = Quantity(float(number), number, "families", figure, figure + len(number))
            claims.append(Extraction.own_voice(text[at:end], at, outlet, (quantity,)))
            start = end
        yield claims


def test_pieces_cover_the_text_and_end_at_paragraph_breaks() -> None:
    text = "".join(PARAGRAPH.format(n=n) for n in range(3000))
    spans = chunk_spans(text, size=20_000)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:], strict=False))
    assert all(10_000 <= e - s <= 20_000 for s, e in spans[:-1])
    assert all(text[e - 2 : e] == "\n\n" for _, e in spans[:-1])


def test_a_text_without_breaks_is_cut_at_spaces_and_one_without_spaces_anywhere() -> None:
    words = "word " * 10_000
    spans = chunk_spans(words, size=1_000)
    assert all(words[e - 1] == " " for _, e in spans[:-1])
    solid = "x" * 2_500
    assert chunk_spans(solid, size=1_000) == [(0, 1_000), (1_000, 2_000), (2_000, 2_500)]
    assert chunk_spans("", size=1_000) == [(0, 0)]


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="ab .\n", max_size=3_000), st.integers(min_value=2, max_value=400))
def test_pieces_always_tile_the_text(text: str, size: int) -> None:
    spans = chunk_spans(text, size)
    assert "".join(text[s:e] for s, e in spans) == text
    assert all(0 < e - s <= size for s, e in spans if text)


def test_claims_of_a_long_text_slice_the_whole_text() -> None:
    long = "".join(PARAGRAPH.format(n=n) for n in range(3000))
    short = PARAGRAPH.format(n=7)
    pieces: list[int] = []
    whole, single = extract_in_chunks(
        [long, short], ["Wire", "Post"], numbered_claims, on_chunk=pieces.append
    )
    assert len(pieces) > 5 and sum(pieces) == len(long) + len(short)
    assert len(whole) == 3000 and len(single) == 1
    for claim in whole:
        assert long[claim.content_start : claim.content_end] == claim.content
        (number,) = claim.numbers
        assert long[number.start : number.end] == number.text
    assert [c.content for c in whole] == [p.strip() for p in long.split("\n\n") if p]
    assert single[0].source_resolved == "Post"


def test_cancel_stops_between_pieces() -> None:
    long = "".join(PARAGRAPH.format(n=n) for n in range(3000))
    done: list[int] = []
    results = extract_in_chunks(
        [long], ["Wire"], numbered_claims, on_chunk=done.append, cancelled=lambda: len(done) >= 2
    )
    with pytest.raises(Cancelled):
        next(results)
    assert len(done) == 2

"""Hypothesis strategies: articles with any text and claims whose spans slice it."""

from __future__ import annotations

from hypothesis import strategies as st

from workbench.core.domain import (
    Extraction,
    NewArticle,
    Quantity,
    QuoteKind,
    SourceType,
    Stance,
)

# Any text a file can decode to: every plane, right-to-left, emoji, controls;
# not lone surrogates, which no decoder produces.
TEXT_CHARS = st.characters(blacklist_categories=("Cs",))
texts = st.text(TEXT_CHARS, min_size=1, max_size=400)
metadata = st.text(TEXT_CHARS, max_size=40)


@st.composite
def spans(draw: st.DrawFn, text: str) -> tuple[int, int]:
    start = draw(st.integers(0, len(text)))
    end = draw(st.integers(start, len(text)))
    return start, end


@st.composite
def extractions(draw: st.DrawFn, text: str) -> Extraction:
    """A claim of ``text``: every span, number included, slices to its string."""
    (ss, se), (cs, ce), (ks, ke) = (draw(spans(text)) for _ in range(3))
    numbers = []
    for _ in range(draw(st.integers(0, 2))):
        ns, ne = draw(spans(text))
        value = draw(st.floats(allow_nan=False, allow_infinity=False, width=32))
        numbers.append(Quantity(value, text[ns:ne], draw(metadata), ns, ne, draw(metadata)))
    return Extraction(
        attributed=draw(st.booleans()),
        source=text[ss:se],
        source_start=ss,
        source_end=se,
        source_resolved=draw(metadata),
        source_type=draw(st.sampled_from(SourceType)),
        anonymous=draw(st.booleans()),
        cue=text[cs:ce],
        cue_start=cs,
        cue_end=ce,
        content=text[ks:ke],
        content_start=ks,
        content_end=ke,
        quote=draw(st.sampled_from(QuoteKind)),
        stance=draw(st.sampled_from(Stance)),
        numbers=tuple(numbers),
    )


@st.composite
def articles_with_claims(draw: st.DrawFn) -> tuple[NewArticle, list[Extraction]]:
    text = draw(texts)
    article = NewArticle(
        text=text,
        title=draw(metadata),
        outlet=draw(metadata),
        date=draw(st.dates().map(str) | st.just("")),
        url=draw(metadata),
        path=draw(metadata),
        format=draw(st.sampled_from(["txt", "md", "html"])),
    )
    return article, draw(st.lists(extractions(text), max_size=5))

"""Builders of hand-made claims and articles for the matcher tests."""

from __future__ import annotations

from collections.abc import Sequence

from workbench.core.domain import (
    Article,
    Claim,
    Extraction,
    Quantity,
    QuoteKind,
    SourceType,
    Stance,
)


def quantity(value: float, what: str, qualifier: str = "") -> Quantity:
    """A quantity as the extractor would give it (offsets do not matter here)."""
    text = f"{qualifier} {value:g}".strip()
    return Quantity(value=value, text=text, what=what, start=0, end=len(text), qualifier=qualifier)


def build_claim(
    claim_id: int,
    article_id: int,
    content: str,
    *,
    source: str = "",
    source_type: SourceType = SourceType.OTHER,
    stance: Stance = Stance.ASSERTS,
    numbers: Sequence[Quantity] = (),
    anonymous: bool = False,
) -> Claim:
    """A stored claim; no source means the article's own voice (media)."""
    attributed = bool(source)
    extraction = Extraction(
        attributed=attributed,
        source=source,
        source_start=0,
        source_end=len(source),
        source_resolved=source,
        source_type=source_type if attributed else SourceType.MEDIA,
        anonymous=anonymous,
        cue="said" if attributed else "",
        cue_start=0,
        cue_end=0,
        content=content,
        content_start=0,
        content_end=len(content),
        quote=QuoteKind.INDIRECT,
        stance=stance,
        numbers=tuple(numbers),
    )
    return Claim(claim_id, article_id, extraction, status="unverified")


def build_article(article_id: int, outlet: str) -> Article:
    return Article(
        id=article_id,
        title=f"Article {article_id}",
        outlet=outlet,
        date="2011-04-28",
        url="",
        path=f"a{article_id}.txt",
        format="txt",
        content_hash=str(article_id),
        text="",
        imported_at="",
    )

"""Builders of hand-made claims and articles for the matcher tests."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from workbench.core.domain import (
    Article,
    Claim,
    Extraction,
    Quantity,
    QuoteKind,
    SourceType,
    Stance,
)
from workbench.core.domain import SourceType as ST
from workbench.core.extract.quantities import find_quantities
from workbench.core.match.pair_features import ClaimView
from workbench.core.match.reading import Reading, read_claims


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


def article_with(article_id: int, text: str, date: str = "2014-03-10") -> Article:
    """An article with real text, for tests that read sentences and places from it."""
    return Article(article_id, f"T{article_id}", f"Outlet {article_id}", date, "", "", "txt",
                   str(article_id), text, "")  # fmt: skip


def claim_in(
    claim_id: int,
    article: Article,
    content: str,
    source: str,
    kind: ST,
    stance: Stance = Stance.ASSERTS,
    numbers: tuple[Quantity, ...] = (),
) -> Claim:
    """A claim whose content and source are found in ``article``'s text (offsets real)."""
    start = article.text.index(content)
    s_start = article.text.find(source) if source else start
    extraction = Extraction(bool(source), source, s_start, s_start + len(source), source, kind,
                            False, "said", 0, 0, content, start, start + len(content),
                            QuoteKind.INDIRECT, stance, numbers)  # fmt: skip
    return Claim(claim_id, article.id, extraction, status="unverified")


def view_of(claim: Claim) -> ClaimView:
    """A claim with a reading of its words as lemmas (no parse), without vectors."""
    content = claim.content
    lemmas = tuple(w.lower().strip(".,") for w in content.split())
    reading = Reading(lemmas=lemmas, names=(), times=(), negated=False, counts=(), values=(),
                      context=(0, len(content)))  # fmt: skip
    return ClaimView(claim, reading)


def parsed_views(*texts: str, stances: Sequence[Stance] = ()) -> list[ClaimView]:
    """Claims of one article each, with the extractor's figures, read as matching reads them;
    ``stances`` are the claims' cues' stances (asserts when not given)."""
    stances = list(stances) or [Stance.ASSERTS] * len(texts)
    claims = [
        Claim(k, k, replace(Extraction.from_dict({"content": t, "content_start": 0}),
                            numbers=tuple(find_quantities(t)), stance=stance), "unverified")
        for k, (t, stance) in enumerate(zip(texts, stances, strict=True), start=1)
    ]  # fmt: skip
    readings = read_claims(claims, {c.article_id: c.content for c in claims})
    return [ClaimView(c, r) for c, r in zip(claims, readings, strict=True)]

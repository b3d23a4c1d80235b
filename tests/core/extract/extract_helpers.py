"""Helpers shared by the extractor tests (a module of its own: conftest names collide)."""

from __future__ import annotations

from collections.abc import Callable

from workbench.core.domain import Extraction

Extract = Callable[..., list[Extraction]]


def assert_spans(text: str, claim: Extraction) -> None:
    """Every span of ``claim`` slices ``text`` to its string; numbers lie in the content."""
    assert text[claim.source_start : claim.source_end] == claim.source
    assert text[claim.cue_start : claim.cue_end] == claim.cue
    assert text[claim.content_start : claim.content_end] == claim.content
    for number in claim.numbers:
        assert text[number.start : number.end] == number.text
        assert claim.content_start <= number.start <= number.end <= claim.content_end


def attributed(claims: list[Extraction]) -> list[Extraction]:
    return [c for c in claims if c.attributed]


def by_cue(claims: list[Extraction], cue: str) -> Extraction:
    """The one attributed claim whose cue reads ``cue``."""
    found = [c for c in claims if c.attributed and c.cue.lower() == cue.lower()]
    assert len(found) == 1, f"expected one claim with cue {cue!r}, got {found}"
    return found[0]

"""What names an article for its story: its claims' names, and whom it quotes, with the
bodies they speak for ("OVAK director Petr Hruby" names OVAK)."""

from __future__ import annotations

from dataclasses import replace

from match_builders import parsed_views

from workbench.core.match.pair_features import ClaimView
from workbench.core.match.stories import stories


def quoted(view: ClaimView, article: int, key: str, voice: str) -> ClaimView:
    told = replace(view.claim.extraction, source_key=key, source_voice=voice)
    return replace(view, claim=replace(view.claim, article_id=article, extraction=told))


def test_the_bodies_an_article_quotes_and_speaks_for_name_its_story() -> None:
    safe, samples, other = parsed_views(
        "the water meets every standard", "all samples met the limits", "the bridge reopened"
    )
    views = [
        quoted(safe, 1, "person:petr hruby", "body:ovak"),
        quoted(safe, 1, "body:regional health authority", "body:regional health authority"),
        quoted(samples, 2, "body:ovak", "body:ovak"),
        quoted(samples, 2, "body:regional health authority", ""),
        quoted(other, 3, "body:city council", "body:city council"),
    ]
    assert stories(views) == [[1, 2], [3]]

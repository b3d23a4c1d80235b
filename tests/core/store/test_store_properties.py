"""Property tests: whatever an article holds, the store gives it back unchanged."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from store_strategies import articles_with_claims, texts

from workbench.core.domain import ClaimQuery, Extraction, NewArticle
from workbench.core.store import CaseStore

FAST = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _order(extraction: Extraction) -> str:
    """A sort key for comparing lists: -0.0 is stored as 0.0 (equal, but its repr sorts apart)."""
    return repr(extraction).replace("-0.0", "0.0")


def _round_trip(cases: list[tuple[NewArticle, list[Extraction]]]) -> None:
    with tempfile.TemporaryDirectory() as folder, CaseStore.open(Path(folder) / "c.db") as store:
        for new, extractions in cases:
            article_id = store.add_article(new).id
            store.add_claims(article_id, extractions)
            stored = store.get_article(article_id)
            assert (stored.text, stored.title, stored.outlet, stored.url, stored.path) == (
                new.text,
                new.title,
                new.outlet,
                new.url,
                new.path,
            )
            got = store.claims(ClaimQuery(article_ids=(article_id,)))
            assert sorted((c.extraction for c in got), key=_order) == sorted(
                extractions, key=_order
            )
            for claim in got:
                x = claim.extraction
                assert stored.text[x.content_start : x.content_end] == x.content
                assert stored.text[x.source_start : x.source_end] == x.source
                for n in x.numbers:
                    assert stored.text[n.start : n.end] == n.text
        assert store.integrity_ok()


@FAST
@given(st.lists(articles_with_claims(), min_size=1, max_size=3))
def test_articles_and_claims_round_trip(cases: list[tuple[NewArticle, list[Extraction]]]) -> None:
    _round_trip(cases)


@FAST
@given(texts, texts)
def test_any_search_text_is_safe(text: str, search: str) -> None:
    with tempfile.TemporaryDirectory() as folder, CaseStore.open(Path(folder) / "c.db") as store:
        store.add_article(NewArticle(text=text))
        found = store.claims(ClaimQuery(search=search))
        assert found == []  # the article has no claims; the query must simply work
        assert isinstance(store.search_ranked(search), list)

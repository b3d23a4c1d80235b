"""Claim vectors in the case file: stored once per model, dropped when stale."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from store_builders import TEXT, article, sample_claims

from workbench.core.store import CaseStore


def rows(count: int, dimensions: int = 4, seed: int = 0) -> np.ndarray:
    vectors = np.random.default_rng(seed).normal(size=(count, dimensions)).astype(np.float32)
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def stored(store: CaseStore, model: str) -> dict[int, np.ndarray]:
    return {
        claim_id: row
        for ids, batch in store.iter_vectors(model, batch=2)
        for claim_id, row in zip(ids, batch, strict=True)
    }


def test_vectors_round_trip_per_model(store: CaseStore) -> None:
    stored_article = store.add_article(article(), sample_claims())
    ids = [c.id for c in store.claims() if c.article_id == stored_article.id]
    assert [i for i, _ in store.claims_without_vector("m1")] == ids
    vectors = rows(len(ids))
    store.save_vectors("m1", ids, vectors)
    assert store.claims_without_vector("m1") == []
    # Another model's vectors do not count: its space is another space.
    assert [i for i, _ in store.claims_without_vector("m2")] == ids
    back = stored(store, "m1")
    assert sorted(back) == ids
    for claim_id, vector in zip(ids, vectors, strict=True):
        assert back[claim_id].dtype == np.float32
        assert np.allclose(back[claim_id], vector, atol=1e-3)  # kept as float16


def test_missing_vectors_come_with_the_text_to_embed(store: CaseStore) -> None:
    store.add_article(article(), sample_claims())
    contents = {c.id: c.content for c in store.claims()}
    assert dict(store.claims_without_vector("m")) == contents


def test_editing_a_claims_content_drops_its_vector(store: CaseStore) -> None:
    store.add_article(article(), sample_claims())
    claims = store.claims()
    store.save_vectors("m", [c.id for c in claims], rows(len(claims)))
    first, second = claims[0], claims[1]
    store.set_note(second.id, "checked with the NGO")  # not the content: the vector stays
    start = TEXT.index("people were killed")
    edited = replace(
        first.extraction,
        content="people were killed",
        content_start=start,
        content_end=start + len("people were killed"),
    )
    store.update_extraction(first.id, edited)
    assert [i for i, _ in store.claims_without_vector("m")] == [first.id]


def test_deleting_a_claim_deletes_its_vector_and_a_late_vector_is_skipped(
    store: CaseStore,
) -> None:
    store.add_article(article(), sample_claims())
    claims = store.claims()
    gone = claims[0].id
    store.delete_claim(gone)
    store.save_vectors("m", [c.id for c in claims], rows(len(claims)))
    assert sorted(stored(store, "m")) == [c.id for c in claims[1:]]
    count = store.db.execute("SELECT count(*) FROM claim_vectors").fetchone()[0]
    assert count == len(claims) - 1


def test_a_batch_is_all_or_nothing(store: CaseStore) -> None:
    store.add_article(article(), sample_claims())
    ids = [c.id for c in store.claims()]
    with pytest.raises(ValueError, match="ids for"):
        store.save_vectors("m", ids, rows(len(ids) - 1))
    assert store.db.execute("SELECT count(*) FROM claim_vectors").fetchone()[0] == 0

"""Claim readings read back alike whether looked up by id or the table is scanned."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from store_builders import article, sample_claims

from workbench.core.store import CaseStore, readings


def test_readings_by_id_and_by_scan_are_the_same(
    store: CaseStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    stored_article = store.add_article(article(), sample_claims())
    ids = [c.id for c in store.claims() if c.article_id == stored_article.id]
    assert len(ids) >= 3
    contexts = np.random.default_rng(1).normal(size=(len(ids) - 1, 8)).astype(np.float32)
    store.save_readings([(i, {"version": 3, "lemmas": [str(i)]}) for i in ids[:-1]], "m", contexts)
    store.save_readings([(ids[-1], {"version": 3, "lemmas": []})])  # no model: no vector
    wanted = [*ids[1:], 10_000]  # one claim not asked for, one that has no reading
    by_id = _read(store, wanted)
    monkeypatch.setattr(readings, "SCAN_FROM", 0)
    scanned = _read(store, wanted)
    assert sorted(by_id) == sorted(scanned) == sorted(ids[1:])
    for claim_id, (reading, model, vector) in by_id.items():
        again = scanned[claim_id]
        assert (reading, model) == again[:2] and reading["lemmas"] == (
            [str(claim_id)] if claim_id != ids[-1] else []
        )
        if claim_id == ids[-1]:
            assert vector is None and again[2] is None
        else:
            assert vector is not None and again[2] is not None
            assert np.array_equal(vector, again[2])
            assert np.allclose(vector, contexts[ids.index(claim_id)], atol=1e-2)


def _read(store: CaseStore, wanted: list[int]) -> dict[int, tuple[dict[str, Any], str, Any]]:
    return {
        i: (reading, model, vector) for i, reading, model, vector in store.iter_readings(wanted)
    }

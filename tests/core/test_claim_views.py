"""What the learned matcher reads of claims: made once, vectors made beside the readings."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest
from similar_builders import TEXTS, ConceptEmbedder, case_with_claims

from workbench.core.claim_views import claim_views
from workbench.core.embeddings import Vectors
from workbench.core.errors import ModelUnavailableError


def test_each_text_is_embedded_once_and_the_views_carry_its_vectors(case_path: Path) -> None:
    model = ConceptEmbedder()
    with case_with_claims(case_path, None) as case:
        claims = case.claims()
        views = claim_views(case.store, claims, model)
        embedded = sorted(text for call in model.calls for text in call)
        # Each claim's content, and its sentence (here the whole article).
        assert embedded == sorted([c.content for c in claims] + TEXTS)
        for view, claim in zip(views, claims, strict=True):
            assert view.vector is not None and view.context is not None
            own = model.encode([claim.content])[0].astype(np.float16).astype(np.float32)
            assert np.array_equal(view.vector, own)
        model.calls.clear()
        again = claim_views(case.store, claims, model)
        assert model.calls == []  # all stored
        for first, second in zip(views, again, strict=True):
            assert np.array_equal(first.context, second.context)


class BrokenModel(ConceptEmbedder):
    def encode(self, texts: Sequence[str]) -> Vectors:
        raise ModelUnavailableError("the meaning model could not be loaded: truncated file")


def test_a_model_failing_in_the_worker_is_the_callers_error(case_path: Path) -> None:
    threads = threading.active_count()
    with case_with_claims(case_path, None) as case:
        with pytest.raises(ModelUnavailableError, match="truncated"):
            claim_views(case.store, case.claims(), BrokenModel())
        assert case.store.db.execute("SELECT count(*) FROM claim_vectors").fetchone()[0] == 0
        assert threading.active_count() == threads  # the worker is gone
        assert [v.vector for v in claim_views(case.store, case.claims(), None)] == [None] * 3

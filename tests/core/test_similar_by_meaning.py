"""``similar`` through the case: words fused with meaning, vectors stored once.

A small fake model stands in for the sentence-embedding model where the
test is about the plumbing (what is embedded, when, and what is stored);
the last tests load the real model, which the test install includes.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from similar_builders import TEXTS, ConceptEmbedder, add_statement, case_with_claims, claim_id_of

from workbench.core import embeddings, similar_search
from workbench.core.embeddings import MiniLmEmbedder, load_embedder
from workbench.core.errors import Cancelled, ModelUnavailableError
from workbench.core.services import Case
from workbench.core.store import CaseStore


def test_a_paraphrase_without_shared_words_is_found_by_meaning(case_path: Path) -> None:
    query = "troops stepped up watch on the border"  # no word in common with TEXTS[0]
    with case_with_claims(case_path, ConceptEmbedder()) as case:
        ranked = case.similar(query, top=3)
        assert ranked[0][0].id == claim_id_of(case, TEXTS[0])
        assert ranked[0][1] > 0
    with case_with_claims(case_path.with_name("lexical.db"), None) as case:
        assert claim_id_of(case, TEXTS[0]) not in [c.id for c, _ in case.similar(query, top=3)]


def test_claims_are_embedded_once_and_stored_in_the_case(case_path: Path) -> None:
    model = ConceptEmbedder()
    reported: list[tuple[int, int]] = []
    with case_with_claims(case_path, model) as case:
        case.similar(
            "patrols", top=2, progress=lambda done, total, _: reported.append((done, total))
        )
        embedded = [text for call in model.calls for text in call]
        assert sorted(embedded) == sorted([c.content for c in case.claims()] + ["patrols"])
        assert (len(case.claims()), len(case.claims())) in reported
        model.calls.clear()
        case.similar("bread prices", top=2)
        assert model.calls == [["bread prices"]]  # only the query, the claims are stored
    # A reopened case keeps its vectors; a new claim is the only one embedded.
    model = ConceptEmbedder()
    with Case(CaseStore.open(case_path), embedder=lambda: model) as case:
        add_statement(case, "Turkey closed the frontier.", "a9.txt")
        case.similar("frontier", top=2)
        assert model.calls[0] == ["Turkey closed the frontier"]


def test_batch_queries_are_embedded_together_and_keep_their_ids(case_path: Path) -> None:
    model = ConceptEmbedder()
    with case_with_claims(case_path, model) as case:
        case.similar("warm up", top=1)
        model.calls.clear()
        queries = [("q1", "reinforced patrols"), ("q2", "500 killed in Deraa"), ("q3", "bread")]
        results = dict(case.similar_batch(iter(queries), top=1))
        assert model.calls == [[text for _, text in queries]]
        assert results["q1"][0][0] == claim_id_of(case, TEXTS[0])
        assert results["q2"][0][0] == claim_id_of(case, TEXTS[1])
        assert results["q3"][0][0] == claim_id_of(case, TEXTS[2])


def test_lexical_switch_turns_the_model_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WORKBENCH_LEXICAL", "1")
    assert load_embedder() is None
    monkeypatch.delenv("WORKBENCH_LEXICAL")
    monkeypatch.setattr(embeddings, "semantic_available", lambda: False)
    assert load_embedder() is None


def test_the_bundled_model_places_paraphrases_close() -> None:
    assert embeddings.semantic_available(), (
        "install the semantic extra: pip install -e '.[semantic]'"
    )
    model = load_embedder()
    assert isinstance(model, MiniLmEmbedder)
    vectors = model.encode(
        [
            "The army has stepped up patrols near the border.",
            "Troops reinforced their patrols along the frontier.",
            "The price of bread doubled in the capital.",
        ]
    )
    assert vectors.shape == (3, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    paraphrase, unrelated = float(vectors[0] @ vectors[1]), float(vectors[0] @ vectors[2])
    assert paraphrase > 0.5 > unrelated + 0.3


def test_embedding_stops_between_batches_and_keeps_what_it_stored(
    case_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(similar_search, "EMBED_BATCH", 1)
    model = ConceptEmbedder()
    with case_with_claims(case_path, model) as case:
        with pytest.raises(Cancelled):
            case.similar("patrols", top=2, cancelled=lambda: len(model.calls) >= 1)
        assert len(case.store.claims_without_vector(model.model)) == len(TEXTS) - 1


def test_a_broken_model_install_is_one_clear_message(
    case_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(name: str) -> object:
        raise OSError("model.safetensors: file is truncated")

    monkeypatch.setattr(embeddings.importlib, "import_module", broken)
    model = MiniLmEmbedder()
    with case_with_claims(case_path, None) as case:
        case.matcher = type(case.matcher)(case.store, lambda: model)
        with pytest.raises(ModelUnavailableError, match="WORKBENCH_LEXICAL=1") as raised:
            case.similar("bread", top=1)
        assert "file is truncated" in str(raised.value)
        # Nothing was stored and the case still ranks by words.
        assert case.store.db.execute("SELECT count(*) FROM claim_vectors").fetchone()[0] == 0
        case.matcher = type(case.matcher)(case.store, lambda: None)
        assert case.similar("bread", top=1)

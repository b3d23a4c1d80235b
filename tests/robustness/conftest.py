"""Fixtures for the robustness tests: a corpus and the case an uninterrupted import makes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from robust_corpus import CORPUS_SIZE, write_corpus
from robust_helpers import claims_per_text, finish, start


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus") / "articles"
    write_corpus(folder, CORPUS_SIZE)
    return folder


@pytest.fixture(scope="module")
def reference(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, int]:
    """Claims per article text after a complete import of the corpus."""
    db = tmp_path_factory.mktemp("reference") / "ref.db"
    code, out, err = finish(start("--db", str(db), "import", str(corpus), "--format", "json"))
    assert code == 0, err
    assert len(json.loads(out)["imported"]) == CORPUS_SIZE
    counts = claims_per_text(db)
    assert len(counts) == CORPUS_SIZE and all(counts.values())
    return counts

"""Small cases and a stand-in embedding model for the similar-claim tests."""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from workbench.core.domain import Extraction, NewArticle
from workbench.core.embeddings import Vectors
from workbench.core.services import Case
from workbench.core.store import CaseStore

# Words that mean the same thing share an axis, as in a real embedding space.
SENSES = {"reinforced": "more", "stepped": "more", "up": "more", "tightening": "more",
          "patrols": "patrol", "patrol": "patrol", "watch": "patrol",
          "border": "frontier", "frontier": "frontier"}  # fmt: skip


class ConceptEmbedder:
    """Bag of senses: synonyms land on one axis, other words on hashed axes."""

    model = "concepts-v1"

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def encode(self, texts: Sequence[str]) -> Vectors:
        self.calls.append(list(texts))
        vectors = np.zeros((len(texts), 64), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in text.lower().replace(".", " ").split():
                sense = SENSES.get(word, word)
                vectors[row, zlib.crc32(sense.encode()) % 64] += 1.0
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.where(norms == 0, 1, norms)


TEXTS = [
    "Lebanon reinforced its patrols along the frontier.",
    "The ministry said 500 people were killed in Deraa.",
    "Prices of bread doubled in Damascus markets.",
]


def add_statement(case: Case, text: str, path: str) -> None:
    """An article of one sentence, stored as one claim in the outlet's own voice."""
    claim = Extraction.own_voice(text.rstrip("."), 0, "Test Wire")
    case.store.add_article(NewArticle(text=text, title=path, path=path), [claim])


def case_with_claims(path: Path, embedder: ConceptEmbedder | None) -> Case:
    case = Case(CaseStore.open(path), embedder=lambda: embedder)
    for number, text in enumerate(TEXTS):
        add_statement(case, text, f"a{number}.txt")
    return case


def claim_id_of(case: Case, text: str) -> int:
    (claim,) = [c for c in case.claims() if c.content in text]
    return claim.id

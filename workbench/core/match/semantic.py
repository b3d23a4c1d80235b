"""Nearest claims by meaning, and its fusion with the word ranking.

Words and meaning fail differently: BM25 misses paraphrases ("stepped up
patrols" / "reinforced its patrols"), a small sentence-embedding model
misses rare names and figures that BM25 weighs heavily. Reciprocal rank
fusion (Cormack, Clarke and Buettcher, SIGIR 2009) adds ``1 / (k + rank)``
from each list, so neither list's score scale matters. On CLEF 2020 the
fusion gets MAP@5 0.883 on dev (train 0.922) where BM25 fusion alone gets
0.83 and the embeddings alone 0.78; the damping constant, the weight of the
meaning list and its tie width were chosen together on the train split.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import numpy as np

from workbench.core.embeddings import Vectors

RRF_K = 5
"""The damping constant of reciprocal rank fusion: small, so the top of a list counts.

The usual 60 was set for fusing many long web rankings, where rank 1 and
rank 5 are about as good as each other. Here two lists are fused and each
list's first claim is usually the claim sought, so it should outweigh a claim
both lists put fourth. CLEF train MAP@5 0.922 against 0.910 with 60 (and
the former weight 0.5 and tie width 2); with tie width 3 and weights 0.7 to
0.9, anywhere from 2 to 10 gets 0.915 to 0.922.
"""

MEANING_WEIGHT = 0.8
"""Weight of the meaning ranking against the word ranking (1.0)."""

MEANING_TIE = 3.0
"""Cosines (x 100) closer than this share a rank.

A small model's cosines are flat: the ten nearest claims of a query often lie
within five points, and ranking them 1 to 10 would let noise outvote a clear
lead in words. Counted as ties, they leave the order to the words (CLEF train
MAP@5 0.922 with ties, 0.915 without).
"""

Ranked = list[tuple[int, float]]
"""``(claim_id, score on 0-100)``, best first."""


class VectorIndex:
    """Claim vectors held in memory for cosine search (dot products of unit vectors).

    The dimension is that of the first vectors added.
    """

    def __init__(self) -> None:
        self._ids = np.zeros(0, dtype=np.int64)
        self._vectors: Vectors | None = None
        self._pending: list[tuple[Sequence[int], Vectors]] = []

    def __len__(self) -> int:
        return len(self._ids) + sum(len(ids) for ids, _ in self._pending)

    def add(self, ids: Sequence[int], vectors: Vectors) -> None:
        if len(ids) != len(vectors):
            raise ValueError(f"{len(ids)} ids for {len(vectors)} vectors")
        if len(ids):
            self._pending.append((ids, vectors.astype(np.float32, copy=False)))

    def compact(self) -> Vectors | None:
        """All vectors as one matrix, joining the batches added since the last call.

        Searching compacts first; call it before sharing the index between
        threads, so that searches only read.
        """
        if self._pending:
            blocks = [self._vectors] if self._vectors is not None else []
            self._vectors = np.vstack([*blocks, *(rows for _, rows in self._pending)])
            new_ids = [np.asarray(ids, dtype=np.int64) for ids, _ in self._pending]
            self._ids = np.concatenate([self._ids, *new_ids])
            self._pending = []
        return self._vectors

    def nearest(self, query: Vectors, top_k: int) -> Ranked:
        """The ``top_k`` claims closest to one query vector, as (id, cosine x 100)."""
        matrix = self.compact()
        if top_k <= 0 or matrix is None:
            return []
        cosines = matrix @ query.astype(np.float32, copy=False)
        k = min(top_k, len(cosines))
        best = np.argpartition(-cosines, k - 1)[:k]
        best = best[np.lexsort((self._ids[best], -cosines[best]))]
        return [(int(self._ids[i]), round(100.0 * max(0.0, float(cosines[i])), 2)) for i in best]


def fuse(words: Ranked, meaning: Ranked, top_k: int, weight: float = MEANING_WEIGHT) -> Ranked:
    """One ranking from the word and meaning rankings (reciprocal rank fusion).

    A result's score is the better of its two scores (how much of the query's
    vocabulary it covers, or how close its meaning is), never more than the
    score of the result ranked above it, so scores read in rank order.
    """
    fused: dict[int, float] = {}
    for rank, (claim_id, _) in enumerate(words):
        fused[claim_id] = fused.get(claim_id, 0.0) + 1.0 / (RRF_K + rank)
    for (claim_id, _), rank in zip(meaning, _tied_ranks(meaning), strict=True):
        fused[claim_id] = fused.get(claim_id, 0.0) + weight / (RRF_K + rank)
    scores: dict[int, float] = {}
    for claim_id, score in (*words, *meaning):
        scores[claim_id] = max(scores.get(claim_id, 0.0), score)
    order = sorted(fused, key=lambda claim_id: (-fused[claim_id], claim_id))[:top_k]
    results: Ranked = []
    for claim_id in order:
        score = scores[claim_id]
        if results:
            score = min(results[-1][1], score)
        results.append((claim_id, score))
    return results


def _tied_ranks(ranked: Ranked) -> list[int]:
    """Each result's rank: how many results score more than ``MEANING_TIE`` above it."""
    descending = [-score for _, score in ranked]  # ascending, for bisect
    return [bisect.bisect_left(descending, -(score + MEANING_TIE)) for _, score in ranked]

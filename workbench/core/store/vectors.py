"""Claim vectors: sentence embeddings stored beside the claims they describe.

Vectors are derived data, so they are not in the history; they are stored
as float16 (768 bytes for 384 dimensions: half the size, and the rankings
they give are the same to the third decimal) and read back as float32. A
vector belongs to one model; vectors of another model count as missing.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import numpy as np

from workbench.core.embeddings import Vectors
from workbench.core.store.base import StoreBase


class VectorQueries(StoreBase):
    def claims_without_vector(self, model: str) -> list[tuple[int, str]]:
        """``(claim_id, content)`` of the claims that have no vector from ``model``."""
        rows = self.db.execute(
            """SELECT claims.id, claims.content FROM claims
               LEFT JOIN claim_vectors ON claim_vectors.claim_id = claims.id
                   AND claim_vectors.model = ?
               WHERE claim_vectors.claim_id IS NULL ORDER BY claims.id""",
            (model,),
        )
        return [(int(claim_id), str(content)) for claim_id, content in rows]

    def save_vectors(self, model: str, ids: Sequence[int], vectors: Vectors) -> None:
        """Store one batch of vectors in one transaction (a claim gone meanwhile is skipped)."""
        if len(ids) != len(vectors):
            raise ValueError(f"{len(ids)} ids for {len(vectors)} vectors")
        half = vectors.astype(np.float16)
        with self.write():
            self.db.conn.executemany(
                """INSERT INTO claim_vectors (claim_id, model, vector)
                   SELECT ?, ?, ? WHERE EXISTS (SELECT 1 FROM claims WHERE id = ?)
                   ON CONFLICT(claim_id) DO UPDATE SET
                       model = excluded.model, vector = excluded.vector""",
                (
                    (int(claim_id), model, row.tobytes(), int(claim_id))
                    for claim_id, row in zip(ids, half, strict=True)
                ),
            )

    def iter_vectors(self, model: str, batch: int = 5000) -> Iterator[tuple[list[int], Vectors]]:
        """The stored vectors of ``model`` in batches of ``(ids, float32 rows)``."""
        cursor = self.db.execute(
            "SELECT claim_id, vector FROM claim_vectors WHERE model = ? ORDER BY claim_id",
            (model,),
        )
        while rows := cursor.fetchmany(batch):
            ids = [int(claim_id) for claim_id, _ in rows]
            stacked = np.frombuffer(b"".join(blob for _, blob in rows), dtype=np.float16)
            yield ids, stacked.reshape(len(rows), -1).astype(np.float32)

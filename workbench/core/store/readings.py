"""Claim readings: what matching reads of each claim, stored once beside it.

A reading (lemmas, names, clock times, negation, what the claim's figures
count) and the vector of the claim's sentence are derived data: not in the
history, dropped when the claim's content changes (a trigger), and made
again by the next match.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import numpy as np

from workbench.core.embeddings import Vectors
from workbench.core.store.base import StoreBase

SCAN_FROM = 5000
"""Claims asked for from which the whole table is read rather than looked up by id."""


class ReadingQueries(StoreBase):
    def iter_readings(
        self, claim_ids: Sequence[int]
    ) -> Iterator[tuple[int, dict[str, Any], str, Vectors | None]]:
        """``(claim_id, reading, model, context vector or None)`` of the claims that have one.

        Asked for many claims (a whole case), the table is read in one pass
        instead of by lists of ids, and the vectors are decoded together. A
        reading is decoded only when its turn comes: a caller that makes each
        into something smaller holds one batch of them at a time, not a case.
        """
        ids = list(claim_ids)
        select = "SELECT claim_id, reading, model, context FROM claim_readings"
        batches: Iterable[list[Any]]
        if len(ids) > SCAN_FROM:
            wanted = set(ids)
            batches = _until_done(self.db.execute(select), wanted)
        else:
            batches = (
                self.db.execute(
                    f"{select} WHERE claim_id IN ({','.join('?' * len(chunk))})", chunk
                ).fetchall()
                for chunk in _chunks(ids, 500)
            )
        for rows in batches:
            vectors = _decoded([context for _, _, _, context in rows])
            for (claim_id, reading, model, _), vector in zip(rows, vectors, strict=True):
                yield int(claim_id), json.loads(reading), str(model), vector

    def save_readings(
        self,
        rows: Sequence[tuple[int, dict[str, Any]]],
        model: str = "",
        contexts: Vectors | None = None,
    ) -> None:
        """Store readings (and context vectors of ``model``) in one transaction."""
        with self.write():
            self.db.conn.executemany(
                """INSERT INTO claim_readings (claim_id, reading, model, context)
                   SELECT ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM claims WHERE id = ?)
                   ON CONFLICT(claim_id) DO UPDATE SET reading = excluded.reading,
                       model = excluded.model, context = excluded.context""",
                (
                    (
                        int(claim_id),
                        json.dumps(reading, ensure_ascii=False),
                        model if contexts is not None else "",
                        None if contexts is None else contexts[k].astype(np.float16).tobytes(),
                        int(claim_id),
                    )
                    for k, (claim_id, reading) in enumerate(rows)
                ),
            )


def _until_done(cursor: Any, wanted: set[int]) -> Iterator[list[Any]]:
    """The wanted rows of a cursor, a few thousand at a time."""
    while rows := cursor.fetchmany(5000):
        yield [r for r in rows if r[0] in wanted]


def _decoded(blobs: list[bytes | None]) -> list[Vectors | None]:
    """float16 blobs as float32 rows (None stays None), decoded a run of equal sizes at once."""
    present = [b for b in blobs if b is not None]
    if not present or any(len(b) != len(present[0]) for b in present):
        return [None if b is None else np.frombuffer(b, np.float16).astype(np.float32)
                for b in blobs]  # fmt: skip
    rows = iter(np.frombuffer(b"".join(present), np.float16).reshape(len(present), -1)
                .astype(np.float32))  # fmt: skip
    return [None if b is None else next(rows) for b in blobs]


def _chunks(items: list[int], size: int) -> list[list[int]]:
    return [items[k : k + size] for k in range(0, len(items), size)]

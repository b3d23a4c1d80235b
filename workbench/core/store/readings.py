"""Claim readings: what matching reads of each claim, stored once beside it.

A reading (lemmas, names, clock times, negation, what the claim's figures
count) and the vector of the claim's sentence are derived data: not in the
history, dropped when the claim's content changes (a trigger), and made
again by the next match.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import numpy as np

from workbench.core.embeddings import Vectors
from workbench.core.store.base import StoreBase


class ReadingQueries(StoreBase):
    def readings(
        self, claim_ids: Sequence[int]
    ) -> dict[int, tuple[dict[str, Any], str, Vectors | None]]:
        """``claim_id -> (reading, model, context vector or None)`` of the claims that have one."""
        found: dict[int, tuple[dict[str, Any], str, Vectors | None]] = {}
        for chunk in _chunks(list(claim_ids), 500):
            marks = ",".join("?" * len(chunk))
            for claim_id, reading, model, context in self.db.execute(
                f"SELECT claim_id, reading, model, context FROM claim_readings"
                f" WHERE claim_id IN ({marks})",
                chunk,
            ):
                vector = (
                    None
                    if context is None
                    else np.frombuffer(context, dtype=np.float16).astype(np.float32)
                )
                found[int(claim_id)] = (json.loads(reading), str(model), vector)
        return found

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


def _chunks(items: list[int], size: int) -> list[list[int]]:
    return [items[k : k + size] for k in range(0, len(items), size)]

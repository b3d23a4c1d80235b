"""Claims with what the learned matcher reads of them, made once and kept in the case.

A claim's reading and the vector of its sentence are stored in
``claim_readings``; its content vector is the one similar-claim search
stores in ``claim_vectors``. Whatever is missing (new claims, claims of an
older case, a content edited since) is made here, stored batch by batch, and
read back on later matches.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from workbench.core.domain import Claim
from workbench.core.embeddings import Embedder
from workbench.core.errors import Cancelled
from workbench.core.match.pair_features import ClaimView
from workbench.core.match.reading import READING_VERSION, Reading, read_claims
from workbench.core.store import CaseStore

BATCH = 256


def claim_views(
    store: CaseStore,
    claims: Sequence[Claim],
    embedder: Embedder | None,
    cancelled: Callable[[], bool] | None = None,
) -> list[ClaimView]:
    """A view per claim, in order; vectors only when ``embedder`` is given."""
    model = embedder.model if embedder is not None else ""
    stored = store.readings([c.id for c in claims])
    missing = [
        c
        for c in claims
        if c.id not in stored
        or stored[c.id][0].get("version") != READING_VERSION
        or (model and stored[c.id][1] != model)
    ]
    for start in range(0, len(missing), BATCH):
        if cancelled is not None and cancelled():
            raise Cancelled("matching was cancelled")
        batch = missing[start : start + BATCH]
        texts = {a: store.get_article(a).text for a in {c.article_id for c in batch}}
        readings = list(read_claims(batch, texts))
        contexts = None
        if embedder is not None:
            contexts = embedder.encode(
                [texts[c.article_id][r.context[0] : r.context[1]] or c.content
                 for c, r in zip(batch, readings, strict=True)]
            )  # fmt: skip
        store.save_readings(
            [(c.id, r.to_dict()) for c, r in zip(batch, readings, strict=True)], model, contexts
        )
        # As read back later (stored as float16), so a first match scores as later ones do.
        kept = None if contexts is None else contexts.astype(np.float16).astype(np.float32)
        for k, (claim, reading) in enumerate(zip(batch, readings, strict=True)):
            stored[claim.id] = (reading.to_dict(), model, None if kept is None else kept[k])
    vectors = _content_vectors(store, claims, embedder)
    return [
        ClaimView(
            claim=c,
            reading=Reading.from_dict(stored[c.id][0]),
            vector=vectors.get(c.id),
            context=stored[c.id][2] if embedder is not None else None,
        )
        for c in claims
    ]


def _content_vectors(
    store: CaseStore, claims: Sequence[Claim], embedder: Embedder | None
) -> dict[int, np.ndarray]:
    """The claims' content vectors, embedding and storing those not stored yet."""
    if embedder is None:
        return {}
    wanted = {c.id for c in claims}
    missing = [(i, text) for i, text in store.claims_without_vector(embedder.model) if i in wanted]
    for start in range(0, len(missing), BATCH):
        batch = missing[start : start + BATCH]
        store.save_vectors(
            embedder.model, [i for i, _ in batch], embedder.encode([t for _, t in batch])
        )
    found: dict[int, np.ndarray] = {}
    for ids, rows in store.iter_vectors(embedder.model):
        for claim_id, row in zip(ids, rows, strict=True):
            if claim_id in wanted:
                found[claim_id] = row
    return found

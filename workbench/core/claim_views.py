"""Claims with what the learned matcher reads of them, made once and kept in the case.

A claim's reading and the vector of its sentence are stored in
``claim_readings``; its content vector is the one similar-claim search
stores in ``claim_vectors``. Whatever is missing (new claims, claims of an
older case, a content edited since) is made here, stored batch by batch, and
read back on later matches.

The content vectors need no reading, so they are made in a worker thread
while the claims are read (the model runs outside Python's lock); only the
calling thread touches the store.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager

import numpy as np

from workbench.core.collector import collector_paused, collector_running
from workbench.core.domain import Claim
from workbench.core.embeddings import Embedder, Vectors
from workbench.core.errors import Cancelled
from workbench.core.match.pair_features import ClaimView
from workbench.core.match.reading import READING_VERSION, Reading, read_claims
from workbench.core.store import CaseStore

BATCH = 256

Stored = dict[int, tuple[Reading, str, Vectors | None]]
"""``claim_id -> (reading, model, context vector)`` of the claims read at this version."""


def claim_views(
    store: CaseStore,
    claims: Sequence[Claim],
    embedder: Embedder | None,
    cancelled: Callable[[], bool] | None = None,
) -> list[ClaimView]:
    """A view per claim, in order; vectors only when ``embedder`` is given."""
    with collector_paused():  # a whole case's readings and vectors, read back
        model = embedder.model if embedder is not None else ""
        stored: Stored = {
            claim_id: (Reading.from_dict(reading), reading_model, context)
            for claim_id, reading, reading_model, context in store.iter_readings(
                [c.id for c in claims]
            )
            if reading.get("version") == READING_VERSION and (not model or reading_model == model)
        }
        missing = [c for c in claims if c.id not in stored]
        with _content_vectors(store, claims, embedder) as vectors:
            for start in range(0, len(missing), BATCH):
                if cancelled is not None and cancelled():
                    raise Cancelled("matching was cancelled")
                with collector_running():  # parses hold cycles
                    _read_batch(store, missing[start : start + BATCH], embedder, stored)
        return [
            ClaimView(
                claim=c,
                reading=stored[c.id][0],
                vector=vectors.get(c.id),
                context=stored[c.id][2] if embedder is not None else None,
            )
            for c in claims
        ]


def _read_batch(
    store: CaseStore, batch: Sequence[Claim], embedder: Embedder | None, stored: Stored
) -> None:
    """Make and store the readings (and context vectors) of ``batch``; add them to ``stored``."""
    model = embedder.model if embedder is not None else ""
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
        # As read back later too: what is read is what a later match reads of the store.
        stored[claim.id] = (
            Reading.from_dict(reading.to_dict()),
            model,
            None if kept is None else kept[k],
        )


@contextmanager
def _content_vectors(
    store: CaseStore, claims: Sequence[Claim], embedder: Embedder | None
) -> Iterator[dict[int, Vectors]]:
    """The claims' content vectors, there once the block ends.

    Those not stored yet are embedded in a worker thread during the block and
    stored batch by batch after it; if the block raises, what is still queued
    is dropped.
    """
    found: dict[int, Vectors] = {}
    if embedder is None:
        yield found
        return
    wanted = {c.id for c in claims}
    missing = [(i, text) for i, text in store.claims_without_vector(embedder.model) if i in wanted]
    batches = [missing[start : start + BATCH] for start in range(0, len(missing), BATCH)]
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="content-vectors")
    try:
        encoded: list[Future[Vectors]] = [
            pool.submit(embedder.encode, [text for _, text in batch]) for batch in batches
        ]
        yield found
        for batch, vectors in zip(batches, encoded, strict=True):
            store.save_vectors(embedder.model, [i for i, _ in batch], vectors.result())
    finally:
        pool.shutdown(cancel_futures=True)
    for ids, rows in store.iter_vectors(embedder.model):
        for claim_id, row in zip(ids, rows, strict=True):
            if claim_id in wanted:
                found[claim_id] = row

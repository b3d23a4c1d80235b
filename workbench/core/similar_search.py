"""Similar-claim search over a stored case, with its indexes kept between searches.

The app runs each search on a worker thread with a connection of its own,
so the indexes cannot live on one connection's objects: building the word
index of 10,000 claims takes about five seconds, and loading their vectors a
fraction of that. They are kept per case file, for the last few files, and
rebuilt only when the case's
:meth:`~workbench.core.store.base.StoreBase.claims_stamp` moves (a status
change leaves them be).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field

from workbench.core.embeddings import Embedder
from workbench.core.match import SimilarDoc, SimilarityIndex
from workbench.core.match.semantic import Ranked, VectorIndex, fuse
from workbench.core.progress import CancelFlag, Progress, check_cancelled
from workbench.core.store import CaseStore

FUSION_DEPTH = 50
"""How far down each ranking reciprocal rank fusion looks."""

EMBED_BATCH = 256
"""Claims embedded and stored per transaction (an interrupted run keeps its batches)."""

KEPT_CASES = 2
"""How many case files keep their indexes in memory."""


@dataclass
class _Indexes:
    stamp: tuple[int, int, int]
    words: SimilarityIndex | None = None
    meaning: dict[str, VectorIndex] = field(default_factory=dict)


_kept: OrderedDict[str, _Indexes] = OrderedDict()
_lock = threading.Lock()


def rank_similar(
    store: CaseStore,
    embedder: Embedder | None,
    texts: Sequence[str],
    top: int,
    progress: Progress,
    cancelled: CancelFlag,
) -> list[Ranked]:
    """One ranking per text: by words, fused with meaning when there is a model."""
    if not texts:
        return []
    depth = max(top, FUSION_DEPTH)
    if embedder is not None:
        if not getattr(embedder, "loaded", True):
            progress(0, 0, "Loading the meaning model (once per session)")
        embed_missing(store, embedder, progress, cancelled)
    with _lock:
        indexes = _indexes_of(store)
        if indexes.words is None:
            progress(0, 0, "Indexing the claims' words (once per case)")
            indexes.words = _word_index(store)
        words = indexes.words
        meaning = None
        if embedder is not None:
            meaning = indexes.meaning.get(embedder.model)
            if meaning is None:
                meaning = indexes.meaning[embedder.model] = _vector_index(store, embedder.model)
    by_words = [words.query(text, top_k=depth) for text in texts]
    if embedder is None or meaning is None:
        return [ranked[:top] for ranked in by_words]
    queries = embedder.encode(list(texts))
    return [
        fuse(ranked, meaning.nearest(query, depth), top)
        for ranked, query in zip(by_words, queries, strict=True)
    ]


def embed_missing(
    store: CaseStore, embedder: Embedder, progress: Progress, cancelled: CancelFlag
) -> int:
    """Embed and store the claims without a vector, batch by batch; returns how many."""
    missing = store.claims_without_vector(embedder.model)
    for start in range(0, len(missing), EMBED_BATCH):
        check_cancelled(cancelled)
        progress(start, len(missing), "Embedding claims")
        batch = missing[start : start + EMBED_BATCH]
        vectors = embedder.encode([content for _, content in batch])
        store.save_vectors(embedder.model, [claim_id for claim_id, _ in batch], vectors)
    if missing:
        progress(len(missing), len(missing), "Embedding claims")
        with _lock:
            kept = _kept.get(_key(store))
            if kept is not None:
                kept.meaning.pop(embedder.model, None)  # it lacks the new vectors
    return len(missing)


def _key(store: CaseStore) -> str:
    return str(store.path.resolve())


def _indexes_of(store: CaseStore) -> _Indexes:
    """The kept indexes of this case file, emptied when the case changed (call locked)."""
    key, stamp = _key(store), store.claims_stamp()
    kept = _kept.get(key)
    if kept is None or kept.stamp != stamp:
        kept = _kept[key] = _Indexes(stamp)
    _kept.move_to_end(key)
    while len(_kept) > KEPT_CASES:
        _kept.popitem(last=False)
    return kept


def _word_index(store: CaseStore) -> SimilarityIndex:
    titles = {a.id: a.title for a in store.article_summaries()}
    return SimilarityIndex(
        SimilarDoc(claim_id=c.id, text=c.content, context=titles.get(c.article_id, ""))
        for c in store.claims()
    )


def _vector_index(store: CaseStore, model: str) -> VectorIndex:
    index = VectorIndex()
    for ids, rows in store.iter_vectors(model):
        index.add(ids, rows)
    index.compact()  # searches from several threads then only read it
    return index

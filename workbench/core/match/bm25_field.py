"""BM25 over pre-tokenised terms, ranked by the bm25s library.

The matcher ranks domain objects and texts that are never stored (a pasted
query, a benchmark corpus), with terms of its own: stems, character grams
inside words, grams across words. bm25s (MIT, numpy only) takes such terms
as they are and scores every document at once from a sparse matrix of
precomputed term scores. Its "lucene" variant is the BM25 the similarity
ranking was tuned with (idf ``log(1 + (N - n + 0.5) / (n + 0.5))``, k1 1.2,
b 0.75): CLEF 2020 figures are the same to the fourth decimal.

SQLite's FTS5 ``bm25()`` was measured too: its idf (``log((N - n + 0.5) /
(n + 0.5))``, next to nothing for a term in half the documents or more) cost 0.006 of CLEF dev
MAP@5 fused with meaning, and its per-row scoring of long OR queries of
character grams made queries about two and a half times slower.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np


class Bm25Field:
    """One BM25 field (stemmed words, say, or character grams) of numbered documents.

    Documents are numbered 0..n-1 in the order they are added; callers keep
    their own mapping from numbers to ids. bm25s builds its index in one go,
    so documents added later mark it stale and the next search rebuilds it
    (a case's index is built once, and grows only in tests and small cases).
    """

    def __init__(self) -> None:
        self._vocabulary: dict[str, int] = {}
        self._documents: list[list[int]] = []
        self._lock = threading.Lock()
        self._built: _Built | None = None

    def __len__(self) -> int:
        return len(self._documents)

    def add(self, doc_terms: Sequence[str]) -> int:
        """Index one document's terms and return its number."""
        self.add_many([doc_terms])
        return len(self._documents) - 1

    def add_many(self, docs: Iterable[Sequence[str]]) -> None:
        """Index documents in order (building a case's index)."""
        vocabulary = self._vocabulary
        with self._lock:
            for terms in docs:
                self._documents.append([vocabulary.setdefault(t, len(vocabulary)) for t in terms])
            self._built = None

    def build(self) -> None:
        """Index the documents now rather than at the next search (a case's index)."""
        self._index()

    def document_frequencies(self, tokens: Iterable[str]) -> dict[str, int]:
        """How many documents contain each of ``tokens`` (absent ones are left out)."""
        built = self._index()
        if built is None:
            return {}
        numbers = built.numbers(tokens)
        return {token: int(built.frequencies[number]) for number, token in numbers.items()}

    def scores(
        self, query_terms: Iterable[str], weights: dict[str, float] | None = None
    ) -> dict[int, float]:
        """BM25 score of every document sharing at least one query term.

        A term repeated in the query counts once; ``weights`` scales chosen
        terms (bigrams, say) without a second index.
        """
        built = self._index()
        numbers = built.numbers(set(query_terms)) if built else {}
        if built is None or not numbers:
            return {}
        if weights is None:
            totals = built.bm25.get_scores_from_ids(sorted(numbers))
        else:
            totals = np.zeros(built.size)
            for number, term in numbers.items():
                totals += weights.get(term, 1.0) * built.bm25.get_scores_from_ids([number])
        found = np.flatnonzero(totals)
        return dict(zip(found.tolist(), totals[found].tolist(), strict=True))

    def _index(self) -> _Built | None:
        """The bm25s index of the documents so far (None while they hold no term)."""
        with self._lock:
            if self._built is None and self._vocabulary:
                import bm25s  # when an index is first built: the app opens without it
                from bm25s.tokenization import Tokenized

                bm25 = bm25s.BM25(k1=1.2, b=0.75, method="lucene", dtype="float64")
                vocabulary = dict(self._vocabulary)
                corpus = Tokenized(ids=self._documents, vocab=vocabulary)
                bm25.index(corpus, create_empty_token=False, show_progress=False)
                self._built = _Built(bm25, vocabulary, len(self._documents))
            return self._built


class _Built:
    """One bm25s index and the vocabulary it was built with (later terms are not in it)."""

    def __init__(self, bm25: Any, vocabulary: dict[str, int], size: int) -> None:
        self.bm25 = bm25
        self.vocabulary = vocabulary
        self.size = size
        # The score matrix has a column per term, holding the documents that use
        # it (a term present always scores above zero): its document frequency.
        self.frequencies = np.diff(bm25.scores["indptr"])

    def numbers(self, tokens: Iterable[str]) -> dict[int, str]:
        """The index's number of each token it holds."""
        found: dict[int, str] = {}
        for token in tokens:
            number = self.vocabulary.get(token)
            if number is not None:
                found[number] = token
        return found

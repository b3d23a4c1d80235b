"""An in-memory BM25 inverted index over pre-tokenised documents.

The store has FTS5, but the matcher must stay pure Python over domain
objects (and rank texts that are not stored at all), so retrieval keeps its
own index: term -> postings of (document number, term frequency). Only the
documents that share a query term are ever scored.
"""

from __future__ import annotations

import heapq
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence


class Bm25Field:
    """BM25 over one field (claim text, or the title around it).

    Documents are numbered 0..n-1 in the order they are added; callers keep
    their own mapping from numbers to ids.
    """

    def __init__(self, k1: float = 1.2, b: float = 0.75) -> None:
        self.k1 = k1
        self.b = b
        self._postings: defaultdict[str, list[tuple[int, int]]] = defaultdict(list)
        self._lengths: list[int] = []
        self._idf: dict[str, float] = {}
        self._norms: list[float] = []

    def add(self, doc_terms: Sequence[str]) -> int:
        """Index one document's terms and return its number."""
        number = len(self._lengths)
        self._lengths.append(len(doc_terms))
        for token, count in Counter(doc_terms).items():
            self._postings[token].append((number, count))
        self._idf.clear()
        self._norms.clear()
        return number

    def __len__(self) -> int:
        return len(self._lengths)

    def idf(self, token: str) -> float:
        """Robertson-Sparck Jones idf, floored at zero for very common terms."""
        if not self._idf and self._lengths:
            total = len(self._lengths)
            self._idf = {
                t: math.log(1.0 + (total - len(p) + 0.5) / (len(p) + 0.5))
                for t, p in self._postings.items()
            }
        return self._idf.get(token, 0.0)

    def unseen_idf(self) -> float:
        """The idf a term found in no document would have: the rarest there is."""
        total = len(self._lengths)
        return math.log(1.0 + (total + 0.5) / 0.5) if total else 0.0

    def document_frequency(self, token: str) -> int:
        """How many documents contain ``token``."""
        postings = self._postings.get(token)
        return len(postings) if postings else 0

    def scores(
        self, query_terms: Iterable[str], weights: dict[str, float] | None = None
    ) -> dict[int, float]:
        """BM25 score of every document sharing at least one query term.

        A term repeated in the query counts once; ``weights`` scales chosen
        terms (bigrams, say) without a second index.
        """
        if not self._lengths:
            return {}
        k1 = self.k1
        if not self._norms:
            average = sum(self._lengths) / len(self._lengths) or 1.0
            self._norms = [k1 * (1.0 - self.b + self.b * n / average) for n in self._lengths]
        norms = self._norms
        result: defaultdict[int, float] = defaultdict(float)
        for token in set(query_terms):
            postings = self._postings.get(token)
            if not postings:
                continue
            idf = self.idf(token) * (weights.get(token, 1.0) if weights else 1.0)
            for number, count in postings:
                result[number] += idf * count * (k1 + 1.0) / (count + norms[number])
        return result


def top(scores: dict[int, float], k: int) -> list[tuple[int, float]]:
    """The ``k`` best (number, score) pairs, best first, ties by number for stability."""
    return heapq.nsmallest(k, scores.items(), key=lambda item: (-item[1], item[0]))

"""BM25 over pre-tokenised terms, ranked by SQLite's own FTS5 in memory.

The matcher ranks domain objects and texts that are never stored (a pasted
query, a benchmark corpus), and its terms are its own: stems, character
grams inside words, grams across words. So it cannot search the case's
``claims_fts`` table; instead each field is an FTS5 table in a private
in-memory database, filled with those terms, and ranked with FTS5's
``bm25()`` (k1 1.2, b 0.75, the usual constants). No file is opened: the
guide's one door to a case file (``store.connection``) is for case files,
and this connection never sees one.

Each term must reach FTS5 as one token. Terms are lower-case letters,
digits, dots and spaces (a gram across words holds a space), so spaces are
written as ``_`` and the ``unicode61`` tokenizer is told that ``_`` and
``.`` belong inside tokens. A query is a list of quoted terms joined by OR,
so no term is ever read as FTS5 syntax.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable, Sequence

_SCHEMA = (
    "CREATE VIRTUAL TABLE terms USING fts5(body, tokenize = \"unicode61 tokenchars '_.'\")",
    "CREATE VIRTUAL TABLE vocab USING fts5vocab(terms, 'row')",
)
_INSERT = "INSERT INTO terms (rowid, body) VALUES (?, ?)"
# FTS5's bm25() is negative, best lowest; the sign is turned at the boundary.
_RANK = "SELECT rowid, -bm25(terms) FROM terms WHERE terms MATCH ?"
_FREQUENCIES = "SELECT term, doc FROM vocab WHERE term IN ({marks})"
_LOOKUP_BATCH = 500
"""Terms per document-frequency look-up (SQLite allows 32,766 parameters)."""


def _token(term: str) -> str:
    return term.replace(" ", "_")


def _quoted(term: str) -> str:
    return '"' + _token(term).replace('"', '""') + '"'


class FtsField:
    """One BM25 field (stemmed words, say, or character grams) of numbered documents.

    Documents are numbered 0..n-1 in the order they are added; callers keep
    their own mapping from numbers to ids. The connection is shared by the
    threads that search a kept index (``similar_search``), so every use of it
    holds the field's lock.
    """

    def __init__(self) -> None:
        self._db = sqlite3.connect(":memory:", check_same_thread=False)
        self._lock = threading.Lock()
        self._count = 0
        with self._lock:
            for statement in _SCHEMA:
                self._db.execute(statement)

    def __len__(self) -> int:
        return self._count

    def add(self, doc_terms: Sequence[str]) -> int:
        """Index one document's terms and return its number."""
        with self._lock:
            number = self._count
            self._db.execute(_INSERT, (number, " ".join(_token(t) for t in doc_terms)))
            self._count += 1
        return number

    def add_many(self, docs: Iterable[Sequence[str]]) -> None:
        """Index documents in order, in one statement loop (building a case's index)."""
        with self._lock:
            start = self._count
            rows = [
                (start + offset, " ".join(_token(t) for t in terms))
                for offset, terms in enumerate(docs)
            ]
            self._db.executemany(_INSERT, rows)
            self._count += len(rows)

    def document_frequencies(self, tokens: Iterable[str]) -> dict[str, int]:
        """How many documents contain each of ``tokens`` (absent ones are left out)."""
        wanted = {_token(t): t for t in tokens}
        keys = list(wanted)
        found: dict[str, int] = {}
        with self._lock:
            for start in range(0, len(keys), _LOOKUP_BATCH):
                batch = keys[start : start + _LOOKUP_BATCH]
                sql = _FREQUENCIES.format(marks=", ".join("?" * len(batch)))
                for token, count in self._db.execute(sql, batch):
                    found[wanted[token]] = int(count)
        return found

    def scores(
        self, query_terms: Iterable[str], weights: dict[str, float] | None = None
    ) -> dict[int, float]:
        """BM25 score of every document sharing at least one query term.

        A term repeated in the query counts once. With ``weights`` each term
        is ranked on its own and its scores scaled (FTS5 weighs columns, not
        query terms); without, the query is one OR of all its terms.
        """
        unique = sorted(set(query_terms))
        if not unique or not self._count:
            return {}
        if weights is None:
            return self._ranked(" OR ".join(_quoted(t) for t in unique))
        result: dict[int, float] = {}
        for term in unique:
            weight = weights.get(term, 1.0)
            for number, score in self._ranked(_quoted(term)).items():
                result[number] = result.get(number, 0.0) + weight * score
        return result

    def _ranked(self, match: str) -> dict[int, float]:
        with self._lock:
            return {int(row): float(score) for row, score in self._db.execute(_RANK, (match,))}

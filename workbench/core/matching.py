"""Matching as the case uses it: load claims from the store, match, store links.

The matcher itself (:mod:`workbench.core.match`) is pure; this is the glue
that feeds it the case and keeps the similarity index between calls.
"""

from __future__ import annotations

from collections.abc import Iterable

from workbench.core.config import Settings
from workbench.core.domain import SupportCounts
from workbench.core.match import SimilarDoc, SimilarityIndex, find_links, support_counts
from workbench.core.store import CaseStore


class CaseMatcher:
    def __init__(self, store: CaseStore) -> None:
        self.store = store
        self._index: SimilarityIndex | None = None
        self._index_version: tuple[int, int] | None = None  # (data_version, total_changes)

    def match_all(self, settings: Settings) -> int:
        """Match every pair of articles; links a person decided on stay as they are."""
        return self._match(None, settings)

    def match_articles(self, article_ids: Iterable[int], settings: Settings) -> int:
        """Match only the claims of these (new) articles against the case."""
        wanted = set(article_ids)
        ids = [c.id for c in self.store.claims() if c.article_id in wanted]
        return self._match(ids, settings)

    def match_claims(self, claim_ids: Iterable[int], settings: Settings) -> int:
        return self._match(list(claim_ids), settings)

    def _match(self, only_ids: list[int] | None, settings: Settings) -> int:
        if only_ids is not None and not only_ids:
            return 0
        claims = self.store.claims()
        articles = {a.id: a for a in self.store.articles()}
        drafts = find_links(
            claims,
            articles,
            only_ids=only_ids,
            rejected=self.store.decided_pairs(),
            min_score=settings.match_min_score,
        )
        return self.store.save_links(drafts)

    def support(self) -> dict[int, SupportCounts]:
        claims = {c.id: c for c in self.store.claims()}
        return support_counts(claims, self.store.links())

    def similar(self, text: str, top: int) -> list[tuple[int, float]]:
        """Stored claims most like ``text``, best first (index rebuilt on change)."""
        return self._similarity_index().query(text, top_k=top)

    def _similarity_index(self) -> SimilarityIndex:
        # data_version moves with other connections' commits, total_changes with ours.
        version = (self.store.data_version(), self.store.db.conn.total_changes)
        if self._index is None or version != self._index_version:
            titles = {a.id: a.title for a in self.store.article_summaries()}
            docs = (
                SimilarDoc(claim_id=c.id, text=c.content, context=titles.get(c.article_id, ""))
                for c in self.store.claims()
            )
            self._index = SimilarityIndex(docs)
            self._index_version = version
        return self._index

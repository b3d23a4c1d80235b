"""Articles: stored with their claims in one transaction, found by hash."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import fields

from workbench.core.clock import now_iso
from workbench.core.config import INITIAL_STATUS
from workbench.core.domain import Article, ArticleSummary, Extraction, NewArticle, Origin
from workbench.core.errors import NotFoundError
from workbench.core.store.claims import ClaimQueries
from workbench.core.store.rows import article_from_row

ARTICLE_FIELDS = ("title", "outlet", "date", "url", "place")
"""The metadata a person may correct; the text never changes (every offset indexes it)."""
OWN_VOICE = "the article"
"""Whom a claim in the article's own voice is attributed to when the outlet is unknown."""


def content_hash(text: str) -> str:
    """The identity of an article's text: re-importing the same text is a duplicate."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


class ArticleQueries(ClaimQueries):
    """Articles own their claims, so adding one adds both."""

    def add_article(
        self,
        article: NewArticle,
        extractions: Sequence[Extraction] = (),
        *,
        origin: Origin = Origin.EXTRACTED,
        by: str = "",
    ) -> Article:
        """Store an article and its claims together, or neither."""
        now = now_iso()
        digest = content_hash(article.text)
        with self.write():
            cursor = self.db.execute(
                "INSERT INTO articles (title, outlet, date, url, path, format, content_hash,"
                " text, imported_at, fetched_at, place, language)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    article.title,
                    article.outlet,
                    article.date,
                    article.url,
                    article.path,
                    article.format,
                    digest,
                    article.text,
                    now,
                    article.fetched_at,
                    article.place,
                    article.language,
                ),
            )
            article_id = int(cursor.lastrowid or 0)
            if article.raw:
                self.db.execute(
                    "INSERT INTO article_pages (article_id, content_type, raw) VALUES (?, ?, ?)",
                    (article_id, article.raw_type, article.raw),
                )
            self.record("article", article_id, "import", new=article.path or article.title, by=by)
            self._insert_claims(
                article_id, extractions, origin=origin, status=INITIAL_STATUS, by=by
            )
        return self.get_article(article_id)

    def get_article(self, article_id: int) -> Article:
        row = self._one(
            "SELECT * FROM articles WHERE id = ?", (article_id,), f"no article with id {article_id}"
        )
        return article_from_row(row)

    def fetched_page(self, article_id: int) -> tuple[str, bytes] | None:
        """The content type and bytes of the web page an article was read from, if any."""
        self.get_article(article_id)
        row = self.db.execute(
            "SELECT content_type, raw FROM article_pages WHERE article_id = ?", (article_id,)
        ).fetchone()
        return (str(row[0]), bytes(row[1])) if row else None

    def article_by_hash(self, digest: str) -> Article | None:
        rows = list(self.db.query("SELECT * FROM articles WHERE content_hash = ?", (digest,)))
        return article_from_row(rows[0]) if rows else None

    def find_article(self, *, path: str = "", url: str = "") -> Article | None:
        """The article imported from ``path`` or published at ``url``, if any."""
        for column, value in (("path", path), ("url", url)):
            if value:
                rows = list(
                    self.db.query(
                        f"SELECT * FROM articles WHERE {column} = ? ORDER BY id LIMIT 1", (value,)
                    )
                )
                if rows:
                    return article_from_row(rows[0])
        return None

    def articles(self) -> list[Article]:
        return [article_from_row(r) for r in self.db.query("SELECT * FROM articles ORDER BY id")]

    def articles_without_text(self) -> dict[int, Article]:
        """Every article by id, its ``text`` left empty: what matching reads of them (dates,
        outlets) in one query, without the texts of a big case."""
        # article_from_row reads a column for each of the Article's fields
        columns = ", ".join(f.name for f in fields(Article) if f.name != "text")
        rows = self.db.query(f"SELECT {columns}, '' AS text FROM articles ORDER BY id")
        return {row["id"]: article_from_row(row) for row in rows}

    def article_ids(self) -> list[int]:
        """Every article's id, ascending, without reading any text."""
        return [int(row[0]) for row in self.db.execute("SELECT id FROM articles ORDER BY id")]

    def article_summaries(self) -> list[ArticleSummary]:
        """Every article without its text, with claim and review counts."""
        # Counted per article on the (article_id, status) index, never over the claims table.
        sql = """
            SELECT a.id, a.title, a.outlet, a.date, a.path, a.language,
                   (SELECT count(*) FROM claims c WHERE c.article_id = a.id) AS claims,
                   (SELECT count(*) FROM claims c WHERE c.article_id = a.id AND c.status != ?)
                       AS reviewed
            FROM articles a ORDER BY a.date, a.id
        """
        return [ArticleSummary(**row) for row in self.db.query(sql, (INITIAL_STATUS,))]

    def update_article(self, article_id: int, changes: dict[str, str], *, by: str = "") -> Article:
        """Correct an article's metadata (title, outlet, date, url, place), field by field.

        Each changed field is one history row; claims in the article's own voice
        that were attributed to the old outlet (or to no outlet) follow a new one.
        """
        unknown = set(changes) - set(ARTICLE_FIELDS)
        if unknown:
            raise ValueError(f"not an article field: {sorted(unknown)}")
        with self.write():
            old = self.get_article(article_id)
            changed = {k: v for k, v in changes.items() if getattr(old, k) != v}
            if changed:
                assignments = ", ".join(f"{column} = ?" for column in changed)
                self.db.execute(
                    f"UPDATE articles SET {assignments} WHERE id = ?",
                    (*changed.values(), article_id),
                )
            for field, value in changed.items():
                self.record(
                    "article", article_id, "update", field=field, old=getattr(old, field),
                    new=value, by=by,
                )  # fmt: skip
            if "outlet" in changed:
                self._own_voice_follows(article_id, old.outlet, changed["outlet"], by)
        return self.get_article(article_id)

    def _own_voice_follows(self, article_id: int, old: str, new: str, by: str) -> None:
        rows = self.db.execute(
            "SELECT id, source_resolved FROM claims WHERE article_id = ? AND attributed = 0"
            " AND source_resolved IN (?, ?, '')",
            (article_id, old or OWN_VOICE, OWN_VOICE),
        ).fetchall()
        for claim_id, was in rows:
            self._update(claim_id, {"source_resolved": new or OWN_VOICE})
            self.record(
                "claim", claim_id, "update", field="source_resolved", old=was,
                new=new or OWN_VOICE, by=by,
            )  # fmt: skip

    def delete_article(self, article_id: int, *, by: str = "") -> None:
        """Remove an article with its claims, links and evidence."""
        with self.write():
            cursor = self.db.execute("DELETE FROM articles WHERE id = ?", (article_id,))
            if cursor.rowcount == 0:
                raise NotFoundError(f"no article with id {article_id}")
            self.record("article", article_id, "delete", by=by)

"""Claims: listing with filters and full-text search, edits with history."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import sqlite_utils

from workbench.core.clock import now_iso
from workbench.core.domain import (
    ALL_CLAIMS,
    EXTRACTION_FIELDS,
    Claim,
    ClaimQuery,
    Evidence,
    Extraction,
    Link,
    Origin,
)
from workbench.core.errors import InvalidInputError, NotFoundError
from workbench.core.store.links import decision_value, link_values
from workbench.core.store.rows import claim_from_row, extraction_to_row
from workbench.core.store.sources import SourceQueries

# A person may correct any field the extractor produced; each change is kept in history.
EDITABLE_FIELDS = EXTRACTION_FIELDS


class ClaimQueries(SourceQueries):
    def _insert_claims(
        self,
        article_id: int,
        extractions: Iterable[Extraction],
        *,
        origin: Origin,
        status: str,
        by: str,
        note: str = "",
    ) -> list[int]:
        now = now_iso()
        rows = []
        for extraction in extractions:
            row = extraction_to_row(extraction)
            row.update(
                article_id=article_id,
                status=status,
                note=note,
                origin=str(origin),
                created_at=now,
                updated_at=now,
            )
            rows.append(row)
        # Each claim goes in with its source: one write, none after it.
        mixed = self._assign_sources(rows, by)
        ids = []
        for row in rows:
            columns = ", ".join(row)
            marks = ", ".join("?" for _ in row)
            cursor = self.db.execute(
                f"INSERT INTO claims ({columns}) VALUES ({marks})", tuple(row.values())
            )
            claim_id = int(cursor.lastrowid or 0)
            self.record("claim", claim_id, "create", new=str(row["content"])[:200], by=by)
            ids.append(claim_id)
        self._refresh_types(mixed, by)
        return ids

    def add_claims(
        self,
        article_id: int,
        extractions: Sequence[Extraction],
        *,
        origin: Origin = Origin.MANUAL,
        status: str = "unverified",
        note: str = "",
        by: str = "",
    ) -> list[int]:
        """Add claims to a stored article (by hand, or from an imported file)."""
        self._check_status(status)
        with self.write():
            self._one(
                "SELECT id FROM articles WHERE id = ?", (article_id,), f"no article {article_id}"
            )
            return self._insert_claims(
                article_id, extractions, origin=origin, status=status, by=by, note=note
            )

    def get_claim(self, claim_id: int) -> Claim:
        row = self._one(
            "SELECT * FROM claims WHERE id = ?", (claim_id,), f"no claim with id {claim_id}"
        )
        return claim_from_row(row)

    def claims(self, query: ClaimQuery = ALL_CLAIMS) -> list[Claim]:
        where, params, order = self._where(query)
        sql = f"SELECT claims.* FROM claims {where} ORDER BY {order}"
        sql, params = _paged(sql, params, query)
        return [claim_from_row(r) for r in self.db.query(sql, params)]

    def claim_ids(self, query: ClaimQuery = ALL_CLAIMS) -> list[int]:
        """Only the ids, in list order: big tables page rows in on demand."""
        where, params, order = self._where(query)
        sql, params = _paged(
            f"SELECT claims.id FROM claims {where} ORDER BY {order}", params, query
        )
        return [row[0] for row in self.db.execute(sql, params).fetchall()]

    def claims_by_ids(self, ids: Sequence[int]) -> list[Claim]:
        """The claims with these ids, in the order given (unknown ids skipped)."""
        found: dict[int, Claim] = {}
        for start in range(0, len(ids), 500):
            chunk = list(ids[start : start + 500])
            marks = ", ".join("?" for _ in chunk)
            for row in self.db.query(f"SELECT * FROM claims WHERE id IN ({marks})", chunk):
                found[row["id"]] = claim_from_row(row)
        return [found[i] for i in ids if i in found]

    def count_claims(self, query: ClaimQuery = ALL_CLAIMS) -> int:
        where, params, _ = self._where(query)
        return int(self.db.execute(f"SELECT count(*) FROM claims {where}", params).fetchone()[0])

    def set_status(
        self, claim_id: int, status: str, *, by: str = "", note: str | None = None
    ) -> Claim:
        """Record a verdict; the status and its history row commit together."""
        self._check_status(status)
        with self.write():
            claim = self.get_claim(claim_id)
            if claim.status != status:
                self._update(claim_id, {"status": status})
                self.record(
                    "claim", claim_id, "update", field="status", old=claim.status, new=status, by=by
                )
            if note is not None and note != claim.note:
                self._update(claim_id, {"note": note})
                self.record(
                    "claim", claim_id, "update", field="note", old=claim.note, new=note, by=by
                )
        return self.get_claim(claim_id)

    def set_note(self, claim_id: int, note: str, *, by: str = "") -> Claim:
        with self.write():
            claim = self.get_claim(claim_id)
            if note != claim.note:
                self._update(claim_id, {"note": note})
                self.record(
                    "claim", claim_id, "update", field="note", old=claim.note, new=note, by=by
                )
        return self.get_claim(claim_id)

    def update_extraction(
        self,
        claim_id: int,
        extraction: Extraction,
        *,
        by: str = "",
        source_type_override: bool | None = None,
    ) -> Claim:
        """Replace a claim's spans and fields (a person's correction), field by field in history.

        The source type goes through the one path that writes a claim's type
        (:meth:`_write_claim_type`): ``source_type_override`` True marks it as
        set for this claim alone (its source's retyping leaves it), False
        unmarks it, None marks a changed type that differs from its source's.
        """
        with self.write():
            claim = self.get_claim(claim_id)
            old = extraction_to_row(claim.extraction)
            new = extraction_to_row(extraction)
            changed = {k: new[k] for k in EDITABLE_FIELDS if old[k] != new[k]}
            if source_type_override is not None and (
                source_type_override != claim.source_type_override
            ):
                changed["source_type_override"] = int(source_type_override)
                old["source_type_override"] = int(claim.source_type_override)
            if old["predicates"] != new["predicates"]:
                # Derived from the parse, like a claim's vector: kept out of the history.
                self._update(claim_id, {"predicates": new["predicates"]})
            new_type = changed.pop("source_type", old["source_type"])
            if new_type != old["source_type"] or source_type_override is not None:
                self._write_claim_type(claim_id, new_type, override=source_type_override, by=by)
            if changed:
                self._update(claim_id, changed)
                for field, value in changed.items():
                    self.record(
                        "claim", claim_id, "update", field=field, old=old[field], new=value, by=by
                    )
        return self.get_claim(claim_id)

    def delete_claim(self, claim_id: int, *, by: str = "") -> None:
        with self.write():
            claim = self.get_claim(claim_id)
            self.db.execute("DELETE FROM claims WHERE id = ?", (claim_id,))
            self.record("claim", claim_id, "delete", old=claim.content[:200], by=by)

    def restore_claim(
        self,
        claim: Claim,
        *,
        links: Sequence[Link] = (),
        evidence: Sequence[Evidence] = (),
        by: str = "",
    ) -> Claim:
        """Put a deleted claim back under its old id, with its links and evidence.

        Undo of a deletion, or redo of a claim added by hand. Links whose
        other claim is gone since stay gone. Refused when the claim's article is
        gone or another claim took the id since.
        """
        with self.write():
            self._one(
                "SELECT id FROM articles WHERE id = ?",
                (claim.article_id,),
                f"the article of claim {claim.id} is no longer in the case",
            )
            if self.db.execute("SELECT 1 FROM claims WHERE id = ?", (claim.id,)).fetchone():
                raise InvalidInputError(f"claim id {claim.id} is in use again; add the claim anew")
            self._check_status(claim.status)
            row = extraction_to_row(claim.extraction)
            row.update(
                id=claim.id,
                article_id=claim.article_id,
                status=claim.status,
                note=claim.note,
                origin=str(claim.origin),
                created_at=claim.created_at or now_iso(),
                updated_at=claim.updated_at or now_iso(),  # as it was: an undo changes nothing
                source_type_override=int(claim.source_type_override),
            )
            row["source_type_override"] = int(claim.source_type_override)
            columns, marks = ", ".join(row), ", ".join("?" for _ in row)
            self.db.execute(f"INSERT INTO claims ({columns}) VALUES ({marks})", tuple(row.values()))
            self.record("claim", claim.id, "restore", new=claim.content[:200], by=by)
            self._rejoin_source(claim)
            for link in links:
                # OR IGNORE: a link whose other claim is gone (or was matched anew) is skipped.
                self.db.execute(
                    """INSERT OR IGNORE INTO links (id, a_id, b_id, relation, score, reasons,
                           independent, confirmed, created_at)
                       SELECT ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE EXISTS
                           (SELECT 1 FROM claims WHERE id = ?)""",
                    (link.id, link.a_id, link.b_id,
                     *link_values(link.relation, link.score, link.reasons, link.independent),
                     decision_value(link.confirmed), link.created_at or now_iso(),
                     link.other(claim.id)),
                )  # fmt: skip
            for item in evidence:
                self.db.execute(
                    """INSERT OR IGNORE INTO evidence (id, claim_id, url, comment, created_at)
                       VALUES (?, ?, ?, ?, ?)""",
                    (item.id, claim.id, item.url, item.comment, item.created_at or now_iso()),
                )
        return self.get_claim(claim.id)

    def _rejoin_source(self, claim: Claim) -> None:
        """A restored claim goes back to its source, or to the one it was merged into."""
        source_id = claim.source_id
        for _ in range(20):
            if source_id is None:
                break
            row = self.db.execute(
                "SELECT merged_into FROM sources WHERE id = ?", (source_id,)
            ).fetchone()
            if row is None:
                source_id = None
            elif row[0] is None:
                break
            else:
                source_id = int(row[0])
        if source_id is None:
            self._link_claims([claim.id])
        else:
            self.db.execute("UPDATE claims SET source_id = ? WHERE id = ?", (source_id, claim.id))

    def _update(self, claim_id: int, values: dict[str, Any]) -> None:
        values = {**values, "updated_at": now_iso()}
        assignments = ", ".join(f"{column} = ?" for column in values)
        self.db.execute(
            f"UPDATE claims SET {assignments} WHERE id = ?", (*values.values(), claim_id)
        )

    def _check_status(self, status: str) -> None:
        known = [row[0] for row in self.db.execute("SELECT name FROM statuses ORDER BY position")]
        if status not in known:
            raise InvalidInputError(f"unknown status {status!r}; use one of: {', '.join(known)}")

    def _where(self, query: ClaimQuery) -> tuple[str, list[Any], str]:
        clauses: list[str] = []
        params: list[Any] = []
        for column, values in (
            ("status", query.statuses),
            ("source_type", query.source_types),
            ("article_id", query.article_ids),
            ("source_id", query.source_ids),
        ):
            if values:
                clauses.append(f"claims.{column} IN ({', '.join('?' for _ in values)})")
                params.extend(values)
        if query.attributed is not None:
            clauses.append("claims.attributed = ?")
            params.append(int(query.attributed))
        if query.open_links:
            clauses.append(
                "claims.id IN (SELECT a_id FROM links WHERE confirmed IS NULL"
                " UNION SELECT b_id FROM links WHERE confirmed IS NULL)"
            )
        order = _order(query)
        # A search of only quote marks quotes to nothing, which FTS5 calls a syntax
        # error: like an empty search, it does not filter.
        fts = _fts_query(self.db, query.search)
        if fts:
            clauses.append("claims.id IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?)")
            params.append(fts)
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        return where, params, order

    def search_ranked(self, text: str, limit: int = 50) -> list[tuple[int, float]]:
        """Claims by FTS5 bm25 rank for ``text`` (any word may match), best first."""
        words = [w for w in _fts_query(self.db, text).split() if w.strip('"')]
        if not words:
            return []
        sql = (
            "SELECT rowid, bm25(claims_fts) AS rank FROM claims_fts"
            " WHERE claims_fts MATCH ? ORDER BY rank LIMIT ?"
        )
        rows = self.db.execute(sql, (" OR ".join(words), limit)).fetchall()
        return [(int(r[0]), -float(r[1])) for r in rows]

    def require_claim(self, claim_id: int) -> None:
        if not self.db.execute("SELECT 1 FROM claims WHERE id = ?", (claim_id,)).fetchone():
            raise NotFoundError(f"no claim with id {claim_id}")


def _fts_query(db: sqlite_utils.Database, text: str) -> str:
    """A user's words as an FTS5 query of quoted terms ("" when there are none).

    A NUL ends an FTS5 string early ("unterminated string"), so it is dropped.
    """
    text = text.replace("\x00", " ").strip()
    return db.quote_fts(text) if text else ""


# How each orderable column sorts, as a person reads the table: statuses in
# vocabulary order, the article by title, texts without regard to case.
_ORDER_SQL = {
    "source": "lower(CASE WHEN claims.attributed THEN coalesce(nullif(claims.source_resolved, ''),"
    " claims.source) ELSE '(' || claims.source_resolved || ')' END)",
    "source_type": "claims.source_type",
    "cue": "lower(claims.cue)",
    "content": "lower(ltrim(claims.content))",
    "status": "(SELECT position FROM statuses WHERE statuses.name = claims.status)",
    "article": "(SELECT lower(title) FROM articles WHERE articles.id = claims.article_id)",
    "marks": "((claims.note != '') * 1000000"
    " + (SELECT count(*) FROM evidence WHERE evidence.claim_id = claims.id))",
}
READING_ORDER = "claims.article_id, claims.content_start, claims.id"


def _order(query: ClaimQuery) -> str:
    if not query.order_by:
        return READING_ORDER
    if query.order_by not in _ORDER_SQL:
        raise InvalidInputError(f"cannot sort claims by {query.order_by!r}")
    direction = "DESC" if query.descending else "ASC"
    return f"{_ORDER_SQL[query.order_by]} {direction}, claims.id {direction}"


def _paged(sql: str, params: list[Any], query: ClaimQuery) -> tuple[str, list[Any]]:
    if query.limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params = [*params, query.limit, query.offset]
    return sql, params

"""Joining claims to their sources as they are stored, and the one way a claim's type is written.

New claims join a source in the transaction that stores them: the one their
referent key names (:mod:`source_index`), else a new one. A claim's type is
written only through :meth:`SourceLinks._write_claim_type`, whether a person
corrects the claim, its source is retyped, or an undo puts it back, so that
the history and the claim's own-type flag always agree.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from workbench.core.clock import now_iso
from workbench.core.domain import SourceType
from workbench.core.store.base import StoreBase
from workbench.core.store.source_index import (
    KnownSource,
    SourceIndex,
    fallback_key,
    fuller,
    scoped,
)

CHUNK = 500
_LINK_COLUMNS = (
    "id, article_id, attributed, source_resolved, source_type, anonymous, source_key, source_voice"
)


class SourceLinks(StoreBase):
    """Linking claims to sources; writing a claim's source type."""

    def link_unlinked(self) -> int:
        """Give every claim without a source one (a case stored before sources); how many."""
        ids = [r[0] for r in self.db.execute("SELECT id FROM claims WHERE source_id IS NULL")]
        if ids:
            with self.write():
                self._link_claims(ids)
        return len(ids)

    def _link_claims(self, claim_ids: Sequence[int], *, by: str = "") -> None:
        """Join each claim to its source, creating sources as needed (inside a write)."""
        rows = self._claim_rows(claim_ids, _LINK_COLUMNS)
        if not rows:
            return
        index, known = self._index_for({r["article_id"] for r in rows})
        touched: set[int] = set()
        for row in rows:
            key = row["source_key"] or fallback_key(
                row["source_resolved"],
                SourceType(row["source_type"]),
                bool(row["anonymous"]),
                bool(row["attributed"]),
            )
            scope = row["article_id"] if scoped(key) else None
            source_id = index.find(key, scope)
            if source_id is None:
                source_id = self._create_source(row, key, scope, by)
                index.add(KnownSource(source_id, key, scope))
                known[source_id] = {"key": key, "name_by_hand": 0, "voice": row["source_voice"]}
            else:
                self._grow(source_id, known[source_id], key, row)
                self._learn_from(source_id, known[source_id], key, row)
            self.db.execute("UPDATE claims SET source_id = ? WHERE id = ?", (source_id, row["id"]))
            touched.add(source_id)
        self._follow_types_by_hand(touched, [r["id"] for r in rows], by)
        self._refresh_types(touched)

    def _claim_rows(self, claim_ids: Sequence[int], columns: str) -> list[dict[str, Any]]:
        """``columns`` of the claims with these ids, by id (in chunks: SQLite caps parameters)."""
        rows: list[dict[str, Any]] = []
        for start in range(0, len(claim_ids), CHUNK):
            chunk = list(claim_ids[start : start + CHUNK])
            marks = ", ".join("?" for _ in chunk)
            rows.extend(
                self.db.query(
                    f"SELECT {columns} FROM claims WHERE id IN ({marks}) ORDER BY id", chunk
                )
            )
        return rows

    def _index_for(
        self, article_ids: Iterable[int]
    ) -> tuple[SourceIndex, dict[int, dict[str, Any]]]:
        """The sources new claims of these articles may join (merged ones lead to their heir)."""
        articles = sorted(article_ids)
        marks = ", ".join("?" for _ in articles)
        rows = list(
            self.db.query(
                "SELECT id, key, article_id, merged_into, name_by_hand, voice FROM sources"
                f" WHERE article_id IS NULL OR article_id IN ({marks}) ORDER BY id",
                articles,
            )
        )
        heirs = {r["id"]: r["merged_into"] for r in rows}
        index = SourceIndex()
        known: dict[int, dict[str, Any]] = {}
        for row in rows:
            target = row["id"]
            for _ in range(20):  # a chain of merges leads to the source that is left
                nxt = heirs.get(target)
                if nxt is None:
                    break
                target = nxt
            index.add(KnownSource(target, row["key"], row["article_id"]))
            if row["merged_into"] is None:
                known[row["id"]] = row
        return index, known

    def _create_source(self, row: dict[str, Any], key: str, scope: int | None, by: str) -> int:
        now = now_iso()
        cursor = self.db.execute(
            "INSERT INTO sources (name, type, anonymous, key, voice, article_id,"
            " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                row["source_resolved"],
                row["source_type"],
                int(bool(row["anonymous"])),
                key,
                row["source_voice"],
                scope,
                now,
                now,
            ),
        )
        source_id = int(cursor.lastrowid or 0)
        self.record("source", source_id, "create", new=row["source_resolved"], by=by)
        return source_id

    def _grow(self, source_id: int, source: dict[str, Any], key: str, row: dict[str, Any]) -> None:
        """A claim that names its source more fully gives the source its name and key."""
        changes: dict[str, Any] = {}
        if fuller(key, source["key"]) and not source["name_by_hand"]:
            changes.update(key=key, name=row["source_resolved"])
        if not source["voice"] and row["source_voice"]:
            changes["voice"] = row["source_voice"]
        if changes:
            self._update_source(source_id, changes)
            source.update(changes)

    def _learn_from(
        self, source_id: int, source: dict[str, Any], key: str, row: dict[str, Any]
    ) -> None:
        """A new claim learns from its source what its own article did not say.

        "Rellik told reporters" in an article that names him no further is
        the Interior Minister the case knows: the claim takes the source's
        fuller name, and its type when its article gave none (other). Only
        claims extraction read (with a key) learn; a claim written by hand or
        imported says what its author wrote.
        """
        if not row["source_key"]:
            return
        changes: dict[str, Any] = {}
        if fuller(source["key"], key):
            changes["source_resolved"] = self._source_name(source_id)
        if row["source_type"] == str(SourceType.OTHER):
            kind = self.db.execute("SELECT type FROM sources WHERE id = ?", (source_id,)).fetchone()
            if kind is not None and kind[0] != str(SourceType.OTHER):
                changes["source_type"] = kind[0]
        if changes:
            assignments = ", ".join(f"{column} = ?" for column in changes)
            self.db.execute(
                f"UPDATE claims SET {assignments} WHERE id = ?", (*changes.values(), row["id"])
            )

    def _source_name(self, source_id: int) -> str:
        row = self.db.execute("SELECT name FROM sources WHERE id = ?", (source_id,)).fetchone()
        return str(row[0]) if row else ""

    def _follow_types_by_hand(self, touched: set[int], claim_ids: list[int], by: str) -> None:
        """New claims of a source a person typed take its type (unless typed on their own)."""
        typed = self._typed_by_hand(touched)
        if not typed:
            return
        for row in self._claim_rows(claim_ids, "id, source_id, source_type, source_type_override"):
            wanted = typed.get(row["source_id"])
            if wanted is None or row["source_type_override"] or row["source_type"] == wanted:
                continue
            self._write_claim_type(row["id"], wanted, override=False, by=by)

    def _typed_by_hand(self, source_ids: Iterable[int]) -> dict[int, str]:
        ids = list(source_ids)
        found: dict[int, str] = {}
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start : start + CHUNK]
            marks = ", ".join("?" for _ in chunk)
            for row in self.db.execute(
                f"SELECT id, type FROM sources WHERE type_by_hand AND id IN ({marks})", chunk
            ):
                found[row[0]] = row[1]
        return found

    def _refresh_types(self, source_ids: Iterable[int]) -> None:
        """A source no person typed has the type most of its claims have."""
        ids = list(source_ids)
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start : start + CHUNK]
            marks = ", ".join("?" for _ in chunk)
            self.db.execute(
                f"""UPDATE sources SET type = coalesce((
                        SELECT source_type FROM claims WHERE claims.source_id = sources.id
                        GROUP BY source_type ORDER BY count(*) DESC, min(id) LIMIT 1), type)
                    WHERE NOT type_by_hand AND id IN ({marks})""",
                chunk,
            )

    # The one way a claim's type is written -----------------------------------

    def _write_claim_type(
        self, claim_id: int, source_type: str, *, override: bool | None, by: str
    ) -> None:
        """Set a claim's source type and its override mark, each change in history.

        The one way a claim's type is written: a person's correction of the
        claim (edit-claim), a retyping of its source that the claim follows,
        and an undo. ``override`` True marks the type as set for this claim
        alone, so that retyping its source leaves it; False makes the claim
        follow its source; None decides: a changed type is the claim's own
        when it differs from its source's type, an unchanged one keeps its mark.
        """
        row = self.db.execute(
            "SELECT c.source_type, c.source_type_override, s.type FROM claims c"
            " LEFT JOIN sources s ON s.id = c.source_id WHERE c.id = ?",
            (claim_id,),
        ).fetchone()
        if row is None:
            return
        old_type, old_mark, source_kind = row[0], bool(row[1]), row[2]
        mark = override
        if mark is None:
            mark = old_mark if source_type == old_type else source_kind != source_type
        if (source_type, mark) == (old_type, old_mark):
            return
        self.db.execute(
            "UPDATE claims SET source_type = ?, source_type_override = ?, updated_at = ?"
            " WHERE id = ?",
            (source_type, int(mark), now_iso(), claim_id),
        )
        for field, old, new in (
            ("source_type", old_type, source_type),
            ("source_type_override", int(old_mark), int(mark)),
        ):
            if old != new:
                self.record("claim", claim_id, "update", field=field, old=old, new=new, by=by)

    def _update_source(self, source_id: int, values: dict[str, Any]) -> None:
        values = {**values, "updated_at": now_iso()}
        assignments = ", ".join(f"{column} = ?" for column in values)
        self.db.execute(
            f"UPDATE sources SET {assignments} WHERE id = ?", (*values.values(), source_id)
        )

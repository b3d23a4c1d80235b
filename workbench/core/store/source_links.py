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
from workbench.core.extract.source_keys import fallback_key
from workbench.core.store.base import StoreBase
from workbench.core.store.source_index import (
    KnownSource,
    SourceIndex,
    acronym_of,
    body_initials,
    fuller,
    key_ends,
    scoped,
)

CHUNK = 500
_SOURCE_COLUMNS = "id, key, article_id, merged_into, name, name_by_hand, voice, type, type_by_hand"
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
        """Join stored claims to their sources (an older case, a restored claim)."""
        rows = self._claim_rows(claim_ids, _LINK_COLUMNS + ", source_type_override")
        if not rows:
            return
        before = {row["id"]: dict(row) for row in rows}
        mixed = self._assign_sources(rows, by)
        for row in rows:
            old = before[row["id"]]
            self.db.execute(
                "UPDATE claims SET source_id = ?, source_resolved = ? WHERE id = ?",
                (row["source_id"], row["source_resolved"], row["id"]),
            )
            if row["source_type"] != old["source_type"]:
                self._write_claim_type(row["id"], row["source_type"], override=False, by=by)
        self._refresh_types(mixed, by)

    def _assign_sources(self, rows: list[dict[str, Any]], by: str) -> set[int]:
        """Give each claim row its ``source_id``, creating sources as needed (inside a write).

        Rows are changed in place: a claim that joins a known source learns
        what its article did not say (:meth:`_learn_from`) and takes the type
        a person gave its source, unless its own type is marked as its own.
        Returns the sources whose claims now differ in type (their type is the
        most common one: :meth:`_refresh_types`).
        """
        index, known = self._index_for(rows)
        mixed: set[int] = set()
        for row in rows:
            key = self._key_of(row)
            scope = row["article_id"] if scoped(key) else None
            source_id = index.find(key, scope, row["source_resolved"])
            if source_id is None:
                source_id = self._create_source(row, key, scope, by)
                index.add(KnownSource(source_id, key, scope, row["source_resolved"]))
                known[source_id] = {
                    "key": key,
                    "name": row["source_resolved"],
                    "name_by_hand": 0,
                    "voice": row["source_voice"],
                    "type": row["source_type"],
                    "type_by_hand": 0,
                }
            else:
                source = known.get(source_id) or self._known(source_id)
                known[source_id] = source
                self._grow(source_id, source, key, row)
                self._learn_from(source, key, row)
                if source["type_by_hand"] and not row.get("source_type_override"):
                    row["source_type"] = source["type"]
                elif row["source_type"] != source["type"]:
                    mixed.add(source_id)
            row["source_id"] = source_id
        return mixed

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
        self, rows: list[dict[str, Any]]
    ) -> tuple[SourceIndex, dict[int, dict[str, Any]]]:
        """The sources these claims may join (merged ones lead to their heir).

        Only those sharing a key, a surname or a word of a body's name with
        the claims' keys are read, with the anonymous ones of their articles.
        """
        keys = {self._key_of(row) for row in rows}
        words = sorted({w for key in keys for w in (*key_ends(key), body_initials(key)) if w})
        articles = sorted({row["article_id"] for row in rows})
        found: dict[int, dict[str, Any]] = {}
        acronyms = {acronym_of(self._key_of(r), r["source_resolved"]) for r in rows} - {""}
        for acronym in sorted(acronyms):
            # the bodies whose names an acronym may spell: first word from its first letter
            for row in self.db.query(
                f"SELECT {_SOURCE_COLUMNS} FROM sources WHERE lead >= ? AND lead < ?"
                " AND tail LIKE ?", (acronym[0], chr(ord(acronym[0]) + 1), f"{acronym[-1]}%"),
            ):  # fmt: skip
                found[row["id"]] = row
        for column, values in (("key", sorted(keys)), ("lead", words), ("tail", words),
                               ("article_id", articles)):  # fmt: skip
            for start in range(0, len(values), CHUNK):
                chunk = values[start : start + CHUNK]
                marks = ", ".join("?" for _ in chunk)
                for row in self.db.query(
                    f"SELECT {_SOURCE_COLUMNS} FROM sources WHERE {column} IN ({marks})", chunk
                ):
                    found[row["id"]] = row
        heirs = {i: r["merged_into"] for i, r in found.items()}
        index = SourceIndex()
        known: dict[int, dict[str, Any]] = {}
        for source_id in sorted(found):
            row = found[source_id]
            target = source_id
            for _ in range(20):  # a chain of merges leads to the source that is left
                nxt = heirs.get(target) if target in heirs else self._heir(target)
                if nxt is None:
                    break
                target = nxt
            index.add(KnownSource(target, row["key"], row["article_id"], row["name"]))
            if row["merged_into"] is None:
                known[source_id] = row
        return index, known

    def _heir(self, source_id: int) -> int | None:
        row = self.db.execute("SELECT merged_into FROM sources WHERE id = ?", (source_id,))
        found = row.fetchone()
        return None if found is None or found[0] is None else int(found[0])

    @staticmethod
    def _key_of(row: dict[str, Any]) -> str:
        """A claim row's referent key (a fallback from its resolved source when it has none)."""
        return str(row["source_key"]) or fallback_key(
            row["source_resolved"],
            SourceType(row["source_type"]),
            bool(row["anonymous"]),
            bool(row["attributed"]),
        )

    def _known(self, source_id: int) -> dict[str, Any]:
        """A source the index led to outside the articles it loaded (a merge's heir)."""
        return dict(
            self._one(
                f"SELECT {_SOURCE_COLUMNS} FROM sources WHERE id = ?",
                (source_id,),
                f"no source with id {source_id}",
            )
        )

    def _create_source(self, row: dict[str, Any], key: str, scope: int | None, by: str) -> int:
        now = now_iso()
        lead, tail = key_ends(key)
        cursor = self.db.execute(
            "INSERT INTO sources (name, type, anonymous, key, lead, tail, voice, article_id,"
            " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                row["source_resolved"],
                row["source_type"],
                int(bool(row["anonymous"])),
                key,
                lead,
                tail,
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
            lead, tail = key_ends(key)
            changes.update(key=key, name=row["source_resolved"], lead=lead, tail=tail)
            source.update(key=key, name=row["source_resolved"])
        if not source["voice"] and row["source_voice"]:
            changes["voice"] = row["source_voice"]
        if changes:
            self._update_source(source_id, changes)
            source.update(changes)

    def _learn_from(self, source: dict[str, Any], key: str, row: dict[str, Any]) -> None:
        """A claim joining a known source learns what its own article did not say.

        "Rellik told reporters" in an article that names him no further is
        the Interior Minister the case knows: the claim takes the source's
        fuller name, and its type when its article gave none (other). Only
        claims extraction read (with a key) learn; a claim written by hand or
        imported says what its author wrote.
        """
        if not row["source_key"]:
            return
        if fuller(source["key"], key):
            row["source_resolved"] = source["name"]
        if row["source_type"] == str(SourceType.OTHER) and source["type"] != str(SourceType.OTHER):
            row["source_type"] = source["type"]

    def _refresh_types(self, source_ids: Iterable[int], by: str = "") -> None:
        """A source no person typed has the type most of its claims have, a known type
        before "other" (which says only that its article did not tell): "Medecins du
        Littoral said" in one article and "A medical charity, Medecins du Littoral, says" in
        another are an NGO's claims. Its claims of no known type that extraction read (with a
        key), not typed for themselves, then follow it; a claim written by hand or imported
        says what its author wrote.

        Asked only for sources whose claims differ in type: a source whose new
        claims all have its type keeps it without counting the others.
        """
        ids = list(source_ids)
        other = str(SourceType.OTHER)
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start : start + CHUNK]
            marks = ", ".join("?" for _ in chunk)
            self.db.execute(
                f"""UPDATE sources SET type = coalesce((
                        SELECT source_type FROM claims WHERE claims.source_id = sources.id
                        GROUP BY source_type ORDER BY source_type = ?, count(*) DESC, min(id)
                        LIMIT 1), type)
                    WHERE NOT type_by_hand AND id IN ({marks})""",
                [other, *chunk],
            )
            untold = self.db.execute(
                f"""SELECT c.id, s.type FROM claims c JOIN sources s ON s.id = c.source_id
                    WHERE c.source_id IN ({marks}) AND c.source_type = ?
                    AND NOT c.source_type_override AND s.type != ? AND c.source_key != ''""",
                [*chunk, other, other],
            ).fetchall()
            for claim_id, source_type in untold:
                self._write_claim_type(claim_id, source_type, override=False, by=by)

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

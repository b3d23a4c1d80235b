"""Source entities: listed, corrected and merged, with every change in history.

A person may retype or rename a source (every claim of it follows its type,
except a claim whose type was corrected on its own) and merge two sources
that are one referent. Claims join sources as they are stored
(:mod:`source_links`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from workbench.core.domain import (
    Source,
    SourceEdit,
    SourceMerge,
    SourceSummary,
    SourceType,
)
from workbench.core.errors import InvalidInputError, NotFoundError
from workbench.core.store.source_links import SourceLinks


class SourceQueries(SourceLinks):
    """Listing sources, correcting and merging them."""

    # Reading -----------------------------------------------------------------

    def sources(self) -> list[Source]:
        """Every source with claims, by name: its articles, claims and mentions."""
        claims: dict[int, list[tuple[int, int, str]]] = defaultdict(list)
        for claim_id, source_id, article_id, mention in self.db.execute(
            "SELECT id, source_id, article_id, source FROM claims"
            " WHERE source_id IS NOT NULL ORDER BY id"
        ):
            claims[source_id].append((claim_id, article_id, mention))
        found = []
        for row in self.db.query(
            "SELECT * FROM sources WHERE merged_into IS NULL ORDER BY lower(name), id"
        ):
            mine = claims.get(row["id"])
            if mine:
                found.append(_source(row, mine))
        return found

    def get_source(self, source_id: int) -> Source:
        row = self._live_source(source_id)
        mine = [
            (r[0], r[1], r[2])
            for r in self.db.execute(
                "SELECT id, article_id, source FROM claims WHERE source_id = ? ORDER BY id",
                (source_id,),
            )
        ]
        return _source(row, mine)

    def source_summaries(self) -> list[SourceSummary]:
        """The sources with counts only, as the Sources panel lists them, by name.

        Three passes, none reading a claim row: the counts come from the
        (source_id, article_id) index, the support counts from the links.
        """
        support: dict[tuple[int, str], int] = {}
        for source_id, relation, count in self.db.execute(_SUPPORT_SQL):
            support[(source_id, relation)] = count
        counts = {
            row[0]: (row[1], row[2])
            for row in self.db.execute(
                "SELECT source_id, count(*), count(DISTINCT article_id) FROM claims"
                " WHERE source_id IS NOT NULL GROUP BY source_id"
            )
        }
        found = [
            SourceSummary(
                id=source_id,
                name=name,
                type=SourceType(kind),
                anonymous=bool(anonymous),
                claims=counts[source_id][0],
                articles=counts[source_id][1],
                corroborated=support.get((source_id, "corroborates"), 0),
                conflicted=support.get((source_id, "conflicts"), 0),
            )
            for source_id, name, kind, anonymous in self.db.execute(
                "SELECT id, name, type, anonymous FROM sources WHERE merged_into IS NULL"
            )
            if source_id in counts
        ]
        found.sort(key=lambda s: (s.name.casefold(), s.id))
        return found

    def _live_source(self, source_id: int) -> dict[str, Any]:
        row = self._one(
            "SELECT * FROM sources WHERE id = ?", (source_id,), f"no source with id {source_id}"
        )
        if row["merged_into"] is not None:
            raise NotFoundError(f"source {source_id} was merged into source {row['merged_into']}")
        return row

    # Corrections -------------------------------------------------------------

    def set_source(
        self,
        source_id: int,
        *,
        source_type: str | None = None,
        name: str | None = None,
        by: str = "",
    ) -> SourceEdit:
        """Retype or rename a source; its claims follow its type, except those typed alone."""
        if source_type is not None:
            source_type = _checked_type(source_type)
        if name is not None and not name.strip():
            raise InvalidInputError("a source needs a name")
        with self.write():
            row = self._live_source(source_id)
            edit = SourceEdit(
                source_id,
                row["name"],
                SourceType(row["type"]),
                bool(row["name_by_hand"]),
                bool(row["type_by_hand"]),
            )
            followed: list[tuple[int, SourceType]] = []
            if name is not None and name.strip() != row["name"]:
                self._update_source(source_id, {"name": name.strip(), "name_by_hand": 1})
                self.record(
                    "source", source_id, "update", field="name", old=row["name"], new=name, by=by
                )
            if source_type is not None:
                if source_type != row["type"]:
                    self.record(
                        "source",
                        source_id,
                        "update",
                        field="type",
                        old=row["type"],
                        new=source_type,
                        by=by,
                    )
                self._update_source(source_id, {"type": source_type, "type_by_hand": 1})
                followed = self._retype_followers(source_id, source_type, by)
        return SourceEdit(
            edit.source_id,
            edit.old_name,
            edit.old_type,
            edit.old_name_by_hand,
            edit.old_type_by_hand,
            tuple(followed),
        )

    def _retype_followers(
        self, source_id: int, source_type: str, by: str
    ) -> list[tuple[int, SourceType]]:
        followed = []
        rows = self.db.execute(
            "SELECT id, source_type FROM claims WHERE source_id = ? AND NOT source_type_override"
            " AND source_type != ?",
            (source_id, source_type),
        ).fetchall()
        for claim_id, old in rows:
            self._write_claim_type(claim_id, source_type, override=False, by=by)
            followed.append((claim_id, SourceType(old)))
        return followed

    def undo_source_edit(self, edit: SourceEdit, *, by: str = "") -> None:
        """Put a source and the claims that followed it back as they were."""
        with self.write():
            row = self._live_source(edit.source_id)
            self._update_source(
                edit.source_id,
                {
                    "name": edit.old_name,
                    "type": str(edit.old_type),
                    "name_by_hand": int(edit.old_name_by_hand),
                    "type_by_hand": int(edit.old_type_by_hand),
                },
            )
            for field, old, new in (
                ("name", row["name"], edit.old_name),
                ("type", row["type"], str(edit.old_type)),
            ):
                if old != new:
                    self.record(
                        "source", edit.source_id, "update", field=field, old=old, new=new, by=by
                    )
            self._put_back_types(edit.claim_types, by)

    def _put_back_types(self, claim_types: Sequence[tuple[int, SourceType]], by: str) -> None:
        for claim_id, old_type in claim_types:
            self._write_claim_type(claim_id, str(old_type), override=None, by=by)

    def merge_sources(self, keep: int, other: int, *, by: str = "") -> SourceMerge:
        """Join ``other`` into ``keep``: its claims become ``keep``'s, in history."""
        if keep == other:
            raise InvalidInputError(f"source {keep} cannot be merged with itself")
        with self.write():
            kept = self._live_source(keep)
            self._live_source(other)
            claim_ids = [
                r[0]
                for r in self.db.execute(
                    "SELECT id FROM claims WHERE source_id = ? ORDER BY id", (other,)
                )
            ]
            for claim_id in claim_ids:
                self.db.execute("UPDATE claims SET source_id = ? WHERE id = ?", (keep, claim_id))
                self.record(
                    "claim", claim_id, "update", field="source_id", old=other, new=keep, by=by
                )
            followed = (
                self._retype_followers(keep, kept["type"], by) if kept["type_by_hand"] else []
            )
            self._update_source(other, {"merged_into": keep})
            self.record("source", other, "merge", old=other, new=keep, by=by)
            self._refresh_types([keep])
        return SourceMerge(keep, other, tuple(claim_ids), tuple(followed))

    def unmerge_sources(self, merge: SourceMerge, *, by: str = "") -> None:
        """Undo a merge: the claims that came from ``other`` go back to it."""
        with self.write():
            self._live_source(merge.keep)
            self._update_source(merge.other, {"merged_into": None})
            for claim_id in merge.claim_ids:
                cursor = self.db.execute(
                    "UPDATE claims SET source_id = ? WHERE id = ? AND source_id = ?",
                    (merge.other, claim_id, merge.keep),
                )
                if cursor.rowcount:
                    self.record(
                        "claim",
                        claim_id,
                        "update",
                        field="source_id",
                        old=merge.keep,
                        new=merge.other,
                        by=by,
                    )
            self._put_back_types(merge.claim_types, by)
            self.record("source", merge.other, "unmerge", old=merge.keep, new=merge.other, by=by)
            self._refresh_types([merge.keep, merge.other])


_SUPPORT_SQL = """
    WITH sides(claim, other, relation) AS (
        SELECT a_id, b_id, relation FROM links WHERE independent AND confirmed IS NOT 0
        UNION ALL
        SELECT b_id, a_id, relation FROM links WHERE independent AND confirmed IS NOT 0
    )
    SELECT c.source_id, sides.relation, count(DISTINCT c.id)
    FROM sides JOIN claims c ON c.id = sides.claim JOIN claims o ON o.id = sides.other
    WHERE c.source_id IS NOT NULL AND o.source_id IS NOT c.source_id
    GROUP BY c.source_id, sides.relation
"""
"""Per source and relation, how many of its claims another source backs or contests."""


def _checked_type(value: str) -> str:
    if value not in {str(t) for t in SourceType}:
        raise InvalidInputError(
            f"unknown source type {value!r}; use one of: {', '.join(SourceType)}"
        )
    return value


def _source(row: dict[str, Any], claims: list[tuple[int, int, str]]) -> Source:
    mentions: list[str] = []
    for _, _, mention in claims:
        if mention and mention not in mentions:
            mentions.append(mention)
    return Source(
        id=row["id"],
        name=row["name"],
        type=SourceType(row["type"]),
        anonymous=bool(row["anonymous"]),
        article_ids=tuple(sorted({article for _, article, _ in claims})),
        claim_ids=tuple(claim for claim, _, _ in claims),
        mentions=tuple(mentions),
        type_by_hand=bool(row["type_by_hand"]),
        name_by_hand=bool(row["name_by_hand"]),
        key=row["key"],
        voice=row["voice"],
    )

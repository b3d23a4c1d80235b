"""Links between claims: proposals from the matcher, decisions from people."""

from __future__ import annotations

import json
from collections.abc import Sequence

from workbench.core.clock import now_iso
from workbench.core.domain import Link, LinkDraft, Relation
from workbench.core.store.base import StoreBase
from workbench.core.store.rows import link_from_row


class LinkQueries(StoreBase):
    def save_links(self, drafts: Sequence[LinkDraft], *, by: str = "matcher") -> int:
        """Store proposals; a pair a person decided on is never overwritten.

        Returns how many links were added or changed.
        """
        now = now_iso()
        changed = 0
        with self.write():
            for draft in drafts:
                a_id, b_id = sorted((draft.a_id, draft.b_id))
                cursor = self.db.execute(
                    """INSERT INTO links (a_id, b_id, relation, score, reasons, independent,
                           confirmed, created_at)
                       VALUES (?, ?, ?, ?, ?, ?, NULL, ?)
                       ON CONFLICT(a_id, b_id) DO UPDATE SET
                           relation = excluded.relation, score = excluded.score,
                           reasons = excluded.reasons, independent = excluded.independent
                       WHERE links.confirmed IS NULL AND (links.relation != excluded.relation
                           OR links.score != excluded.score OR links.reasons != excluded.reasons
                           OR links.independent != excluded.independent)""",
                    (
                        a_id,
                        b_id,
                        str(draft.relation),
                        round(float(draft.score), 1),
                        json.dumps(list(draft.reasons), ensure_ascii=False),
                        int(draft.independent),
                        now,
                    ),
                )
                changed += cursor.rowcount
            if changed:
                self.record("case", 0, "match", new=f"{changed} links", by=by)
        return changed

    def restore_link(self, link: Link, a_id: int, b_id: int) -> int:
        """Store a link read from an export, decision included (merging keeps ours)."""
        a_id, b_id = sorted((a_id, b_id))
        confirmed = None if link.confirmed is None else int(link.confirmed)
        with self.write():
            cursor = self.db.execute(
                """INSERT INTO links (a_id, b_id, relation, score, reasons, independent,
                       confirmed, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                   ON CONFLICT(a_id, b_id) DO NOTHING""",
                (
                    a_id,
                    b_id,
                    str(link.relation),
                    float(link.score),
                    json.dumps(list(link.reasons), ensure_ascii=False),
                    int(link.independent),
                    confirmed,
                    link.created_at or now_iso(),
                ),
            )
        return int(cursor.rowcount)

    def links(
        self, *, relation: Relation | str | None = None, claim_id: int | None = None
    ) -> list[Link]:
        clauses: list[str] = []
        params: list[object] = []
        if relation:
            clauses.append("relation = ?")
            params.append(str(relation))
        if claim_id is not None:
            clauses.append("(a_id = ? OR b_id = ?)")
            params.extend([claim_id, claim_id])
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        sql = f"SELECT * FROM links {where} ORDER BY score DESC, id"
        return [link_from_row(r) for r in self.db.query(sql, params)]

    def get_link(self, link_id: int) -> Link:
        row = self._one(
            "SELECT * FROM links WHERE id = ?", (link_id,), f"no link with id {link_id}"
        )
        return link_from_row(row)

    def decided_pairs(self) -> set[tuple[int, int]]:
        """Pairs a person accepted or rejected: the matcher leaves them alone."""
        rows = self.db.execute("SELECT a_id, b_id FROM links WHERE confirmed IS NOT NULL")
        return {(int(a), int(b)) for a, b in rows.fetchall()}

    def decide_link(self, link_id: int, confirmed: bool | None, *, by: str = "") -> Link:
        """Accept (True), reject (False) or reopen (None) a link, with history."""
        with self.write():
            link = self.get_link(link_id)
            if link.confirmed != confirmed:
                value = None if confirmed is None else int(confirmed)
                self.db.execute("UPDATE links SET confirmed = ? WHERE id = ?", (value, link_id))
                self.record(
                    "link",
                    link_id,
                    "update",
                    field="confirmed",
                    old=_decision(link.confirmed),
                    new=_decision(confirmed),
                    by=by,
                )
        return self.get_link(link_id)


def _decision(value: bool | None) -> str:
    return {None: "open", True: "accepted", False: "rejected"}[value]

"""Links between claims: proposals from the matcher, decisions from people."""

from __future__ import annotations

import json
from collections.abc import Collection, Sequence

from workbench.core.clock import now_iso
from workbench.core.domain import Link, LinkDraft, Relation
from workbench.core.store.base import StoreBase
from workbench.core.store.rows import link_from_row


class LinkQueries(StoreBase):
    def save_links(
        self,
        drafts: Sequence[LinkDraft],
        *,
        by: str = "matcher",
        matched: Collection[int] | None = (),
    ) -> int:
        """Store proposals; a pair a person decided on is never overwritten.

        ``matched`` says what the drafts are the whole answer for: the claims
        matched (``None``: every claim of the case). An undecided proposal
        among them that the matcher no longer makes (a claim edited, an
        article redated, a better model) is withdrawn, so the review queue
        holds only what the matcher stands by; decided links always stay.
        Returns how many links were added, changed or withdrawn.
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
                    (a_id, b_id, *_draft_values(draft), now),
                )
                changed += cursor.rowcount
            if changed:
                self.record("case", 0, "match", new=f"{changed} links", by=by)
            withdrawn = self._withdraw_stale(drafts, matched)
            if withdrawn:
                self.record("case", 0, "match", new=f"{withdrawn} links withdrawn", by=by)
        return changed + withdrawn

    def _withdraw_stale(self, drafts: Sequence[LinkDraft], matched: Collection[int] | None) -> int:
        """Delete the undecided links of ``matched`` claims (all, if None) not among ``drafts``."""
        if matched is not None and not matched:
            return 0
        kept = {(min(d.a_id, d.b_id), max(d.a_id, d.b_id)) for d in drafts}
        among = None if matched is None else set(matched)
        stale = [
            (int(row[0]),)
            for row in self.db.execute(
                "SELECT id, a_id, b_id FROM links WHERE confirmed IS NULL"
            ).fetchall()
            if (row[1], row[2]) not in kept
            and (among is None or row[1] in among or row[2] in among)
        ]
        self.db.conn.executemany("DELETE FROM links WHERE id = ?", stale)
        return len(stale)

    def restore_link(self, link: Link, a_id: int, b_id: int) -> int:
        """Store a link read from an export, decision included (merging keeps ours)."""
        a_id, b_id = sorted((a_id, b_id))
        with self.write():
            cursor = self.db.execute(
                """INSERT INTO links (a_id, b_id, relation, score, reasons, independent,
                       confirmed, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                   ON CONFLICT(a_id, b_id) DO NOTHING""",
                (
                    a_id,
                    b_id,
                    *link_values(link.relation, float(link.score), link.reasons, link.independent),
                    decision_value(link.confirmed),
                    link.created_at or now_iso(),
                ),
            )
        return int(cursor.rowcount)

    def link_by_hand(self, draft: LinkDraft, *, by: str = "") -> Link:
        """A link a person made: stored as accepted, over any proposal for the pair."""
        a_id, b_id = sorted((draft.a_id, draft.b_id))
        values = _draft_values(draft)
        with self.write():
            before = self.link_between(a_id, b_id)
            if before is None:
                cursor = self.db.execute(
                    """INSERT INTO links (a_id, b_id, relation, score, reasons, independent,
                           confirmed, created_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?)""",
                    (a_id, b_id, *values, now_iso()),
                )
                link_id = int(cursor.lastrowid or 0)
                self.record("link", link_id, "insert", new=f"{draft.relation}, by hand", by=by)
            else:
                link_id = before.id
                self._set_fields(link_id, values, confirmed=True)
                self.record(
                    "link",
                    link_id,
                    "update",
                    field="relation",
                    old=f"{before.relation}, {_decision(before.confirmed)}",
                    new=f"{draft.relation}, by hand",
                    by=by,
                )
        return self.get_link(link_id)

    def put_link(self, link: Link, *, by: str = "") -> Link:
        """Put a link back as it was before a change by hand (undo)."""
        values = link_values(link.relation, float(link.score), link.reasons, link.independent)
        with self.write():
            now = self.get_link(link.id)
            self._set_fields(link.id, values, confirmed=link.confirmed)
            self.record(
                "link",
                link.id,
                "update",
                field="relation",
                old=f"{now.relation}, {_decision(now.confirmed)}",
                new=f"{link.relation}, {_decision(link.confirmed)}",
                by=by,
            )
        return self.get_link(link.id)

    def delete_link(self, link_id: int, *, by: str = "") -> None:
        """Remove a link (undo of one made by hand); the matcher may propose it again."""
        with self.write():
            link = self.get_link(link_id)
            self.db.execute("DELETE FROM links WHERE id = ?", (link_id,))
            self.record("link", link_id, "delete", old=f"{link.relation}", by=by)

    def _set_fields(self, link_id: int, values: LinkValues, *, confirmed: bool | None) -> None:
        """Overwrite a link's relation, score, reasons, independence and decision."""
        self.db.execute(
            """UPDATE links SET relation = ?, score = ?, reasons = ?, independent = ?,
                   confirmed = ? WHERE id = ?""",
            (*values, decision_value(confirmed), link_id),
        )

    def link_between(self, a_id: int, b_id: int) -> Link | None:
        """The stored link of a pair of claims, in either order, if there is one."""
        low, high = sorted((a_id, b_id))
        rows = list(self.db.query("SELECT * FROM links WHERE a_id = ? AND b_id = ?", (low, high)))
        return link_from_row(rows[0]) if rows else None

    def links(
        self,
        *,
        relation: Relation | str | None = None,
        claim_id: int | None = None,
        decision: str | None = None,
    ) -> list[Link]:
        """Links, best score first; ``decision`` is open, accepted or rejected."""
        clauses: list[str] = []
        params: list[object] = []
        if decision is not None:
            clauses.append(DECISION_SQL[decision])
        if relation:
            clauses.append("relation = ?")
            params.append(str(relation))
        if claim_id is not None:
            clauses.append("(a_id = ? OR b_id = ?)")
            params.extend([claim_id, claim_id])
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        sql = f"SELECT * FROM links {where} ORDER BY score DESC, id"
        return [link_from_row(r) for r in self.db.query(sql, params)]

    def conflicted_claim_ids(self) -> set[int]:
        """Claims in a conflict nobody rejected: the reader marks them (ids only, no links read)."""
        rows = self.db.execute(
            "SELECT a_id, b_id FROM links WHERE relation = ? AND confirmed IS NOT 0",
            (str(Relation.CONFLICTS),),
        ).fetchall()
        return {int(i) for pair in rows for i in pair}

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


LinkValues = tuple[str, float, str, int]


def link_values(
    relation: Relation, score: float, reasons: Sequence[str], independent: bool
) -> LinkValues:
    """A link's relation, score, reasons and independence as the links table stores them."""
    return str(relation), score, json.dumps(list(reasons), ensure_ascii=False), int(independent)


def _draft_values(draft: LinkDraft) -> LinkValues:
    """A proposed link's values, its score rounded as links are stored."""
    return link_values(draft.relation, round(float(draft.score), 1), draft.reasons,
                       draft.independent)  # fmt: skip


def decision_value(confirmed: bool | None) -> int | None:
    """A person's decision on a link as the links table stores it (NULL while open)."""
    return None if confirmed is None else int(confirmed)


DECISION_SQL = {
    "open": "confirmed IS NULL",
    "accepted": "confirmed = 1",
    "rejected": "confirmed = 0",
}
"""Which links each decision selects; the names are the contract's (``links --decision``)."""


def _decision(value: bool | None) -> str:
    return {None: "open", True: "accepted", False: "rejected"}[value]

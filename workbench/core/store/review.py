"""Review state around claims: the status vocabulary, evidence and history."""

from __future__ import annotations

from collections import defaultdict

from workbench.core.checks import check_web_address
from workbench.core.clock import now_iso
from workbench.core.domain import Evidence, HistoryEntry, Status
from workbench.core.errors import NotFoundError
from workbench.core.store.base import StoreBase
from workbench.core.store.rows import evidence_from_row, history_from_row, status_from_row


class ReviewQueries(StoreBase):
    def statuses(self) -> list[Status]:
        rows = self.db.query("SELECT * FROM statuses ORDER BY position, name")
        return [status_from_row(r) for r in rows]

    def ensure_status(self, status: Status) -> None:
        """Add a status to the vocabulary unless one of that name exists."""
        with self.write():
            self.db.execute(
                "INSERT INTO statuses (name, label, color, final, rating, value, position)"
                " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(name) DO NOTHING",
                (
                    status.name,
                    status.label,
                    status.color,
                    int(status.final),
                    status.rating,
                    status.value,
                    status.position,
                ),
            )

    def add_evidence(self, claim_id: int, url: str, comment: str = "", *, by: str = "") -> Evidence:
        url = check_web_address(url, "evidence URL")
        with self.write():
            self._one(
                "SELECT id FROM claims WHERE id = ?", (claim_id,), f"no claim with id {claim_id}"
            )
            cursor = self.db.execute(
                "INSERT INTO evidence (claim_id, url, comment, created_at) VALUES (?, ?, ?, ?)",
                (claim_id, url, comment, now_iso()),
            )
            evidence_id = int(cursor.lastrowid or 0)
            self.record("claim", claim_id, "add", field="evidence", new=url, by=by)
        return self.get_evidence(evidence_id)

    def get_evidence(self, evidence_id: int) -> Evidence:
        row = self._one(
            "SELECT * FROM evidence WHERE id = ?",
            (evidence_id,),
            f"no evidence with id {evidence_id}",
        )
        return evidence_from_row(row)

    def remove_evidence(self, evidence_id: int, *, by: str = "") -> Evidence:
        with self.write():
            evidence = self.get_evidence(evidence_id)
            self.db.execute("DELETE FROM evidence WHERE id = ?", (evidence_id,))
            self.record(
                "claim", evidence.claim_id, "remove", field="evidence", old=evidence.url, by=by
            )
        return evidence

    def evidence_counts(self) -> dict[int, int]:
        """How many evidence links each claim that has any cites."""
        rows = self.db.execute("SELECT claim_id, count(*) FROM evidence GROUP BY claim_id")
        return {int(claim_id): int(count) for claim_id, count in rows.fetchall()}

    def evidence_for(self, claim_id: int) -> list[Evidence]:
        rows = self.db.query("SELECT * FROM evidence WHERE claim_id = ? ORDER BY id", (claim_id,))
        return [evidence_from_row(r) for r in rows]

    def all_evidence(self) -> dict[int, tuple[Evidence, ...]]:
        grouped: dict[int, list[Evidence]] = defaultdict(list)
        for row in self.db.query("SELECT * FROM evidence ORDER BY claim_id, id"):
            grouped[row["claim_id"]].append(evidence_from_row(row))
        return {k: tuple(v) for k, v in grouped.items()}

    def history(
        self, entity: str | None = None, entity_id: int | None = None
    ) -> list[HistoryEntry]:
        """History rows, oldest first; both filters optional."""
        clauses: list[str] = []
        params: list[object] = []
        if entity is not None:
            clauses.append("entity = ?")
            params.append(entity)
        if entity_id is not None:
            clauses.append("entity_id = ?")
            params.append(entity_id)
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        rows = self.db.query(f"SELECT * FROM history {where} ORDER BY id", params)
        return [history_from_row(r) for r in rows]

    def claim_history(self, claim_id: int) -> list[HistoryEntry]:
        """A claim's own rows and the decisions on its links, oldest first."""
        sql = """SELECT * FROM history WHERE (entity = 'claim' AND entity_id = ?)
                 OR (entity = 'link' AND entity_id IN
                     (SELECT id FROM links WHERE a_id = ? OR b_id = ?))
                 ORDER BY id"""
        return [history_from_row(r) for r in self.db.query(sql, (claim_id, claim_id, claim_id))]

    def require_status(self, name: str) -> Status:
        for status in self.statuses():
            if status.name == name:
                return status
        raise NotFoundError(f"unknown status {name!r}")

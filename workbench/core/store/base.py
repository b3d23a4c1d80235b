"""What every part of the store shares: the connection, transactions, history."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

import sqlite_utils

from workbench.core.clock import now_iso
from workbench.core.errors import (
    CaseBusyError,
    CaseStorageError,
    NotFoundError,
    WorkbenchError,
)


class StoreBase:
    """The connection and the write discipline the query mixins rely on."""

    def __init__(self, db: sqlite_utils.Database, path: Path, backup: Path | None = None):
        self.db = db
        self.path = path
        self.backup = backup

    @contextmanager
    def write(self) -> Iterator[sqlite_utils.Database]:
        """A write transaction; nested calls become savepoints of the outer one."""
        conn = self.db.conn
        if conn.in_transaction:
            with self.db.atomic():
                yield self.db
            return
        try:
            conn.execute("BEGIN IMMEDIATE")
            yield self.db
            conn.execute("COMMIT")
        except BaseException as exc:
            if conn.in_transaction:
                with suppress(sqlite3.Error):  # a failed disk may refuse the rollback too
                    conn.execute("ROLLBACK")
            if (refused := self._refusal(exc)) is not None:
                raise refused from exc
            raise

    def _refusal(self, exc: BaseException) -> WorkbenchError | None:
        """What to tell a person when SQLite refused the file or the disk, not our SQL.

        Locks, I/O errors, a full disk, a read-only or damaged file: the
        transaction was rolled back, so nothing of the change is stored.
        """
        if not isinstance(exc, sqlite3.DatabaseError) or isinstance(
            exc, sqlite3.IntegrityError | sqlite3.ProgrammingError
        ):
            return None
        if "locked" in str(exc) or "busy" in str(exc):
            return CaseBusyError(
                f"{self.path}: another program kept the case busy for too long; "
                "nothing was changed, try again"
            )
        return CaseStorageError(
            f"{self.path}: the case file could not be written ({exc}); "
            "nothing of this change was saved"
        )

    def data_version(self) -> int:
        """Changes when another connection commits; the GUI polls it to refresh."""
        return int(self.db.execute("PRAGMA data_version").fetchone()[0])

    def claims_stamp(self) -> tuple[int, int, int]:
        """Differs after any change to what claims say, whichever connection made it.

        Every import, new claim, deletion and correction writes a history row
        in its own transaction, so the last such row's id (with the claim
        count and last claim id, for files written by hand) tells whether
        indexes built over the claims are stale. Reviews (status, note,
        evidence, links) leave it alone. Unlike ``data_version`` it can be
        compared across connections.
        """
        row = self.db.execute(
            "SELECT (SELECT coalesce(max(id), 0) FROM history"
            "        WHERE entity IN ('article', 'claim')"
            "        AND field NOT IN ('status', 'note', 'evidence')),"
            " (SELECT count(*) FROM claims), (SELECT coalesce(max(id), 0) FROM claims)"
        ).fetchone()
        return int(row[0]), int(row[1]), int(row[2])

    def integrity_ok(self) -> bool:
        return bool(self.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok")

    def record(
        self,
        entity: str,
        entity_id: int,
        action: str,
        *,
        field: str = "",
        old: Any = None,
        new: Any = None,
        by: str = "",
    ) -> None:
        """Append one history row; call inside the transaction of the change."""
        self.db.execute(
            "INSERT INTO history (entity, entity_id, action, field, old, new, by, at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                entity,
                entity_id,
                action,
                field,
                None if old is None else str(old),
                None if new is None else str(new),
                by,
                now_iso(),
            ),
        )

    def meta(self, key: str, default: str = "") -> str:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return str(row[0]) if row else default

    def set_meta(self, key: str, value: str) -> None:
        with self.write():
            self.db.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    def _one(self, sql: str, params: tuple[Any, ...], what: str) -> dict[str, Any]:
        rows = list(self.db.query(sql, params))
        if not rows:
            raise NotFoundError(what)
        return rows[0]

"""The case store: one SQLite file, one object, every query of the workbench.

Every write goes through :meth:`CaseStore.write`, a ``BEGIN IMMEDIATE``
transaction (a savepoint when nested), and every change a person or the
pipeline makes is written to the history in the same transaction.
"""

from __future__ import annotations

from pathlib import Path

from workbench.core.store import snapshots
from workbench.core.store.articles import ArticleQueries
from workbench.core.store.connection import open_case_file
from workbench.core.store.links import LinkQueries
from workbench.core.store.readings import ReadingQueries
from workbench.core.store.review import ReviewQueries
from workbench.core.store.snapshots import Snapshot
from workbench.core.store.vectors import VectorQueries


class CaseStore(ArticleQueries, LinkQueries, ReviewQueries, VectorQueries, ReadingQueries):
    """A case file opened for reading and writing.

    One instance per thread: SQLite connections are not shared. Open a second
    store on the same path for a worker thread.
    """

    @classmethod
    def open(cls, path: str | Path, *, check: bool = True) -> CaseStore:
        """Open or create the case at ``path``; see :mod:`store.connection`.

        ``check`` runs SQLite's quick check first; a worker thread of a
        process that already checked the case passes False.
        """
        path = Path(path)
        opened = open_case_file(path, check=check)
        store = cls(opened.db, path, opened.backup)
        if store.db.execute("SELECT 1 FROM claims WHERE source_id IS NULL LIMIT 1").fetchone():
            store.link_unlinked()  # claims stored before sources existed, or written by hand
        return store

    def take_snapshot(self, reason: str) -> Snapshot | None:
        """A snapshot before a bulk change; none for a case with nothing in it yet."""
        if self.db.execute("SELECT count(*) FROM articles").fetchone()[0] == 0:
            return None
        return snapshots.take(self.db.conn, self.path, reason)

    def save_copy(self, target: Path) -> None:
        snapshots.save_copy(self.db.conn, target)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> CaseStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

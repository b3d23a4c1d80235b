"""The one door to a case file: every SQLite connection to it is made here.

Why nothing else may touch the file
-----------------------------------
SQLite coordinates processes with POSIX advisory locks, and POSIX drops
*every* lock a process holds on a file as soon as *any* descriptor of that
file is closed in the process. SQLite knows this and keeps one set of
descriptors per file for all of its own connections, deferring their close
while a lock is held; a Python ``open()``/``close()`` of the case, or a
connection with ``immutable=1`` (which skips that bookkeeping and closes its
descriptor directly), silently unlocks every connection the process holds.
The next process that closes the case then believes it is the last one,
checkpoints and deletes the -wal and -shm files this process is still writing
to: its writes vanish and the file can be corrupted ("How To Corrupt An SQLite
Database File", section 2.2). So the case file is only ever read through an
ordinary SQLite connection, and every connection gets its pragmas from
:func:`connect`.

A file is checked before anything is written to it, so another program's
database, a corrupt file or a case from a newer version is left as it was.
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from workbench.core.errors import CaseDamagedError, CaseFileError
from workbench.core.store import migrations
from workbench.core.store.migrations import APPLICATION_ID, migrate

BUSY_TIMEOUT_MS = 15_000


@dataclass(frozen=True, slots=True)
class OpenedCase:
    """A connection ready for use, and what opening it did."""

    db: sqlite_utils.Database
    created: bool
    backup: Path | None


def connect(path: Path, *, inspect_only: bool = False) -> sqlite3.Connection:
    """A connection to the case at ``path`` with the case's pragmas, in autocommit mode.

    Autocommit lets :meth:`CaseStore.write` open ``BEGIN IMMEDIATE`` itself,
    so a second writer waits on the busy timeout instead of failing late.
    WAL lets readers and one writer work at once; ``synchronous = FULL``
    makes every commit durable; foreign keys hold the claims to their
    articles.

    With ``inspect_only`` the file must exist and the connection cannot write
    (``query_only``); it does not switch the journal mode, which would be a
    write to a file that may not be ours. It is still an ordinary read-write
    connection, not ``mode=ro``: a read-only connection to a WAL file cannot
    remove the -wal and -shm files it creates, and would leave them beside
    another program's database.
    """
    mode = "rw" if inspect_only else "rwc"
    conn = sqlite3.connect(
        f"{path.resolve().as_uri()}?mode={mode}",
        uri=True,
        timeout=BUSY_TIMEOUT_MS / 1000,
        isolation_level=None,
        check_same_thread=False,
    )
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if inspect_only:
            conn.execute("PRAGMA query_only = ON")
            return conn
        _use_wal(conn)
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
    except BaseException:
        conn.close()
        raise
    return conn


def _use_wal(conn: sqlite3.Connection) -> None:
    """Switch the file to WAL, waiting for another process that is creating it too.

    Changing the journal mode needs the file to itself and SQLite answers
    "database is locked" at once rather than through the busy timeout, so two
    imports starting on a new case would fail; the switch is retried instead.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def inspect_case_file(path: Path) -> int:
    """The schema version of an existing case file, read without writing to it.

    Raises:
        CaseFileError: the file is not a case this version can open.
    """
    try:
        conn = connect(path, inspect_only=True)
    except sqlite3.Error as exc:
        raise CaseFileError(f"{path}: cannot read the case file ({exc})") from exc
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise unreadable(path, exc) from exc
    finally:
        conn.close()
    if app_id != APPLICATION_ID:
        if tables == 0 and version == 0:
            return 0
        raise CaseFileError(
            f"{path}: this SQLite database belongs to another application, not a workbench case"
        )
    # Read through the module, not a copied name, so there is one schema version.
    if version > migrations.SCHEMA_VERSION:
        raise CaseFileError(
            f"{path}: this case was written by a newer version of the workbench "
            f"(schema {version}, this version reads up to {migrations.SCHEMA_VERSION});"
            " please upgrade"
        )
    return int(version)


def unreadable(path: Path, exc: sqlite3.DatabaseError) -> CaseFileError:
    """The error for a file SQLite cannot read: damaged if it has snapshots, else not a case."""
    from workbench.core.store.snapshots import damaged_error

    if getattr(exc, "sqlite_errorname", "") == "SQLITE_NOTADB":
        reason, what = "it is not an SQLite database, or its first page is damaged", "a"
    else:
        reason, what = str(exc), "a readable"
    return damaged_error(path, reason) or CaseFileError(f"{path}: not {what} case file ({reason})")


def check_sound(db: sqlite_utils.Database, path: Path) -> None:
    """Raise :class:`CaseDamagedError` unless SQLite's quick check passes.

    A page overwritten in the middle of the file passes every check made on
    opening and shows only when a query reaches it, perhaps halfway through
    an import; the quick check reads every page (0.1 s for 100,000 claims).
    """
    try:
        rows = [r[0] for r in db.execute("PRAGMA quick_check(5)").fetchall()]
    except sqlite3.DatabaseError as exc:
        rows = [str(exc)]
    if rows != ["ok"]:
        from workbench.core.store.snapshots import damaged_error

        # one line: a row of quick_check may itself hold several lines
        reason = "; ".join(" ".join(str(row).split()) for row in rows[:2])
        raise damaged_error(path, reason) or CaseDamagedError(
            f"{path}: the case file is damaged ({reason})"
        )


def open_case_file(path: Path, *, check: bool = True) -> OpenedCase:
    """Open (creating when absent), check and migrate the case at ``path``.

    A case about to be migrated is snapshotted first; so is one whose last
    snapshot is more than a day old (see :mod:`store.snapshots`).
    """
    from workbench.core.store import snapshots

    if path.is_dir():
        raise CaseFileError(f"{path}: is a folder, not a case file")
    created = not path.exists() or path.stat().st_size == 0
    version = 0 if created else inspect_case_file(path)
    if created and not path.parent.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        db = sqlite_utils.Database(connect(path))
    except sqlite3.DatabaseError as exc:
        raise CaseFileError(f"{path}: cannot open the case ({exc})") from exc
    try:
        if check and not created:
            check_sound(db, path)
        backup = None
        if 0 < version < migrations.SCHEMA_VERSION:
            backup = snapshots.take(db.conn, path, f"before-upgrade-from-v{version}").path
        elif not created:
            snapshots.take_daily(db.conn, path)
        migrate(db)
    except sqlite3.DatabaseError as exc:
        db.close()
        raise CaseFileError(f"{path}: cannot open the case ({exc})") from exc
    except BaseException:
        db.close()
        raise
    return OpenedCase(db=db, created=created, backup=backup)

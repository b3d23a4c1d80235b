"""Opening a case file safely: refuse what is not a case, migrate what is old.

A file is checked read-only before anything is written to it, so a corrupt
file, another program's database or a case from a newer version is left
byte for byte as it was. An older case is copied with SQLite's backup API
before it is migrated.
"""

from __future__ import annotations

import sqlite3
import time
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from workbench.core.clock import now_iso
from workbench.core.errors import CaseFileError
from workbench.core.store import migrations
from workbench.core.store.migrations import APPLICATION_ID, migrate

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 15_000


@dataclass(frozen=True, slots=True)
class OpenedCase:
    """A connection ready for use, and what opening it did."""

    db: sqlite_utils.Database
    created: bool
    backup: Path | None


def inspect_case_file(path: Path) -> int:
    """The schema version of an existing case file, read without writing to it.

    Raises:
        CaseFileError: the file is not a case this version can open.
    """
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise CaseFileError(f"{path}: cannot read the case file ({exc.strerror})") from exc
    if header != SQLITE_MAGIC:
        raise CaseFileError(f"{path}: not a case file (it is not an SQLite database)")
    # Without a -wal file no connection is open in WAL mode, so the main file
    # is the whole truth: read it as immutable, which creates no -wal/-shm
    # beside a file that may belong to another program.
    flags = "mode=ro" if Path(f"{path}-wal").exists() else "mode=ro&immutable=1"
    try:
        uri = f"{path.resolve().as_uri()}?{flags}"
        with closing(sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)) as conn:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise CaseFileError(f"{path}: not a readable case file ({exc})") from exc
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


def connect(path: Path) -> sqlite_utils.Database:
    """A connection with the case's pragmas, in autocommit mode.

    Autocommit lets :meth:`CaseStore.write` open ``BEGIN IMMEDIATE`` itself,
    so a second writer waits on the busy timeout instead of failing late.
    """
    conn = sqlite3.connect(
        str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
    )
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    _use_wal(conn)
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    return sqlite_utils.Database(conn)


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


def open_case_file(path: Path) -> OpenedCase:
    """Open (creating when absent) and migrate the case at ``path``."""
    created = not path.exists() or path.stat().st_size == 0
    if path.is_dir():
        raise CaseFileError(f"{path}: is a folder, not a case file")
    version = 0 if created else inspect_case_file(path)
    if created and not path.parent.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
    backup = None
    if 0 < version < migrations.SCHEMA_VERSION:
        backup = _backup(path, version)
    try:
        db = connect(path)
        migrate(db)
    except sqlite3.DatabaseError as exc:
        raise CaseFileError(f"{path}: cannot open the case ({exc})") from exc
    return OpenedCase(db=db, created=created, backup=backup)


def _backup(path: Path, version: int) -> Path:
    stamp = now_iso().replace(":", "").replace("+0000", "Z")
    target = path.with_name(f"{path.name}.schema{version}-{stamp}.bak")
    with closing(sqlite3.connect(str(path))) as source, closing(sqlite3.connect(target)) as dest:
        source.backup(dest)
    return target

"""Rolling snapshots of a case, and restoring one.

A snapshot is a whole copy of the case made with SQLite's backup API (so it
is consistent even while other processes write), kept in the folder
``CASE.snapshots`` beside the case. One is taken on opening when the last is
more than a day old, before every migration and before every bulk operation
(import, match, import-claims); the last :data:`KEEP` automatic ones are
kept, and those a person asked for (``workbench backup``) are never pruned.

Every snapshot is checked (``quick_check``) before it takes its place, so a
damaged case never pushes the good copies out. Restoring never writes over
a file: a sound case is first copied beside itself, a damaged one is moved
aside by rename (which, unlike opening and closing it, cannot disturb the
locks of a process that still has it open).
"""

from __future__ import annotations

import os
import re
import sqlite3
from contextlib import closing, suppress
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlite_utils

from workbench.core.errors import CaseDamagedError, CaseFileError, InvalidInputError
from workbench.core.store.connection import check_sound, connect, inspect_case_file
from workbench.core.store.migrations import APPLICATION_ID, migrate

KEEP = 10
DAILY = timedelta(days=1)
MANUAL = "manual"
STAMP = "%Y%m%dT%H%M%S.%fZ"
_NAME = re.compile(r"^(\d{8}T\d{6}\.\d{6}Z)-([a-z0-9-]+)\.db$")


@dataclass(frozen=True, slots=True)
class Snapshot:
    path: Path
    taken_at: datetime
    reason: str

    @property
    def when(self) -> str:
        return self.taken_at.strftime("%Y-%m-%d %H:%M:%S UTC")

    def describe(self) -> str:
        return f"{self.when} ({self.reason.replace('-', ' ')})"


@dataclass(frozen=True, slots=True)
class SnapshotSummary:
    """What a snapshot holds, for a person choosing one."""

    snapshot: Snapshot
    articles: int
    claims: int
    size: int
    sound: bool


@dataclass(frozen=True, slots=True)
class Restored:
    snapshot: Snapshot
    kept: Path | None  # where the replaced file now is (None when there was none)
    was_damaged: bool


def folder(case_path: Path) -> Path:
    return case_path.with_name(f"{case_path.name}.snapshots")


def list_snapshots(case_path: Path) -> list[Snapshot]:
    """The case's snapshots, newest first."""
    found = []
    with suppress(FileNotFoundError, NotADirectoryError):
        for entry in folder(case_path).iterdir():
            if match := _NAME.match(entry.name):
                taken = datetime.strptime(match[1], STAMP).replace(tzinfo=UTC)
                found.append(Snapshot(entry, taken, match[2]))
    return sorted(found, key=lambda s: s.taken_at, reverse=True)


def take(conn: sqlite3.Connection, case_path: Path, reason: str) -> Snapshot:
    """Snapshot the case that ``conn`` is open on, then prune the old ones.

    Raises:
        CaseDamagedError: the copy fails SQLite's quick check; it is discarded.
    """
    taken = datetime.now(UTC)
    target = folder(case_path) / f"{taken.strftime(STAMP)}-{_slug(reason)}.db"
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.partial")
    problem = _copy(conn, partial)
    if problem is not None:
        partial.unlink(missing_ok=True)
        raise damaged_error(case_path, problem) or CaseDamagedError(
            f"{case_path}: the case file is damaged ({problem})"
        )
    os.replace(partial, target)
    snapshot = Snapshot(target, taken, _slug(reason))
    _prune(case_path)
    return snapshot


def take_daily(conn: sqlite3.Connection, case_path: Path) -> Snapshot | None:
    """A snapshot when the case has none from the last day."""
    latest = list_snapshots(case_path)[:1]
    if latest and datetime.now(UTC) - latest[0].taken_at < DAILY:
        return None
    return take(conn, case_path, "daily")


def save_copy(conn: sqlite3.Connection, target: Path) -> None:
    """A checked copy of the case at ``target`` (``workbench backup -o``); never overwrites."""
    if target.exists():
        raise InvalidInputError(f"{target}: already exists; choose another file for the backup")
    partial = target.with_name(f".{target.name}.partial")
    try:
        problem = _copy(conn, partial)
    except (OSError, sqlite3.OperationalError) as exc:
        partial.unlink(missing_ok=True)
        raise InvalidInputError(f"{target}: cannot write the backup ({exc})") from exc
    if problem is not None:
        partial.unlink(missing_ok=True)
        raise CaseDamagedError(f"the case file is damaged ({problem}); no backup was written")
    os.replace(partial, target)


def _copy(conn: sqlite3.Connection, target: Path) -> str | None:
    """Copy the case into the new file ``target``; the quick check's complaint, if any.

    The copy is a private new file, so the plain connection made here is safe.
    It is left in rollback-journal mode: reading it later creates no -wal
    or -shm files beside it.
    """
    target.unlink(missing_ok=True)
    with closing(sqlite3.connect(target, isolation_level=None)) as dest:
        try:
            conn.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
            rows = [r[0] for r in dest.execute("PRAGMA quick_check(5)").fetchall()]
        except sqlite3.DatabaseError as exc:
            return str(exc)
    return None if rows == ["ok"] else "; ".join(rows[:2])


def _prune(case_path: Path) -> None:
    automatic = [s for s in list_snapshots(case_path) if s.reason != MANUAL]
    for old in automatic[KEEP:]:
        old.path.unlink(missing_ok=True)


def _slug(reason: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", reason.lower()).strip("-") or "snapshot"


def summarise(snapshot: Snapshot) -> SnapshotSummary:
    """Count what a snapshot holds and check it, reading it through SQLite only."""
    size = snapshot.path.stat().st_size
    try:
        with closing(_open_snapshot(snapshot.path)) as conn:
            articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
            claims = conn.execute("SELECT count(*) FROM claims").fetchone()[0]
            sound = conn.execute("PRAGMA quick_check(1)").fetchone()[0] == "ok"
    except sqlite3.DatabaseError:
        return SnapshotSummary(snapshot, 0, 0, size, False)
    return SnapshotSummary(snapshot, int(articles), int(claims), size, bool(sound))


def _open_snapshot(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
        conn.close()
        raise sqlite3.DatabaseError("not a workbench case")
    return conn


def damaged_error(case_path: Path, reason: str) -> CaseDamagedError | None:
    """The message for a damaged case with snapshots to restore; None when it has none."""
    latest = list_snapshots(case_path)[:1]
    if not latest:
        return None
    return CaseDamagedError(
        f"{case_path}: the case file is damaged ({reason}); its latest snapshot is from "
        f"{latest[0].describe()}: 'workbench --db {case_path} restore latest' restores it, "
        "keeping the damaged file beside it"
    )


def resolve(case_path: Path, choice: str) -> Snapshot:
    """A snapshot named by a person: 'latest', its number in the list (1 = newest) or its path."""
    snapshots = list_snapshots(case_path)
    if choice == "latest" or choice.isdigit():
        index = 0 if choice == "latest" else int(choice) - 1
        if not 0 <= index < len(snapshots):
            raise InvalidInputError(
                f"no snapshot {choice!r}: {case_path} has {len(snapshots)} "
                "('workbench restore' lists them)"
            )
        return snapshots[index]
    path = Path(choice)
    if not path.is_file():
        raise InvalidInputError(f"{choice}: no such snapshot file")
    taken = datetime.fromtimestamp(path.stat().st_mtime, UTC)
    return Snapshot(path, taken, "file")


def restore(case_path: Path, snapshot: Snapshot) -> Restored:
    """Put ``snapshot`` in the case's place, keeping the current file beside it.

    A sound case (perhaps open in the app or another command) is copied
    aside and then overwritten page by page through SQLite's backup API, so
    every open connection sees the restored case. A damaged or unreadable
    case is renamed aside, with its -wal and -shm files, and the snapshot is
    copied into a new file in its place.
    """
    if not summarise(snapshot).sound:
        raise InvalidInputError(f"{snapshot.path}: this snapshot is damaged or not a case")
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    with closing(_open_snapshot(snapshot.path)) as source:
        live = _open_sound(case_path)
        if live is not None:
            kept = case_path.with_name(f"{case_path.name}.before-restore-{stamp}.db")
            with closing(live):
                save_copy(live.conn, kept)
                source.backup(live.conn)
                migrate(live)
            return Restored(snapshot, kept, was_damaged=False)
        kept_damaged = _move_aside(case_path, stamp)
        with closing(sqlite_utils.Database(connect(case_path))) as fresh:
            source.backup(fresh.conn)
            migrate(fresh)
        return Restored(snapshot, kept_damaged, was_damaged=kept_damaged is not None)


def _open_sound(case_path: Path) -> sqlite_utils.Database | None:
    """The case opened for writing when it exists and passes the checks, else None."""
    if not case_path.is_file():
        return None
    try:
        inspect_case_file(case_path)
        db = sqlite_utils.Database(connect(case_path))
    except (CaseFileError, sqlite3.DatabaseError):
        return None
    try:
        check_sound(db, case_path)
    except CaseFileError:
        db.close()
        return None
    return db


def _move_aside(case_path: Path, stamp: str) -> Path | None:
    if not case_path.exists():
        return None
    kept = case_path.with_name(f"{case_path.name}.damaged-{stamp}")
    os.replace(case_path, kept)
    for suffix in ("-wal", "-shm"):
        with suppress(FileNotFoundError):
            os.replace(f"{case_path}{suffix}", f"{kept}{suffix}")
    return kept

"""Running the real ``workbench`` command in subprocesses, and checking a case is sound."""

from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
from contextlib import closing, suppress
from pathlib import Path

WORKBENCH = str(Path(sys.executable).with_name("workbench"))
# A bound on every subprocess: a hang fails the test instead of stalling CI.
TIMEOUT = 120


def start(*args: str) -> subprocess.Popen[str]:
    """``workbench ARGS`` in its own process group, so a kill reaches its workers too."""
    env = {**os.environ, "WORKBENCH_DEBUG": ""}
    return subprocess.Popen(
        [WORKBENCH, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        start_new_session=True,
    )


def finish(proc: subprocess.Popen[str]) -> tuple[int, str, str]:
    try:
        out, err = proc.communicate(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        kill(proc)
        raise
    return proc.returncode, out, err


def kill(proc: subprocess.Popen[str]) -> None:
    """kill -9 the command and any worker processes it started."""
    with suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=TIMEOUT)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def query(db: Path, sql: str) -> list[tuple[object, ...]]:
    """Read with plain sqlite3, as an outside tool would (read-only)."""
    with closing(sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)) as conn:
        return conn.execute(sql).fetchall()


def claims_per_text(db: Path) -> dict[str, int]:
    rows = query(
        db,
        "SELECT a.content_hash, count(c.id) FROM articles a"
        " LEFT JOIN claims c ON c.article_id = a.id GROUP BY a.id",
    )
    return {str(h): int(str(n)) for h, n in rows}


def assert_sound(db: Path, reference: dict[str, int]) -> None:
    """The case is whole: nothing half-written, nothing pointing nowhere.

    ``reference`` maps each article text's hash to the number of claims an
    uninterrupted import stored for it.
    """
    assert query(db, "PRAGMA integrity_check") == [("ok",)]
    assert query(db, "PRAGMA foreign_key_check") == []
    if query(db, "SELECT count(*) FROM sqlite_master") == [(0,)]:
        return  # killed while the new case was being made, in one transaction: an empty file
    assert (
        query(db, "SELECT id FROM claims WHERE article_id NOT IN (SELECT id FROM articles)") == []
    )
    assert (
        query(
            db,
            "SELECT id FROM links WHERE a_id NOT IN (SELECT id FROM claims)"
            " OR b_id NOT IN (SELECT id FROM claims)",
        )
        == []
    )
    assert query(db, "SELECT content_hash FROM articles GROUP BY 1 HAVING count(*) > 1") == []
    stored = claims_per_text(db)
    # No half article: each one stored has all the claims its text gives.
    assert {h: reference[h] for h in stored} == stored
    # And each article and claim has the history row written with it.
    assert query(
        db,
        "SELECT count(*) FROM articles WHERE id NOT IN"
        " (SELECT entity_id FROM history WHERE entity = 'article' AND action = 'import')",
    ) == [(0,)]
    assert query(
        db,
        "SELECT count(*) FROM claims WHERE id NOT IN"
        " (SELECT entity_id FROM history WHERE entity = 'claim' AND action = 'create')",
    ) == [(0,)]

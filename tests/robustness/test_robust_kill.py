"""kill -9 at any moment leaves a sound case, and running again completes the work."""

from __future__ import annotations

import json
import random
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from robust_corpus import CORPUS_SIZE
from robust_helpers import assert_sound, finish, kill, query, start

RNG = random.Random(2026)  # fixed, so a failure can be replayed


def articles_stored(db: Path) -> int:
    try:
        return int(str(query(db, "SELECT count(*) FROM articles")[0][0]))
    except sqlite3.Error:  # not created yet, or mid-migration
        return 0


def links_stored(db: Path) -> int:
    try:
        return int(str(query(db, "SELECT count(*) FROM links")[0][0]))
    except sqlite3.Error:
        return 0


def kill_when(proc: subprocess.Popen[str], ready: Callable[[], bool]) -> None:
    """kill -9 at a random moment (up to 0.3 s) after ``ready()`` turns true."""
    deadline = time.monotonic() + 60
    while not ready() and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    time.sleep(RNG.uniform(0, 0.3))
    kill(proc)


def test_import_killed_at_random_moments(
    corpus: Path, reference: dict[str, int], tmp_path: Path
) -> None:
    db = tmp_path / "case.db"
    start_time, first_delay = 0.0, RNG.uniform(0.3, 1.5)
    moments: list[Callable[[int], bool]] = [
        # while the model loads or the first batch is parsed
        lambda before: time.monotonic() - start_time > first_delay,
        # just after this run wrote its first article
        lambda before: articles_stored(db) > before,
        # in the middle of the writing
        lambda before: articles_stored(db) > max(before, CORPUS_SIZE // 2),
        # once every article is in: matching
        lambda before: articles_stored(db) == CORPUS_SIZE,
    ]
    for ready in moments:
        before = articles_stored(db)
        start_time = time.monotonic()
        proc = start("--db", str(db), "import", str(corpus), "--format", "json")
        kill_when(proc, lambda r=ready, b=before: r(b))  # type: ignore[misc]
        if db.exists():
            assert_sound(db, reference)
        print("killed with", articles_stored(db), "articles and", links_stored(db), "links")
    code, out, err = finish(start("--db", str(db), "import", str(corpus), "--format", "json"))
    assert code == 0, err
    report = json.loads(out)
    assert len(report["imported"]) + len(report["duplicates"]) == CORPUS_SIZE
    assert report["failed"] == []
    assert_sound(db, reference)
    assert articles_stored(db) == CORPUS_SIZE
    # A further run finds everything there.
    code, out, _ = finish(start("--db", str(db), "import", str(corpus), "--format", "json"))
    assert code == 0 and len(json.loads(out)["duplicates"]) == CORPUS_SIZE


STATUS_WRITER = """
import itertools, sys
from workbench.core.store import CaseStore
store = CaseStore.open(sys.argv[1])
ids = store.claim_ids()
names = ["in_progress", "verified", "disputed", "false", "unverified"]
print("ready", flush=True)
for n in itertools.count():
    store.set_status(ids[n % len(ids)], names[n % len(names)], note=f"note {n}", by="writer")
"""


def test_status_writes_killed_midway_keep_status_and_history_together(
    corpus: Path, reference: dict[str, int], tmp_path: Path
) -> None:
    db = tmp_path / "case.db"
    code, _, err = finish(start("--db", str(db), "import", str(corpus)))
    assert code == 0, err
    for delay in (0.3, 0.7):
        proc = subprocess.Popen(
            [sys.executable, "-c", STATUS_WRITER, str(db)],
            stdout=subprocess.PIPE,
            text=True,
            start_new_session=True,
        )
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        time.sleep(delay)
        kill(proc)  # type: ignore[arg-type]
    assert_sound(db, reference)
    with sqlite3.connect(db) as conn:
        claims = conn.execute("SELECT id, status, note FROM claims").fetchall()
        changed = 0
        for claim_id, status, note in claims:
            rows = conn.execute(
                "SELECT field, new FROM history WHERE entity='claim' AND entity_id=? AND"
                " action='update' ORDER BY id",
                (claim_id,),
            ).fetchall()
            last = {field: new for field, new in rows}
            assert status == last.get("status", "unverified")
            assert note == last.get("note", "")
            changed += bool(rows)
    assert changed > 0, "the writer should have changed some statuses before the kill"

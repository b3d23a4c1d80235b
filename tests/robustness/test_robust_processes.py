"""Real processes on one case while another holds it open, as the app does: nothing lost.

The app keeps the case open for hours on several connections and opens more
for its background jobs, while command-line runs open, read, write and close
it beside it. Before the case file was touched only through SQLite, opening a
second connection in the app dropped the app's locks, the next command-line
run to close deleted the -wal the app was writing to, and writes vanished.
"""

from __future__ import annotations

import builtins
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from robust_helpers import finish, query, start

from workbench.core.domain import NewArticle
from workbench.core.services import Case
from workbench.core.store import CaseStore

ROOT = Path(__file__).resolve().parents[2]
STRESS = ROOT / "benchmarks" / "stress_processes.py"


def small_case(path: Path, articles: int = 6) -> list[int]:
    from test_robust_concurrency import own_voice

    with CaseStore.open(path) as store:
        for i in range(articles):
            text = f"Statement number {i} was made.\nMore text {i}.\n"
            store.add_article(NewArticle(text=text, path=f"own{i}.txt"), [own_voice(text)])
        return store.claim_ids()


def statuses(db: Path) -> dict[int, str]:
    rows = query(db, "SELECT id, status FROM claims WHERE status != 'unverified'")
    return {int(str(i)): str(s) for i, s in rows}


def test_the_reported_sequence_keeps_every_write(tmp_path: Path) -> None:
    # Issue 13, step by step: the app open (two connections), a command-line read
    # and a command-line write beside it, then the app writes again.
    db = tmp_path / "c.db"
    ids = small_case(db)
    app, app_job = CaseStore.open(db), CaseStore.open(db, check=False)
    app.set_status(ids[0], "in_progress", by="app")
    code, _, err = finish(start("--db", str(db), "articles"))
    assert code == 0, err
    code, _, err = finish(start("--db", str(db), "set-status", str(ids[4]), "false"))
    assert code == 0, err
    app.set_status(ids[1], "verified", by="app")
    app_job.set_status(ids[2], "disputed", by="app")
    want = {ids[0]: "in_progress", ids[1]: "verified", ids[2]: "disputed", ids[4]: "false"}
    # While the app is open, every other process sees every write...
    assert statuses(db) == want
    code, out, _ = finish(start("--db", str(db), "claims", "--format", "jsonl"))
    seen = {c["id"]: c["status"] for c in map(json.loads, out.splitlines())}
    assert {i: seen[i] for i in want} == want
    # ...and the app sees the command line's.
    assert app.get_claim(ids[4]).status == "false"
    app_job.close()
    app.close()
    assert statuses(db) == want
    assert query(db, "PRAGMA integrity_check") == [("ok",)]


def test_four_processes_at_random_lose_nothing(tmp_path: Path) -> None:
    # One holder like the app (two connections held, a job thread opening its own,
    # extra opens) and three short-lived writers opening and closing at random:
    # 4 x 120 writes and some hundreds of opens and closes interleaved.
    result = subprocess.run(
        [sys.executable, str(STRESS), "--writes", "120", "--seed", "3", "--json"],
        capture_output=True, text=True, timeout=300, cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["writes"] == 480
    assert report["crashed"] == [] and report["errors"] == []
    assert report["lost"] == 0 and report["locked"] == 0
    assert report["integrity"] == "ok"


def test_opening_a_case_reads_its_file_only_through_sqlite(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The root of issue 13: a Python open()/close() of the case file in a process
    # that holds SQLite connections to it drops all of that process's locks.
    db = tmp_path / "case.db"
    small_case(db, articles=2)
    case_files = {str(db), f"{db}-wal", f"{db}-shm"}
    opened: list[str] = []
    real_open, real_io_open = builtins.open, io.open

    def watch(real: Any) -> Any:
        def checked(file: Any, *args: Any, **kwargs: Any) -> Any:
            if str(Path(str(file)).resolve()) in case_files or str(file) in case_files:
                opened.append(str(file))
            return real(file, *args, **kwargs)

        return checked

    monkeypatch.setattr(builtins, "open", watch(real_open))
    monkeypatch.setattr(io, "open", watch(real_io_open))
    with Case.open(db) as first:  # the app's own connection
        for _ in range(3):
            with Case.open(db, check=False) as job:  # a background job
                job.claims()
            with Case.open(db) as another:  # a dialog, a second window
                another.articles()
        first.backup()  # a snapshot reads the case through SQLite's backup API
    assert opened == []

"""The app and the command line on one case: both see each other, nothing is lost.

The app runs here (pytest-qt, its real poll interval); the command line runs
as real processes beside it, as a person types it in a terminal.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from gui_builders import SmallCase
from pytestqt.qtbot import QtBot

from workbench.core.services import Case
from workbench.gui import mainwindow
from workbench.gui.case_session import CaseSession
from workbench.gui.dialogs.restore_dialog import RestoreDialog
from workbench.gui.workers import database_failure

WORKBENCH = str(Path(sys.executable).with_name("workbench"))


def cli(db: Path, *args: str) -> str:
    done = subprocess.run(
        [WORKBENCH, "--db", str(db), *args], capture_output=True, text=True, timeout=120,
        env={**os.environ, "WORKBENCH_USER": "terminal"},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done.stdout


def outside(db: Path, sql: str) -> list[tuple[Any, ...]]:
    with closing(sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)) as conn:
        return conn.execute(sql).fetchall()


def shown_status(window: mainwindow.MainWindow, claim_id: int) -> str:
    row = window.review.model.row_of(claim_id)
    return "" if row is None else str(window.review.model.index(row, 4).data())


def test_app_and_command_line_see_each_others_writes_and_lose_none(
    qtbot: QtBot, open_window: Any, small_case: SmallCase, tmp_path: Path
) -> None:
    db = small_case.path
    window = open_window(db, poll_ms=mainwindow.POLL_MS)  # the real poll
    with qtbot.waitSignal(window.first_painted):
        window.show()
    # The app sets a status; a command-line read and a write run beside it.
    window.review.select_claim(small_case.army)
    window.editor.set_status("in_progress")
    cli(db, "articles")
    cli(db, "set-status", str(small_case.medic), "false")
    qtbot.waitUntil(lambda: shown_status(window, small_case.medic) == "False", timeout=1000)
    # The app goes on; every other process sees its writes at once.
    window.review.select_claim(small_case.governor)
    window.editor.set_status("verified")
    statuses = dict(outside(db, "SELECT id, status FROM claims WHERE status != 'unverified'"))
    assert statuses == {
        small_case.army: "in_progress", small_case.medic: "false",
        small_case.governor: "verified",
    }  # fmt: skip
    # An import by another process shows its article in the open app.
    line = {"content": "The bridge reopened on Monday.", "source": "Officials",
            "article": {"path": "third.txt", "title": "Third"}}  # fmt: skip
    (tmp_path / "third.jsonl").write_text(json.dumps(line) + "\n", encoding="utf-8")
    cli(db, "import-claims", str(tmp_path / "third.jsonl"))
    qtbot.waitUntil(lambda: window.panels.articles.model.rowCount() == 3, timeout=1000)
    window.close()
    window.case.close()
    assert dict(outside(db, "SELECT id, status FROM claims WHERE status != 'unverified'")) == (
        statuses
    )
    assert outside(db, "PRAGMA integrity_check") == [("ok",)]
    assert outside(db, "SELECT count(*) FROM articles") == [(3,)]


def test_file_restore_from_backup_puts_a_snapshot_back(
    qtbot: QtBot, open_window: Any, small_case: SmallCase, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(small_case.path)
    window.show()
    window.actions_by_name["backup"].trigger()
    assert "Snapshot saved" in window.statusBar().currentMessage()
    window.review.select_claim(small_case.army)
    window.editor.set_status("false")
    assert window.undo_stack.canUndo()
    monkeypatch.setattr(RestoreDialog, "exec", lambda self: RestoreDialog.DialogCode.Accepted)
    window.actions_by_name["restore"].trigger()
    assert shown_status(window, small_case.army) == "Unverified"
    assert not window.undo_stack.canUndo()  # its steps belonged to the case as it was
    assert "Restored the snapshot" in window.statusBar().currentMessage()
    kept = list(small_case.path.parent.glob("small.db.before-restore-*.db"))
    assert len(kept) == 1


def test_the_restore_dialog_lists_snapshots_newest_first(
    qtbot: QtBot, small_case: SmallCase
) -> None:
    with Case.open(small_case.path) as case:
        older = case.backup()
        case.set_status(small_case.army, "false")
        case.match()  # a bulk operation: snapshotted first
    dialog = RestoreDialog(small_case.path)
    qtbot.addWidget(dialog)
    whys = [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())]
    assert whys[:2] == ["Before match", "Manual"]
    chosen = dialog.chosen()
    assert chosen is not None and chosen.snapshot.reason == "before-match"
    assert dialog.table.item(1, 3).text() == "4"  # claims
    assert older in [s.snapshot.path for s in dialog.summaries]


def test_a_damaged_case_is_offered_its_latest_snapshot(
    qtbot: QtBot, window_settings: Any, small_case: SmallCase, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Case.open(small_case.path) as case:
        case.backup()
    data = bytearray(small_case.path.read_bytes())
    data[:100] = os.urandom(100)  # the header: SQLite cannot even read it
    small_case.path.write_bytes(bytes(data))
    asked: list[str] = []

    def answer(box: Any) -> int:
        asked.append(box.text() + " " + box.informativeText())
        box.buttons()[0].click()  # "Restore snapshot"
        return 0

    monkeypatch.setattr("workbench.gui.case_session.QMessageBox.exec", answer)
    session = CaseSession(window_settings, warm_up=None, poll_ms=3_600_000)
    try:
        assert session.open(small_case.path)
        assert "small.db is damaged" in asked[0] and "Restore its latest snapshot" in asked[0]
        assert session.window is not None and session.window.panels.articles.model.rowCount() == 2
        assert list(small_case.path.parent.glob("small.db.damaged-*"))
    finally:
        window = session.window
        session.close()
        if window is not None:
            assert window.runner.pool.waitForDone(30000)


def test_a_database_error_in_a_job_is_one_line() -> None:
    message = database_failure(sqlite3.OperationalError("disk I/O error"))
    assert "\n" not in message and "Traceback" not in message
    assert message.startswith("Not done: the case file could not be read or written")
    assert "damaged" in database_failure(sqlite3.DatabaseError("database disk image is malformed"))

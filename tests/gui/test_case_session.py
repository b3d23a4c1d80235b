"""File > New case and Open case: another case in a window of its own, the old one closed."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from gui_builders import SmallCase
from pytestqt.qtbot import QtBot

from workbench.gui import mainwindow
from workbench.gui.case_session import CaseSession

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def session(window_settings: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[CaseSession]:
    told: list[str] = []
    monkeypatch.setattr(
        "workbench.gui.case_session.QMessageBox.warning",
        lambda _parent, _title, text: told.append(text),
    )
    opened = CaseSession(window_settings, warm_up=None, poll_ms=3_600_000)
    opened.told = told  # type: ignore[attr-defined]
    yield opened
    window = opened.window
    opened.close()
    if window is not None:
        assert window.runner.pool.waitForDone(30000), "a worker outlived its test"


def test_opening_another_case_swaps_window_and_case(
    qtbot: QtBot, session: CaseSession, small_case: SmallCase, tmp_path: Path
) -> None:
    assert session.open(small_case.path)
    first_window, first_case = session.window, session.case
    assert first_window is not None and first_window.panels.articles.model.rowCount() == 2
    fresh = tmp_path / "fresh.db"
    assert session.open(fresh, create=True)
    assert session.case is not None and session.case.path == fresh and fresh.is_file()
    assert session.window is not first_window and not first_window.isVisible()
    assert session.window is not None and session.window.windowTitle().endswith("fresh.db")
    assert session.window.pages.currentWidget() is session.window.empty  # a new, empty case
    with pytest.raises(Exception):  # noqa: B017 - the old case is closed for good
        first_case.articles()  # type: ignore[union-attr]
    assert session.settings.recent_cases()[:2] == [str(fresh), str(small_case.path)]


def test_a_file_that_cannot_be_opened_leaves_the_current_case(
    qtbot: QtBot, session: CaseSession, small_case: SmallCase, tmp_path: Path
) -> None:
    assert session.open(small_case.path)
    window = session.window
    notes = tmp_path / "notes.db"
    notes.write_text("not a case\n" * 50, encoding="utf-8")
    before = notes.read_bytes()
    assert not session.open(notes)
    assert not session.open(tmp_path / "gone.db")
    assert not session.open(small_case.path, create=True)  # exists, though it is this case
    assert session.open(small_case.path)  # the case already open: its window comes forward
    assert session.window is window and session.case is not None
    assert session.case.path == small_case.path and window.isVisible()
    assert notes.read_bytes() == before
    told = session.told  # type: ignore[attr-defined]
    assert "Cannot open the case" in told[0] and str(notes) in told[0]
    assert told[1] == f"There is no case file at {tmp_path / 'gone.db'}."
    assert "already exists" in told[2] and "never written over" in told[2]


def test_the_file_menu_asks_for_a_case_and_lists_recent_ones(
    qtbot: QtBot,
    session: CaseSession,
    small_case: SmallCase,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert session.open(small_case.path)
    monkeypatch.setattr(mainwindow, "ask_new_case", lambda _parent, _start: tmp_path / "b.db")
    assert session.window is not None
    session.window.actions_by_name["new_case"].trigger()
    assert session.case is not None and session.case.path == tmp_path / "b.db"
    # The new window's File > Open recent offers the case left, and opens it.
    recent = session.window.actions_by_name["recent_1"]
    assert recent.text().endswith(str(small_case.path))
    recent.trigger()
    assert session.case.path == small_case.path
    monkeypatch.setattr(mainwindow, "ask_open_case", lambda _parent, _start: None)
    session.window.actions_by_name["open_case"].trigger()  # cancelled: nothing changes
    assert session.case.path == small_case.path

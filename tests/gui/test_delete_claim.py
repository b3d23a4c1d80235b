"""Delete removes a wrong claim; undo puts it back with all a person recorded on it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from gui_builders import SmallCase
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from test_mainwindow import shown

from workbench.core.errors import NotFoundError
from workbench.gui.mainwindow import MainWindow

Opener = Callable[..., MainWindow]
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_delete_key_removes_the_claim_and_undo_restores_everything(
    qtbot: QtBot, open_window: Opener, small_case: SmallCase
) -> None:
    window = shown(qtbot, open_window, small_case.path)
    case = window.case
    army = small_case.army
    case.set_status(army, "verified", note="checked with the hospital")
    evidence = case.add_evidence(army, "https://example.org/hospital", "ward list")
    case.decide_link(small_case.conflict_link, True)  # accepted: a person's decision
    window.reload()
    window.review.select_claim(army)
    window.panels.claims.table.setFocus()

    row = window.review.model.row_of(army)
    following = window.review.model.ids()[row + 1]
    qtbot.keyClick(window.panels.claims.table, Qt.Key.Key_Delete)
    assert army not in window.review.model.ids()
    assert window.review.current is not None and window.review.current.id == following
    with pytest.raises(NotFoundError):
        case.claim(army)
    assert case.links_of(small_case.medic) == []  # the link went with it

    window.undo_stack.undo()
    back = case.claim(army)
    assert (back.status, back.note) == ("verified", "checked with the hospital")
    assert case.evidence(army) == [evidence]
    (link,) = case.links_of(army)
    assert (link.id, link.confirmed) == (small_case.conflict_link, True)
    assert window.review.current is not None and window.review.current.id == army
    assert army in window.review.model.ids()
    actions = [h.action for h in case.history(army)]
    assert actions[-2:] == ["delete", "restore"]

    window.undo_stack.redo()
    with pytest.raises(NotFoundError):
        case.claim(army)
    assert army not in window.review.model.ids()


def test_no_claim_is_current_when_the_filters_hide_them_all(
    qtbot: QtBot, open_window: Opener, small_case: SmallCase
) -> None:
    window = shown(qtbot, open_window, small_case.path)
    window.review.select_claim(small_case.army)
    window.panels.claims.search.setText("no claim says this")
    qtbot.waitUntil(lambda: window.review.model.ids() == [])
    assert window.review.current is None
    with qtbot.waitSignal(window.editor.failed) as refused:
        window.actions_by_name["delete_claim"].trigger()
    assert refused.args == ["Select the claim to delete first"]
    assert window.case.claim(small_case.army).status == "unverified"  # nothing touched


def test_the_delete_key_in_a_text_field_deletes_text_not_the_claim(
    qtbot: QtBot, open_window: Opener, small_case: SmallCase
) -> None:
    window = shown(qtbot, open_window, small_case.path)
    window.activateWindow()
    window.review.select_claim(small_case.army)
    note = window.panels.detail.note
    note.setFocus()
    qtbot.keyClicks(note, "abc")
    note.moveCursor(note.textCursor().MoveOperation.Start)
    qtbot.keyClick(note, Qt.Key.Key_Delete)
    assert note.toPlainText() == "bc"
    search = window.panels.claims.search
    search.setFocus()
    qtbot.keyClicks(search, "xy")
    search.setCursorPosition(0)
    qtbot.keyClick(search, Qt.Key.Key_Delete)
    assert search.text() == "y"
    assert window.case.claim(small_case.army).content  # still there

"""The main window's key flows, driven by keys and clicks as a person would."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from gui_builders import SmallCase
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor, QTextDocument
from pytestqt.qtbot import QtBot
from window_helpers import shown

from workbench.core.errors import NotFoundError
from workbench.core.services import Case
from workbench.gui.empty_state import MESSAGE
from workbench.gui.mainwindow import MainWindow

Opener = Callable[..., MainWindow]
# The offscreen platform's own notice when a main window shows; not ours to fix.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def plain(rich: str) -> str:
    document = QTextDocument()
    document.setHtml(rich)
    return document.toPlainText()


def test_status_key_records_history_and_undo_restores(
    qtbot: QtBot, open_window: Opener, small_case: SmallCase
) -> None:
    window = shown(qtbot, open_window, small_case.path)
    window.review.select_claim(small_case.medic)
    window.panels.claims.table.setFocus()
    assert window.review.current is not None and window.review.current.id == small_case.medic

    qtbot.keyClick(window.panels.claims.table, Qt.Key.Key_3)  # third status: verified

    assert window.case.claim(small_case.medic).status == "verified"
    assert window.panels.detail.status.currentData() == "verified"
    history_list = window.panels.detail.history
    history = [history_list.item(i).text() for i in range(history_list.count())]
    assert any("status set to Verified (was Unverified)" in line for line in history)
    row = window.review.model.row_of(small_case.medic)
    assert window.review.model.index(row, 4).data() == "Verified"

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.case.claim(small_case.medic).status == "unverified"
    assert window.panels.detail.status.currentData() == "unverified"
    qtbot.keyClick(
        window,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.case.claim(small_case.medic).status == "verified"


def test_j_and_k_move_through_claims(
    qtbot: QtBot, open_window: Opener, small_case: SmallCase
) -> None:
    window = shown(qtbot, open_window, small_case.path)
    window.panels.claims.table.setFocus()
    first = window.review.current
    assert first is not None
    qtbot.keyClick(window.panels.claims.table, Qt.Key.Key_J)
    second = window.review.current
    assert second is not None and second.id != first.id
    qtbot.keyClick(window.panels.claims.table, Qt.Key.Key_K)
    assert window.review.current is not None and window.review.current.id == first.id


def test_compare_shows_the_linked_claim_with_reasons_and_accept_is_undoable(
    qtbot: QtBot, open_window: Opener, small_case: SmallCase
) -> None:
    window = shown(qtbot, open_window, small_case.path)
    window.review.select_claim(small_case.army)
    cards = window.panels.compare.cards
    assert len(cards) == 1
    card = cards[0]
    assert "30 soldiers" in plain(card.right.text()) and "A medic" in card.right.text()
    assert "different quantity: 12 vs 30 wounded" in card.reasons.text()
    assert "conflicts" in card.header.text() and "independent sources" in card.header.text()
    assert "<b" in card.left.text() and ">12</b>" in card.left.text()  # the number differs

    qtbot.mouseClick(card.accept_button, Qt.MouseButton.LeftButton)
    assert window.case.store.get_link(small_case.conflict_link).confirmed is True
    assert window.panels.compare.cards[0].accept_button.isChecked()
    window.undo_stack.undo()
    assert window.case.store.get_link(small_case.conflict_link).confirmed is None


def test_reader_click_selects_the_claim_under_the_mouse(
    qtbot: QtBot, open_window: Opener, small_case: SmallCase
) -> None:
    window = shown(qtbot, open_window, small_case.path)
    window.review.select_claim(small_case.army)
    view = window.panels.reader.view
    text = view.toPlainText()
    cursor = QTextCursor(view.document())
    cursor.setPosition(text.index("bridge"))
    point = view.cursorRect(cursor).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.review.current is not None
    assert window.review.current.id == small_case.residents


def test_selection_and_s_key_correct_the_source_span_undoably(
    qtbot: QtBot, open_window: Opener, small_case: SmallCase
) -> None:
    window = shown(qtbot, open_window, small_case.path)
    window.review.select_claim(small_case.army)
    view = window.panels.reader.view
    text = view.toPlainText()
    start = text.index("army")
    cursor = QTextCursor(view.document())
    cursor.setPosition(start)
    cursor.setPosition(start + len("army"), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_S)
    assert window.case.claim(small_case.army).source == "army"
    window.undo_stack.undo()
    assert window.case.claim(small_case.army).source == "The army"


def test_m_key_marks_the_selection_as_a_claim(
    qtbot: QtBot, open_window: Opener, small_case: SmallCase
) -> None:
    window = shown(qtbot, open_window, small_case.path)
    window.review.select_claim(small_case.army)
    view = window.panels.reader.view
    text = view.toPlainText()
    start = text.index("Clashes")
    cursor = QTextCursor(view.document())
    cursor.setPosition(start)
    cursor.setPosition(start + len("Clashes near the border"), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_M)
    added = window.review.current
    assert added is not None and added.content == "Clashes near the border"
    assert window.case.claim(added.id).origin == "manual"
    qtbot.keyClick(window.panels.claims.table, Qt.Key.Key_3)  # a status on the new claim
    assert window.case.claim(added.id).status == "verified"

    window.undo_stack.undo()  # the status
    window.undo_stack.undo()  # the claim
    assert added.id not in window.review.model.ids()
    with pytest.raises(NotFoundError):
        window.case.claim(added.id)
    window.undo_stack.redo()  # back under the same id, so the status redo finds it
    window.undo_stack.redo()
    again = window.case.claim(added.id)
    assert (again.content, again.status, again.origin) == (
        "Clashes near the border",
        "verified",
        "manual",
    )
    assert window.review.current is not None and window.review.current.id == added.id
    actions = [h.action for h in window.case.history(added.id)]
    assert actions[:3] == ["create", "update", "update"] and "restore" in actions


def test_n_focuses_the_note_and_leaving_it_saves(
    qtbot: QtBot, open_window: Opener, small_case: SmallCase
) -> None:
    window = shown(qtbot, open_window, small_case.path)
    window.activateWindow()
    window.review.select_claim(small_case.governor)
    window.panels.claims.table.setFocus()
    qtbot.keyClick(window.panels.claims.table, Qt.Key.Key_N)
    note = window.panels.detail.note
    assert note.hasFocus()
    qtbot.keyClicks(note, "call the governor's office")
    qtbot.keyClick(note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.case.claim(small_case.governor).note == "call the governor's office"
    window.undo_stack.undo()
    assert window.case.claim(small_case.governor).note == ""


def test_search_filters_the_table(qtbot: QtBot, open_window: Opener, small_case: SmallCase) -> None:
    window = shown(qtbot, open_window, small_case.path)
    panel = window.panels.claims
    with qtbot.waitSignal(panel.query_changed):
        qtbot.keyClicks(panel.search, "bridge")
    assert set(window.review.model.ids()) == {small_case.residents, small_case.governor}
    panel.status.setCurrentIndex(panel.status.findData("verified"))
    assert window.review.model.ids() == []


def test_sorting_by_status_follows_the_vocabulary(
    qtbot: QtBot, open_window: Opener, small_case: SmallCase
) -> None:
    window = shown(qtbot, open_window, small_case.path)
    window.case.set_status(small_case.residents, "false")
    window.case.set_status(small_case.governor, "verified")
    window.reload()
    window.panels.claims.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)
    ids = window.review.model.ids()
    assert ids.index(small_case.governor) < ids.index(small_case.residents)
    assert ids[-1] == small_case.residents


def test_evidence_can_be_added_and_removed(
    qtbot: QtBot, open_window: Opener, small_case: SmallCase
) -> None:
    window = shown(qtbot, open_window, small_case.path)
    window.review.select_claim(small_case.medic)
    detail = window.panels.detail
    qtbot.keyClicks(detail.url, "https://example.org/hospital")
    qtbot.keyClicks(detail.comment, "ward list")
    qtbot.mouseClick(detail.add_button, Qt.MouseButton.LeftButton)
    assert [e.url for e in window.case.evidence(small_case.medic)] == [
        "https://example.org/hospital"
    ]
    assert "ward list" in detail.evidence.item(0).text()
    detail.evidence.setCurrentRow(0)
    qtbot.mouseClick(detail.remove_button, Qt.MouseButton.LeftButton)
    assert window.case.evidence(small_case.medic) == []


def test_a_write_by_another_program_is_noticed(
    qtbot: QtBot, open_window: Opener, small_case: SmallCase
) -> None:
    window = shown(qtbot, open_window, small_case.path)
    with Case.open(small_case.path) as other:  # the CLI, say
        other.set_status(small_case.army, "false")
    assert window.review.changed_elsewhere()
    window.poll()
    row = window.review.model.row_of(small_case.army)
    assert window.review.model.index(row, 4).data() == "False"
    assert not window.review.changed_elsewhere()


def test_an_empty_case_says_what_to_do(qtbot: QtBot, open_window: Opener, tmp_path: Any) -> None:
    window = open_window(tmp_path / "empty.db")
    with qtbot.waitSignal(window.first_painted):
        window.show()
    assert window.pages.currentWidget() is window.empty
    assert MESSAGE in window.empty.message.text()


def test_layout_is_remembered(qtbot: QtBot, open_window: Opener, small_case: SmallCase) -> None:
    window = shown(qtbot, open_window, small_case.path)
    window.splitters["top"].setSizes([100, 900, 600])
    window.save_layout()
    first = window.splitters["top"].sizes()[0]
    window.close()
    again = shown(qtbot, open_window, small_case.path)
    # The offscreen screen is small, so the restored window is narrower; the narrow
    # articles column must survive that (an unrestored one would be about 330 px).
    assert again.splitters["top"].sizes()[0] <= first


def test_help_lists_every_key_the_window_binds(qtbot: QtBot) -> None:
    from workbench.gui.dialogs.shortcuts_dialog import SHORTCUTS, ShortcutsDialog

    dialog = ShortcutsDialog()
    qtbot.addWidget(dialog)
    keys = {dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())}
    assert keys == {key for key, _ in SHORTCUTS}
    assert {"J / Down", "K / Up", "N", "/", "Ctrl+Z", "Ctrl+Shift+Z"} <= keys


def test_big_tables_sort_on_a_worker(
    qtbot: QtBot, open_window: Opener, small_case: SmallCase, monkeypatch: pytest.MonkeyPatch
) -> None:
    from workbench.gui import review_controller

    monkeypatch.setattr(review_controller, "SYNC_SORT_LIMIT", 0)
    window = shown(qtbot, open_window, small_case.path)
    window.case.set_status(small_case.army, "false")
    window.reload()
    before = window.review.current
    with qtbot.waitSignal(window.review.model.layoutChanged):
        window.panels.claims.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)
    assert window.review.model.ids()[0] == small_case.army
    assert window.review.current == before  # the current claim stays current


def test_undo_of_a_claim_deleted_elsewhere_reports_instead_of_crashing(
    qtbot: QtBot, open_window: Opener, small_case: SmallCase
) -> None:
    window = shown(qtbot, open_window, small_case.path)
    window.review.select_claim(small_case.residents)
    window.editor.set_status("disputed")
    with Case.open(small_case.path) as other:
        other.delete_claim(small_case.residents)
    with qtbot.waitSignal(window.editor.failed) as blocker:
        window.undo_stack.undo()
    assert "no claim" in blocker.args[0]
    assert window.undo_stack.count() == 0  # the dead command is gone


def test_export_menu_opens_the_export_dialog(
    qtbot: QtBot, open_window: Opener, small_case: SmallCase
) -> None:
    from workbench.gui.dialogs.export_dialog import ExportDialog

    window = shown(qtbot, open_window, small_case.path)
    window.actions_by_name["export"].trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None and dialog.isVisible()
    assert len(dialog.filtered_snapshot().claims) == 4
    dialog.close()

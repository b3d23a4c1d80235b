"""A review session driven only by keys, as a fact-checker works: the keys go wherever the
focus is, so at every step the focus must be where the next key expects it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from gui_builders import SmallCase
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from window_helpers import shown

from workbench.gui.mainwindow import MainWindow

Opener = Callable[..., MainWindow]
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
CTRL = Qt.KeyboardModifier.ControlModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """A key as a person presses it: to whatever has the focus."""
    qtbot.keyClick(focused(), key, modifier)


def type_text(qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def opened(qtbot: QtBot, open_window: Opener, small_case: SmallCase) -> MainWindow:
    return shown(qtbot, open_window, small_case.path, active=True)


def current_id(window: MainWindow) -> int:
    assert window.review.current is not None
    return window.review.current.id


def status_bar(window: MainWindow) -> str:
    return window.statusBar().currentMessage()


def test_a_review_session_by_keys_alone(
    qtbot: QtBot, open_window: Opener, small_case: SmallCase
) -> None:
    window = opened(qtbot, open_window, small_case)
    table = window.panels.claims.table
    claims, detail = window.panels.claims, window.panels.detail

    # Open: the claims list has the keys, not the article filter.
    assert focused() is table
    first = current_id(window)

    # j / k move through the claims.
    press(qtbot, Qt.Key.Key_J)
    assert current_id(window) != first and focused() is table
    press(qtbot, Qt.Key.Key_K)
    assert current_id(window) == first and focused() is table

    # / searches; Enter shows the results and gives the keys back to the list.
    press(qtbot, Qt.Key.Key_Slash)
    assert focused() is claims.search
    type_text(qtbot, "bridge")
    press(qtbot, Qt.Key.Key_Return)
    assert focused() is table
    assert set(window.review.model.ids()) == {small_case.residents, small_case.governor}
    press(qtbot, Qt.Key.Key_J)  # a j after the search moves, it does not type "bridgej"
    assert claims.search.text() == "bridge"
    # Down does the same; Escape drops the search.
    press(qtbot, Qt.Key.Key_Slash)
    press(qtbot, Qt.Key.Key_Down)
    assert focused() is table
    press(qtbot, Qt.Key.Key_Slash)
    press(qtbot, Qt.Key.Key_Escape)
    assert focused() is table and claims.search.text() == ""
    assert len(window.review.model.ids()) == 4

    # n writes a note; Tab leaves it (no tab typed) and saves it.
    window.review.select_claim(small_case.governor)
    press(qtbot, Qt.Key.Key_N)
    assert focused() is detail.note
    type_text(qtbot, "call the office")
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is not detail.note
    assert window.case.claim(small_case.governor).note == "call the office"
    # Ctrl+Enter saves and gives the keys back; so does Escape (the note is kept).
    table.setFocus()
    press(qtbot, Qt.Key.Key_N)
    type_text(qtbot, "; they confirm")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert focused() is table
    assert window.case.claim(small_case.governor).note == "call the office; they confirm"
    press(qtbot, Qt.Key.Key_N)
    type_text(qtbot, ".")
    press(qtbot, Qt.Key.Key_Escape)
    assert focused() is table
    assert window.case.claim(small_case.governor).note.endswith("confirm.")

    # Evidence: Enter in the URL field adds it and gives the keys back.
    detail.url.setFocus()
    type_text(qtbot, "not-a-url")
    press(qtbot, Qt.Key.Key_Return)
    assert window.case.evidence(small_case.governor) == []
    assert "not a web address" in status_bar(window) and detail.url.text() == "not-a-url"
    detail.url.clear()
    type_text(qtbot, "https://example.org/governor")
    detail.comment.setFocus()
    type_text(qtbot, "press release")
    press(qtbot, Qt.Key.Key_Return)
    (stored,) = window.case.evidence(small_case.governor)
    assert (stored.url, stored.comment) == ("https://example.org/governor", "press release")
    assert focused() is table and detail.url.text() == ""
    row = window.review.model.row_of(small_case.governor)
    assert window.review.model.index(row, 5).data() == "note + 1 link"

    # Status keys, with the status said as a person reads it.
    press(qtbot, Qt.Key.Key_2)
    assert window.case.claim(small_case.governor).status == "in_progress"
    assert status_bar(window) == "Status: In progress" and focused() is table

    # P: only claims with proposals to decide; A and R decide the framed one.
    press(qtbot, Qt.Key.Key_P)
    assert set(window.review.model.ids()) == {
        small_case.army,
        small_case.residents,
        small_case.medic,
        small_case.governor,
    }
    window.review.select_claim(small_case.army)
    assert window.panels.compare.current() is not None
    press(qtbot, Qt.Key.Key_A)
    assert window.case.store.get_link(small_case.conflict_link).confirmed is True
    assert window.panels.compare.current() is None and focused() is table
    assert "no proposal left" in status_bar(window)
    window.review.select_claim(small_case.residents)
    press(qtbot, Qt.Key.Key_R)
    assert window.case.store.get_link(small_case.corroborate_link).confirmed is False
    press(qtbot, Qt.Key.Key_R)  # nothing left to decide: said, nothing changed
    assert "No proposal left" in status_bar(window)
    window.reload()
    assert window.review.model.ids() == []  # every proposal decided
    press(qtbot, Qt.Key.Key_P)
    assert len(window.review.model.ids()) == 4

    # Undo of a change to a claim the filters hide: the claim comes back into view.
    window.review.select_claim(small_case.medic)
    press(qtbot, Qt.Key.Key_3)
    press(qtbot, Qt.Key.Key_Slash)
    type_text(qtbot, "bridge")
    press(qtbot, Qt.Key.Key_Return)
    assert small_case.medic not in window.review.model.ids()
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert window.case.claim(small_case.medic).status == "unverified"
    assert current_id(window) == small_case.medic
    assert small_case.medic in window.review.model.ids()
    assert status_bar(window) == f"Undone: set the status to Verified (claim {small_case.medic})"
    assert focused() is table
    press(qtbot, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert window.case.claim(small_case.medic).status == "verified"
    assert status_bar(window).startswith("Redone: set the status to Verified")


def test_escape_in_the_article_filter_clears_it_and_enter_opens_the_first(
    qtbot: QtBot, open_window: Opener, small_case: SmallCase
) -> None:
    window = opened(qtbot, open_window, small_case)
    articles = window.panels.articles
    articles.filter.setFocus()
    type_text(qtbot, "jj")
    assert articles.proxy.rowCount() == 0
    press(qtbot, Qt.Key.Key_Escape)
    assert articles.filter.text() == "" and articles.proxy.rowCount() == 2
    assert focused() is window.panels.claims.table
    articles.filter.setFocus()
    type_text(qtbot, "Hospital")
    press(qtbot, Qt.Key.Key_Return)
    assert window.review.article is not None
    assert window.review.article.title == "Hospital counts the wounded"
    assert focused() is window.panels.claims.table


def test_accepting_by_key_is_undone_with_the_claim_shown(
    qtbot: QtBot, open_window: Opener, small_case: SmallCase
) -> None:
    window = opened(qtbot, open_window, small_case)
    window.review.select_claim(small_case.army)
    press(qtbot, Qt.Key.Key_A)
    window.review.select_claim(small_case.governor)
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert window.case.store.get_link(small_case.conflict_link).confirmed is None
    assert current_id(window) == small_case.army
    assert status_bar(window) == f"Undone: accept the link (claim {small_case.army})"
    assert window.panels.compare.current() is not None


def test_every_letter_key_of_the_window_is_in_the_shortcuts_list(
    qtbot: QtBot, open_window: Opener, small_case: SmallCase
) -> None:
    from workbench.gui.dialogs.shortcuts_dialog import SHORTCUTS

    window = opened(qtbot, open_window, small_case)
    bound = {
        sequence.toString()
        for action in window.actions_by_name.values()
        for sequence in action.shortcuts()
        if len(sequence.toString()) == 1 and sequence.toString().isalpha()
    }
    listed = {part.strip() for key, _ in SHORTCUTS for part in key.split("/")}
    assert {"A", "R", "P", "M", "S", "C", "U", "J", "K", "N", "F"} <= bound
    assert bound <= listed

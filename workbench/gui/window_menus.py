"""The window's menus and key bindings, built from one table of actions.

Single-letter keys are window shortcuts: line edits and the note field
consume printable keys first, so typing never triggers them. They come in
three groups: moving and reviewing (J, K, 1..7, N, /, F, P), deciding the
compare pane's framed proposal (A accept, R reject), and marking text in
the reader (M a new claim, S its source, C its content, U its cue). Up and
Down step through claims from the reader and the compare pane; in the
claims table they move the row natively.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut

if TYPE_CHECKING:
    from workbench.gui.mainwindow import MainWindow


def _action(
    window: MainWindow,
    text: str,
    slot: Callable[[], object],
    *keys: str | QKeySequence | QKeySequence.StandardKey,
) -> QAction:
    action = QAction(text, window)
    if keys:
        action.setShortcuts([QKeySequence(k) for k in keys])
    action.triggered.connect(lambda _=False: slot())
    window.addAction(action)
    return action


def build_menus(window: MainWindow) -> dict[str, QAction]:
    """Menus File, Edit, Claim, View and Help; returns the actions by name for tests."""
    bar = window.menuBar()
    acts: dict[str, QAction] = {}
    file_menu = bar.addMenu("&File")
    acts["new_case"] = _action(window, "&New case…", window.ask_new_case, "Ctrl+N")
    acts["open_case"] = _action(window, "Open &case…", window.ask_open_case, "Ctrl+Alt+O")
    file_menu.addAction(acts["new_case"])
    file_menu.addAction(acts["open_case"])
    recent_menu = file_menu.addMenu("Open &recent")
    others = [p for p in window.settings.recent_cases() if p != str(window.case.path)]
    for number, path in enumerate(others, start=1):
        act = _action(window, f"&{number} {path}", partial(window.open_recent, path))
        acts[f"recent_{number}"] = act
        recent_menu.addAction(act)
    recent_menu.setEnabled(bool(others))
    file_menu.addSeparator()
    acts["import_files"] = _action(window, "&Files…", window.ask_import_files, "Ctrl+O")
    acts["import_folder"] = _action(window, "F&older…", window.ask_import_folder, "Ctrl+Shift+O")
    acts["import_url"] = _action(window, "From &URL…", window.ask_import_urls, "Ctrl+Shift+U")
    acts["paste"] = _action(window, "&Paste text as article…", window.ask_paste, "Ctrl+Shift+V")
    acts["article"] = _action(window, "Article &details…", window.ask_article_details, "Ctrl+I")
    acts["export"] = _action(window, "&Export report…", window.open_export, "Ctrl+E")
    acts["reload"] = _action(window, "&Reload case", window.reload, "F5")
    acts["backup"] = _action(window, "&Back up now", window.back_up_now)
    acts["restore"] = _action(window, "Restore from bac&kup…", window.ask_restore)
    acts["quit"] = _action(window, "&Quit", window.close, QKeySequence.StandardKey.Quit)
    import_menu = file_menu.addMenu("&Import")
    for name in ("import_files", "import_folder", "import_url", "paste"):
        import_menu.addAction(acts[name])
    file_menu.addAction(acts["article"])
    file_menu.addSeparator()
    file_menu.addAction(acts["export"])
    file_menu.addAction(acts["reload"])
    file_menu.addSeparator()
    file_menu.addAction(acts["backup"])
    file_menu.addAction(acts["restore"])
    file_menu.addSeparator()
    file_menu.addAction(acts["quit"])

    edit_menu = bar.addMenu("&Edit")
    acts["undo"] = window.undo_stack.createUndoAction(window, "&Undo")
    acts["undo"].setShortcut(QKeySequence("Ctrl+Z"))
    acts["redo"] = window.undo_stack.createRedoAction(window, "&Redo")
    acts["redo"].setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    edit_menu.addAction(acts["undo"])
    edit_menu.addAction(acts["redo"])
    edit_menu.addSeparator()
    acts["reviewer"] = _action(window, "Your &name in the history…", window.ask_reviewer)
    edit_menu.addAction(acts["reviewer"])
    window.addAction(acts["undo"])
    window.addAction(acts["redo"])

    claim_menu = bar.addMenu("&Claim")
    review, editor = window.review, window.editor
    acts["next"] = _action(window, "&Next claim", lambda: review.step(1), "J")
    acts["previous"] = _action(window, "&Previous claim", lambda: review.step(-1), "K")
    acts["note"] = _action(window, "Write a &note", window.focus_note, "N")
    acts["search"] = _action(window, "&Search claims", window.focus_search, "/")
    acts["similar"] = _action(window, "Find s&imilar claims…", window.find_similar, "F")
    acts["proposals"] = _action(
        window, "&Proposals to decide", window.panels.claims.toggle_proposals, "P"
    )
    acts["accept"] = _action(
        window, "&Accept the proposed link", lambda: editor.decide_current(True), "A"
    )
    acts["reject"] = _action(
        window, "&Reject the proposed link", lambda: editor.decide_current(False), "R"
    )
    acts["add_claim"] = _action(window, "&Mark selection as a claim", editor.add_claim, "M")
    acts["set_source"] = _action(
        window, "Selection is the &source", lambda: editor.set_span("source"), "S"
    )
    acts["set_content"] = _action(
        window, "Selection is the &content", lambda: editor.set_span("content"), "C"
    )
    acts["set_cue"] = _action(window, "Selection is the c&ue", lambda: editor.set_span("cue"), "U")
    for name in ("next", "previous", "note", "search", "similar", "proposals"):
        claim_menu.addAction(acts[name])
    links_menu = claim_menu.addMenu("&Links")
    links_menu.addAction(acts["accept"])
    links_menu.addAction(acts["reject"])
    status_menu = claim_menu.addMenu("Set s&tatus")
    for number, status in enumerate(review.statuses[:9], start=1):
        act = _action(window, status.label, partial(editor.set_status_number, number), str(number))
        acts[f"status_{number}"] = act
        status_menu.addAction(act)
    claim_menu.addSeparator()
    acts["delete_claim"] = _action(window, "&Delete claim", editor.delete_claim, "Delete")
    for name in ("add_claim", "set_source", "set_content", "set_cue", "delete_claim"):
        claim_menu.addAction(acts[name])

    for widget in (window.panels.reader, window.panels.compare):
        for key, delta in ((Qt.Key.Key_Down, 1), (Qt.Key.Key_Up, -1)):
            shortcut = QShortcut(QKeySequence(key), widget)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(partial(review.step, delta))

    view_menu = bar.addMenu("&View")
    acts["layout"] = _action(window, "Reset &layout", window.reset_layout)
    view_menu.addAction(acts["layout"])

    help_menu = bar.addMenu("&Help")
    acts["shortcuts"] = _action(window, "&Keyboard shortcuts", window.show_shortcuts, "F1")
    help_menu.addAction(acts["shortcuts"])
    return acts

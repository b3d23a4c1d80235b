"""Help > Keyboard shortcuts: the list the window's key bindings are made from."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

SHORTCUTS: tuple[tuple[str, str], ...] = (
    ("J / Down", "Next claim"),
    ("K / Up", "Previous claim"),
    ("1 … 7", "Set the status (in the order of the status list)"),
    ("N", "Write a note on the claim; Ctrl+Enter, Escape or Tab saves it and comes back"),
    ("/", "Search claims; Enter or Down goes to the results, Escape drops the search"),
    ("F", "Find claims similar to the current one (by words and meaning)"),
    ("P", "Show only claims with proposals to decide (again: every claim)"),
    ("A", "Accept the proposed link framed in the compare pane"),
    ("R", "Reject the proposed link framed in the compare pane"),
    ("M", "Mark the selected text of the reader as a new claim"),
    ("S", "Make the selected text the current claim's source"),
    ("C", "Make the selected text the current claim's content"),
    ("U", "Make the selected text the current claim's cue"),
    ("Delete", "Delete the current claim (a wrong extraction; undo puts it back)"),
    ("Enter", "In the evidence fields: add the link"),
    ("Escape", "In any field: back to the claims list (a filter is cleared)"),
    ("Ctrl+Z", "Undo, showing the claim it changes (statuses, notes, corrections, links, claims)"),
    ("Ctrl+Shift+Z", "Redo"),
    ("Ctrl+I", "Details of the current article (title, outlet, date, URL, place)"),
    ("Alt+C / Alt+F", "In Similar claims: link the selected result as corroborating / conflicting"),
    ("Ctrl+N", "New case (a new case file)"),
    ("Ctrl+Alt+O", "Open another case file"),
    ("Ctrl+O", "Import files"),
    ("Ctrl+Shift+O", "Import a folder"),
    ("Ctrl+Shift+U", "Import web pages by address (PDF and Word links too)"),
    ("Ctrl+Shift+V", "Paste text as a new article"),
    ("Ctrl+E", "Export a report"),
    ("F5", "Reload the case from disk"),
)


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        self.resize(520, 460)
        table = QTableWidget(len(SHORTCUTS), 2, self)
        table.setHorizontalHeaderLabels(["Key", "Does"])
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for row, (key, does) in enumerate(SHORTCUTS):
            table.setItem(row, 0, QTableWidgetItem(key))
            table.setItem(row, 1, QTableWidgetItem(does))
        self.table = table
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)

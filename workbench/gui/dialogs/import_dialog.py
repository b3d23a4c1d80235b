"""Import dialogs: choose files or a folder, or paste text as a new article."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from workbench.core.ingest import ArticleMeta

FILE_FILTER = "Articles (*.txt *.md *.html *.htm);;All files (*)"


def ask_import_files(parent: QWidget, start: str) -> list[Path]:
    chosen, _ = QFileDialog.getOpenFileNames(parent, "Import articles", start, FILE_FILTER)
    return [Path(p) for p in chosen]


def ask_import_folder(parent: QWidget, start: str) -> list[Path]:
    chosen = QFileDialog.getExistingDirectory(parent, "Import a folder of articles", start)
    return [Path(chosen)] if chosen else []


class PasteDialog(QDialog):
    """Text from the clipboard (or typed) with the metadata an article needs."""

    def __init__(self, parent: QWidget | None = None, text: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Paste text as a new article")
        self.resize(640, 480)
        self.title = QLineEdit()
        self.outlet = QLineEdit()
        self.outlet.setPlaceholderText("e.g. Reuters")
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.text = QPlainTextEdit()
        clipboard = QGuiApplication.clipboard()
        self.text.setPlainText(text if text is not None else clipboard.text())
        first_line = self.text.toPlainText().strip().splitlines()[:1]
        self.title.setText(first_line[0][:120] if first_line else "")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText("Import")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.text.textChanged.connect(self._update_ok)
        form = QFormLayout()
        form.addRow("Title", self.title)
        form.addRow("Outlet", self.outlet)
        form.addRow("Date", self.date)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self._update_ok()

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.text.toPlainText().strip()))

    def meta(self) -> ArticleMeta:
        day = self.date.date()
        return ArticleMeta(
            title=self.title.text().strip(),
            outlet=self.outlet.text().strip(),
            date=date(day.year(), day.month(), day.day()).isoformat(),
        )

    def article_text(self) -> str:
        return self.text.toPlainText()

"""Import dialogs: choose files or a folder, or paste text as a new article."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from workbench.core.checks import check_web_address
from workbench.core.errors import InvalidInputError
from workbench.core.ingest import ArticleMeta, check_date
from workbench.core.ingest.readers import dateline_meta, headline_title

FILE_FILTER = "Articles (*.txt *.md *.html *.htm);;All files (*)"


def ask_import_files(parent: QWidget, start: str) -> list[Path]:
    chosen, _ = QFileDialog.getOpenFileNames(parent, "Import articles", start, FILE_FILTER)
    return [Path(p) for p in chosen]


def ask_import_folder(parent: QWidget, start: str) -> list[Path]:
    chosen = QFileDialog.getExistingDirectory(parent, "Import a folder of articles", start)
    return [Path(chosen)] if chosen else []


class PasteDialog(QDialog):
    """Text from the clipboard (or typed) with the metadata an article needs.

    Nothing is made up: the date stays empty unless typed or read from the
    text's dateline (an unknown date is better than today's), and the title,
    when left empty, is the text's headline or its opening words. The
    placeholders show what the text itself gives.
    """

    def __init__(self, parent: QWidget | None = None, text: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Paste text as a new article")
        self.resize(640, 480)
        self.title = QLineEdit()
        self.outlet = QLineEdit()
        self.date = QLineEdit()
        self.url = QLineEdit()
        self.text = QPlainTextEdit()
        clipboard = QGuiApplication.clipboard()
        self.text.setPlainText(text if text is not None else clipboard.text())
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText("Import")
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self.text.textChanged.connect(self._update)
        form = QFormLayout()
        form.addRow("Title", self.title)
        form.addRow("Outlet", self.outlet)
        form.addRow("Date", self.date)
        form.addRow("URL", self.url)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self._update()

    def _update(self) -> None:
        """The placeholders say what the text gives when a field is left empty."""
        text = self.text.toPlainText()
        self.ok_button.setEnabled(bool(text.strip()))
        found = dateline_meta(text)
        self.title.setPlaceholderText(headline_title(text) if text.strip() else "")
        self.outlet.setPlaceholderText(found.outlet or "e.g. Reuters (none in the text)")
        self.date.setPlaceholderText(
            f"{found.date} (from the dateline)" if found.date else "YYYY-MM-DD, or empty: unknown"
        )
        self.url.setPlaceholderText("https://… where it was published")

    def _accept(self) -> None:
        try:
            check_date(self.date.text(), "date")
            check_web_address(self.url.text(), "URL", empty_ok=True)
        except InvalidInputError as exc:
            self.problem.setText(str(exc))
            self.date.setFocus()
            return
        self.accept()

    def meta(self) -> ArticleMeta:
        """What the person typed; empty fields are filled from the text at import."""
        return ArticleMeta(
            title=self.title.text().strip(),
            outlet=self.outlet.text().strip(),
            date=check_date(self.date.text(), "date"),
            url=self.url.text().strip(),
        )

    def article_text(self) -> str:
        return self.text.toPlainText()

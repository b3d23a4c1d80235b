"""Import dialogs: choose files or a folder, give web addresses, or paste text."""

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
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbench.core.checks import check_web_address
from workbench.core.errors import InvalidInputError
from workbench.core.ingest import ArticleMeta, check_date
from workbench.core.ingest.fetch import is_url
from workbench.core.ingest.readers import dateline_meta, headline_title

FILE_FILTER = (
    "Articles and documents (*.txt *.md *.html *.htm *.pdf *.docx *.odt *.eml);;All files (*)"
)


def ask_import_files(parent: QWidget, start: str) -> list[Path]:
    chosen, _ = QFileDialog.getOpenFileNames(parent, "Import articles", start, FILE_FILTER)
    return [Path(p) for p in chosen]


def ask_import_folder(parent: QWidget, start: str) -> list[Path]:
    chosen = QFileDialog.getExistingDirectory(parent, "Import a folder of articles", start)
    return [Path(chosen)] if chosen else []


def import_buttons(dialog: QDialog) -> tuple[QDialogButtonBox, QPushButton]:
    """Import and Cancel buttons wired to the dialog; the Import button for enabling."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok_button.setText("Import")
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, ok_button


class UrlDialog(QDialog):
    """Web addresses to fetch and import, one a line; Import is enabled once each is one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Import web pages")
        self.resize(640, 240)
        self.addresses = QPlainTextEdit()
        self.addresses.setPlaceholderText(
            "https://example.org/news/story.html\n(one address a line)"
        )
        clipboard = QGuiApplication.clipboard().text().strip()
        if clipboard and all(is_url(line.strip()) for line in clipboard.splitlines()):
            self.addresses.setPlainText(clipboard)
        self.hint = QLabel()
        buttons, self.ok_button = import_buttons(self)
        self.addresses.textChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Addresses of the pages (or PDF and Word documents) to import:"))
        layout.addWidget(self.addresses, 1)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self._update_ok()

    def urls(self) -> list[str]:
        return [line.strip() for line in self.addresses.toPlainText().splitlines() if line.strip()]

    def _update_ok(self) -> None:
        bad = [url for url in self.urls() if not is_url(url)]
        self.hint.setText(f"Not a web address: {bad[0][:80]}" if bad else "")
        self.ok_button.setEnabled(bool(self.urls()) and not bad)


def ask_import_urls(parent: QWidget) -> list[str]:
    dialog = UrlDialog(parent)
    return dialog.urls() if dialog.exec() == QDialog.DialogCode.Accepted else []


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

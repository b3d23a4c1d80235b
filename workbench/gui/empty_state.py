"""What an empty case shows instead of blank panels: how to put articles in it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from workbench.gui.mainwindow import MainWindow

MESSAGE = "Import articles (Ctrl+O) or paste text (Ctrl+Shift+V)"


class EmptyState(QWidget):
    """A short explanation and the ways in: files, a folder, web addresses, pasted text."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        title = QLabel("<h2>This case has no articles yet</h2>")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = QLabel(
            f"<p>{MESSAGE}.</p><p>You can also drop files or folders (.txt, .md, .html, .pdf, "
            ".docx, .odt, .eml) or links from a browser onto this window. The workbench finds "
            "who claims what in each article, links "
            "claims that corroborate or conflict across articles, and lets you record a "
            "verdict for each.</p>"
        )
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setMaximumWidth(640)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for text, slot in (
            ("Import files…", window.ask_import_files),
            ("Import folder…", window.ask_import_folder),
            ("Import from URL…", window.ask_import_urls),
            ("Paste text…", window.ask_paste),
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, s=slot: s())
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(title)
        layout.addWidget(self.message, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(buttons)
        layout.addStretch(2)

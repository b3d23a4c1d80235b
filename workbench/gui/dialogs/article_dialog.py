"""An article's details: title, outlet, date, address and place, corrected by hand.

Import reads them from options, a sidecar, the page or the dateline; what it
could not read, or read wrong, is put right here (File > Article details,
Ctrl+I, or a double-click in the articles list). The date may stay empty:
an unknown date is better than a wrong one.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from workbench.core.domain import Article

FIELDS = (
    ("title", "Title", ""),
    ("outlet", "Outlet", "who published it, e.g. Harbor Post"),
    ("date", "Date", "YYYY-MM-DD, or empty when unknown"),
    ("url", "URL", "https://…"),
    ("place", "Place", "where the story is told from, e.g. GAZIPUR, Bangladesh"),
)


class ArticleDialog(QDialog):
    """The metadata of one article, as editable fields; :meth:`changes` says what changed."""

    def __init__(self, article: Article, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Article details")
        self.resize(560, 260)
        self.article = article
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for name, label, hint in FIELDS:
            field = QLineEdit(getattr(article, name))
            field.setPlaceholderText(hint)
            self.fields[name] = field
            form.addRow(label, field)
        where = article.path or "pasted text"
        note = f"From {where}; imported {article.imported_at[:16].replace('T', ' ')}"
        if article.language:
            note += f". Not in English ({article.language}): no claims were read from it"
        self.note = QLabel(note)
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(buttons)

    def changes(self) -> dict[str, str]:
        """The fields the person changed, with their new (trimmed) values."""
        values = {name: field.text().strip() for name, field in self.fields.items()}
        return {k: v for k, v in values.items() if v != getattr(self.article, k)}

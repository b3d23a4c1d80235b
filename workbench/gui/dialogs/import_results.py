"""What an import did, file by file: imported, already there, skipped, failed, not English.

The status bar has room for one line; an import of several files, or one
that did not simply succeed, opens this list so that no file's fate is
hidden. It shows whatever the import report holds.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.core.importing import ImportReport
from workbench.core.ingest.language import language_name

ARTICLE_ROLE = Qt.ItemDataRole.UserRole
Row = tuple[str, str, str, int]
"""(file, outcome, details, article id or 0)."""


def outcome_rows(report: ImportReport) -> Iterator[Row]:
    """Every file of the report with its outcome, in words."""
    for item in report.imported:
        language = getattr(item, "language", "")
        if language:
            yield (item.path, "imported, not in English",
                   f"written in {language_name(language)}: no claims read (extraction reads"
                   " English)", item.id)  # fmt: skip
        else:
            yield item.path, "imported", f"{item.claims} claim(s) · {item.title}", item.id
    for path, existing in report.duplicates:
        yield path, "already in the case", f"same text as article {existing}", existing
    for entry in getattr(report, "skipped", ()):
        path, reason = _pair(entry, "reason")
        yield path, "skipped", reason, 0
    for path, error in report.failed:
        yield path, "failed", error, 0
    if report.cancelled:
        yield "", "cancelled", "the import was stopped before the end", 0


def _pair(entry: object, second: str) -> tuple[str, str]:
    if isinstance(entry, tuple | list) and len(entry) == 2:
        return str(entry[0]), str(entry[1])
    if isinstance(entry, dict):
        return str(entry.get("path", "")), str(entry.get(second, ""))
    return str(getattr(entry, "path", entry)), str(getattr(entry, second, ""))


def needs_dialog(report: ImportReport) -> bool:
    """Anything but one file simply imported deserves the list."""
    rows = list(outcome_rows(report))
    return len(rows) != 1 or rows[0][1] != "imported"


class ImportResultsDialog(QDialog):
    """The outcome of one import; double-clicking an article opens it.

    Signals:
        article_chosen: the person wants to see an imported article (its id).
    """

    article_chosen = Signal(int)

    def __init__(self, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Import results")
        self.resize(820, 380)
        rows = list(outcome_rows(report))
        counts: dict[str, int] = {}
        for _, outcome, _, _ in rows:
            counts[outcome] = counts.get(outcome, 0) + 1
        self.summary = QLabel(", ".join(f"{n} {what}" for what, n in counts.items()))
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels(["File", "Outcome", "Details"])
        self.table.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(0, 260)
        self.table.setColumnWidth(1, 170)
        for path, outcome, details, article in rows:
            item = QTreeWidgetItem([Path(path).name if path else "", outcome, details])
            item.setToolTip(0, path)
            item.setToolTip(2, details)
            item.setData(0, ARTICLE_ROLE, article)
            self.table.addTopLevelItem(item)
        self.table.itemActivated.connect(self._open)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(QLabel("Double-click an imported article to open it."))
        layout.addWidget(buttons)

    def outcomes(self) -> list[tuple[str, str]]:
        """(file name, outcome) of each row, as shown."""
        return [
            (item.text(0), item.text(1))
            for i in range(self.table.topLevelItemCount())
            if (item := self.table.topLevelItem(i)) is not None
        ]

    def _open(self, item: QTreeWidgetItem, _column: int) -> None:
        article = int(item.data(0, ARTICLE_ROLE) or 0)
        if article:
            self.article_chosen.emit(article)

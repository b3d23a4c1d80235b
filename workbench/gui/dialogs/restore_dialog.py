"""File > Restore from backup: choose one of the case's snapshots."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.core.services import SnapshotSummary, case_snapshots

COLUMNS = ("Taken", "Why", "Articles", "Claims", "Size")
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class RestoreDialog(QDialog):
    """The snapshots, newest first; Restore puts the chosen one in the case's place."""

    def __init__(self, case_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Restore from backup")
        self.resize(720, 360)
        self.summaries = [s for s in case_snapshots(case_path) if s.sound]
        intro = QLabel(
            "Snapshots are taken daily, before upgrades and before every import and match. "
            "Restoring keeps the current file beside the case; nothing is written over."
            if self.summaries
            else f"{case_path.name} has no snapshots yet. File > Back up now makes one."
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(self.summaries), len(COLUMNS))
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        for row, summary in enumerate(self.summaries):
            for column, value in enumerate(_cells(summary)):
                item = QTableWidgetItem(value)
                if column >= 2:
                    item.setTextAlignment(RIGHT)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self.accept)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            "Restore", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(bool(self.summaries))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(self.buttons)
        if self.summaries:
            self.table.selectRow(0)
            self.table.setFocus()

    def chosen(self) -> SnapshotSummary | None:
        rows = self.table.selectionModel().selectedRows()
        return self.summaries[rows[0].row()] if rows else None


def _cells(summary: SnapshotSummary) -> tuple[str, ...]:
    snapshot = summary.snapshot
    return (
        snapshot.when,
        snapshot.reason.replace("-", " ").capitalize(),
        f"{summary.articles:,}",
        f"{summary.claims:,}",
        f"{summary.size / 1e6:.1f} MB",
    )

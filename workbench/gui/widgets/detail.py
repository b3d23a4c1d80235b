"""Claim detail: the verdict a person records, and the trail that led to it.

The status list is the case's vocabulary, each entry with its colour; the
note is saved when focus leaves it or on Ctrl+Enter; evidence is a list of
links with comments; history is the claim's audit trail, newest first.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbench.core.domain import Claim, Evidence, HistoryEntry, Status
from workbench.core.export.labels import source_type_label


def swatch(colour: str, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


def describe_history(entry: HistoryEntry) -> str:
    """One line a person reads: ``2024-05-01 12:00 user: status unverified → verified``."""
    when = entry.at.replace("T", " ")[:16]
    who = f" {entry.by}" if entry.by else ""
    if entry.field:
        old = (entry.old or "∅")[:60]
        new = (entry.new or "∅")[:60]
        return f"{when}{who}: {entry.field} {old} → {new}"
    return f"{when}{who}: {entry.action} {(entry.new or entry.old or '')[:60]}".rstrip()


class ClaimDetail(QWidget):
    """Status, note, evidence and history of the current claim.

    Signals:
        status_chosen: the user picked a status (its name).
        note_saved: the note was edited (the new text).
        evidence_added: (url, comment).
        evidence_removed: the evidence id.
    """

    status_chosen = Signal(str)
    note_saved = Signal(str)
    evidence_added = Signal(str, str)
    evidence_removed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.claim: Claim | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.status = QComboBox()
        self.status.setToolTip("Verification status (keys 1-7)")
        self.status.activated.connect(self._on_status)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText("Note (n to focus, Ctrl+Enter or leave the field to save)")
        self.note.setMaximumHeight(90)
        self.note.installEventFilter(self)
        self.evidence = QListWidget()
        self.evidence.setMaximumHeight(90)
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://… evidence link")
        self.comment = QLineEdit()
        self.comment.setPlaceholderText("comment")
        self.add_button = QPushButton("Add")
        self.add_button.clicked.connect(self._on_add)
        self.url.returnPressed.connect(self._on_add)
        self.remove_button = QPushButton("Remove")
        self.remove_button.clicked.connect(self._on_remove)
        self.history = QListWidget()
        evidence_row = QHBoxLayout()
        evidence_row.addWidget(self.url, 2)
        evidence_row.addWidget(self.comment, 1)
        evidence_row.addWidget(self.add_button)
        evidence_row.addWidget(self.remove_button)
        form = QFormLayout()
        form.addRow("Status", self.status)
        form.addRow("Note", self.note)
        form.addRow("Evidence", self.evidence)
        form.addRow("", evidence_row)
        form.addRow("History", self.history)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addLayout(form, 1)
        self.show_claim(None, [], [], [])

    def set_statuses(self, statuses: Sequence[Status]) -> None:
        self.status.blockSignals(True)
        self.status.clear()
        for number, status in enumerate(statuses, start=1):
            key = f"  [{number}]" if number <= 9 else ""
            self.status.addItem(swatch(status.color), f"{status.label}{key}", status.name)
        self.status.blockSignals(False)

    def show_claim(
        self,
        claim: Claim | None,
        evidence: Sequence[Evidence],
        history: Sequence[HistoryEntry],
        statuses: Sequence[Status],
    ) -> None:
        self.claim = claim
        enabled = claim is not None
        for widget in (self.status, self.note, self.url, self.comment, self.add_button):
            widget.setEnabled(enabled)
        self.remove_button.setEnabled(enabled and bool(evidence))
        if statuses and self.status.count() != len(statuses):
            self.set_statuses(statuses)
        self.status.blockSignals(True)
        self.status.setCurrentIndex(self.status.findData(claim.status) if claim else -1)
        self.status.blockSignals(False)
        if not self.note.hasFocus() or claim is None:
            self.note.setPlainText(claim.note if claim else "")
        self.evidence.clear()
        for item in evidence:
            row = QListWidgetItem(f"{item.url}  —  {item.comment}" if item.comment else item.url)
            row.setData(Qt.ItemDataRole.UserRole, item.id)
            row.setToolTip(item.url)
            self.evidence.addItem(row)
        self.history.clear()
        for entry in sorted(history, key=lambda h: (h.at, h.id), reverse=True):
            self.history.addItem(describe_history(entry))
        if claim is None:
            self.summary.setText("<i>No claim selected</i>")
        else:
            kind = source_type_label(str(claim.source_type))
            who = claim.source_resolved or claim.source or "the article"
            self.summary.setText(f"<b>{who}</b> ({kind}, {claim.stance}, {claim.origin})")

    def save_note(self) -> None:
        if self.claim is not None and self.note.toPlainText() != self.claim.note:
            self.note_saved.emit(self.note.toPlainText())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.note:
            if event.type() == QEvent.Type.FocusOut:
                self.save_note()
            elif event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
                ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
                if ctrl and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    self.save_note()
                    return True
        return super().eventFilter(watched, event)

    def _on_status(self, index: int) -> None:
        name = self.status.itemData(index)
        if self.claim is not None and name and name != self.claim.status:
            self.status_chosen.emit(name)

    def _on_add(self) -> None:
        if self.claim is not None and self.url.text().strip():
            self.evidence_added.emit(self.url.text().strip(), self.comment.text().strip())
            self.url.clear()
            self.comment.clear()

    def _on_remove(self) -> None:
        item = self.evidence.currentItem()
        if self.claim is not None and item is not None:
            self.evidence_removed.emit(int(item.data(Qt.ItemDataRole.UserRole)))

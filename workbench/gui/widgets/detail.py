"""Claim detail: the verdict a person records, and the trail that led to it.

The status list is the case's vocabulary, each entry with its colour; below
it what extraction read of the claim (source type, stance, anonymity, cue),
each correctable. The note is saved when focus leaves it, on Ctrl+Enter or
on Escape (which all hand the keys back to the claims list; Ctrl+Z undoes a
note); Tab leaves the note rather than typing a tab. Enter in the evidence
fields adds the link. History is the claim's audit trail in words, newest
first.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
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

from workbench.core.domain import Claim, Evidence, HistoryEntry, Origin, SourceType, Stance, Status
from workbench.core.export.history_text import history_line
from workbench.core.export.labels import source_type_label, stance_label
from workbench.gui.focus import FieldKeys

ORIGINS = {Origin.EXTRACTED: "found by extraction", Origin.MANUAL: "marked by hand",
           Origin.IMPORTED: "imported from another case"}  # fmt: skip


def swatch(colour: str, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class ClaimDetail(QWidget):
    """Status, corrections, note, evidence and history of the current claim.

    Signals:
        status_chosen: the user picked a status (its name).
        note_saved: the note was edited (the new text).
        evidence_added: (url, comment).
        evidence_removed: the evidence id.
        corrected: a field of the claim corrected (field name, new value):
            ``source_type`` (str), ``stance`` (str), ``anonymous`` (bool).
        cue_requested: the reader's selection should become the cue.
        finished: the person is done in a field; the claims list takes the keys back.
    """

    status_chosen = Signal(str)
    note_saved = Signal(str)
    evidence_added = Signal(str, str)
    evidence_removed = Signal(int)
    corrected = Signal(str, object)
    cue_requested = Signal()
    finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.claim: Claim | None = None
        self.status_labels: dict[str, str] = {}
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.status = QComboBox()
        self.status.setToolTip("Verification status (keys 1-7)")
        self.status.activated.connect(self._on_status)
        self.source_type = QComboBox()
        for kind in SourceType:
            self.source_type.addItem(source_type_label(str(kind)), str(kind))
        self.source_type.setToolTip("The source's type, for this claim (wins over its source's)")
        self.source_type.activated.connect(lambda i: self._correct("source_type", self.source_type))
        self.stance = QComboBox()
        for stance in Stance:
            self.stance.addItem(stance_label(str(stance)), str(stance))
        self.stance.activated.connect(lambda i: self._correct("stance", self.stance))
        self.anonymous = QCheckBox("Anonymous source")
        self.anonymous.clicked.connect(lambda on: self._emit("anonymous", bool(on)))
        self.cue = QLabel()
        self.cue_button = QPushButton("Cue from selection (U)")
        self.cue_button.setToolTip("Select the cue word in the reader, then press U")
        self.cue_button.clicked.connect(self.cue_requested)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(
            "Note (N to write; Ctrl+Enter, Escape or Tab saves it and goes back to the claims)"
        )
        self.note.setMaximumHeight(90)
        self.note.setTabChangesFocus(True)
        self.note.installEventFilter(self)
        self.evidence = QListWidget()
        self.evidence.setMaximumHeight(90)
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://… evidence link (Enter adds it)")
        self.comment = QLineEdit()
        self.comment.setPlaceholderText("comment")
        self.add_button = QPushButton("Add")
        self.add_button.clicked.connect(self._on_add)
        self.remove_button = QPushButton("Remove")
        self.remove_button.clicked.connect(self._on_remove)
        self._field_keys = [
            FieldKeys(field, enter=self._on_add, escape=self.finished.emit)
            for field in (self.url, self.comment)
        ]
        self.history = QListWidget()
        reading = QHBoxLayout()
        reading.addWidget(self.source_type)
        reading.addWidget(self.stance)
        reading.addWidget(self.anonymous)
        cue_row = QHBoxLayout()
        cue_row.addWidget(self.cue, 1)
        cue_row.addWidget(self.cue_button)
        evidence_row = QHBoxLayout()
        evidence_row.addWidget(self.url, 2)
        evidence_row.addWidget(self.comment, 1)
        evidence_row.addWidget(self.add_button)
        evidence_row.addWidget(self.remove_button)
        form = QFormLayout()
        form.addRow("Status", self.status)
        form.addRow("Source", reading)
        form.addRow("Cue", cue_row)
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
        self.status_labels = {s.name: s.label for s in statuses}
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
        for widget in (
            self.status, self.note, self.url, self.comment, self.add_button, self.source_type,
            self.stance, self.anonymous, self.cue_button,
        ):  # fmt: skip
            widget.setEnabled(enabled)
        self.remove_button.setEnabled(enabled and bool(evidence))
        if statuses and self.status.count() != len(statuses):
            self.set_statuses(statuses)
        _choose(self.status, claim.status if claim else None)
        _choose(self.source_type, str(claim.source_type) if claim else None)
        _choose(self.stance, str(claim.stance) if claim else None)
        self.anonymous.setChecked(bool(claim and claim.anonymous))
        self.cue.setText(f"“{claim.cue}”" if claim and claim.cue else "(none)")
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
            self.history.addItem(history_line(entry, self.status_labels))
        self.summary.setText(_summary(claim))

    def save_note(self) -> None:
        if self.claim is not None and self.note.toPlainText() != self.claim.note:
            self.note_saved.emit(self.note.toPlainText())

    def clear_evidence_fields(self) -> None:
        """After an evidence link was stored: the fields are ready for the next one."""
        self.url.clear()
        self.comment.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.note:
            if event.type() == QEvent.Type.FocusOut:
                self.save_note()
            elif event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
                ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
                enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                if (ctrl and enter) or event.key() == Qt.Key.Key_Escape:
                    self.save_note()
                    self.finished.emit()
                    return True
        return super().eventFilter(watched, event)

    def _on_status(self, index: int) -> None:
        name = self.status.itemData(index)
        if self.claim is not None and name and name != self.claim.status:
            self.status_chosen.emit(name)

    def _correct(self, field: str, combo: QComboBox) -> None:
        value = combo.currentData()
        if self.claim is not None and value and value != str(getattr(self.claim, field)):
            self.corrected.emit(field, value)

    def _emit(self, field: str, value: object) -> None:
        if self.claim is not None:
            self.corrected.emit(field, value)

    def _on_add(self) -> None:
        if self.claim is not None and self.url.text().strip():
            self.evidence_added.emit(self.url.text().strip(), self.comment.text().strip())

    def _on_remove(self) -> None:
        item = self.evidence.currentItem()
        if self.claim is not None and item is not None:
            self.evidence_removed.emit(int(item.data(Qt.ItemDataRole.UserRole)))


def _choose(combo: QComboBox, value: str | None) -> None:
    combo.blockSignals(True)
    combo.setCurrentIndex(combo.findData(value) if value is not None else -1)
    combo.blockSignals(False)


def _summary(claim: Claim | None) -> str:
    if claim is None:
        return "<i>No claim selected</i>"
    who = claim.source_resolved or claim.source or "the article"
    kind = source_type_label(str(claim.source_type))
    own = " (set for this claim)" if claim.source_type_override else ""
    return f"<b>{who}</b> ({kind}{own}, {stance_label(str(claim.stance))}, {ORIGINS[claim.origin]})"

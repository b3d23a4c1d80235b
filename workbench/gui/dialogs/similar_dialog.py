"""Claim > Find similar claims: "have we seen this before?" for one claim or a text.

A non-modal window beside the main one: the query (the current claim's
content, editable), then the stored claims most like it, by words and, with
the semantic extra, by meaning. Enter or a double-click on a result makes
that claim current in the main window; Corroborates and Conflicts link the
selected result to the searched claim by hand (undoable), for the pairs the
matcher missed. The ranking runs on the worker pool; the first search of a
session loads the meaning model and the first of a case embeds its claims:
a moving bar and a line say which, then how far.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.core.domain import Claim, Link
from workbench.core.embeddings import words_only_reason
from workbench.core.progress import CancelFlag, Progress
from workbench.core.services import Case
from workbench.gui.workers import TaskRunner, with_case

CHANNEL = "similar"
TOP = 25
CLAIM_ID_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True, slots=True)
class SimilarHit:
    """One result row: the claim, its score and where it was published."""

    claim: Claim
    score: float
    article: str
    same_article: bool
    link: str = ""
    """How a stored link already relates it to the searched claim ("" for none)."""


def find_similar(
    case: Case,
    text: str,
    claim: Claim | None,
    progress: Progress,
    cancelled: CancelFlag,
    top: int = TOP,
) -> list[SimilarHit]:
    """The claims most like ``text``, without ``claim`` itself, labelled with their article."""
    ranked = case.similar(text, top + 1, progress, cancelled)
    labels = {a.id: " — ".join(p for p in (a.outlet, a.title) if p) for a in case.articles()}
    own = claim.article_id if claim is not None else None
    linked = {k.other(claim.id): link_label(k) for k in case.links_of(claim.id)} if claim else {}
    return [
        SimilarHit(
            found,
            score,
            labels.get(found.article_id, ""),
            found.article_id == own,
            linked.get(found.id, ""),
        )
        for found, score in ranked
        if claim is None or found.id != claim.id
    ][:top]


def link_label(link: Link) -> str:
    """A stored link as the results show it: its relation, and a person's decision."""
    decided = {True: ", accepted", False: ", rejected", None: ""}[link.confirmed]
    return f"{link.relation}{decided}"


class SimilarDialog(QDialog):
    """Results of one similarity search at a time; a new search replaces the last.

    Signals:
        claim_chosen: the person opened a result (its claim id).
        searched: a search finished (how many results).
        link_requested: link the searched claim to a result (their ids, the relation).
    """

    claim_chosen = Signal(int)
    searched = Signal(int)
    link_requested = Signal(int, int, str)

    def __init__(self, case_path: Path, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Similar claims")
        self.resize(980, 520)
        self._case_path = case_path
        self._runner = runner
        self._claim: Claim | None = None
        self.query = QLineEdit()
        self.query.setPlaceholderText("A claim, in any words")
        self.query.returnPressed.connect(self.search)
        find = QPushButton("Find")
        find.clicked.connect(self.search)
        self.status = QLabel("")
        self.busy = QProgressBar()
        self.busy.setMaximumHeight(10)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.results = QTreeWidget()
        self.results.setRootIsDecorated(False)
        self.results.setUniformRowHeights(True)
        self.results.setHeaderLabels(["Score", "Link", "Article", "Source", "Claim"])
        header = self.results.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.results.setColumnWidth(1, 150)
        self.results.setColumnWidth(2, 240)
        self.results.setColumnWidth(3, 180)
        self.results.itemActivated.connect(self._open)
        self.results.currentItemChanged.connect(self._enable_linking)
        self.corroborates = QPushButton("&Corroborates")
        self.conflicts = QPushButton("Con&flicts")
        for button, relation in (
            (self.corroborates, "corroborates"),
            (self.conflicts, "conflicts"),
        ):
            button.setToolTip(f"Link the selected claim to the searched one: it {relation} it")
            button.clicked.connect(lambda _=False, r=relation: self._request_link(r))
        top = QHBoxLayout()
        top.addWidget(self.query, 1)
        top.addWidget(find)
        bottom = QHBoxLayout()
        bottom.addWidget(QLabel("The selected claim, against the searched one:"))
        bottom.addWidget(self.corroborates)
        bottom.addWidget(self.conflicts)
        bottom.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.busy)
        layout.addWidget(self.results, 1)
        layout.addLayout(bottom)
        self._enable_linking()

    def search_claim(self, claim: Claim) -> None:
        """Search for claims like ``claim`` (its own row is left out)."""
        self._claim = claim
        self.query.setText(claim.content)
        self.query.setCursorPosition(0)
        self.search()

    def search(self) -> None:
        text = self.query.text().strip()
        if not text:
            self.status.setText("Type a claim to search for.")
            return
        if self._claim is not None and text != self._claim.content:
            self._claim = None  # edited: a free-text search now
        claim = self._claim
        self.results.clear()
        self.status.setText("Searching…")
        self.busy.setRange(0, 0)  # moving until the search says how far it is
        self.busy.show()

        def work(
            case: Case, progress: Progress, cancelled: CancelFlag
        ) -> tuple[list[SimilarHit], bool]:
            return find_similar(case, text, claim, progress, cancelled), case.ranks_by_meaning()

        self._runner.submit(
            CHANNEL,
            with_case(self._case_path, work),
            on_done=self._show,
            on_failed=self._failed,
            on_progress=self._progress,
            on_cancelled=self._stopped,
        )

    def _progress(self, done: int, total: int, message: str) -> None:
        if not total:
            self.busy.setRange(0, 0)
            self.status.setText(f"{message}…")
            return
        self.busy.setRange(0, total)
        self.busy.setValue(done)
        self.status.setText(f"{message}: {done:,} of {total:,} (once per case)…")

    def _stopped(self) -> None:
        self.busy.hide()
        self.status.setText("Stopped.")

    def _failed(self, message: str) -> None:
        self.busy.hide()
        lines = message.strip().splitlines()
        self.status.setText(lines[-1] if lines else "The search failed.")

    def _show(self, found: tuple[list[SimilarHit], bool]) -> None:
        hits, by_meaning = found
        self.busy.hide()
        if not self.isVisible():
            return  # closed while the search ran: nobody is waiting for it
        self.results.clear()
        for hit in hits:
            article = ("Same article · " if hit.same_article else "") + hit.article
            item = QTreeWidgetItem(
                [
                    f"{hit.score:.0f}",
                    hit.link,
                    article,
                    hit.claim.source_resolved,
                    hit.claim.content,
                ]
            )
            item.setData(0, CLAIM_ID_ROLE, hit.claim.id)
            item.setTextAlignment(0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(4, hit.claim.content)
            if hit.same_article:
                font = QFont(item.font(2))
                font.setItalic(True)
                item.setFont(2, font)
            self.results.addTopLevelItem(item)
        method = "by words and meaning" if by_meaning else f"by words only ({words_only_reason()})"
        self.status.setText(
            f"{len(hits)} similar claims, best first, {method}"
            if hits
            else f"Nothing similar in this case ({method})."
        )
        first = self.results.topLevelItem(0)
        if first is not None:
            self.results.setCurrentItem(first)
            self.results.setFocus(Qt.FocusReason.OtherFocusReason)
        self.searched.emit(len(hits))

    def _enable_linking(self, *_: object) -> None:
        """Linking needs a searched claim (not free text) and a selected result."""
        able = self._claim is not None and self.results.currentItem() is not None
        self.corroborates.setEnabled(able)
        self.conflicts.setEnabled(able)

    def _request_link(self, relation: str) -> None:
        item = self.results.currentItem()
        if self._claim is not None and item is not None:
            self.link_requested.emit(self._claim.id, int(item.data(0, CLAIM_ID_ROLE)), relation)

    def mark_linked(self, claim_id: int, label: str) -> None:
        """Show on a result's row how it is now linked (``link_label`` of the link)."""
        for row in range(self.results.topLevelItemCount()):
            item = self.results.topLevelItem(row)
            if item is not None and int(item.data(0, CLAIM_ID_ROLE)) == claim_id:
                item.setText(1, label)

    def _open(self, item: QTreeWidgetItem, _column: int) -> None:
        self.claim_chosen.emit(int(item.data(0, CLAIM_ID_ROLE)))

    def done(self, result: int) -> None:
        self._runner.cancel(CHANNEL)
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._runner.cancel(CHANNEL)
        super().closeEvent(event)

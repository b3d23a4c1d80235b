"""The claims table with its filter bar: search, status, source type, article, source,
proposals.

The panel only turns the controls into a :class:`ClaimQuery`; the window runs
the query through the facade and hands the ids to the model.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.core.domain import ClaimQuery, SourceType, Status
from workbench.core.export.labels import source_type_label
from workbench.gui.models.claim_sort import COLUMNS, Column
from workbench.gui.models.claims_model import ClaimsTableModel
from workbench.gui.widgets.detail import swatch

SEARCH_DELAY_MS = 250
ALL = ""
SCOPE_CASE, SCOPE_ARTICLE = "case", "article"
LINKS_OPEN = "open"


class ClaimsPanel(QWidget):
    """Filters above the lazily loaded claims table.

    Signals:
        query_changed: a filter changed (after a short pause while typing).
        source_cleared: the person removed the source filter (its chip's button).
    """

    query_changed = Signal()
    source_cleared = Signal()

    def __init__(self, model: ClaimsTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.article_id: int | None = None
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search claims (/)")
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.source_type = QComboBox()
        self.source_type.addItem("All source types", ALL)
        for kind in SourceType:
            self.source_type.addItem(source_type_label(str(kind)), str(kind))
        self.scope = QComboBox()
        self.scope.addItem("Whole case", SCOPE_CASE)
        self.scope.addItem("Selected article", SCOPE_ARTICLE)
        self.links = QComboBox()
        self.links.addItem("Any links", ALL)
        self.links.addItem("Proposals to decide", LINKS_OPEN)
        self.links.setToolTip("Only claims with a proposed link nobody has decided yet (P)")
        self.count = QLabel()
        # The source chosen in the Sources panel: its claims only, until cleared here.
        self.source_id: int | None = None
        self.source_chip = QPushButton()
        self.source_chip.setToolTip("Showing one source's claims; click to show every source's")
        self.source_chip.setVisible(False)
        self.source_chip.clicked.connect(self._clear_source_clicked)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.query_changed)
        self.search.textChanged.connect(self._timer.start)
        for combo in (self.status, self.source_type, self.scope, self.links):
            combo.currentIndexChanged.connect(self.query_changed)
        self.table = QTableView()
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(False)  # enabled after the first load: no sort at start
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        widths = {Column.SOURCE: 150, Column.TYPE: 90, Column.CUE: 70, Column.CONTENT: 380}
        widths |= {Column.STATUS: 110, Column.CORROBORATING: 48, Column.CONFLICTING: 52}
        widths |= {Column.MARKS: 90}
        for i, column in enumerate(COLUMNS):
            header.resizeSection(i, widths.get(column, 160))
        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        bar.addWidget(self.status)
        bar.addWidget(self.source_type)
        bar.addWidget(self.scope)
        bar.addWidget(self.links)
        bar.addWidget(self.source_chip)
        bar.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

    def set_statuses(self, statuses: Sequence[Status]) -> None:
        current = self.status.currentData()
        self.status.blockSignals(True)
        self.status.clear()
        self.status.addItem("All statuses", ALL)
        for status in statuses:
            self.status.addItem(swatch(status.color), status.label, status.name)
        index = self.status.findData(current)
        self.status.setCurrentIndex(max(index, 0))
        self.status.blockSignals(False)

    def set_article(self, article_id: int | None) -> None:
        """The article the "Selected article" scope means."""
        changed = article_id != self.article_id
        self.article_id = article_id
        if changed and self.scope.currentData() == SCOPE_ARTICLE:
            self.query_changed.emit()

    def set_source(self, source_id: int | None, name: str = "", *, announce: bool = True) -> None:
        """Show only the claims of ``source_id`` (None: of every source)."""
        if source_id == self.source_id:
            return
        self.source_id = source_id
        self.source_chip.setText(f"Source: {_short(name)}  \u2715")
        self.source_chip.setVisible(source_id is not None)
        if announce:
            self.query_changed.emit()

    def _clear_source_clicked(self) -> None:
        self.set_source(None)
        self.source_cleared.emit()

    def query(self) -> ClaimQuery:
        status = self.status.currentData()
        kind = self.source_type.currentData()
        articles: tuple[int, ...] = ()
        if self.scope.currentData() == SCOPE_ARTICLE and self.article_id is not None:
            articles = (self.article_id,)
        return ClaimQuery(
            statuses=(status,) if status else (),
            source_types=(kind,) if kind else (),
            article_ids=articles,
            source_ids=(self.source_id,) if self.source_id is not None else (),
            search=self.search.text().strip(),
            open_links=self.links.currentData() == LINKS_OPEN,
        )

    def search_now(self) -> None:
        """Apply the typed search at once (Enter), not after the typing pause."""
        if self._timer.isActive():
            self._timer.stop()
            self.query_changed.emit()

    def clear_search(self) -> None:
        """Escape in the search: the search is dropped and every claim shows again."""
        self._timer.stop()
        if self.search.text():
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self.query_changed.emit()

    def toggle_proposals(self) -> None:
        """Show only the claims with proposals to decide, or every claim again."""
        self.links.setCurrentIndex(1 - self.links.currentIndex())

    def show_count(self, shown: int, total: int) -> None:
        self.count.setText(f"{shown:,} of {total:,}" if shown != total else f"{total:,} claims")

    def current_claim_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.claim_id_at(index.row()) if index.isValid() else None

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            index = self.model.index(row, 0)
            visible = self.table.viewport().rect().contains(self.table.visualRect(index))
            self.table.selectRow(row)
            if not visible:  # a jump: show the claim with its neighbours around it
                self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)


def _short(name: str, most: int = 32) -> str:
    return name if len(name) <= most else name[: most - 1] + "\u2026"

"""The claims table: a thin model over claim ids with a paged row cache.

A case may hold 100,000 claims. The model keeps only their ids (cheap to
list and to reorder) and loads the claims themselves a page at a time, when
the view asks for a row, through the facade's ``claims_by_ids``. Filtering
is the service's query (the caller hands over the resulting ids); sorting
is a new id order, computed by :mod:`workbench.gui.models.claim_sort`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from workbench.core.domain import Claim, Status, SupportCounts
from workbench.gui.models.claim_sort import COLUMNS, Column, column_text

Loader = Callable[[Sequence[int]], list[Claim]]
Index = QModelIndex | QPersistentModelIndex
PAGE = 200
CLAIM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_CACHED_PAGES = 50


class ClaimsTableModel(QAbstractTableModel):
    """Rows are claim ids; a claim is loaded the first time its row is shown.

    Signals:
        sort_requested: the view asked for an order (column index, Qt.SortOrder);
            the owner computes it, off the GUI thread for big tables.
    """

    sort_requested = Signal(int, Qt.SortOrder)

    def __init__(self, loader: Loader, parent: Any = None) -> None:
        super().__init__(parent)
        self._load = loader
        self._ids: list[int] = []
        self._rows: dict[int, int] | None = None
        self._cache: dict[int, Claim] = {}
        self._pages: list[int] = []
        self._support: Mapping[int, SupportCounts] | None = None
        self._statuses: dict[str, Status] = {}
        self._titles: dict[int, str] = {}
        self._evidence: dict[int, int] = {}

    # Feeding -----------------------------------------------------------------

    def set_ids(self, ids: Sequence[int]) -> None:
        """Show these claims, in this order (a new filter or sort)."""
        self.beginResetModel()
        self._ids = list(ids)
        self._rows = None
        self._cache.clear()
        self._pages.clear()
        self.endResetModel()

    def reorder(self, ids: Sequence[int]) -> None:
        """The same claims in a new order; cached claims stay cached."""
        if sorted(ids) != sorted(self._ids):
            self.set_ids(ids)
            return
        self.layoutAboutToBeChanged.emit()
        old_ids = self._ids
        self._ids = list(ids)
        self._rows = None
        self._pages.clear()
        self._cache.clear()
        new_rows = self.rows_by_id()
        persistent = self.persistentIndexList()
        moved = [self.index(new_rows[old_ids[index.row()]], index.column()) for index in persistent]
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def set_support(self, support: Mapping[int, SupportCounts] | None) -> None:
        self._support = support
        self._columns_changed(Column.CORROBORATING, Column.CONFLICTING)

    def set_statuses(self, statuses: Sequence[Status]) -> None:
        self._statuses = {s.name: s for s in statuses}
        self._columns_changed(Column.STATUS, Column.STATUS)

    def set_evidence_counts(self, counts: Mapping[int, int]) -> None:
        """How many evidence links each claim cites, for the notes column."""
        self._evidence = dict(counts)
        self._columns_changed(Column.MARKS, Column.MARKS)

    def set_article_titles(self, titles: Mapping[int, str]) -> None:
        self._titles = dict(titles)
        self._columns_changed(Column.ARTICLE, Column.ARTICLE)

    def refresh_claim(self, claim_id: int) -> None:
        """Reload one claim (after an edit) and repaint its row."""
        row = self.row_of(claim_id)
        if row is None:
            return
        found = self._load([claim_id])
        if found:
            self._cache[claim_id] = found[0]
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def _columns_changed(self, first: Column, last: Column) -> None:
        if self._ids:
            top = self.index(0, COLUMNS.index(first))
            bottom = self.index(len(self._ids) - 1, COLUMNS.index(last))
            self.dataChanged.emit(top, bottom)

    # Reading -----------------------------------------------------------------

    def ids(self) -> list[int]:
        return list(self._ids)

    def claim_id_at(self, row: int) -> int:
        return self._ids[row]

    def rows_by_id(self) -> dict[int, int]:
        if self._rows is None:
            self._rows = {claim_id: row for row, claim_id in enumerate(self._ids)}
        return self._rows

    def row_of(self, claim_id: int) -> int | None:
        return self.rows_by_id().get(claim_id)

    def claim_at(self, row: int) -> Claim | None:
        """The claim of ``row``, loading its page of rows on a cache miss."""
        if not 0 <= row < len(self._ids):
            return None
        claim_id = self._ids[row]
        claim = self._cache.get(claim_id)
        if claim is None:
            self._load_page(row // PAGE)
            claim = self._cache.get(claim_id)
        return claim

    def _load_page(self, page: int) -> None:
        ids = self._ids[page * PAGE : (page + 1) * PAGE]
        for claim in self._load(ids):
            self._cache[claim.id] = claim
        self._pages.append(page)
        if len(self._pages) > MAX_CACHED_PAGES:  # keep memory flat while scrolling
            oldest = self._pages.pop(0)
            for claim_id in self._ids[oldest * PAGE : (oldest + 1) * PAGE]:
                self._cache.pop(claim_id, None)

    # Qt model interface ------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return COLUMNS[section].title
            if role == Qt.ItemDataRole.ToolTipRole:
                return COLUMNS[section].tooltip
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == CLAIM_ID_ROLE:
            return self._ids[index.row()]
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.DecorationRole,
        ):
            return None
        claim = self.claim_at(index.row())
        if claim is None:
            return None
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DecorationRole:
            status = self._statuses.get(claim.status)
            return QColor(status.color) if column is Column.STATUS and status else None
        text = column_text(
            column, claim, self._support, self._statuses, self._titles, self._evidence
        )
        if role == Qt.ItemDataRole.ToolTipRole:
            if column is Column.MARKS and claim.note:
                return f"Note: {claim.note}"
            return claim.content if column is Column.CONTENT else text or None
        return text

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(COLUMNS):
            self.sort_requested.emit(column, order)

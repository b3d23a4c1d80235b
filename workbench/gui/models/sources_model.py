"""The Sources panel's table: a thin model over the case's source summaries.

A case has thousands of sources at most (one per referent), so the rows are
held whole; filtering by the text box and sorting are a proxy's work.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from workbench.core.domain import SourceSummary
from workbench.core.export.labels import source_type_label
from workbench.gui.models.list_tables import SORT_ROLE, TextFilter, selectable

Index = QModelIndex | QPersistentModelIndex
SOURCE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
HEADERS = ("Source", "Type", "Claims", "Articles", "Corrob.", "Confl.")
TOOLTIPS = (
    "Who speaks, one row per referent across the case",
    "The source's type; right-click to retype",
    "Its claims",
    "The articles that quote it",
    "Its claims that another source corroborates",
    "Its claims that another source contradicts",
)


class SourcesModel(QAbstractTableModel):
    """One row per source: name, type, claims, articles, corroborated, conflicted."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._sources: list[SourceSummary] = []

    def set_sources(self, sources: Sequence[SourceSummary]) -> None:
        self.beginResetModel()
        self._sources = list(sources)
        self.endResetModel()

    def sources(self) -> list[SourceSummary]:
        return list(self._sources)

    def source_at(self, row: int) -> SourceSummary | None:
        return self._sources[row] if 0 <= row < len(self._sources) else None

    def row_of(self, source_id: int) -> int | None:
        for row, source in enumerate(self._sources):
            if source.id == source_id:
                return row
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._sources)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return TOOLTIPS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        source = self.source_at(index.row()) if index.isValid() else None
        if source is None:
            return None
        column = index.column()
        if role == SOURCE_ID_ROLE:
            return source.id
        values: tuple[Any, ...] = (
            source.name,
            str(source.type),
            source.claims,
            source.articles,
            source.corroborated,
            source.conflicted,
        )
        if role == SORT_ROLE:
            return values[column].lower() if column == 0 else values[column]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 1:
                label = source_type_label(str(source.type))
                return f"{label} (anonymous)" if source.anonymous else label
            return str(values[column])
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return source.name
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return selectable(index)


SourcesFilter = TextFilter
"""Filter on name and type; numeric sort on the counts."""

"""What the short lists of the window (articles, sources) share: read-only rows, a text filter.

Both hold every row (hundreds of articles, thousands of sources at most) and
let a proxy filter them by the text box and sort them by :data:`SORT_ROLE`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

SORT_ROLE = Qt.ItemDataRole.UserRole + 2
"""The value a column sorts by: numbers as numbers, names without case."""


def selectable(index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
    """Flags of a read-only row that can be selected."""
    if not index.isValid():
        return Qt.ItemFlag.NoItemFlags
    return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class TextFilter(QSortFilterProxyModel):
    """Case-insensitive filter on every column's text; sorting by :data:`SORT_ROLE`."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self.setSortRole(SORT_ROLE)

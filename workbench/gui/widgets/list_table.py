"""The filter box and table of the window's short lists (articles, sources)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTableView


def filter_box(proxy: QSortFilterProxyModel, placeholder: str) -> QLineEdit:
    """A line edit whose text filters ``proxy`` as it is typed."""
    box = QLineEdit()
    box.setPlaceholderText(placeholder)
    box.setClearButtonEnabled(True)
    box.textChanged.connect(proxy.setFilterFixedString)
    return box


def list_table(proxy: QSortFilterProxyModel, widths: Sequence[int]) -> QTableView:
    """A table of whole rows, one selected at a time, sortable by a click on a header.

    The rows keep their model's order until the first click (sort indicator -1);
    columns have fixed widths: sizing to contents reads every row, slow for thousands.
    """
    table = QTableView()
    table.setModel(proxy)
    table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(False)
    for column, width in enumerate(widths):
        header.resizeSection(column, width)
    return table

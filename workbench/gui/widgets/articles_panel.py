"""The articles list with its filter box."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.gui.models.articles_model import ARTICLE_ID_ROLE, ArticlesFilter, ArticlesModel

COLUMN_WIDTHS = (230, 110, 82, 48, 64)


class ArticlesPanel(QWidget):
    """Articles of the case, newest last; picking one opens it in the reader.

    Signals:
        article_chosen: the user picked an article (its id).
    """

    article_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ArticlesModel(self)
        self.proxy = ArticlesFilter(self)
        self.proxy.setSourceModel(self.model)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText("Filter articles (Enter opens the first, Escape clears)")
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        # The case lists articles by date already; -1 keeps that order until a click.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        # Fixed widths: sizing to contents reads every row, slow for thousands of articles.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in enumerate(COLUMN_WIDTHS):
            header.resizeSection(column, width)
        self.table.selectionModel().currentRowChanged.connect(self._on_row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)

    def _on_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.article_chosen.emit(int(current.data(ARTICLE_ID_ROLE)))

    def first_shown(self) -> int | None:
        """The first article the filter lets through, if any."""
        index = self.proxy.index(0, 0)
        return int(index.data(ARTICLE_ID_ROLE)) if index.isValid() else None

    def select_article(self, article_id: int) -> None:
        """Show ``article_id`` as current without announcing it (the window already knows)."""
        row = self.model.row_of(article_id)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid() and index.row() != self.table.currentIndex().row():
            self.table.blockSignals(True)
            selection = self.table.selectionModel()
            selection.blockSignals(True)
            self.table.setCurrentIndex(index)
            selection.blockSignals(False)
            self.table.blockSignals(False)
            self.table.viewport().update()

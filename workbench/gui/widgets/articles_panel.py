"""The articles list with its filter box."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from workbench.gui.models.articles_model import ARTICLE_ID_ROLE, ArticlesFilter, ArticlesModel
from workbench.gui.widgets.list_table import filter_box, list_table

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
        self.filter = filter_box(
            self.proxy, "Filter articles (Enter opens the first, Escape clears)"
        )
        # The case lists articles by date already: that order stays until a click.
        self.table = list_table(self.proxy, COLUMN_WIDTHS)
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

"""The articles list: a thin model over the case's article summaries.

Filtering by the text box is a QSortFilterProxyModel over all columns (a case
holds hundreds of articles, not hundreds of thousands, so no paging here).
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

from workbench.core.domain import ArticleSummary
from workbench.core.ingest.language import language_name
from workbench.gui.models.list_tables import SORT_ROLE, TextFilter, selectable

Index = QModelIndex | QPersistentModelIndex
ARTICLE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
HEADERS = ("Title", "Outlet", "Date", "Claims", "Reviewed")


class ArticlesModel(QAbstractTableModel):
    """One row per article: title, outlet, date, claims, reviewed."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._articles: list[ArticleSummary] = []

    def set_articles(self, articles: Sequence[ArticleSummary]) -> None:
        self.beginResetModel()
        self._articles = list(articles)
        self.endResetModel()

    def articles(self) -> list[ArticleSummary]:
        return list(self._articles)

    def row_of(self, article_id: int) -> int | None:
        for row, article in enumerate(self._articles):
            if article.id == article_id:
                return row
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._articles)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(HEADERS)
        ):
            return HEADERS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._articles):
            return None
        article = self._articles[index.row()]
        column = index.column()
        if role == ARTICLE_ID_ROLE:
            return article.id
        values: tuple[Any, ...] = (
            article.title or article.path or f"Article {article.id}",
            article.outlet,
            article.date,
            article.claims,
            article.reviewed,
        )
        if role == SORT_ROLE:
            return values[column]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 4:
                return f"{article.reviewed}/{article.claims}"
            if column == 3 and article.language:
                return f"{language_name(article.language)}: none"
            return str(values[column])
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return article.path or article.title
        if role == Qt.ItemDataRole.ToolTipRole and column == 3 and article.language:
            return f"Written in {language_name(article.language)}: claims are read in English only"
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return selectable(index)


ArticlesFilter = TextFilter
"""Filter on title, outlet and date; numeric sort on the counts."""

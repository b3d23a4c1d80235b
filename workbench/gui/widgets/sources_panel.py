"""The Sources panel: the case's sources, with retype, rename and merge at hand.

"Who is this, and what else has this source said?" Picking a source shows
its claims in the claims table; picking it again (or "All sources") shows
every claim. The panel only asks: the controller makes the changes.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbench.core.domain import SourceSummary, SourceType
from workbench.core.export.labels import source_type_label
from workbench.gui.models.sources_model import SOURCE_ID_ROLE, SourcesFilter, SourcesModel
from workbench.gui.widgets.list_table import filter_box, list_table

COLUMN_WIDTHS = (132, 84, 44, 50, 50, 42)


class SourcesPanel(QWidget):
    """Sources of the case; the chosen one filters the claims table.

    Signals:
        source_chosen: a source was picked (its id), or 0 for all sources.
        retype_requested: (source id, type) from the Retype menu.
        rename_requested: (source id, name) from Rename.
        merge_requested: (id kept, id merged into it) from Merge.
    """

    source_chosen = Signal(int)
    retype_requested = Signal(int, str)
    rename_requested = Signal(int, str)
    merge_requested = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = SourcesModel(self)
        self.proxy = SourcesFilter(self)
        self.proxy.setSourceModel(self.model)
        self.filter = filter_box(self.proxy, "Filter sources")
        self.all_button = QPushButton("All sources")
        self.all_button.setToolTip("Show the claims of every source")
        self.all_button.clicked.connect(self.show_all)
        self.table = list_table(self.proxy, COLUMN_WIDTHS)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._menu)
        self.table.selectionModel().currentRowChanged.connect(self._on_row)
        self.chosen: int | None = None
        bar = QHBoxLayout()
        bar.addWidget(self.filter, 1)
        bar.addWidget(self.all_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

    def set_sources(self, sources: list[SourceSummary]) -> None:
        """Show ``sources``, keeping the chosen one selected when it is still there."""
        keep = self.chosen
        self.table.selectionModel().blockSignals(True)
        self.model.set_sources(sources)
        self.table.selectionModel().blockSignals(False)
        if keep is not None:
            self.select_source(keep, announce=False)

    def source_id_at(self, index: QModelIndex) -> int | None:
        return int(index.data(SOURCE_ID_ROLE)) if index.isValid() else None

    def current_source(self) -> SourceSummary | None:
        source_id = self.source_id_at(self.table.currentIndex())
        row = self.model.row_of(source_id) if source_id is not None else None
        return self.model.source_at(row) if row is not None else None

    def select_source(self, source_id: int, *, announce: bool = True) -> bool:
        """Make ``source_id`` current; False when the case has no such source (any more)."""
        row = self.model.row_of(source_id)
        if row is None:
            if source_id == self.chosen:
                self.chosen = None
                if announce:
                    self.source_chosen.emit(0)
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        selection = self.table.selectionModel()
        if not announce:
            selection.blockSignals(True)
        self.table.setCurrentIndex(index)
        if not announce:
            selection.blockSignals(False)
            self.chosen = source_id
            self.table.viewport().update()
        return True

    def show_all(self) -> None:
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        self.table.clearSelection()
        self.table.setCurrentIndex(QModelIndex())
        selection.blockSignals(False)
        self.chosen = None
        self.source_chosen.emit(0)

    def _on_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        source_id = self.source_id_at(current)
        if source_id is not None and source_id != self.chosen:
            self.chosen = source_id
            self.source_chosen.emit(source_id)

    # Asking for changes ----------------------------------------------------------

    def _menu(self, position: QPoint) -> None:
        source_id = self.source_id_at(self.table.indexAt(position))
        if source_id is None:
            return
        menu = self.context_menu(source_id)
        menu.exec(self.table.viewport().mapToGlobal(position))

    def context_menu(self, source_id: int) -> QMenu:
        """Retype ▸ types, Rename…, Merge into…: the changes a person makes to a source."""
        menu = QMenu(self)
        retype = menu.addMenu("Retype")
        for kind in SourceType:
            action = retype.addAction(source_type_label(str(kind)))
            action.triggered.connect(
                lambda _=False, k=str(kind): self.retype_requested.emit(source_id, k)
            )
        menu.addAction("Rename…").triggered.connect(lambda _=False: self.ask_rename(source_id))
        menu.addAction("Merge another source into this one…").triggered.connect(
            lambda _=False: self.ask_merge(source_id)
        )
        return menu

    def ask_rename(self, source_id: int) -> None:
        row = self.model.row_of(source_id)
        source = self.model.source_at(row) if row is not None else None
        if source is None:
            return
        name, ok = QInputDialog.getText(self, "Rename source", "Name:", text=source.name)
        if ok and name.strip():
            self.rename_requested.emit(source_id, name.strip())

    def ask_merge(self, keep: int) -> None:
        others = [s for s in self.model.sources() if s.id != keep]
        labels = [f"{s.name} — {source_type_label(str(s.type))}, #{s.id}" for s in others]
        if not labels:
            return
        chosen, ok = QInputDialog.getItem(
            self, "Merge sources", "Merge this source into the selected one:", labels, 0, False
        )
        if ok and chosen in labels:
            self.merge_requested.emit(keep, others[labels.index(chosen)].id)

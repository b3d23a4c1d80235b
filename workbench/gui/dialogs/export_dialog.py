"""The export dialog: pick a format and filters, preview the report, save, open.

It knows nothing of the store: the window that opens it passes a callable
returning the case snapshot and the status vocabulary for the filter list,
so the dialog works (and is tested) on any snapshot.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from workbench.core.domain import CaseSnapshot, Status
from workbench.core.errors import WorkbenchError
from workbench.core.export import FORMATS, ExportOptions, filter_snapshot, render_html, render_text
from workbench.core.export.labels import source_type_label
from workbench.gui.pdf import write_pdf

SnapshotProvider = Callable[[], CaseSnapshot]
PathAsker = Callable[[QWidget, str, str], Path | None]
PREVIEW_DELAY_MS = 150


def ask_save_path(parent: QWidget, suggested: str, name_filter: str) -> Path | None:
    """The standard save dialog; None when the user cancels."""
    chosen, _ = QFileDialog.getSaveFileName(parent, "Export report", suggested, name_filter)
    return Path(chosen) if chosen else None


class ExportDialog(QDialog):
    """Export the case, or the filtered part of it, in one of :data:`FORMATS`.

    Signals:
        preview_updated: the preview shows the current filters.
        exported: a file was written (its path).
    """

    preview_updated = Signal()
    exported = Signal(Path)

    def __init__(
        self,
        snapshot_provider: SnapshotProvider,
        statuses: Sequence[Status],
        *,
        options: ExportOptions | None = None,
        ask_path: PathAsker = ask_save_path,
        pdf_writer: Callable[[str, Path], None] = write_pdf,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export report")
        self.resize(1100, 760)
        self._provider = snapshot_provider
        self._statuses = tuple(statuses)
        self._options = options or ExportOptions()
        self._ask_path = ask_path
        self._pdf_writer = pdf_writer
        self._snapshot = snapshot_provider()
        self.saved_path: Path | None = None

        self.format_combo = QComboBox()
        for fmt in FORMATS.values():
            self.format_combo.addItem(fmt.label, fmt.name)
        self.base_url_edit = QLineEdit(self._options.base_url)
        self.base_url_edit.setPlaceholderText("https://... where the report will be published")
        self.status_list = self._check_list()
        self.article_list = self._check_list()
        self.type_list = self._check_list()
        self.summary_label = QLabel()
        self.preview = QTextBrowser()
        self.preview.setOpenLinks(False)
        self.save_button = QPushButton("Save\u2026")
        self.save_button.setDefault(True)
        self.open_button = QPushButton("Open file")
        self.open_button.setVisible(False)
        self.result_label = QLabel()
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close_button = QPushButton("Close")

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.refresh_preview)

        self._layout(close_button)
        self._fill_lists()
        for widget in (self.status_list, self.article_list, self.type_list):
            widget.itemChanged.connect(self._schedule_preview)
        self.base_url_edit.textChanged.connect(self._schedule_preview)
        self.save_button.clicked.connect(self.save)
        self.open_button.clicked.connect(self.open_saved)
        close_button.clicked.connect(self.reject)
        self.refresh_preview()

    # Building -------------------------------------------------------------------------

    def _check_list(self) -> QListWidget:
        widget = QListWidget()
        widget.setMaximumHeight(150)
        return widget

    def _layout(self, close_button: QPushButton) -> None:
        filters = QWidget()
        form = QFormLayout(filters)
        form.addRow("Format", self.format_combo)
        form.addRow("Published at", self.base_url_edit)
        hint = QLabel("Tick to include; nothing ticked includes all.")
        hint.setWordWrap(True)
        form.addRow(hint)
        form.addRow("Status", self.status_list)
        form.addRow("Article", self.article_list)
        form.addRow("Source type", self.type_list)
        form.addRow(self.summary_label)
        splitter = QSplitter()
        splitter.addWidget(filters)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(1, 3)
        buttons = QHBoxLayout()
        buttons.addWidget(self.result_label, 1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close_button)
        outer = QVBoxLayout(self)
        outer.addWidget(splitter, 1)
        outer.addLayout(buttons)

    def _fill_lists(self) -> None:
        def add(widget: QListWidget, label: str, value: object) -> None:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            widget.addItem(item)

        for widget in (self.status_list, self.article_list, self.type_list):
            widget.blockSignals(True)
            widget.clear()
        for status in sorted(self._statuses, key=lambda s: s.position):
            add(self.status_list, status.label or status.name, status.name)
        for article in self._snapshot.articles:
            parts = [article.outlet, article.date, article.title or Path(article.path).name]
            add(self.article_list, " \u00b7 ".join(p for p in parts if p), article.id)
            self.article_list.item(self.article_list.count() - 1).setToolTip(article.title)
        kinds = sorted({str(claim.source_type) for claim in self._snapshot.claims})
        for kind in sorted(kinds, key=source_type_label):
            add(self.type_list, source_type_label(kind), kind)
        for widget in (self.status_list, self.article_list, self.type_list):
            widget.blockSignals(False)

    # State ----------------------------------------------------------------------------

    @staticmethod
    def _checked(widget: QListWidget) -> list[object]:
        return [
            widget.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(widget.count())
            if widget.item(row).checkState() == Qt.CheckState.Checked
        ]

    def format_name(self) -> str:
        """The chosen format's name (a key of :data:`FORMATS`)."""
        return str(self.format_combo.currentData())

    def options(self) -> ExportOptions:
        """The export options, with the base url as typed."""
        return replace(self._options, base_url=self.base_url_edit.text().strip())

    def filtered_snapshot(self) -> CaseSnapshot:
        """The snapshot narrowed to the ticked statuses, articles and source types."""
        return filter_snapshot(
            self._snapshot,
            statuses=[str(v) for v in self._checked(self.status_list)],
            article_ids=[int(str(v)) for v in self._checked(self.article_list)],
            source_types=[str(v) for v in self._checked(self.type_list)],
        )

    def reload(self) -> None:
        """Fetch the snapshot again (after the case changed) and redraw."""
        self._snapshot = self._provider()
        self._fill_lists()
        self.refresh_preview()

    # Actions --------------------------------------------------------------------------

    def _schedule_preview(self, *_: object) -> None:
        self._preview_timer.start()

    def refresh_preview(self) -> None:
        """Show the HTML report of the current selection (Qt flavour, as in the PDF)."""
        self._preview_timer.stop()
        snapshot = self.filtered_snapshot()
        articles = len({claim.article_id for claim in snapshot.claims})
        claims = len(snapshot.claims)
        self.summary_label.setText(
            f"{claims} claim{'' if claims == 1 else 's'} from "
            f"{articles} article{'' if articles == 1 else 's'}"
        )
        scroll = self.preview.verticalScrollBar().value()
        self.preview.setHtml(render_html(snapshot, self.options(), for_qt=True))
        self.preview.verticalScrollBar().setValue(scroll)
        self.preview_updated.emit()

    def save(self) -> None:
        """Ask where, write the chosen format there, then offer to open the file."""
        fmt = FORMATS[self.format_name()]
        suggested = f"claim-report{fmt.suffix}"
        path = self._ask_path(self, suggested, f"{fmt.label} (*{fmt.suffix})")
        if path is None:
            return
        if not path.suffix:
            path = path.with_suffix(fmt.suffix)
        try:
            text = render_text(fmt.name, self.filtered_snapshot(), self.options())
            if fmt.needs_gui:
                self._pdf_writer(text, path)
            else:
                with path.open("w", encoding=fmt.encoding, newline="") as handle:
                    handle.write(text)
        except (OSError, WorkbenchError) as error:
            self.result_label.setText(f"Could not save: {error}")
            self.open_button.setVisible(False)
            return
        self.saved_path = path
        self.result_label.setText(f"Saved {path.name}")
        self.result_label.setToolTip(str(path))
        self.open_button.setVisible(True)
        self.exported.emit(path)

    def open_saved(self) -> None:
        """Open the last saved file in the application the desktop associates with it."""
        if self.saved_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.saved_path)))

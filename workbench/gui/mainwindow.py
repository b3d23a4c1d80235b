"""The main window: articles and sources, reader, compare, claims table and claim detail.

The window builds the panels and wires them to the review controller, the
editor and the importer; it owns the undo stack, the worker runner and the
timer that notices when another program (the CLI) wrote to the case.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QTextCursor, QUndoStack
from PySide6.QtWidgets import (
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
)

from workbench.core import nlp
from workbench.core.config import login_name
from workbench.core.domain import Article
from workbench.core.errors import WorkbenchError
from workbench.core.export import ExportOptions
from workbench.core.importing import ImportReport
from workbench.core.services import Case
from workbench.gui import actions
from workbench.gui.dialogs.article_dialog import ArticleDialog
from workbench.gui.dialogs.case_dialogs import ask_new_case, ask_open_case
from workbench.gui.dialogs.import_dialog import (
    PasteDialog,
    ask_import_files,
    ask_import_folder,
    ask_import_urls,
)
from workbench.gui.dialogs.import_results import ImportResultsDialog, needs_dialog
from workbench.gui.dialogs.restore_dialog import RestoreDialog
from workbench.gui.dialogs.shortcuts_dialog import ShortcutsDialog
from workbench.gui.dialogs.similar_dialog import SimilarDialog, link_label
from workbench.gui.editing import Editor
from workbench.gui.empty_state import EmptyState
from workbench.gui.focus import FieldKeys
from workbench.gui.import_flow import Importer, ProgressBox
from workbench.gui.models.claims_model import ClaimsTableModel
from workbench.gui.review_controller import Panels, ReviewController
from workbench.gui.settings import WindowSettings
from workbench.gui.sources_controller import SourcesController
from workbench.gui.widgets.articles_panel import ArticlesPanel
from workbench.gui.widgets.claims_panel import ClaimsPanel
from workbench.gui.widgets.compare import ComparePanel
from workbench.gui.widgets.detail import ClaimDetail
from workbench.gui.widgets.reader import ReaderPanel
from workbench.gui.widgets.sources_panel import SourcesPanel
from workbench.gui.window_menus import build_menus
from workbench.gui.workers import TaskRunner, database_failure

# Another process's write (the command line beside the app) shows within a
# second; between writes a poll is one PRAGMA on the open connection.
POLL_MS = 500
KEY_HINT = (
    "J/K next/previous claim · 1–7 status · N note · / search · A/R accept/reject link"
    " · P proposals to decide · F similar · F1 all shortcuts"
)
SPLITTERS = ("outer", "top", "bottom", "left")


class MainWindow(QMainWindow):
    """The workbench on one open case.

    Signals:
        first_painted: the window has painted once with the case's data in place.
        model_ready: the language model finished loading in the background.
        case_requested: the person chose another case file (path, whether to create it);
            the session (:mod:`workbench.gui.case_session`) opens it in a new window.
        case_replaced: a damaged case file was replaced by a snapshot; the session
            reopens it.
    """

    first_painted = Signal()
    model_ready = Signal()
    case_requested = Signal(Path, bool)
    case_replaced = Signal(Path)

    def __init__(
        self,
        case: Case,
        *,
        settings: WindowSettings | None = None,
        warm_up: Callable[[], None] | None = nlp.warm_up,
        poll_ms: int = POLL_MS,
    ) -> None:
        super().__init__()
        self.case = case
        self.settings = settings or WindowSettings()
        case.settings = replace(case.settings, user=self.settings.reviewer() or login_name())
        self.setWindowTitle(f"Claim Workbench — {case.path.name}")
        self.setAcceptDrops(True)
        self.resize(1600, 980)
        self.runner = TaskRunner(self)
        self.undo_stack = QUndoStack(self)
        self.panels = Panels(
            articles=ArticlesPanel(),
            claims=ClaimsPanel(ClaimsTableModel(case.claims_by_ids)),
            reader=ReaderPanel(),
            compare=ComparePanel(),
            detail=ClaimDetail(),
        )
        self.review = ReviewController(case, self.runner, self.panels, self)
        self.editor = Editor(self.review, self.undo_stack, self)
        self.sources_panel = SourcesPanel()
        self.sources = SourcesController(self.review, self.sources_panel, self.undo_stack, self)
        self.progress = ProgressBox()
        self.importer = Importer(case.path, self.runner, self.progress, self, case.settings)
        self.splitters = self._layout()
        self.similar: SimilarDialog | None = None
        self.model_label = QLabel("Loading language model…" if warm_up else "Ready")
        self.key_hint = QLabel(KEY_HINT)
        self.statusBar().addWidget(self.key_hint)  # hidden while a message shows
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.model_label)
        self._warm_up = warm_up
        self._painted = False
        for signal in (
            self.review.failed, self.editor.failed, self.importer.failed, self.sources.failed
        ):  # fmt: skip
            signal.connect(self.show_error)
        for done in (self.editor.done, self.sources.done):
            done.connect(lambda text: self.statusBar().showMessage(text, 4000))
        self.importer.finished.connect(self._imported)
        self.importer.reported.connect(self._show_import)
        self.runner.failed.connect(self.show_error)
        self.import_results: ImportResultsDialog | None = None
        self._wire_focus()
        self.review.load(support=False)
        self.actions_by_name = build_menus(self)
        self._update_page()
        self._restore_layout()
        self._poll = QTimer(self)
        self._poll.setInterval(poll_ms)
        self._poll.timeout.connect(self.poll)
        self._poll.start()
        self.panels.claims.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _wire_focus(self) -> None:
        """Every field hands the keys back to the claims list (see :mod:`gui.focus`)."""
        claims, articles, detail = self.panels.claims, self.panels.articles, self.panels.detail

        def searched() -> None:
            claims.search_now()
            self.focus_claims()

        def search_dropped() -> None:
            claims.clear_search()
            self.focus_claims()

        def articles_unfiltered() -> None:
            articles.filter.clear()
            self.focus_claims()

        def article_picked() -> None:
            first = articles.first_shown()
            if first is not None:
                self.review.open_article(first)
            self.focus_claims()

        self._field_keys = [
            FieldKeys(claims.search, enter=searched, down=searched, escape=search_dropped),
            FieldKeys(articles.filter, enter=article_picked, escape=articles_unfiltered,
                      down=lambda: articles.table.setFocus()),
        ]  # fmt: skip
        detail.finished.connect(self.focus_claims)
        self.editor.evidence_stored.connect(self.focus_claims)
        articles.table.doubleClicked.connect(lambda _index: self.ask_article_details())

    def focus_claims(self) -> None:
        """The claims list takes the keys (J, K, 1-7, A, R...) back."""
        self.panels.claims.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _layout(self) -> dict[str, QSplitter]:
        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.panels.articles)
        left.addWidget(self.sources_panel)
        left.setSizes([280, 280])
        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(left)
        top.addWidget(self.panels.reader)
        top.addWidget(self.panels.compare)
        top.setSizes([420, 600, 580])
        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(self.panels.claims)
        bottom.addWidget(self.panels.detail)
        bottom.setSizes([1100, 500])
        outer = QSplitter(Qt.Orientation.Vertical)
        outer.addWidget(top)
        outer.addWidget(bottom)
        outer.setSizes([560, 420])
        self.empty = EmptyState(self)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty)
        self.pages.addWidget(outer)
        self.setCentralWidget(self.pages)
        for watched in (self.panels.claims.table.viewport(), self.empty):
            watched.installEventFilter(self)
        return {"outer": outer, "top": top, "bottom": bottom, "left": left}

    def _update_page(self) -> None:
        has_data = self.panels.articles.model.rowCount() > 0
        self.pages.setCurrentIndex(1 if has_data else 0)

    # First paint, warm-up, polling ---------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            QTimer.singleShot(0, self._after_first_paint)
        return super().eventFilter(watched, event)

    def _after_first_paint(self) -> None:
        table = self.panels.claims.table
        table.scrollTo(table.currentIndex(), table.ScrollHint.PositionAtCenter)
        self.first_painted.emit()
        self.review.load_support()
        self.sources.load()
        if self._warm_up is not None:
            warm_up = self._warm_up
            self.runner.submit(
                "model", lambda _p, _c: warm_up(), on_done=self._model_loaded,
                on_failed=self._model_failed,
            )  # fmt: skip

    def _model_loaded(self, _result: object) -> None:
        self.model_label.setText("Ready")
        self.model_ready.emit()

    def _model_failed(self, message: str) -> None:
        self.model_label.setText("Language model unavailable: import will not work")
        self.model_label.setToolTip(message)

    def reload(self) -> None:
        self.review.load()
        self.sources.load()
        self._update_page()

    def poll(self) -> None:
        """Reload when another program (the CLI, an import) wrote to the case."""
        try:
            if not self.importer.busy and self.review.changed_elsewhere():
                self.reload()
                self.statusBar().showMessage("The case changed on disk; reloaded", 4000)
        except sqlite3.Error as exc:
            self.show_error(database_failure(exc))

    # Backups -------------------------------------------------------------------------

    def back_up_now(self) -> None:
        try:
            written = actions.back_up(case=self.case)
        except WorkbenchError as exc:
            self.show_error(str(exc))
            return
        self.statusBar().showMessage(f"Snapshot saved: {written}", 10000)

    def ask_restore(self) -> None:
        """File > Restore from backup: put a snapshot in the case's place (the file is kept)."""
        if self.importer.busy:
            self.show_error("Wait for the import to finish (or cancel it) before restoring")
            return
        dialog = RestoreDialog(self.case.path, self)
        if dialog.exec() != RestoreDialog.DialogCode.Accepted:
            return
        chosen = dialog.chosen()
        if chosen is None:
            return
        try:
            restored = actions.restore(case_path=self.case.path, snapshot=chosen.snapshot)
        except WorkbenchError as exc:
            self.show_error(str(exc))
            return
        self.undo_stack.clear()  # its steps belong to the case as it was
        if restored.was_damaged:
            self.case_replaced.emit(self.case.path)
            return
        self.reload()
        self.statusBar().showMessage(
            f"Restored the snapshot of {restored.snapshot.describe()}; "
            f"the replaced file is kept at {restored.kept}",
            15000,
        )

    # Cases ---------------------------------------------------------------------------

    def ask_new_case(self) -> None:
        path = ask_new_case(self, str(self.case.path.parent))
        if path is not None:
            self.case_requested.emit(path, True)

    def ask_open_case(self) -> None:
        path = ask_open_case(self, str(self.case.path.parent))
        if path is not None:
            self.case_requested.emit(path, False)

    def open_recent(self, path: str) -> None:
        self.case_requested.emit(Path(path), False)

    # Import and export -----------------------------------------------------------

    def ask_import_files(self) -> None:
        self._import(ask_import_files(self, self.settings.last_folder()))

    def ask_import_folder(self) -> None:
        self._import(ask_import_folder(self, self.settings.last_folder()))

    def ask_import_urls(self) -> None:
        urls = ask_import_urls(self)
        if urls:
            self.importer.import_paths(urls)

    def _import(self, paths: list[Path]) -> None:
        if paths:
            self.settings.set_last_folder(str(paths[0].parent))
            self.importer.import_paths(paths)

    def ask_paste(self) -> None:
        dialog = PasteDialog(self)
        if dialog.exec() == PasteDialog.DialogCode.Accepted:
            self.importer.import_text(dialog.article_text(), dialog.meta())

    def _imported(self, message: str) -> None:
        self.reload()
        self.statusBar().showMessage(message, 10000)

    def _show_import(self, result: object) -> None:
        """After an import: go to the (first) new article; list every file when it is worth it."""
        if isinstance(result, Article):
            self.review.open_article(result.id)
            self.focus_claims()
            return
        if not isinstance(result, ImportReport):
            return
        if result.imported:
            self.review.open_article(result.imported[0].id)
            self.focus_claims()
        if needs_dialog(result):
            self.import_results = ImportResultsDialog(result, self)
            self.import_results.article_chosen.connect(self.review.open_article)
            self.import_results.open()

    def ask_article_details(self) -> None:
        """File > Article details: correct the shown article's title, outlet, date, URL, place."""
        article = self.review.article
        if article is None:
            self.statusBar().showMessage("Open an article first", 4000)
            return
        dialog = ArticleDialog(self.case.article(article.id), self)
        if dialog.exec() == ArticleDialog.DialogCode.Accepted:
            self.editor.set_article(article.id, dialog.changes())
        self.focus_claims()

    def ask_reviewer(self) -> None:
        """Edit > Your name: who the history says made each change from now on."""
        name, ok = QInputDialog.getText(
            self, "Your name", "Your name, as the history records your changes:",
            text=self.case.settings.user,
        )  # fmt: skip
        if ok and name.strip():
            self.settings.set_reviewer(name)
            self.case.settings = replace(self.case.settings, user=name.strip())
            self.importer.settings = self.case.settings
            self.statusBar().showMessage(f"Changes are now recorded as made by {name.strip()}")

    def open_export(self) -> None:
        from workbench.gui.dialogs.export_dialog import ExportDialog

        options = ExportOptions(
            organisation=self.case.settings.organisation,
            organisation_url=self.case.settings.organisation_url,
        )
        dialog = ExportDialog(
            self.case.snapshot, self.case.statuses(), options=options, parent=self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped(event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = _dropped(event.mimeData().urls())
        if paths:
            event.acceptProposedAction()
            self.importer.import_paths(paths)

    # Small commands --------------------------------------------------------------

    def focus_note(self) -> None:
        """N: write on in the note, after what it already says."""
        note = self.panels.detail.note
        note.setFocus(Qt.FocusReason.ShortcutFocusReason)
        note.moveCursor(QTextCursor.MoveOperation.End)

    def focus_search(self) -> None:
        self.panels.claims.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.panels.claims.search.selectAll()

    def find_similar(self) -> None:
        """Open the similar-claims window on the current claim."""
        claim = self.review.current
        if claim is None:
            self.statusBar().showMessage("Select a claim to find claims like it", 4000)
            return
        if self.similar is None:
            self.similar = SimilarDialog(self.case.path, self.runner, self)
            self.similar.claim_chosen.connect(self.review.select_claim)
            self.similar.link_requested.connect(self._link_from_similar)
        self.similar.search_claim(claim)
        self.similar.show()
        self.similar.raise_()
        self.similar.activateWindow()

    def _link_from_similar(self, claim_id: int, other_id: int, relation: str) -> None:
        made = self.editor.link_claims(claim_id, other_id, relation)
        if made is not None and self.similar is not None:
            self.similar.mark_linked(other_id, link_label(made))

    def show_shortcuts(self) -> None:
        ShortcutsDialog(self).exec()

    def show_error(self, message: str) -> None:
        """A refused action: one line in the status bar.

        A bug (a message with a traceback) also gets a box that says it in one
        line, with the traceback under "Show Details" for a bug report.
        """
        first, _, details = message.strip().partition("\n")
        self.statusBar().showMessage(first or "Something went wrong", 10000)
        if "Traceback" in details:
            box = QMessageBox(QMessageBox.Icon.Warning, "Claim Workbench", first, parent=self)
            box.setInformativeText("This is a bug in the workbench; your case is unchanged.")
            box.setDetailedText(details.strip())
            box.exec()

    # Layout memory ---------------------------------------------------------------

    def _restore_layout(self) -> None:
        if (geometry := self.settings.geometry()) is not None:
            self.restoreGeometry(geometry)
        if (state := self.settings.window_state()) is not None:
            self.restoreState(state)
        for name in SPLITTERS:
            if (saved := self.settings.splitter(name)) is not None:
                self.splitters[name].restoreState(saved)
        if (header := self.settings.header("claims")) is not None:
            self.panels.claims.table.horizontalHeader().restoreState(header)

    def save_layout(self) -> None:
        self.settings.set_geometry(self.saveGeometry())
        self.settings.set_window_state(self.saveState())
        for name in SPLITTERS:
            self.settings.set_splitter(name, self.splitters[name].saveState())
        self.settings.set_header("claims", self.panels.claims.table.horizontalHeader().saveState())
        self.settings.sync()

    def reset_layout(self) -> None:
        self.splitters["top"].setSizes([420, 600, 580])
        self.splitters["bottom"].setSizes([1100, 500])
        self.splitters["outer"].setSizes([560, 420])
        self.splitters["left"].setSizes([280, 280])

    def closeEvent(self, event: QCloseEvent) -> None:
        self.panels.detail.save_note()
        self.save_layout()
        self._poll.stop()
        self.runner.shutdown()
        super().closeEvent(event)


def _dropped(urls: list[QUrl]) -> list[Path | str]:
    """Files dropped on the window, and links dragged from a browser (web addresses)."""
    return [
        Path(u.toLocalFile()) if u.isLocalFile() else u.toString()
        for u in urls
        if u.isLocalFile() or u.scheme() in ("http", "https")
    ]

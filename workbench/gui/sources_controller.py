"""The Sources panel kept in step with the case, the claims table and the reader.

Choosing a source filters the claims table to its claims; retyping,
renaming and merging go on the undo stack, and after each step the panel,
the claims table and the reader (whose colours follow a claim's type) show
the case as it now is. The panel's rows are read by a worker on opening
(a big case's counts take a moment); after an edit, at once.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from workbench.core.domain import SourceSummary
from workbench.core.errors import WorkbenchError
from workbench.gui.review_controller import ReviewController
from workbench.gui.source_commands import MergeSourcesCommand, SetSourceCommand, SourceCommand
from workbench.gui.undo import push
from workbench.gui.widgets.sources_panel import SourcesPanel
from workbench.gui.workers import with_case


class SourcesController(QObject):
    """Feeds the Sources panel and turns its requests into undoable changes.

    Signals:
        loaded: the panel holds the case's sources.
        failed: a change was refused (the message).
        done: a change went through (a short description for the status bar).
    """

    loaded = Signal()
    failed = Signal(str)
    done = Signal(str)

    def __init__(
        self, review: ReviewController, panel: SourcesPanel, stack: QUndoStack, parent: QObject
    ) -> None:
        super().__init__(parent)
        self.review = review
        self.case = review.case
        self.panel = panel
        self.stack = stack
        panel.source_chosen.connect(self.choose)
        panel.retype_requested.connect(self.retype)
        panel.rename_requested.connect(self.rename)
        panel.merge_requested.connect(self.merge)
        review.panels.claims.source_cleared.connect(self._cleared_in_table)

    # Reading -------------------------------------------------------------------

    def load(self) -> None:
        """Read the sources in the background (on opening and after another program wrote)."""
        self.review.runner.submit(
            "sources",
            with_case(self.case.path, lambda case, _p, _c: case.source_summaries()),
            on_done=self.show,
            on_failed=self.failed.emit,
        )

    def load_now(self) -> None:
        """Read the sources on this thread: after a person's own change, to show it at once."""
        try:
            self.show(self.case.source_summaries())
        except WorkbenchError as exc:
            self.failed.emit(str(exc))

    def show(self, summaries: list[SourceSummary]) -> None:
        self.panel.set_sources(summaries)
        chosen = self.review.panels.claims.source_id
        if chosen is not None and self.panel.model.row_of(chosen) is None:
            self.review.panels.claims.set_source(None)  # merged away or deleted elsewhere
        self.loaded.emit()

    # Filtering -----------------------------------------------------------------

    def choose(self, source_id: int) -> None:
        """Show the claims of ``source_id`` in the table (0: every source's)."""
        claims = self.review.panels.claims
        if not source_id:
            claims.set_source(None)
            return
        row = self.panel.model.row_of(source_id)
        source = self.panel.model.source_at(row) if row is not None else None
        claims.set_source(source_id, source.name if source is not None else f"#{source_id}")

    def _cleared_in_table(self) -> None:
        self.panel.show_all()

    # Changes -------------------------------------------------------------------

    def retype(self, source_id: int, source_type: str) -> None:
        command = SetSourceCommand(self.case, source_id, self.refresh, source_type=source_type)
        self._push(command, f"Source retyped: {source_type}")

    def rename(self, source_id: int, name: str) -> None:
        command = SetSourceCommand(self.case, source_id, self.refresh, name=name)
        self._push(command, f"Source renamed: {name}")

    def merge(self, keep: int, other: int) -> None:
        follow = self.review.panels.claims.source_id == other
        command = MergeSourcesCommand(self.case, keep, other, self.refresh)
        self._push(command, "Sources merged")
        if follow:  # the table showed the merged source: show the one its claims went to
            self.panel.select_source(keep)

    def _push(self, command: SourceCommand, what: str) -> None:
        try:
            push(self.stack, command, self.failed.emit)  # its first step refreshes the window
        except WorkbenchError as exc:
            self.failed.emit(str(exc))
            return
        self.done.emit(what)

    def refresh(self) -> None:
        """Show a change to sources everywhere: panel, claims table, reader colours, detail."""
        self.load_now()
        current = self.review.current
        self.review.requery()
        if current is not None and self.review.model.row_of(current.id) is not None:
            self.review.refresh_claim(current.id, spans=True)

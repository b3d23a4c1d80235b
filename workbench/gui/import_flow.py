"""Importing through the worker: files, folders or pasted text, with progress and cancel.

The job opens its own case connection on the worker thread; extraction loads
the language model there if the warm-up has not finished yet. The window
stays responsive and the status bar shows progress with a Cancel button.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from workbench.core.config import Settings
from workbench.core.domain import Article
from workbench.core.importing import ImportReport
from workbench.core.ingest import ArticleMeta
from workbench.core.ingest.language import language_name
from workbench.core.progress import CancelFlag, Progress
from workbench.core.services import Case
from workbench.gui.workers import TaskRunner, with_case

CHANNEL = "import"


def describe(report: ImportReport) -> str:
    """One status-bar line: what came in, what was already there, what failed."""
    parts = [f"Imported {len(report.imported)} article(s)"]
    claims = sum(item.claims for item in report.imported)
    if report.imported:
        parts[0] += f" with {claims} claim(s)"
    if report.duplicates:
        parts.append(f"{len(report.duplicates)} already in the case")
    if report.skipped:
        parts.append(f"{len(report.skipped)} not read (not articles)")
    foreign = [item for item in report.imported if item.language]
    if foreign:
        parts.append(f"{len(foreign)} not in English (no claims read)")
    if report.failed:
        path, error = report.failed[0]
        more = ", every file in the import list" if len(report.failed) > 1 else ""
        parts.append(f"{len(report.failed)} failed ({Path(path).name}: {error}{more})")
    if report.cancelled:
        parts.append("cancelled before the end")
    return "; ".join(parts)


def pasted_summary(article: Article) -> str:
    if article.language:
        return (
            f"Imported “{article.title}”: written in {language_name(article.language)}, so no"
            " claims were read (extraction reads English)"
        )
    return f"Imported “{article.title}”"


class ProgressBox(QWidget):
    """Status-bar progress with a Cancel button, hidden when idle."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(180)
        self.cancel_button = QPushButton("Cancel")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.hide()

    def start(self, message: str) -> None:
        self.label.setText(message)
        self.bar.setRange(0, 0)  # busy until the first report
        self.cancel_button.setEnabled(True)
        self.show()

    def report(self, done: int, total: int, message: str) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        if message:
            self.label.setText(message[-60:])


class Importer(QObject):
    """Runs imports one at a time and reports their outcome.

    Signals:
        finished: an import ended (the status-bar message); the case changed.
        reported: what it did (an :class:`ImportReport`, or the pasted
            :class:`Article`), after ``finished``.
        failed: it could not run (the message).
    """

    finished = Signal(str)
    reported = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        path: Path,
        runner: TaskRunner,
        box: ProgressBox,
        parent: QObject,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(parent)
        self.path = path
        self.settings = settings
        self.runner = runner
        self.box = box
        box.cancel_button.clicked.connect(self.cancel)

    @property
    def busy(self) -> bool:
        return self.runner.is_running(CHANNEL)

    def import_paths(self, paths: Sequence[Path | str], meta: ArticleMeta | None = None) -> bool:
        """Start importing files, folders or web addresses (strings); False while busy."""
        paths = list(paths)
        if not paths or not self._free():
            return False

        def work(case: Case, progress: Progress, cancelled: CancelFlag) -> ImportReport:
            return case.import_paths(
                paths, meta or ArticleMeta(), progress=progress, cancelled=cancelled
            )

        self._start(f"Importing {len(paths)} item(s)…", work, describe)
        return True

    def import_text(self, text: str, meta: ArticleMeta) -> bool:
        if not text.strip() or not self._free():
            return False

        def work(case: Case, progress: Progress, _cancelled: CancelFlag) -> Article:
            progress(0, 1, "Extracting claims…")
            return case.import_text(text, meta)

        self._start("Importing pasted text…", work, pasted_summary)
        return True

    def cancel(self) -> None:
        self.runner.cancel(CHANNEL)
        self.box.cancel_button.setEnabled(False)
        self.box.label.setText("Cancelling…")

    def _free(self) -> bool:
        if self.busy:
            self.failed.emit("An import is still running; wait for it or cancel it")
            return False
        return True

    def _start(
        self,
        message: str,
        work: Callable[[Case, Progress, CancelFlag], Any],
        summary: Callable[[Any], str],
    ) -> None:
        self.box.start(message)

        def done(result: object) -> None:
            self.box.hide()
            self.finished.emit(summary(result))
            self.reported.emit(result)

        def failed(error: str) -> None:
            self.box.hide()
            self.failed.emit(error)

        def cancelled() -> None:
            self.box.hide()
            self.finished.emit("Import cancelled")

        self.runner.submit(
            CHANNEL,
            with_case(self.path, work, self.settings),
            on_done=done,
            on_failed=failed,
            on_progress=self.box.report,
            on_cancelled=cancelled,
        )

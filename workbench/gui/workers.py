"""Long work off the GUI thread: core functions run on a QThreadPool.

A job is a plain callable ``fn(progress, cancelled) -> result`` (the core's
progress protocol). The runner gives each submission a request id per
channel ("import", "sort", "support"...); when a newer request on the same
channel exists, the older one's result is dropped, so a slow sort never
overwrites a newer one. Jobs never touch widgets: they report through the
signals of a QObject that lives on the GUI thread, and a job that needs the
case opens its own connection (see :func:`with_case`).
"""

from __future__ import annotations

import itertools
import sqlite3
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from workbench.core.config import Settings
from workbench.core.errors import Cancelled, WorkbenchError
from workbench.core.progress import CancelFlag, Progress
from workbench.core.services import Case

Job = Callable[[Progress, CancelFlag], Any]
Done = Callable[[Any], None]
Failed = Callable[[str], None]
Progressed = Callable[[int, int, str], None]


def with_case(
    path: Path, work: Callable[[Case, Progress, CancelFlag], Any], settings: Settings | None = None
) -> Job:
    """A job that opens the case on the worker thread (one connection per thread).

    ``settings`` are the window case's (who makes the changes, for the history).
    """

    def job(progress: Progress, cancelled: CancelFlag) -> Any:
        # The window's own connection checked the case when it opened it.
        with Case.open(path, settings, check=False) as case:
            return work(case, progress, cancelled)

    return job


def database_failure(exc: sqlite3.Error) -> str:
    """What a person reads when SQLite refused a background job's work.

    Every write is one transaction, so what failed was not applied.
    """
    text = str(exc)
    if "locked" in text or "busy" in text:
        why = "another program kept the case busy for too long"
    elif "malformed" in text or "not a database" in text:
        why = f"the case file is damaged ({text}); File > Restore from backup puts a snapshot back"
    else:
        why = f"the case file could not be read or written ({text})"
    return f"Not done: {why}. What failed was not saved; try again."


class _Signals(QObject):
    progressed = Signal(int, int, int, str)
    finished = Signal(int, object)
    failed = Signal(int, str)
    cancelled = Signal(int)


class _Runnable(QRunnable):
    def __init__(self, request: int, job: Job, signals: _Signals, stop: threading.Event) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._request, self._job, self._signals, self._stop = request, job, signals, stop

    def run(self) -> None:
        request, signals = self._request, self._signals

        def progress(done: int, total: int, message: str) -> None:
            signals.progressed.emit(request, done, total, message)

        try:
            result = self._job(progress, self._stop.is_set)
        except Cancelled:
            signals.cancelled.emit(request)
        except WorkbenchError as exc:
            signals.failed.emit(request, str(exc))
        except sqlite3.Error as exc:  # the file or the disk, not a bug: one line
            signals.failed.emit(request, database_failure(exc))
        except Exception as exc:  # a bug: one line, with the traceback as details
            signals.failed.emit(
                request, f"Internal error: {type(exc).__name__}: {exc}\n\n{traceback.format_exc()}"
            )
        else:
            signals.finished.emit(request, result)


@dataclass
class _Pending:
    channel: str
    on_done: Done
    on_failed: Failed | None
    on_progress: Progressed | None
    on_cancelled: Callable[[], None] | None
    stop: threading.Event = field(default_factory=threading.Event)


class TaskRunner(QObject):
    """Submits jobs, keeps one current request per channel, drops stale results.

    Signals:
        busy_changed: whether any job is still running (for a status-bar spinner).
        failed: a job failed and nobody handled it (its message).
    """

    busy_changed = Signal(bool)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None, *, max_threads: int = 2) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self._ids = itertools.count(1)
        self._current: dict[str, int] = {}
        self._pending: dict[int, _Pending] = {}
        self._signals = _Signals(self)
        self._signals.progressed.connect(self._on_progress)
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)
        self._signals.cancelled.connect(self._on_cancelled)

    def submit(
        self,
        channel: str,
        job: Job,
        *,
        on_done: Done,
        on_failed: Failed | None = None,
        on_progress: Progressed | None = None,
        on_cancelled: Callable[[], None] | None = None,
    ) -> int:
        """Run ``job``; a newer submit on ``channel`` makes this one's result stale."""
        request = next(self._ids)
        self.cancel(channel)  # its result would be dropped anyway
        pending = _Pending(channel, on_done, on_failed, on_progress, on_cancelled)
        self._current[channel] = request
        self._pending[request] = pending
        was_busy = len(self._pending) > 1
        self.pool.start(_Runnable(request, job, self._signals, pending.stop))
        if not was_busy:
            self.busy_changed.emit(True)
        return request

    def cancel(self, channel: str) -> None:
        """Ask the channel's current job to stop at its next check."""
        for pending in self._pending.values():
            if pending.channel == channel:
                pending.stop.set()

    def is_running(self, channel: str) -> bool:
        return any(p.channel == channel for p in self._pending.values())

    def shutdown(self, timeout_ms: int = 30000) -> bool:
        """Cancel everything and wait for the pool (window close, test teardown)."""
        for pending in self._pending.values():
            pending.stop.set()
        return self.pool.waitForDone(timeout_ms)

    def _take(self, request: int) -> _Pending | None:
        """The request's callbacks if it is still current, else None (stale result)."""
        pending = self._pending.pop(request, None)
        if not self._pending:
            self.busy_changed.emit(False)
        if pending is None or self._current.get(pending.channel) != request:
            return None
        del self._current[pending.channel]
        return pending

    def _on_progress(self, request: int, done: int, total: int, message: str) -> None:
        pending = self._pending.get(request)
        if pending and pending.on_progress and self._current.get(pending.channel) == request:
            pending.on_progress(done, total, message)

    def _on_finished(self, request: int, result: object) -> None:
        pending = self._take(request)
        if pending is not None:
            pending.on_done(result)

    def _on_failed(self, request: int, message: str) -> None:
        pending = self._take(request)
        if pending is None:
            return
        if pending.on_failed is not None:
            pending.on_failed(message)
        else:
            self.failed.emit(message)

    def _on_cancelled(self, request: int) -> None:
        pending = self._take(request)
        if pending is not None and pending.on_cancelled is not None:
            pending.on_cancelled()

"""The worker runner: results come back on the GUI thread, stale ones are dropped."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from workbench.core.errors import InvalidInputError
from workbench.core.progress import CancelFlag, Progress, check_cancelled
from workbench.gui.workers import TaskRunner


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    assert runner.shutdown(10000)


def test_result_and_progress_arrive_on_the_gui_thread(qtbot: QtBot, runner: TaskRunner) -> None:
    seen: list[object] = []
    main = threading.get_ident()

    def job(progress: Progress, _cancelled: CancelFlag) -> int:
        progress(1, 2, "half")
        return threading.get_ident()

    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy):
        runner.submit(
            "x",
            job,
            on_done=lambda worker: seen.append(("done", worker, threading.get_ident())),
            on_progress=lambda d, t, m: seen.append(("progress", d, t, m)),
        )
    assert ("progress", 1, 2, "half") in seen
    _, worker, receiver = seen[-1]
    assert worker != main and receiver == main


def test_newer_request_on_a_channel_drops_the_older_result(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    release = threading.Event()
    results: list[str] = []

    def slow(_p: Progress, _c: CancelFlag) -> str:
        release.wait(5)
        return "old"

    runner.submit("sort", slow, on_done=results.append)
    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy):
        runner.submit("sort", lambda _p, _c: "new", on_done=results.append)
        release.set()
    assert results == ["new"]


def test_cancel_stops_the_job_and_reports_it(qtbot: QtBot, runner: TaskRunner) -> None:
    started = threading.Event()
    outcome: list[str] = []

    def loop(_p: Progress, cancelled: CancelFlag) -> None:
        started.set()
        while True:
            check_cancelled(cancelled)
            threading.Event().wait(0.005)

    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy):
        runner.submit(
            "import",
            loop,
            on_done=lambda _r: outcome.append("done"),
            on_cancelled=lambda: outcome.append("cancelled"),
        )
        assert started.wait(5)
        runner.cancel("import")
    assert outcome == ["cancelled"]


def test_errors_reach_the_caller_as_messages(qtbot: QtBot, runner: TaskRunner) -> None:
    def refuse(_p: Progress, _c: CancelFlag) -> None:
        raise InvalidInputError("no such status")

    def crash(_p: Progress, _c: CancelFlag) -> None:
        raise RuntimeError("bug")

    messages: list[str] = []
    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy):
        runner.submit("a", refuse, on_done=print, on_failed=messages.append)
    assert messages == ["no such status"]
    with qtbot.waitSignal(runner.failed) as blocker:
        runner.submit("b", crash, on_done=print)
    assert "RuntimeError: bug" in blocker.args[0]


def test_a_database_error_in_a_job_reaches_the_person_as_one_line(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    failures: list[str] = []

    def job(_p: Progress, _c: CancelFlag) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy):
        runner.submit("import", job, on_done=lambda _r: None, on_failed=failures.append)
    assert failures == [
        "Not done: the case file could not be read or written (disk I/O error)."
        " What failed was not saved; try again."
    ]

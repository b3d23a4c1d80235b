"""GUI tests run headless."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Fixtures for the main window's tests ------------------------------------------------

from collections.abc import Callable, Iterator  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import pytest  # noqa: E402
from gui_builders import SmallCase, build_small_case  # noqa: E402
from pytestqt.qtbot import QtBot  # noqa: E402


@pytest.fixture
def small_case(tmp_path: Path) -> SmallCase:
    return build_small_case(tmp_path / "small.db")


@pytest.fixture
def window_settings(tmp_path: Path) -> Any:
    """Layout memory in a temporary INI file, never the user's."""
    from PySide6.QtCore import QSettings

    from workbench.gui.settings import WindowSettings

    return WindowSettings(QSettings(str(tmp_path / "layout.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def open_window(qtbot: QtBot, window_settings: Any) -> Iterator[Callable[..., Any]]:
    """A factory: the main window on a case path, closed (workers waited for) afterwards."""
    from workbench.core.services import Case
    from workbench.gui.mainwindow import MainWindow

    opened: list[tuple[MainWindow, Case]] = []

    def make(path: Path, **kwargs: Any) -> MainWindow:
        case = Case.open(path)
        kwargs.setdefault("warm_up", None)
        kwargs.setdefault("poll_ms", 3_600_000)
        window = MainWindow(case, settings=window_settings, **kwargs)
        qtbot.addWidget(window)
        opened.append((window, case))
        return window

    yield make
    for window, case in opened:
        window.close()
        assert window.runner.pool.waitForDone(30000), "a worker outlived its test"
        assert window.runner.pool.activeThreadCount() == 0
        case.close()

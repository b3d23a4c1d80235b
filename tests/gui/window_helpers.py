"""Opening the main window in tests the way a person sees it: shown, painted, counts loaded."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from workbench.gui.mainwindow import MainWindow

Opener = Callable[..., MainWindow]


def shown(qtbot: QtBot, open_window: Opener, path: Path, *, active: bool = False) -> MainWindow:
    """The window on ``path``, painted with its data and support counts (and active if asked:
    the keyboard focus then is real)."""
    window = open_window(path)
    with qtbot.waitSignal(window.first_painted):
        window.show()
    if active:
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(lambda: window.review.support is not None)
    return window

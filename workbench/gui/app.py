"""Starting the desktop app: ``workbench gui`` and ``workbench demo`` end here.

``run_app`` opens the case, shows the window and runs the event loop. With a
screenshot path it waits until the window has painted with the case's data
(and the support counts), saves ``window.grab()`` as PNG and exits 0; that
mode never reads or writes the user's saved layout and does not load the
language model.
"""

from __future__ import annotations

import ctypes
import os
import sys
import tempfile
from pathlib import Path
from typing import NoReturn

import PySide6
from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog

from workbench.core.config import login_name
from workbench.core.errors import WorkbenchError
from workbench.core.services import Case
from workbench.gui.case_session import CaseSession
from workbench.gui.mainwindow import MainWindow
from workbench.gui.settings import APPLICATION, ORGANISATION, WindowSettings

SCREENSHOT_TIMEOUT_MS = 60000


def application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    return app


XCB_LIBRARIES = (
    "libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 "
    "libxkbcommon-x11-0"
)
"""The Debian and Ubuntu packages Qt's X11 plugin needs beyond a bare X server."""


def display_problem() -> str | None:
    """Why Qt cannot show a window here, or None; Qt would abort the process instead.

    No display at all is one reason. On X11 another is a system library that
    Qt's X11 plugin needs and cannot find: loading the plugin here names it.
    """
    if os.environ.get("QT_QPA_PLATFORM") or not sys.platform.startswith("linux"):
        return None
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        return "no display found; the desktop app needs a screen."
    if os.environ.get("WAYLAND_DISPLAY"):
        return None
    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    if not plugin.exists():
        return None  # a Qt installed elsewhere: let it try
    try:
        ctypes.CDLL(str(plugin))
    except OSError as exc:
        missing = str(exc).split(":", 1)[0].strip()
        return (
            f"the X11 display cannot be used: Qt's X11 plugin needs {missing}, which is not "
            f"installed (Debian and Ubuntu: apt install {XCB_LIBRARIES})."
        )
    return None


def run_app(db_path: Path, screenshot: Path | None = None) -> int:
    """Open the case at ``db_path`` in the window; the process exit status."""
    problem = display_problem()
    if problem is not None:
        if screenshot is None:
            print(
                f"Error: {problem} "
                "Use 'workbench demo --no-gui' and the command line, or "
                "'workbench gui --screenshot FILE.png' to render the window without one.",
                file=sys.stderr,
            )
            return 1
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a screenshot needs no screen
    app = application()
    if screenshot is None:
        settings = WindowSettings()
        ask_reviewer_once(settings)
        session = CaseSession(settings)
        if not session.open(db_path, create=not db_path.exists()):
            return 1
        try:
            code = app.exec()
        finally:
            session.close()
        leave(code)
    try:
        case = Case.open(db_path)
    except WorkbenchError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 1
    try:
        return _screenshot(app, case, screenshot)
    finally:
        case.close()


def ask_reviewer_once(settings: WindowSettings) -> None:
    """The name the history gives the person's changes: asked on the first start only.

    Cancelling keeps the login name (Edit > Your name in the history changes it later).
    A name given in ``WORKBENCH_USER`` (as the command line reads it) is taken
    without asking.
    """
    if settings.reviewer():
        return
    if given := os.environ.get("WORKBENCH_USER", "").strip():
        settings.set_reviewer(given)
        settings.sync()
        return
    name, ok = QInputDialog.getText(
        None, "Claim Workbench", "Your name, as the history will record your changes:",
        text=login_name(),
    )  # fmt: skip
    settings.set_reviewer(name if ok and name.strip() else login_name())
    settings.sync()


def leave(code: int) -> NoReturn:
    """End the process as soon as the window is gone.

    The case is closed and the layout saved by now; what is left is the
    interpreter tearing down what the session loaded (the meaning model, the
    language model, idle worker threads), which took seconds after
    the window had already vanished. Nothing of the person's work is in it.
    """
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def _screenshot(app: QApplication, case: Case, path: Path) -> int:
    with tempfile.TemporaryDirectory() as folder:
        qsettings = QSettings(str(Path(folder) / "layout.ini"), QSettings.Format.IniFormat)
        window = MainWindow(case, settings=WindowSettings(qsettings), warm_up=None)
        status = {"code": 1}
        loop = QEventLoop()
        waiting = {"painted", "support"}

        def ready(what: str) -> None:
            waiting.discard(what)
            if not waiting:
                QTimer.singleShot(50, save)

        def save() -> None:
            app.processEvents()
            if window.grab().save(str(path), "PNG"):
                status["code"] = 0
            else:
                print(f"Error: cannot write {path}", file=sys.stderr)
            window.close()
            loop.quit()

        def timed_out() -> None:
            print("Error: the case did not load in time for the screenshot", file=sys.stderr)
            window.close()
            loop.quit()

        window.first_painted.connect(lambda: ready("painted"))
        window.review.support_loaded.connect(lambda: ready("support"))
        _select_linked_claim(window)
        window.show()
        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(timed_out)
        timer.start(SCREENSHOT_TIMEOUT_MS)
        loop.exec()  # a local loop: the application itself keeps running (tests share it)
        timer.stop()
        return status["code"]


def _select_linked_claim(window: MainWindow) -> None:
    """Show a claim that has links, so the compare pane has something to say."""
    links = window.case.links()
    if links:
        first = min(links, key=lambda k: (k.relation != "conflicts", -k.score))
        window.review.select_claim(min(first.a_id, first.b_id))

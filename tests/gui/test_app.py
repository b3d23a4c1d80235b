"""``run_app``: the screenshot mode the CLI and the README rely on."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from gui_builders import SmallCase
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from workbench.gui.app import display_problem, run_app

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_screenshot_is_saved_once_data_has_loaded(
    qapp: QApplication, small_case: SmallCase, tmp_path: Path
) -> None:
    shot = tmp_path / "shot.png"
    assert run_app(small_case.path, screenshot=shot) == 0
    image = QImage(str(shot))
    assert not image.isNull()
    assert image.width() >= 1200 and image.height() >= 700


def test_a_file_that_is_not_a_case_fails_with_one_line(
    qapp: QApplication, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bogus = tmp_path / "notes.db"
    bogus.write_text("these are my notes, not a database\n" * 20, encoding="utf-8")
    assert run_app(bogus, screenshot=tmp_path / "shot.png") == 1
    err = capsys.readouterr().err
    assert err.startswith("Error: ") and err.count("\n") == 1
    assert not (tmp_path / "shot.png").exists()


def test_without_a_display_the_app_says_so_instead_of_aborting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr("sys.platform", "linux")
    case = tmp_path / "case.db"
    assert run_app(case) == 1
    err = capsys.readouterr().err
    assert err.startswith("Error: no display found") and err.count("\n") == 1
    assert not case.exists()  # nothing was opened or created


def test_an_x11_display_without_the_library_qt_needs_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("DISPLAY", ":99")
    monkeypatch.setattr("sys.platform", "linux")

    def missing(path: str) -> None:
        raise OSError("libxcb-icccm.so.4: cannot open shared object file: No such file")

    monkeypatch.setattr("ctypes.CDLL", missing)
    case = tmp_path / "case.db"
    assert run_app(case) == 1
    err = capsys.readouterr().err
    assert "needs libxcb-icccm.so.4, which is not installed" in err and err.count("\n") == 1
    assert not case.exists()
    monkeypatch.setattr("ctypes.CDLL", lambda path: None)
    assert display_problem() is None


CHILD = """
import sys, threading, time
from pathlib import Path
from typing import Any
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QInputDialog
import workbench.gui.app as app
from workbench.gui.case_session import CaseSession

# Something the session loaded that takes long to tear down (a model, a thread pool).
threading.Thread(target=time.sleep, args=(600,), daemon=False).start()
QInputDialog.getText = staticmethod(lambda *a, **k: ("Tess Okafor", True))
opened = CaseSession.open

def open_then_close(self, path, create=False, **kwargs):
    ok = opened(self, path, create, **kwargs)
    self.window.first_painted.connect(lambda: QTimer.singleShot(50, self.window.close))
    return ok

CaseSession.open = open_then_close
sys.exit(app.run_app(Path(sys.argv[1])))
"""


def test_the_process_ends_when_its_window_closes(small_case: SmallCase, tmp_path: Path) -> None:
    """Closing the window ends the app even when something it loaded lingers in teardown;
    the reviewer's name, asked on the first start, is kept for the next."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(small_case.path)],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    settings = next(tmp_path.rglob("*.conf"), None) or next(tmp_path.rglob("*.ini"))
    assert "Tess Okafor" in settings.read_text(encoding="utf-8")


def test_a_name_given_in_workbench_user_is_not_asked_for(
    window_settings: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from workbench.gui.app import ask_reviewer_once

    monkeypatch.setenv("WORKBENCH_USER", "Ana Costa")
    monkeypatch.setattr(
        "workbench.gui.app.QInputDialog.getText",
        lambda *_a, **_k: pytest.fail("asked for a name the environment gave"),
    )
    ask_reviewer_once(window_settings)
    assert window_settings.reviewer() == "Ana Costa"

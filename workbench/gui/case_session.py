"""The open case and its window: File > New case and Open case swap both.

A window works on one case from start to end (its models, workers and undo
stack all hold that case), so another case gets a window of its own: the new
case is opened first, its window shown, and only then the old window closed
(its workers waited for, its note saved) and the old case closed. A file that
cannot be opened leaves the current case as it was.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox

from workbench.core.errors import CaseDamagedError, WorkbenchError
from workbench.core.services import Case, case_snapshots, restore_case
from workbench.gui.mainwindow import MainWindow
from workbench.gui.settings import WindowSettings

TITLE = "Claim Workbench"


class CaseSession(QObject):
    """Owns the current case and its window.

    Signals:
        window_opened: a window on a newly opened case is showing.
    """

    window_opened = Signal(MainWindow)

    def __init__(self, settings: WindowSettings | None = None, **window_options: Any) -> None:
        super().__init__()
        self.settings = settings or WindowSettings()
        self.case: Case | None = None
        self.window: MainWindow | None = None
        self._window_options = window_options

    def open(self, path: Path, create: bool = False, *, reopen: bool = False) -> bool:
        """Open the case at ``path`` (a new file when ``create``) in a new window.

        Returns False, after telling the person why, when it cannot be opened;
        the current case and window then stay as they were. A damaged case
        with snapshots is offered its latest one. ``reopen`` opens the file
        again though it is the current case (its file was replaced).
        """
        problem = _refusal(path, create)
        if problem is not None:
            self._tell(problem)
            return False
        if not reopen and self.case is not None and _same_file(path, self.case.path):
            self._raise()
            return True
        try:
            case = Case.open(path)
        except CaseDamagedError as exc:
            return self._offer_restore(path, exc)
        except WorkbenchError as exc:
            self._tell(f"Cannot open the case:\n\n{exc}")
            return False
        window = MainWindow(case, settings=self.settings, **self._window_options)
        window.case_requested.connect(self.open)
        window.case_replaced.connect(lambda replaced: self.open(replaced, reopen=True))
        old_window, old_case = self.window, self.case
        self.case, self.window = case, window
        self.settings.add_recent_case(str(case.path))
        window.show()
        if old_window is not None:
            old_window.close()
            old_window.deleteLater()
        if old_case is not None:
            old_case.close()
        self.window_opened.emit(window)
        return True

    def close(self) -> None:
        """Close the window and the case (at the end of the app)."""
        if self.window is not None:
            self.window.close()
        if self.case is not None:
            self.case.close()
        self.case = self.window = None

    def _offer_restore(self, path: Path, damage: CaseDamagedError) -> bool:
        """Say the case is damaged and offer its latest good snapshot; never write over it."""
        latest = next((s for s in case_snapshots(path) if s.sound), None)
        if latest is None:
            self._tell(f"Cannot open the case:\n\n{damage}")
            return False
        box = QMessageBox(
            QMessageBox.Icon.Warning, TITLE, f"{path.name} is damaged.", parent=self.window
        )
        box.setInformativeText(
            f"Restore its latest snapshot, from {latest.snapshot.describe()} "
            f"({latest.articles} articles, {latest.claims} claims)? The damaged file is kept "
            "beside it; changes made since the snapshot are not in it."
        )
        box.setDetailedText(str(damage))
        restore = box.addButton("Restore snapshot", QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(restore)
        box.exec()
        if box.clickedButton() is not restore:
            return False
        try:
            restore_case(path, latest.snapshot)
        except WorkbenchError as exc:
            self._tell(f"Cannot restore the snapshot:\n\n{exc}")
            return False
        return self.open(path, reopen=True)

    def _raise(self) -> None:
        if self.window is not None:
            self.window.raise_()
            self.window.activateWindow()

    def _tell(self, message: str) -> None:
        QMessageBox.warning(self.window, TITLE, message)


def _refusal(path: Path, create: bool) -> str | None:
    """Why ``path`` is refused before anything is opened, or None."""
    if create and path.exists():
        return (
            f"{path} already exists. A new case is never written over a file: "
            "open it with Open case, or choose another name."
        )
    if not create and not path.is_file():
        return f"There is no case file at {path}."
    return None


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False

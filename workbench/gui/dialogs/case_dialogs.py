"""Choosing a case file: File > New case and File > Open case."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

CASE_FILTER = "Claim Workbench cases (*.db);;All files (*)"
CASE_SUFFIX = ".db"


def ask_new_case(parent: QWidget, start: str) -> Path | None:
    """A path for a new case file; ".db" is added when the name has no suffix.

    The dialog does not offer to replace a file: an existing file is never
    overwritten (the session refuses it with a message).
    """
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        "New case",
        start,
        CASE_FILTER,
        options=QFileDialog.Option.DontConfirmOverwrite,
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix else path.with_suffix(CASE_SUFFIX)


def ask_open_case(parent: QWidget, start: str) -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(parent, "Open case", start, CASE_FILTER)
    return Path(chosen) if chosen else None

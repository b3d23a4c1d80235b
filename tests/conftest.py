"""Shared fixtures. Tests never touch user files: every case lives in tmp_path."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Headless Qt for every GUI test, set before PySide6 is first imported.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keep platformdirs' user folders and $WORKBENCH_DB away from the real ones."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("WORKBENCH_DB", raising=False)


@pytest.fixture
def case_path(tmp_path: Path) -> Path:
    return tmp_path / "case.db"

"""Fixtures for the store tests: a fresh case file per test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from workbench.core.store import CaseStore


@pytest.fixture
def store(tmp_path: Path) -> Iterator[CaseStore]:
    with CaseStore.open(tmp_path / "case.db") as opened:
        yield opened

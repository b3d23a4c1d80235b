"""Fixtures for the CLI tests: temporary case databases, one imported case shared read-only."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from cli_helpers import copy_samples, invoke

STORIES = (
    "seed_article.txt",
    "levant_wire_death_toll.txt",
    "global_dispatch_interior_ministry.txt",
    "beirut_evening_courier_refugees.html",
)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "case.db"


@pytest.fixture(scope="session")
def _imported_case(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Four sample articles imported, extracted and matched once for the session."""
    root = tmp_path_factory.mktemp("imported")
    copy_samples(root / "articles", *STORIES)
    path = root / "case.db"
    invoke(path, "import", str(root / "articles"))
    return path


@pytest.fixture
def case_db(_imported_case: Path, tmp_path: Path) -> Path:
    """A private copy of the imported case, free to change."""
    target = tmp_path / "imported.db"
    shutil.copy(_imported_case, target)
    return target

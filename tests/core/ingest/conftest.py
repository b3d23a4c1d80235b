"""Fixtures for the ingest tests: a case to import into and a folder to write files in."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from ingest_helpers import fake_extract_many

from workbench.core.importing import ImportReport, import_paths
from workbench.core.ingest import ArticleMeta
from workbench.core.store import CaseStore

MAX_BYTES = 1_000_000
NO_META = ArticleMeta()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[CaseStore]:
    with CaseStore.open(tmp_path / "case.db") as opened:
        yield opened


@pytest.fixture
def files(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    return folder


@pytest.fixture
def run_import(store: CaseStore) -> Callable[..., ImportReport]:
    """Import paths into the test case with the stand-in extractor."""

    def run(*paths: Path | str, meta: ArticleMeta = NO_META) -> ImportReport:
        return import_paths(store, paths, meta, fake_extract_many, max_bytes=MAX_BYTES)

    return run

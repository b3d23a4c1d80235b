"""Fixtures for the exporter tests; the case itself is built in ``export_case``."""

from __future__ import annotations

import pytest
from export_case import build_snapshot, hostile_snapshot

from workbench.core.domain import CaseSnapshot


@pytest.fixture
def snapshot() -> CaseSnapshot:
    return build_snapshot()


@pytest.fixture
def hostile() -> CaseSnapshot:
    return hostile_snapshot()

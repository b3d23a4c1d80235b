"""Fixtures for the matcher tests."""

from __future__ import annotations

import pytest
from match_builders import build_article

from workbench.core.domain import Article


@pytest.fixture
def articles() -> dict[int, Article]:
    outlets = ["Reuters", "AP", "Le Monde", "BBC", "Al Jazeera", "Daily Star"]
    return {i: build_article(i, outlet) for i, outlet in enumerate(outlets, start=1)}

"""Fixtures for the extractor tests: one model load for the whole session."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, assert_spans

from workbench.core.domain import Extraction
from workbench.core.extract import Extractor


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    ex = Extractor()
    ex.warm_up()
    return ex


@pytest.fixture(scope="session")
def extract(extractor: Extractor) -> Extract:
    """Extract claims and check, for every claim, that each span slices to its string."""

    def run(text: str, outlet: str = "") -> list[Extraction]:
        claims = extractor.extract(text, outlet)
        for claim in claims:
            assert_spans(text, claim)
        return claims

    return run

"""Support counts are kept between calls and recounted after any change."""

from __future__ import annotations

from pathlib import Path

import pytest
from case_builders import own_voice_case

from workbench.core.services import Case
from workbench.core.store import CaseStore

TEXTS = (
    ("A rights group said 500 people were killed in Deraa on Friday.", "Levant Wire"),
    ("Activists said 100 people were killed in Deraa on Friday.", "Orient Press"),
)


def backing(case: Case, claim_id: int) -> int:
    """How many independent sources back or contest a claim."""
    counts = case.support().get(claim_id)
    return 0 if counts is None else counts.corroborating + counts.conflicting


def imported_case(path: Path) -> Case:
    return own_voice_case(path, TEXTS)


def test_counts_are_cached_until_the_case_changes(
    case_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with imported_case(case_path) as case:
        case.match()
        (link,) = case.store.links()
        first = case.support()
        assert backing(case, link.a_id) == 1
        reads: list[int] = []
        original = case.store.claims
        monkeypatch.setattr(case.store, "claims", lambda *a, **k: reads.append(1) or original())
        assert case.support() == first
        assert reads == []  # nothing changed: nothing read again
        first.clear()  # a caller's copy, not the cache
        assert backing(case, link.a_id) == 1
        case.decide_link(link.id, confirmed=False)  # rejected: no longer counts
        assert backing(case, link.a_id) == 0
        assert reads


def test_a_change_by_another_connection_is_seen(case_path: Path) -> None:
    with imported_case(case_path) as case:
        case.match()
        (link,) = case.store.links()
        assert backing(case, link.a_id) == 1
        with CaseStore.open(case_path) as other:
            other.decide_link(link.id, False)
        assert backing(case, link.a_id) == 0

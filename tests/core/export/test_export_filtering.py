"""Filters by status, article and source type."""

from __future__ import annotations

from workbench.core.domain import CaseSnapshot, SourceType
from workbench.core.export import filter_snapshot
from workbench.core.export.filtering import context_claims


def test_no_filter_keeps_everything(snapshot: CaseSnapshot) -> None:
    assert filter_snapshot(snapshot) == snapshot


def test_filters_combine_with_and_values_with_or(snapshot: CaseSnapshot) -> None:
    narrowed = filter_snapshot(
        snapshot, statuses=["verified", "false"], source_types=[SourceType.GOVERNMENT]
    )
    assert [claim.id for claim in narrowed.claims] == [1, 4]
    by_article = filter_snapshot(snapshot, article_ids=[2, 3], source_types=["ngo", "expert"])
    assert [claim.id for claim in by_article.claims] == [6, 9]


def test_links_leaving_the_filter_keep_their_far_end_as_context(snapshot: CaseSnapshot) -> None:
    narrowed = filter_snapshot(snapshot, statuses=["false"])
    assert [claim.id for claim in narrowed.claims] == [4]
    assert [link.id for link in narrowed.links] == [4]
    assert [claim.id for claim in context_claims(narrowed)] == [7]
    assert {article.id for article in narrowed.articles} == {1, 2}


def test_evidence_and_support_follow_the_kept_claims(snapshot: CaseSnapshot) -> None:
    narrowed = filter_snapshot(snapshot, article_ids=[2])
    assert set(narrowed.evidence) == {6}
    assert set(narrowed.support) == {6}
    assert narrowed.statuses == snapshot.statuses


def test_filtering_twice_does_not_promote_context_claims(snapshot: CaseSnapshot) -> None:
    once = filter_snapshot(snapshot, statuses=["false"])
    twice = filter_snapshot(once, source_types=["government", "politician"])
    assert [claim.id for claim in twice.claims] == [4]

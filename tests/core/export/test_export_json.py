"""The JSON exchange format and its round trip."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from export_case import build_snapshot
from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.core.domain import CaseSnapshot
from workbench.core.errors import InvalidInputError
from workbench.core.export import (
    filter_snapshot,
    snapshot_from_json,
    to_json,
)
from workbench.core.export.filtering import context_claims


def test_document_shape_follows_the_contract(snapshot: CaseSnapshot) -> None:
    data = to_json(snapshot)
    assert (data["format"], data["version"]) == ("claim-workbench", 1)
    assert [s["name"] for s in data["statuses"]][:3] == ["unverified", "in_progress", "verified"]
    assert set(data["statuses"][0]) == {
        "name", "label", "color", "final", "rating", "value", "position",
    }  # fmt: skip
    assert set(data["articles"][0]) >= {"id", "title", "outlet", "date", "url", "path", "text"}
    claim = data["claims"][0]
    assert claim["article"]["outlet"] == "Daily Ledger"
    assert claim["evidence"][0]["url"] == "https://hospital.example/records"
    link = data["links"][0]
    assert set(link) >= {"id", "relation", "score", "reasons", "a", "b", "confirmed", "independent"}
    assert link["a"] == data["claims"][0]  # the full claim object, as in "claims"
    json.dumps(data)  # plain data only


def test_round_trip_gives_back_the_same_case(snapshot: CaseSnapshot) -> None:
    data = json.loads(json.dumps(to_json(snapshot)))
    back = snapshot_from_json(data)
    assert back.claims == snapshot.claims
    assert back.articles == snapshot.articles
    assert back.links == snapshot.links
    assert back.statuses == snapshot.statuses
    assert back.evidence == snapshot.evidence


def test_filtered_export_carries_link_partners_inside_links(snapshot: CaseSnapshot) -> None:
    narrowed = filter_snapshot(snapshot, article_ids=[3])
    data = to_json(narrowed)
    assert [c["id"] for c in data["claims"]] == [8, 9]
    assert {(link["a"]["id"], link["b"]["id"]) for link in data["links"]} == {(1, 8), (3, 9)}
    back = snapshot_from_json(json.loads(json.dumps(data)))
    assert [c.id for c in back.claims] == [8, 9]
    assert {c.id for c in context_claims(back)} == {1, 3}


def test_foreign_or_newer_documents_are_refused(snapshot: CaseSnapshot) -> None:
    with pytest.raises(InvalidInputError):
        snapshot_from_json({"format": "something-else"})
    with pytest.raises(InvalidInputError):
        snapshot_from_json({**to_json(snapshot), "version": 99})
    with pytest.raises(InvalidInputError):
        snapshot_from_json({"format": "claim-workbench", "version": 1, "claims": [{}]})


texts = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)


@settings(max_examples=40, deadline=None)
@given(note=texts, source=texts, content=texts, start=st.integers(0, 10_000))
def test_any_text_and_offset_round_trips(note: str, source: str, content: str, start: int) -> None:
    snapshot = build_snapshot()
    first = snapshot.claims[0]
    extraction = replace(
        first.extraction,
        source=source,
        source_start=0,  # offset 0 must survive: falsy values are easy to lose
        source_end=len(source),
        content=content,
        content_start=start,
        content_end=start + len(content),
        cue_start=0,
        cue_end=0,
    )
    changed = replace(snapshot, claims=(replace(first, extraction=extraction, note=note),))
    back = snapshot_from_json(json.loads(json.dumps(to_json(changed))))
    assert back.claims == changed.claims

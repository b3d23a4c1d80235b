"""What goes into the store comes back out as the same domain values."""

from __future__ import annotations

import pytest
from store_builders import TEXT, article, sample_claims, text_with

from workbench.core.domain import (
    ClaimQuery,
    LinkDraft,
    Origin,
    Relation,
    Status,
)
from workbench.core.errors import InvalidInputError, NotFoundError
from workbench.core.store import CaseStore, content_hash


def test_article_and_claims_round_trip(store: CaseStore) -> None:
    extractions = sample_claims()
    stored = store.add_article(article(), extractions, by="ana")
    again = store.get_article(stored.id)
    assert again == stored
    assert (again.text, again.title, again.outlet, again.date) == (
        TEXT,
        "Deraa death toll rises",
        "Levant Wire",
        "2011-04-29",
    )
    assert again.url == "https://levant.example/deraa" and again.path == "levant.txt"
    assert again.content_hash == content_hash(TEXT)
    assert again.imported_at
    claims = store.claims(ClaimQuery(article_ids=(stored.id,)))
    assert [c.extraction for c in claims] == extractions
    for c in claims:
        assert c.status == "unverified" and c.origin is Origin.EXTRACTED
        for role in ("source", "cue", "content"):
            start, end = (
                getattr(c.extraction, f"{role}_start"),
                getattr(c.extraction, f"{role}_end"),
            )
            assert again.text[start:end] == getattr(c, role)
    number = claims[0].numbers[0]
    assert (number.value, number.what, number.qualifier) == (500, "killed", "more than")
    assert again.text[number.start : number.end] == number.text


def test_article_found_by_hash_path_and_url(store: CaseStore) -> None:
    stored = store.add_article(article())
    assert store.article_by_hash(content_hash(TEXT)) == stored
    assert store.article_by_hash(content_hash(TEXT + " ")) is None
    assert store.find_article(path="levant.txt") == stored
    assert store.find_article(url="https://levant.example/deraa") == stored
    assert store.find_article(path="other.txt") is None


def test_summaries_count_claims_and_reviewed(store: CaseStore) -> None:
    stored = store.add_article(article(), sample_claims())
    first = store.claims()[0]
    store.set_status(first.id, "verified")
    (summary,) = store.article_summaries()
    assert (summary.id, summary.claims, summary.reviewed) == (stored.id, 3, 1)


def test_status_note_and_evidence_round_trip(store: CaseStore) -> None:
    store.add_article(article(), sample_claims())
    claim = store.claims()[0]
    updated = store.set_status(claim.id, "disputed", note="two sources differ", by="ana")
    assert (updated.status, updated.note) == ("disputed", "two sources differ")
    assert updated.updated_at >= claim.updated_at
    evidence = store.add_evidence(claim.id, " https://hrw.example/report ", "the report")
    assert evidence.url == "https://hrw.example/report"
    assert store.evidence_for(claim.id) == [evidence]
    assert store.all_evidence() == {claim.id: (evidence,)}
    store.remove_evidence(evidence.id)
    assert store.evidence_for(claim.id) == []


def test_unknown_status_and_missing_rows_are_user_errors(store: CaseStore) -> None:
    store.add_article(article(), sample_claims())
    claim = store.claims()[0]
    with pytest.raises(InvalidInputError, match="unknown status 'bogus'"):
        store.set_status(claim.id, "bogus")
    assert store.get_claim(claim.id).status == "unverified"
    with pytest.raises(NotFoundError):
        store.get_claim(10_000)
    with pytest.raises(NotFoundError):
        store.get_article(10_000)
    with pytest.raises(InvalidInputError):
        store.add_evidence(claim.id, "   ")


def test_custom_status_round_trips(store: CaseStore) -> None:
    custom = Status("satire", "Satire", "#123456", True, "Satire", 2, 9)
    store.ensure_status(custom)
    store.ensure_status(Status("satire", "Other label", "#000000", False, "", 3, 10))
    assert store.statuses()[-1] == custom
    store.add_article(article(), sample_claims())
    assert store.set_status(store.claims()[0].id, "satire").status == "satire"


def test_links_round_trip(store: CaseStore) -> None:
    store.add_article(article(), sample_claims())
    store.add_article(article(text_with("300"), path="b.txt"), sample_claims("300"))
    a, b = store.claims()[0].id, store.claims()[3].id
    draft = LinkDraft(b, a, Relation.CONFLICTS, 81.25, ("different quantity",), True)
    assert store.save_links([draft]) == 1
    (link,) = store.links()
    assert (link.a_id, link.b_id) == (a, b)  # stored smaller id first
    assert (link.relation, link.score, link.reasons) == (
        Relation.CONFLICTS,
        81.2,
        ("different quantity",),
    )
    assert link.independent and link.confirmed is None
    assert store.get_link(link.id) == link
    assert store.links(claim_id=b) == [link]
    assert store.links(relation="corroborates") == []


def test_deleting_an_article_removes_its_claims_links_and_evidence(store: CaseStore) -> None:
    first = store.add_article(article(), sample_claims())
    store.add_article(article(text_with("300"), path="b.txt"), sample_claims("300"))
    a, b = store.claims()[0].id, store.claims()[3].id
    store.save_links([LinkDraft(a, b, Relation.CONFLICTS, 70, (), True)])
    store.add_evidence(a, "https://e.example")
    store.delete_article(first.id)
    assert [c.article_id for c in store.claims()] == [first.id + 1] * 3
    assert store.links() == [] and store.all_evidence() == {}
    with pytest.raises(NotFoundError):
        store.delete_article(first.id)


def test_predicates_round_trip_and_change_without_history(store: CaseStore) -> None:
    from dataclasses import replace

    first, *rest = sample_claims()
    stored = store.add_article(article(), [replace(first, predicates=("kill people",)), *rest])
    (claim, *_) = store.claims(ClaimQuery(article_ids=(stored.id,)))
    assert claim.extraction.predicates == ("kill people",)
    before = len(store.history(claim.id))
    store.update_extraction(claim.id, replace(claim.extraction, predicates=()))
    assert store.get_claim(claim.id).extraction.predicates == ()
    assert len(store.history(claim.id)) == before  # derived data, like a vector

"""Every change leaves a history row in its own transaction; the history itself never changes."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

import pytest
from store_builders import article, sample_claims, text_with

from workbench.core.domain import LinkDraft, Relation
from workbench.core.errors import CaseStorageError, InvalidInputError
from workbench.core.store import CaseStore


def changes(store: CaseStore, claim_id: int) -> list[tuple[str, str, str | None, str | None, str]]:
    return [(h.action, h.field, h.old, h.new, h.by) for h in store.claim_history(claim_id)]


@pytest.fixture
def claim_id(store: CaseStore) -> int:
    store.add_article(article(), sample_claims(), by="importer")
    return store.claims()[0].id


def test_import_records_the_article_and_each_claim(store: CaseStore, claim_id: int) -> None:
    (imported,) = store.history("article")
    assert (imported.action, imported.new, imported.by) == ("import", "levant.txt", "importer")
    created = store.history("claim")
    assert [h.action for h in created] == ["create"] * 3
    assert created[0].new == "500 people were killed in Deraa"
    assert all(h.at for h in created)


def test_status_and_note_changes_are_recorded(store: CaseStore, claim_id: int) -> None:
    store.set_status(claim_id, "in_progress", by="ana")
    store.set_status(claim_id, "verified", note="UNHCR confirms", by="ben")
    store.set_status(claim_id, "verified", by="ben")  # no change, no row
    store.set_note(claim_id, "UNHCR and HRW confirm", by="ana")
    assert changes(store, claim_id)[1:] == [
        ("update", "status", "unverified", "in_progress", "ana"),
        ("update", "status", "in_progress", "verified", "ben"),
        ("update", "note", "", "UNHCR confirms", "ben"),
        ("update", "note", "UNHCR confirms", "UNHCR and HRW confirm", "ana"),
    ]


def test_span_edit_records_each_changed_field(store: CaseStore, claim_id: int) -> None:
    old = store.get_claim(claim_id).extraction
    text = text_with("500")
    start = text.index("people were killed")
    edited = replace(old, content="people were killed in Deraa", content_start=start)
    store.update_extraction(claim_id, edited, by="ana")
    rows = changes(store, claim_id)[1:]
    assert rows == [
        ("update", "content", old.content, edited.content, "ana"),
        ("update", "content_start", str(old.content_start), str(start), "ana"),
    ]
    assert store.get_claim(claim_id).extraction == edited


def test_evidence_and_link_decisions_are_recorded(store: CaseStore, claim_id: int) -> None:
    evidence = store.add_evidence(claim_id, "https://hrw.example/r", by="ana")
    store.remove_evidence(evidence.id, by="ben")
    store.add_article(article(text_with("300"), path="b.txt"), sample_claims("300"))
    other = store.claims()[3].id
    store.save_links([LinkDraft(claim_id, other, Relation.CONFLICTS, 75, (), True)])
    (link,) = store.links()
    store.decide_link(link.id, False, by="ana")
    store.decide_link(link.id, None, by="ben")
    assert changes(store, claim_id)[1:] == [
        ("add", "evidence", None, "https://hrw.example/r", "ana"),
        ("remove", "evidence", "https://hrw.example/r", None, "ben"),
        ("update", "confirmed", "open", "rejected", "ana"),
        ("update", "confirmed", "rejected", "open", "ben"),
    ]
    assert [h.action for h in store.history("case")] == ["match"]


def test_a_refused_change_leaves_no_history(store: CaseStore, claim_id: int) -> None:
    before = store.history()
    with pytest.raises(InvalidInputError):
        store.set_status(claim_id, "nonsense")
    with pytest.raises(RuntimeError), store.write():
        store.set_status(claim_id, "verified")
        raise RuntimeError("crash between the status and the commit")
    assert store.history() == before
    assert store.get_claim(claim_id).status == "unverified"


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE history SET new = 'forged'",
        "DELETE FROM history",
        "UPDATE history SET by = 'someone else' WHERE id = 1",
    ],
)
def test_history_is_append_only(store: CaseStore, claim_id: int, sql: str) -> None:
    before = store.history()
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        store.db.execute(sql)
    assert store.history() == before


def test_deleting_a_claim_keeps_its_history(store: CaseStore, claim_id: int) -> None:
    store.set_status(claim_id, "false")
    store.delete_claim(claim_id, by="ana")
    assert [h.action for h in store.history("claim", claim_id)] == ["create", "update", "delete"]


def test_a_write_the_disk_refuses_is_rolled_back_whole(store: CaseStore) -> None:
    added = store.add_article(article(), sample_claims())
    claim_id = store.claim_ids()[0]
    with pytest.raises(CaseStorageError) as refused, store.write():
        store.set_status(claim_id, "verified", by="ana")
        raise sqlite3.OperationalError("disk I/O error")  # as SQLite reports a failing disk
    assert "could not be written (disk I/O error); nothing of this change was saved" in str(
        refused.value
    )
    assert store.get_claim(claim_id).status == "unverified"
    assert added.id in {a.id for a in store.articles()}

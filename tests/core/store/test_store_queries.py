"""Listing claims: filters, full-text search, paging and the order callers rely on."""

from __future__ import annotations

from dataclasses import replace

import pytest
from store_builders import article, sample_claims, text_with

from workbench.core.domain import ClaimQuery
from workbench.core.errors import InvalidInputError, NotFoundError
from workbench.core.store import CaseStore


@pytest.fixture
def filled(store: CaseStore) -> CaseStore:
    store.add_article(article(), sample_claims())
    store.add_article(
        article(text_with("300"), path="b.txt", title="Army fires"), sample_claims("300")
    )
    return store


def contents(store: CaseStore, **query: object) -> list[str]:
    return [c.content for c in store.claims(ClaimQuery(**query))]  # type: ignore[arg-type]


def test_filters_combine(filled: CaseStore) -> None:
    ids = filled.claim_ids()
    filled.set_status(ids[0], "verified")
    filled.set_status(ids[4], "verified")
    assert contents(filled, statuses=("verified",)) == [
        "500 people were killed in Deraa",
        "that troops fired on protesters",
    ]
    assert contents(filled, statuses=("verified",), source_types=("government",)) == [
        "that troops fired on protesters"
    ]
    assert contents(filled, article_ids=(2,), source_types=("ngo", "witness")) == [
        "300 people were killed in Deraa",
        "tanks entered the old city on Friday",
    ]
    assert filled.count_claims(ClaimQuery(statuses=("unverified",))) == 4
    assert contents(filled, attributed=False) == []


def test_full_text_search(filled: CaseStore) -> None:
    assert contents(filled, search="killed") == [
        "500 people were killed in Deraa",
        "300 people were killed in Deraa",
    ]
    # Porter stemming: "kill" finds "killed"; the source is searched too.
    assert len(contents(filled, search="kill")) == 2
    assert contents(filled, search="ministry", article_ids=(1,)) == [
        "that troops fired on protesters"
    ]
    assert contents(filled, search="nothing-like-this") == []


@pytest.mark.parametrize("query", ['"', "AND OR NOT", "(", "*", "kill*ed -x", "a:b"])
def test_search_syntax_from_users_never_breaks_the_query(filled: CaseStore, query: str) -> None:
    assert isinstance(filled.claims(ClaimQuery(search=query)), list)


def test_fts_follows_edits_and_deletes(filled: CaseStore) -> None:
    first = filled.claim_ids()[0]
    filled.delete_claim(first)
    assert contents(filled, search="500") == []
    assert contents(filled, search="300") == ["300 people were killed in Deraa"]


def test_article_text_is_searchable(filled: CaseStore) -> None:
    rows = filled.db.execute(
        "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid", ("tanks",)
    ).fetchall()
    assert [r[0] for r in rows] == [1, 2]
    rows = filled.db.execute(
        "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?", ('title:"army"',)
    ).fetchall()
    assert [r[0] for r in rows] == [2]


def test_order_is_by_article_then_position(filled: CaseStore) -> None:
    claims = filled.claims()
    keys = [(c.article_id, c.extraction.content_start) for c in claims]
    assert keys == sorted(keys)
    assert filled.claim_ids() == [c.id for c in claims]


def test_paging(filled: CaseStore) -> None:
    everything = filled.claim_ids()
    pages = [filled.claim_ids(ClaimQuery(limit=4, offset=o)) for o in (0, 4, 8)]
    assert pages[0] + pages[1] + pages[2] == everything
    assert pages[2] == []


def test_claims_by_ids_keeps_the_order_given_and_skips_unknown(filled: CaseStore) -> None:
    ids = filled.claim_ids()
    wanted = [ids[5], 999, ids[0], ids[3]]
    assert [c.id for c in filled.claims_by_ids(wanted)] == [ids[5], ids[0], ids[3]]
    assert filled.claims_by_ids([]) == []


def test_claims_by_ids_handles_more_ids_than_one_sql_statement(store: CaseStore) -> None:
    text = "".join(f"Source {i} said item {i}.\n" for i in range(1200))
    from store_builders import claim

    extractions = [claim(text, f"Source {i} ", "said", f"item {i}.") for i in range(0, 1200, 2)]
    store.add_article(article(text), extractions)
    ids = store.claim_ids()
    assert len(ids) == 600
    reverse = list(reversed(ids))
    assert [c.id for c in store.claims_by_ids(reverse)] == reverse


def test_the_store_orders_claims_as_the_table_shows_them(filled: CaseStore) -> None:
    ids = filled.claim_ids()
    filled.set_status(ids[2], "false")  # position 5 in the vocabulary
    filled.set_status(ids[1], "verified")  # position 2
    by_status = filled.claim_ids(ClaimQuery(order_by="status"))
    assert by_status[-2:] == [ids[1], ids[2]]
    assert filled.claim_ids(ClaimQuery(order_by="status", descending=True))[0] == ids[2]
    by_content = [c.content.lower() for c in filled.claims(ClaimQuery(order_by="content"))]
    assert by_content == sorted(by_content)
    by_article = filled.claims(ClaimQuery(order_by="article"))
    assert [c.article_id for c in by_article][0] == 2  # "Army fires" sorts before the other title


def test_an_unknown_order_is_a_user_error(filled: CaseStore) -> None:
    from workbench.core.errors import InvalidInputError

    with pytest.raises(InvalidInputError, match="cannot sort claims by 'nonsense'"):
        filled.claim_ids(ClaimQuery(order_by="nonsense"))


def test_a_deleted_claim_comes_back_under_its_id_unless_taken(store: CaseStore) -> None:
    stored = store.add_article(article(), sample_claims())
    first, second = store.claims()[:2]
    store.set_status(first.id, "verified")
    store.delete_claim(first.id)
    back = store.restore_claim(replace(first, status="verified"))
    assert (back.id, back.content, back.status) == (first.id, first.content, "verified")
    assert [h.action for h in store.claim_history(first.id)][-1] == "restore"
    with pytest.raises(InvalidInputError, match=f"claim id {second.id} is in use"):
        store.restore_claim(second)
    store.delete_claim(second.id)
    store.delete_article(stored.id)
    with pytest.raises(NotFoundError, match="no longer in the case"):
        store.restore_claim(second)

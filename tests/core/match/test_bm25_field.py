"""Bm25Field: BM25 by bm25s over terms the matcher made itself."""

from __future__ import annotations

import threading

from workbench.core.match.bm25_field import Bm25Field


def _field(*docs: list[str]) -> Bm25Field:
    field = Bm25Field()
    field.add_many(docs)
    return field


def test_the_document_sharing_the_rarer_term_ranks_first() -> None:
    field = _field(["army", "deraa"], ["army", "lebanon"], ["army", "flood"], ["army"])
    scores = field.scores(["army", "deraa"])
    assert set(scores) == {0, 1, 2, 3}
    assert max(scores, key=scores.__getitem__) == 0
    assert field.scores(["wombat"]) == {}


def test_a_term_with_spaces_is_one_token() -> None:
    # A gram across words must not match documents that hold only its pieces.
    field = _field(["ed pro"], ["ed", "pro"])
    assert set(field.scores(["ed pro"])) == {0}
    assert field.document_frequencies(["ed pro", "ed", "pro", "absent"]) == {
        "ed pro": 1, "ed": 1, "pro": 1,
    }  # fmt: skip


def test_bm25_saturates_term_frequency_and_favours_short_documents() -> None:
    field = _field(
        ["kill"], ["kill", "kill", "kill", "kill"], ["kill", "army", "flood", "rain"], ["x"]
    )
    scores = field.scores(["kill"])
    assert scores[1] > scores[0] > scores[2]
    assert scores[1] < 2 * scores[0]


def test_a_repeated_query_term_counts_once_and_weights_scale_terms() -> None:
    field = _field(["kill", "deraa"], ["kill", "homs"], ["flood"], ["rain"])
    once = field.scores(["deraa"])
    assert field.scores(["deraa", "deraa"]) == once
    weighted = field.scores(["deraa", "homs"], {"deraa": 1.0, "homs": 0.25})
    assert weighted[0] == once[0]
    assert 0 < weighted[1] < weighted[0]


def test_documents_added_after_a_search_are_numbered_on_and_found() -> None:
    field = _field(["army"], [])
    assert set(field.scores(["army"])) == {0}
    assert field.add(["wombat", "army"]) == 2 and len(field) == 3
    assert set(field.scores(["wombat"])) == {2}
    assert field.document_frequencies(["army"]) == {"army": 2}


def test_an_empty_field_or_query_finds_nothing() -> None:
    assert _field().scores(["army"]) == {}
    assert _field([], []).scores(["army"]) == {}
    assert _field(["army"]).scores([]) == {}


def test_searches_from_other_threads_share_the_field() -> None:
    field = _field(*([f"t{n}", "shared"] for n in range(200)))
    results: list[int] = []

    def search() -> None:
        results.extend(len(field.scores(["shared", f"t{n}"])) for n in range(50))

    threads = [threading.Thread(target=search) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [200] * 200

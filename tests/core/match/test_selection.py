"""A claim is proposed with at most its few best claims of each other article."""

from __future__ import annotations

import numpy as np

from workbench.core.match.selection import among_best, tells_a_fact


def test_only_pairs_among_both_claims_best_are_kept() -> None:
    # Claim 1 (article 10) against claims 2-5 (article 20); claim 6 (article 30).
    keys = [(1, 10, 2, 20), (1, 10, 3, 20), (1, 10, 4, 20), (1, 10, 5, 20), (1, 10, 6, 30)]
    chances = np.array([0.99, 0.98, 0.97, 0.96, 0.5])
    kept = among_best(keys, chances, per_article=2)
    # Claim 1's two best in article 20, and its only one in article 30.
    assert kept.tolist() == [True, True, False, False, True]


def test_a_pair_is_dropped_when_the_other_claim_has_better_ones() -> None:
    # Claim 9 (article 20) has better partners than claim 1 in article 10.
    keys = [(1, 10, 9, 20), (2, 10, 9, 20), (3, 10, 9, 20)]
    chances = np.array([0.95, 0.99, 0.98])
    assert among_best(keys, chances, per_article=2).tolist() == [False, True, True]


def test_ties_keep_every_pair_at_the_floor() -> None:
    keys = [(1, 10, 2, 20), (1, 10, 3, 20)]
    assert among_best(keys, np.array([0.9, 0.9]), per_article=1).tolist() == [True, True]


def test_a_fragment_tells_no_fact() -> None:
    from workbench.core.match.reading import Reading

    def reading(*lemmas: str) -> Reading:
        return Reading(lemmas, (), (), False, (), (), (0, 1))

    assert not tells_a_fact(reading("trump"))
    assert not tells_a_fact(reading("remark", "remark"))
    assert tells_a_fact(reading("eleven", "body", "recover"))


def test_a_count_in_one_word_tells_a_fact() -> None:
    from match_builders import parsed_views

    toll, remark = parsed_views("the toll at 11", "the remark")
    assert toll.reading.totals == ((11, "dead"),)
    assert tells_a_fact(toll.reading) and not tells_a_fact(remark.reading)

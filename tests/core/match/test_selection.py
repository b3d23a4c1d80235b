"""A claim is proposed with at most its few best claims of each other article."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from match_builders import parsed_views

from workbench.core.ingest.metadata import ArticleMeta
from workbench.core.match.selection import among_best, tells_a_fact
from workbench.core.services import Case


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
    toll, remark = parsed_views("the toll at 11", "the remark")
    assert toll.reading.totals == ((11, "dead"),)
    assert tells_a_fact(toll.reading) and not tells_a_fact(remark.reading)


def test_a_named_groups_count_tells_a_fact_in_few_words() -> None:
    (jobs,) = parsed_views("about 1,400 jobs will go")
    assert jobs.reading.groups == ((1400.0, "job"),)
    assert tells_a_fact(jobs.reading)


def test_a_claim_is_proposed_with_one_claim_of_each_sentence_of_another_article(
    case_path: Path,
) -> None:
    # "... the company said, blaming falling demand": two claims of one sentence, whose
    # sentence is alike to the ministry's claim; only the one it speaks of is linked to it
    with Case.open(case_path) as case:
        case.import_text(
            "Carmaker Veloran will close its assembly plant in Tessin by the end of the year, "
            "the company said on Monday, blaming falling demand for combustion-engine cars.",
            ArticleMeta("Veloran to close plant", "Baltic Press Service", "2026-02-09"),
        )
        case.import_text(
            "The economy ministry on Wednesday rejected Veloran's statement that it had been "
            "told in December of the plan to close the Tessin plant.",
            ArticleMeta("Ministry questions Veloran", "Nordic Business Daily", "2026-02-11"),
        )
        claims = {c.id: c.content for c in case.claims()}
        ministry = next(i for i, text in claims.items() if text.startswith("Veloran's statement"))
        partners = [
            link.b_id if link.a_id == ministry else link.a_id
            for link in case.match()
            if ministry in (link.a_id, link.b_id)
        ]
    assert [claims[i] for i in partners] == [
        "Carmaker Veloran will close its assembly plant in Tessin by the end of the year"
    ]

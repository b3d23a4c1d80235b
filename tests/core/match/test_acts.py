"""Claims that tell of one act on one thing, and verbs that say an act did not happen."""

from __future__ import annotations

from dataclasses import replace

from match_builders import article_with, claim_in, quantity

from workbench.core.domain import Article, Claim, Relation
from workbench.core.domain import SourceType as ST
from workbench.core.match import explain_pair
from workbench.core.match.scoring import PREDICATE_BONUS

BRIEF = "Speaking in Ostrava, Karvia's government says it is considering tightening sanctions."
FULL = (
    "Speaking in Ostrava, officials said the Karvian cabinet was considering targeted "
    "sanctions against senior army officers, including freezing their assets, but had not yet "
    "decided whether to name the general himself."
)


def _sanction_claims(
    date_b: str = "2014-03-11", acts: bool = True
) -> tuple[Claim, Claim, dict[int, Article]]:
    a, b = article_with(1, BRIEF), article_with(2, FULL, date=date_b)
    brief = claim_in(1, a, "it is considering tightening sanctions", "Karvia's government",
                     ST.GOVERNMENT)  # fmt: skip
    full = claim_in(2, b, FULL[FULL.index("the Karvian") : -1], "officials", ST.GOVERNMENT)
    if acts:
        # As the extractor reads them from the parse.
        brief = replace(brief, extraction=replace(
            brief.extraction, predicates=("consider sanction", "tighten sanction")))  # fmt: skip
        full = replace(full, extraction=replace(
            full.extraction, predicates=("consider sanction", "freeze asset")))  # fmt: skip
    return brief, full, {1: a, 2: b}


def test_a_shared_act_lifts_a_paraphrase_and_says_so() -> None:
    with_acts = explain_pair(*_sanction_claims())
    words_only = explain_pair(*_sanction_claims(acts=False))
    assert with_acts.score == words_only.score + PREDICATE_BONUS
    assert "same act: consider sanction" in with_acts.reasons
    assert with_acts.relation is Relation.CORROBORATES and with_acts.score >= 60
    assert not any(r.startswith("same act") for r in words_only.reasons)


def test_a_shared_act_weeks_apart_is_no_evidence_of_one_story() -> None:
    later = explain_pair(*_sanction_claims(date_b="2014-03-24"))
    words_only = explain_pair(*_sanction_claims(date_b="2014-03-24", acts=False))
    assert later.score == words_only.score
    assert not any(r.startswith("same act") for r in later.reasons)


def test_a_running_total_does_not_contradict_one_days_toll() -> None:
    a = article_with(1, "Activists said security forces have killed 560 people in Ostrava "
                        "since protests began in March.")  # fmt: skip
    b = article_with(2, "Witnesses said about 100 people were killed in Ostrava last Friday "
                        "when security forces fired on crowds.")  # fmt: skip
    total = claim_in(1, a, "security forces have killed 560 people in Ostrava since protests "
                           "began in March", "Activists", ST.NGO,
                     numbers=(quantity(560, "killed"),))  # fmt: skip
    friday = claim_in(2, b, "about 100 people were killed in Ostrava last Friday when security "
                            "forces fired on crowds", "Witnesses", ST.WITNESS,
                      numbers=(quantity(100, "killed", "about"),))  # fmt: skip
    result = explain_pair(total, friday, {1: a, 2: b})
    assert result.relation is None
    assert "different event: a running total vs one incident" in result.reasons


def _tax_pair(first: str, second: str) -> Relation | None:
    a = article_with(1, f"Auditors in Ostrava said {first}.")
    b = article_with(2, f"A court in Ostrava heard that {second}.")
    one = claim_in(1, a, first, "Auditors", ST.EXPERT)
    other = claim_in(2, b, second, "", ST.MEDIA)
    return explain_pair(one, other, {1: a, 2: b}).relation


def test_avoiding_or_failing_to_do_a_thing_is_not_doing_it() -> None:
    avoided = "the Vitkov steel company avoided paying corporate taxes for a decade"
    unpaid = "the Vitkov steel company did not pay corporate taxes for a decade"
    paid = "the Vitkov steel company paid corporate taxes for a decade"
    failed = "the Vitkov steel company failed to pay corporate taxes for a decade"
    assert _tax_pair(avoided, unpaid) is Relation.CORROBORATES
    assert _tax_pair(failed, unpaid) is Relation.CORROBORATES
    assert _tax_pair(avoided, paid) is Relation.CONFLICTS

"""Links a person makes: for the pairs the matcher missed or got wrong, and their undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from case_builders import own_voice_case

from workbench.core.domain import Relation
from workbench.core.errors import InvalidInputError, NotFoundError
from workbench.core.services import Case

TEXTS = (
    ("A rights group said 500 people were killed in Deraa on Friday.", "Levant Wire"),
    ("Activists said 100 people were killed in Deraa on Friday.", "Orient Press"),
    ("Washington said it is considering tightening sanctions on Damascus.", "Capital Times"),
    ("Officials said the administration weighs targeted sanctions on Syria.", "Global Dispatch"),
)


@pytest.fixture
def case(case_path: Path) -> Case:
    with own_voice_case(case_path, TEXTS) as opened:
        opened.match()
        yield opened


def _ids(case: Case) -> list[int]:
    return [c.id for c in sorted(case.claims(), key=lambda c: c.article_id)]


def test_a_missed_pair_linked_by_hand_is_accepted_and_counts(case: Case) -> None:
    toll_a, toll_b, sanctions_a, sanctions_b = _ids(case)
    assert case.link_between(sanctions_a, sanctions_b) is None  # the matcher missed it
    made = case.link_claims(sanctions_b, sanctions_a, "corroborates", by="ana")
    assert (made.a_id, made.b_id) == (sanctions_a, sanctions_b)  # stored in id order
    assert made.relation is Relation.CORROBORATES and made.confirmed is True
    assert made.reasons[0] == "linked by hand"
    assert made.reasons[1].startswith("independent sources")
    assert case.support()[sanctions_a].corroborating == 1
    last = case.history(sanctions_a)[-1]
    assert (last.action, last.new, last.by) == ("insert", "corroborates, by hand", "ana")
    case.match()  # matching again leaves a person's link alone
    assert case.link_between(sanctions_a, sanctions_b) == made


def test_a_proposal_corrected_by_hand_is_put_back_by_undo(case: Case) -> None:
    toll_a, toll_b, *_ = _ids(case)
    proposed = case.link_between(toll_a, toll_b)
    # Built without quantities, the two tolls read alike to the matcher; a person knows better.
    assert proposed is not None and proposed.relation is Relation.CORROBORATES
    corrected = case.link_claims(toll_a, toll_b, Relation.CONFLICTS)
    assert corrected.id == proposed.id and corrected.relation is Relation.CONFLICTS
    assert corrected.confirmed is True
    assert case.put_link(proposed) == proposed
    case.delete_link(proposed.id)
    assert case.link_between(toll_a, toll_b) is None
    case.match()  # a removed link is not a rejected one: the matcher finds it again
    assert case.link_between(toll_a, toll_b) is not None


def test_bad_links_are_refused_with_a_reason_and_change_nothing(case: Case) -> None:
    toll_a, toll_b, *_ = _ids(case)
    before = case.links()
    with pytest.raises(InvalidInputError, match="cannot be linked to itself"):
        case.link_claims(toll_a, toll_a, "corroborates")
    with pytest.raises(InvalidInputError, match="unknown relation 'agrees'; use one of"):
        case.link_claims(toll_a, toll_b, "agrees")
    with pytest.raises(NotFoundError, match="no claim with id 999"):
        case.link_claims(toll_a, 999, "conflicts")
    with pytest.raises(NotFoundError, match="no link with id 999"):
        case.delete_link(999)
    assert case.links() == before

"""A denial conflicts with what it denies, not with the same act done to other things."""

from __future__ import annotations

from match_builders import parsed_views

from workbench.core.domain import Relation, Stance
from workbench.core.match.relation import relate


def test_a_denial_of_one_thing_does_not_deny_the_act_done_to_another() -> None:
    names, passwords, denial = parsed_views(
        "hackers had stolen the names and addresses of 2 million customers",
        "hackers had stolen the passwords of 2 million customers",
        "passwords were stolen",
        stances=(Stance.ASSERTS, Stance.ASSERTS, Stance.DENIES),
    )
    assert ("steal", "password") in denial.reading.acts_on
    assert relate(passwords, denial, {})[0] is Relation.CONFLICTS
    assert relate(names, denial, {})[0] is Relation.CORROBORATES  # names, not passwords

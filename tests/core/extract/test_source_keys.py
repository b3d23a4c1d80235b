"""A state body's key carries its country, recognised whatever form names it."""

from __future__ import annotations

from workbench.core.domain import SourceType
from workbench.core.extract.source_keys import body_key, qualify, stem


def test_a_made_up_country_and_its_people_share_their_first_letters() -> None:
    assert stem("Kestria") == stem("Kestrian") == "kestr"
    assert stem("Tarsovia") != stem("Kestria")


def test_a_real_country_and_its_demonym_share_a_stem_though_their_letters_differ() -> None:
    # First five letters kept "franc" and "frenc", "iraq" and "iraqi" apart.
    assert stem("French") == stem("France")
    assert stem("Iraqi") == stem("Iraq")
    assert stem("U.S.") == stem("American") == "united-states"
    assert body_key("foreign ministry", "France") == "body:france:foreign ministry"


def test_a_body_named_by_its_demonym_is_not_qualified_again() -> None:
    state = SourceType.GOVERNMENT
    assert qualify("the French army", "", "France", state) == "the French army"
    assert qualify("the army", "", "France", state) == "the army (France)"
    assert qualify("the Kestrian army", "", "Kestria", state) == "the Kestrian army"

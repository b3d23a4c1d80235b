"""A state body's key carries its country's stem, so that bodies of two states stay apart."""

from __future__ import annotations

from workbench.core.domain import SourceType
from workbench.core.extract.source_keys import qualify, stem


def test_a_made_up_country_and_its_people_share_their_first_letters() -> None:
    assert stem("Kestria") == stem("Kestrian") == "kestr"
    assert stem("Tarsovia") != stem("Kestria")


def test_a_body_named_by_its_demonym_is_not_qualified_again() -> None:
    state = SourceType.GOVERNMENT
    assert qualify("the army", "", "Kestria", state) == "the army (Kestria)"
    assert qualify("the Kestrian army", "", "Kestria", state) == "the Kestrian army"

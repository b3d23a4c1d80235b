"""The size of a crowd, however it is told: "2,000 supporters gathered", "the protest had drawn
about 2,000 people" and "the number of protesters at more than 20,000" give one count, so the
two figures are rival versions; soldiers who gather the wounded are no crowd."""

from __future__ import annotations

from match_builders import parsed_views

from workbench.core.domain import Relation
from workbench.core.match.relation import relate


def test_a_crowd_is_counted_whoever_gathered() -> None:
    gathered, drawn, organisers, farmers = parsed_views(
        "about 2,000 Orvell supporters gathered outside the board's headquarters on Tuesday",
        "the protest had drawn about 2,000 people",
        "the number of protesters at more than 20,000",
        "hundreds of farmers marched through the capital on Friday",
    )
    for view in (gathered, drawn):
        assert view.reading.totals == ((2000.0, "people"),)
        assert view.reading.groups == ()
    assert farmers.reading.totals == ((200.0, "people"),)
    assert relate(gathered, drawn, {}, one_voice=False)[0] is Relation.CORROBORATES
    relation, reasons = relate(drawn, organisers, {}, one_voice=False)
    assert relation is Relation.CONFLICTS
    assert reasons[0] == "different figures: 2,000 vs 20,000 (people)"
    assert relate(gathered, organisers, {}, one_voice=False)[0] is Relation.CONFLICTS


def test_a_group_that_gathers_something_is_no_crowd() -> None:
    soldiers, gunmen = parsed_views(
        "12 soldiers gathered the wounded",
        "about 30 gunmen took part in the attack",
    )
    assert soldiers.reading.groups == ((12.0, "soldier"),)
    assert gunmen.reading.groups == ((30.0, "gunman"),)
    assert (12.0, "people") not in soldiers.reading.counted
    assert (30.0, "people") not in gunmen.reading.counted

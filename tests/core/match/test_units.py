"""Measures written several ways are one measure, and a limit is no measure of what
happened: "85 kilometres an hour" against "140 km/h on a stretch limited to 80 km/h" are
two speeds of one train, a conflict; 80 is the rule, not a rival."""

from __future__ import annotations

from match_builders import parsed_views

from workbench.core.domain import Relation
from workbench.core.match.relation import relate

MINISTER = "the train had been travelling at 140 km/h on a stretch limited to 80 km/h"


def test_speeds_written_two_ways_are_one_measure() -> None:
    for operator in (
        "the train was travelling at 85 kilometres an hour",
        "the train was travelling at 85 km/h when it left the rails",
        "the train was travelling at 85 kph",
    ):
        relation, reasons = relate(*parsed_views(operator, MINISTER), {}, one_voice=False)
        assert relation is Relation.CONFLICTS
        assert reasons[0] == "different figures: 85 vs 140 (km/h)"


def test_a_limit_is_no_figure_of_what_happened() -> None:
    minister, limit = parsed_views(MINISTER, "the speed limit on the bend is 80 km/h")
    assert minister.reading.values == (140.0,)
    assert limit.reading.values == ()


def test_a_length_and_a_speed_are_two_measures() -> None:
    relation, _ = relate(
        *parsed_views("the train was travelling at 85 kilometres an hour",
                      "the train stopped 140 kilometres from the capital"),
        {}, one_voice=False,
    )  # fmt: skip
    assert relation is Relation.CORROBORATES


def test_a_speed_is_never_a_count_of_people() -> None:
    operator, minister = parsed_views(
        "Twelve people lost their lives. The train was travelling at 85 kilometres an hour.",
        "the train was going at 140 km/h",
    )
    relation, reasons = relate(operator, minister, {}, one_voice=False)
    assert reasons[0] == "different figures: 85 vs 140 (km/h)"
    twelve, speed = parsed_views(
        "Twelve people lost their lives", "the train was going at 140 km/h"
    )
    assert relate(twelve, speed, {}, one_voice=False)[0] is Relation.CORROBORATES
    assert "km/h" not in speed.reading.names

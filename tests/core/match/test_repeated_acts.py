"""How many times an act was done: "fired twice" is two shots, "fired three times" three; a
multiplier ("three times as many") and the times of other acts ("arrested twice") are no
figures to set against others. And one figure of two things is no figure in common."""

from __future__ import annotations

import pytest
from match_builders import parsed_views

from workbench.core.domain import Relation
from workbench.core.extract.quantities import find_quantities
from workbench.core.match.pair_features import same_figures
from workbench.core.match.relation import relate


def test_shots_fired_are_counted_however_they_are_told() -> None:
    twice, heard, counted, three_times = parsed_views(
        "the officer discharged his firearm twice in fear for his life",
        "At least four shots can be heard on the recording",
        "ballistic tests showed the officer had fired five shots",
        "the officer fired three times",
    )
    assert twice.reading.counted == ((2.0, "shots"),)
    assert three_times.reading.counted == ((3.0, "shots"),)
    relation, reasons = relate(twice, heard, {}, one_voice=False)
    assert relation is Relation.CONFLICTS
    assert reasons[0] == "different figures: 2 vs 4 (shots)"
    assert relate(twice, counted, {}, one_voice=False)[0] is Relation.CONFLICTS
    assert relate(heard, counted, {}, one_voice=False)[0] is Relation.CORROBORATES  # >= 4


def test_the_times_of_other_acts_are_no_rival_figures() -> None:
    arrested, called, detained = parsed_views(
        "he was arrested twice last year",
        "police were called to the house three times",
        "40 people were detained",
    )
    assert arrested.reading.values == called.reading.values == ()
    assert relate(arrested, called, {}, one_voice=False)[0] is Relation.CORROBORATES
    assert relate(arrested, detained, {}, one_voice=False)[0] is Relation.CORROBORATES


@pytest.mark.parametrize(
    "text", ["prices rose twice as fast", "twice a day", "twice the size of the old one"]
)
def test_twice_as_a_multiplier_or_a_rate_is_no_count(text: str) -> None:
    assert find_quantities(text) == []


def test_times_as_a_multiplier_is_no_count() -> None:
    (more,) = parsed_views("three times as many people came as last year")
    assert more.reading.values == ()


def test_one_figure_of_two_things_is_no_shared_figure() -> None:
    missing, sheltered, searched = parsed_views(
        "Rescue teams were searching for about 40 people reported missing",
        "about 40 families had been moved to temporary shelters in the town",
        "some 40 people are still missing",
    )
    assert same_figures(missing.reading, sheltered.reading) == set()  # people, families
    assert same_figures(missing.reading, searched.reading) == {40.0}


def test_one_count_of_a_named_group_and_of_people_is_one_figure() -> None:
    workers, people, injured = parsed_views(
        "At least 19 workers were killed when a fire swept through a garment factory",
        "19 people had died at the scene",
        "19 workers were treated in hospital",
    )
    assert same_figures(workers.reading, people.reading) == {19.0}  # both count the dead
    assert same_figures(injured.reading, people.reading) == set()  # the hurt and the dead


def test_counts_of_one_group_told_of_different_things_are_no_rivals() -> None:
    sample, complaints, results = parsed_views(
        "its count was based on results posted at a random sample of 1,500 polling stations",
        "complaints from 84 polling stations had been examined",
        "complaints from 140 polling stations were still being examined",
    )
    assert (84.0, "complaint") in complaints.reading.group_of
    assert relate(sample, complaints, {}, one_voice=False)[0] is Relation.CORROBORATES
    relation, reasons = relate(complaints, results, {}, one_voice=False)
    assert relation is Relation.CONFLICTS  # complaints from 84 against complaints from 140
    assert reasons[0] == "different figures: 84 vs 140 (station)"


def test_a_large_figure_named_otherwise_is_one_count_and_a_small_one_is_two() -> None:
    jobs, staff, soldiers, civilians = parsed_views(
        "about 1,400 jobs will go",
        "1,400 permanent staff would lose their jobs",
        "three soldiers were killed",
        "three civilians were killed",
    )
    assert same_figures(jobs.reading, staff.reading) == {1400.0}
    assert same_figures(soldiers.reading, civilians.reading) == set()  # two groups of the dead
    assert same_figures(soldiers.reading, jobs.reading) == set()

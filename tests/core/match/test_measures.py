"""Percentages of an economy story: a rate, a growth, a debt, each of its own period, are no
rivals of one another, though every claim names the one country."""

from __future__ import annotations

from dataclasses import replace

from match_builders import parsed_views

from workbench.core.domain import Relation
from workbench.core.match.figures import written_values
from workbench.core.match.pair_features import whole_counts
from workbench.core.match.reading import read_claims
from workbench.core.match.relation import relate


def test_a_rate_and_a_growth_of_one_country_are_no_rivals() -> None:
    rate, growth = parsed_views(
        "Dravia's central bank raised its main interest rate to 6.5 percent",
        "Dravia's economy would grow by 1.5 percent this year",
    )
    assert relate(rate, growth, {})[0] is Relation.CORROBORATES
    # two candidates' shares of one vote stay rivals, whatever verbs give them
    official, parallel = parsed_views(
        "Opposition challenger Nadia Orvell received 44.9 percent",
        "Nadia Orvell won 47.9 percent",
    )
    assert relate(official, parallel, {})[1][0].startswith("different figures: 44.9 vs 47.9")


def test_growth_of_two_periods_is_two_figures() -> None:
    quarter, year, again = parsed_views(
        "the economy grew 2.3 percent in the second quarter",
        "Dravia's economy would grow by 1.5 percent this year",
        "the Dravian economy expanded 2.9 percent in the second quarter",
    )
    assert quarter.reading.periods == ("second quarter",)
    assert relate(quarter, year, {})[0] is Relation.CORROBORATES
    relation, reasons = relate(quarter, again, {})
    assert relation is Relation.CONFLICTS and reasons[0].startswith("different figures: 2.3")


def test_measures_are_no_one_question_as_counts_are() -> None:
    rate, toll = parsed_views(
        "the central bank raised rates to 6.5 percent", "the toll rose to 11 on Monday"
    )
    assert whole_counts(rate.reading) == set()
    assert whole_counts(toll.reading) == {"dead"}


def test_how_much_lower_is_no_figure_of_either() -> None:
    relative, absolute = parsed_views(
        "walkers were 34 percent less likely to have a heart attack",
        "2.1 percent of regular walkers had a heart attack, against 3.2 percent of the others",
    )
    assert relative.reading.values == ()
    assert absolute.reading.values == (2.1, 3.2)
    assert relate(relative, absolute, {})[0] is Relation.CORROBORATES


def test_a_resumed_quotations_attribution_is_not_what_was_said() -> None:
    text = 'It comes first," said Chief Executive Linnea Sund. "We know of no injuries'
    (view,) = parsed_views(text)
    cue = text.index("said")
    told = replace(
        view.claim.extraction,
        cue_start=cue,
        cue_end=cue + 4,
        source_start=cue + 5,
        source_end=text.index(". "),
    )
    (read,) = read_claims([replace(view.claim, extraction=told)], {})
    assert "say" not in read.lemmas and "executive" not in read.lemmas
    assert read.names == () and {"come", "injury"} <= set(read.lemmas)


def test_two_magnitudes_of_one_quake_are_rivals_an_aftershocks_is_not() -> None:
    national, usgs, second = parsed_views(
        "A magnitude 6.8 earthquake struck northern Valdora at 6:42 a.m.",
        "the U.S. Geological Survey put the magnitude at 6.6",
        "A second quake of magnitude 5.1 was felt in the afternoon",
    )
    assert national.reading.totals == ((6.8, "magnitude"),)
    relation, reasons = relate(national, usgs, {})
    assert (
        relation is Relation.CONFLICTS and reasons[0] == "different figures: 6.8 vs 6.6 (magnitude)"
    )
    assert relate(national, second, {})[0] is Relation.CORROBORATES


def test_per_cent_is_a_share_and_inflation_named_below_it_a_yardstick() -> None:
    union, company, later = parsed_views(
        "Northline had offered a pay rise of just 3 per cent, well below inflation of 5.6 per cent",
        "its offer of 4.5 per cent over two years was fair and affordable",
        "the offer amounted to 3 per cent in the first year",
    )
    assert union.reading.counted == ((3.0, "share"),)  # no sum of money, no 5.6
    assert relate(union, company, {})[1][0] == "different figures: 3 vs 4.5 (share)"
    assert relate(union, later, {})[0] is Relation.CORROBORATES


def test_a_refusal_denies_the_refused_act_not_what_it_is_done_to() -> None:
    refusal, offer = parsed_views(
        "the company had offered 4.5 per cent and the union had refused to put the offer to a "
        "ballot",
        "its offer of 4.5 per cent was fair and affordable",
    )
    assert refusal.reading.refused == ("put",)
    assert relate(refusal, offer, {})[0] is Relation.CORROBORATES


def test_a_rate_named_by_its_noun_and_its_modifier_is_one_measure() -> None:
    minister, office, youth = parsed_views(
        "Unemployment in Perenia fell to 5.2 percent in March",
        "Perenia's unemployment rate fell to 5.4 percent in March",
        "Perenia's inflation rate fell to 5.4 percent in March",
    )
    assert "unemployment" in office.reading.shares_of
    relation, reasons = relate(minister, office, {}, one_voice=False)
    assert (relation, reasons[0]) == (
        Relation.CONFLICTS,
        "different figures: 5.2 vs 5.4 (share)",
    )
    assert relate(minister, youth, {}, one_voice=False)[0] is Relation.CORROBORATES


def test_a_narrowed_measure_is_another_measure() -> None:
    overall, youth = parsed_views(
        "Perenia's unemployment rate fell to 5.4 percent in March",
        "youth unemployment in Perenia had fallen to 11 percent in March",
    )
    assert youth.reading.shares_of == ("youth unemployment",)
    assert relate(overall, youth, {}, one_voice=False)[0] is Relation.CORROBORATES


def test_a_change_and_the_sum_it_reached_are_no_range() -> None:
    first, second = parsed_views(
        "the company's revenue rose 12 percent to 4.1 billion euros",
        "revenue grew 8 percent to 3.9 billion euros",
    )
    assert first.reading.ranges == ()
    relation, reasons = relate(first, second, {}, one_voice=False)
    assert (relation, reasons[0]) == (Relation.CONFLICTS, "different figures: 12 vs 8 (share)")
    assert written_values([4.1e9]) == "4,100,000,000"  # not "4.1e+09"


def test_a_period_hung_on_the_figures_noun_is_its_period() -> None:
    speech, office = parsed_views(
        "Crime has fallen by 20 percent since 2022",
        "Recorded crime fell 6 percent in the year to June and 11 percent since 2022",
    )
    assert "2022" in office.reading.periods
    relation, reasons = relate(speech, office, {}, one_voice=False)
    assert relation is Relation.CONFLICTS
    assert reasons[0].startswith("different figures: 20 vs")

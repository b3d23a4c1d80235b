"""Acts dated by calendar day: "detected on 8 May" and "detected the intrusion on May 9"
are two versions of when it happened; a weekday is never compared with a calendar day,
which may be the same day."""

from __future__ import annotations

from match_builders import parsed_views

from workbench.core.domain import Relation
from workbench.core.match.relation import relate


def test_one_act_on_two_calendar_days_is_a_conflict() -> None:
    regulator, company = parsed_views(
        "the breach was detected on 8 May 2026 and affects 4.2 million people",
        "it detected the intrusion on May 9 and had closed the breach within hours",
    )
    assert ("05-08", "detect") in regulator.reading.dated
    relation, reasons = relate(regulator, company, {}, one_voice=False)
    assert (relation, reasons[0]) == (
        Relation.CONFLICTS,
        "different days: 8 May vs 9 May (detect)",
    )


def test_one_day_written_two_ways_and_a_weekday_agree() -> None:
    may9, nine_may, tuesday = parsed_views(
        "it detected the intrusion on May 9",
        "the intrusion was detected on 9 May",
        "the intrusion was detected on Tuesday",
    )
    assert relate(may9, nine_may, {}, one_voice=False)[0] is Relation.CORROBORATES
    assert relate(may9, tuesday, {}, one_voice=False)[0] is Relation.CORROBORATES


def test_a_day_of_another_act_dates_something_else() -> None:
    detected, reported = parsed_views(
        "it detected the intrusion on May 9",
        "Norvia reported the intrusion to the authority on May 11",
    )
    assert relate(detected, reported, {}, one_voice=False)[0] is Relation.CORROBORATES

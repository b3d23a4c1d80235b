"""A figure that gives a bound is no figure of what happened, and a count said to have risen
above an earlier report's figure is an update the reviewer sees, not an agreement."""

from __future__ import annotations

from dataclasses import replace

from match_builders import build_article, parsed_views

from workbench.core.domain import Article, Relation
from workbench.core.match.relation import relate


def dated(article_id: int, day: str) -> Article:
    return replace(build_article(article_id, "Wire"), date=day)


def test_a_limit_is_no_figure_of_what_happened() -> None:
    operator, recorder, gas = parsed_views(
        "the train was doing 78 km/h on a stretch where the limit is 80",
        "the train entered the curve at 112 km/h, where the permitted speed is 80 km/h",
        "at no point did ammonia levels outside the plant exceed the 25 ppm safety limit",
    )
    assert (operator.reading.values, recorder.reading.values, gas.reading.values) == (
        (78,), (112,), ()
    )  # fmt: skip
    articles = {1: dated(1, "2026-11-18"), 2: dated(2, "2026-11-20")}
    relation, reasons = relate(operator, recorder, articles)
    assert relation is Relation.CONFLICTS  # the two limits of 80 had agreed
    assert reasons[0].startswith("different figures: 78 vs 112")


def test_a_count_risen_above_an_earlier_figure_is_an_update() -> None:
    first, risen, acknowledged = parsed_views(
        "the derailment killed at least seven people",
        "the death toll rose to nine after two passengers died in hospital",
        "the death toll rose to nine, up from seven a day earlier",
    )
    articles = {
        1: dated(1, "2026-11-18"), 2: dated(2, "2026-11-19"), 3: dated(3, "2026-11-19")
    }  # fmt: skip
    relation, reasons = relate(first, risen, articles)
    assert (relation, reasons) == (
        Relation.CONFLICTS, ("update: 7 on 2026-11-18, 9 on 2026-11-19",)
    )  # fmt: skip
    # a claim that gives the earlier figure itself agrees with it
    assert relate(first, acknowledged, articles)[0] is Relation.CORROBORATES

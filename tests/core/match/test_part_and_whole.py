"""A part of a count and the count whole: "the hospital alone had treated 97 people" against
"the number treated rose to 112" neither retell each other nor clash, so they are not
proposed; a part both claims give agrees."""

from __future__ import annotations

from match_builders import build_article, parsed_views

from workbench.core.domain import Relation
from workbench.core.match.pair_features import FEATURES
from workbench.core.match.pair_scorer import PairModel
from workbench.core.match.proposals import propose_links
from workbench.core.match.relation import part_against_whole, relate

WHOLE = "The number of people treated in hospital after the Nitrovar leak in Zabrovo rose to 112"
PART = "the hospital in Zabrovo alone had treated 97 people since the Nitrovar leak"


def test_a_part_of_another_size_than_the_whole_is_another_count() -> None:
    whole, part = parsed_views(WHOLE, PART)
    assert part.reading.parts == (97.0,)
    assert part_against_whole(whole, part)
    assert part_against_whole(part, whole)


def test_a_part_both_claims_give_agrees() -> None:
    including, among, toll = parsed_views(
        "14 people had died, including three police officers",
        "three police officers were among the dead",
        "14 people died on Friday",
    )
    assert not part_against_whole(including, among)
    assert not part_against_whole(including, toll)


def test_a_part_and_its_whole_are_not_proposed() -> None:
    views = parsed_views(
        WHOLE, PART, "The number treated in hospital in Zabrovo after the Nitrovar leak rose to 112"
    )
    articles = {n: build_article(n, outlet) for n, outlet in enumerate("ABC", start=1)}
    # a model proposing every pair: only the part keeps its pairs apart
    everything = PairModel(FEATURES, (0.0,) * len(FEATURES), (1.0,) * len(FEATURES),
                           (0.0,) * len(FEATURES), 5.0, 0.5)  # fmt: skip
    pairs = {(d.a_id, d.b_id) for d in propose_links(views, articles, everything)}
    assert pairs == {(1, 3)}


def test_a_part_larger_than_the_whole_is_a_conflict() -> None:
    street, bounded, toll = parsed_views(
        "I saw at least twenty bodies on my street alone",
        "At least 14 people died in the floods",
        "14 people died in the floods",
    )
    assert not part_against_whole(street, toll)
    relation, reasons = relate(street, toll, {}, one_voice=False)
    assert (relation, reasons[0]) == (
        Relation.CONFLICTS,
        "a part larger than the whole: 20 vs 14 (dead)",
    )
    assert part_against_whole(street, bounded)  # "at least 14" may be twenty and more

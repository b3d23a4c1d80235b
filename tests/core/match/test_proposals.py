"""The learned matcher's relation, stories and readings: what a reviewer reads on a link."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

import numpy as np
import pytest
from match_builders import build_article, parsed_views

from workbench.core.domain import (
    Article,
    Claim,
    Extraction,
    Link,
    Quantity,
    Relation,
    SourceType,
    Stance,
)
from workbench.core.match.days import clock_times
from workbench.core.match.pair_features import FEATURES, ClaimView, Rarity, pair_features
from workbench.core.match.pair_scorer import PairModel, load_models
from workbench.core.match.proposals import BROAD_STORY, propose_links, relate, story_pairs
from workbench.core.match.reading import Reading
from workbench.core.match.stories import stories


def view(
    claim_id: int,
    content: str,
    *,
    article: int = 1,
    figures: tuple[tuple[float, str], ...] = (),
    times: tuple[int, ...] = (),
    names: tuple[str, ...] = (),
    negated: bool = False,
    stance: Stance = Stance.ASSERTS,
    vector: Any = None,
    counted: tuple[tuple[float, str], ...] = (),
) -> ClaimView:
    numbers = tuple(Quantity(v, f"{v:g}", "", 0, 1, q) for v, q in figures)
    extraction = Extraction.from_dict({"content": content, "source": "Officials", "cue": "said"})
    extraction = Extraction(
        True, "Officials", 0, 9, "Officials", SourceType.GOVERNMENT, True, "said", 10, 14,
        content, 15, 15 + len(content), extraction.quote, stance, numbers,
    )  # fmt: skip
    reading = Reading(
        lemmas=tuple(w.lower() for w in content.split() if len(w) > 3), names=names,
        times=times, negated=negated, counts=("dead",) if "died" in content else (),
        values=tuple(v for v, _ in figures), context=(15, 15 + len(content)),
        counted=counted,
    )  # fmt: skip
    claim = Claim(claim_id, article, extraction, "unverified")
    return ClaimView(claim, reading, vector)


def articles(*dates: str) -> dict[int, Article]:
    return {
        n: Article(n, f"A{n}", "Wire", date, "", f"{n}.txt", "txt", "h", "text", "")
        for n, date in enumerate(dates, start=1)
    }


NO_ARTICLES: dict[int, Article] = {}


def test_a_part_of_a_total_is_not_a_different_total() -> None:
    a = view(1, "14 people had died, including three police officers",
             figures=((14, ""), (3, "")))  # fmt: skip
    b = view(2, "14 people died, three of them police officers",
             article=2, figures=((14, ""), (3, "")))  # fmt: skip
    total = view(3, "14 people died on Friday", article=3, figures=((14, ""),))
    assert relate(a, b, NO_ARTICLES)[0] == Relation.CORROBORATES
    assert relate(a, total, NO_ARTICLES)[0] == Relation.CORROBORATES


@pytest.mark.parametrize(
    ("first", "second", "relation"),
    [
        ((11, ""), (17, ""), Relation.CONFLICTS),
        ((4, "at least"), (5, ""), Relation.CORROBORATES),
        ((30, "about"), (20, "more than"), Relation.CORROBORATES),
        ((200, "around"), (250, "at least"), Relation.CONFLICTS),
        ((200, "around"), (200, "more than"), Relation.CORROBORATES),
        ((12, "at least"), (30, "at least"), Relation.CONFLICTS),
        ((11, "at least"), (17, ""), Relation.CONFLICTS),  # beyond a bound's reach: two tolls
        ((20, "up to"), (18, ""), Relation.CORROBORATES),
        ((1200, "about"), (1500, "about"), Relation.CONFLICTS),  # both to the hundred
        ((2000, "about"), (2300, ""), Relation.CORROBORATES),  # to the thousand
        ((30, "about"), (32, ""), Relation.CORROBORATES),
    ],
)
def test_figures_are_compared_with_their_hedges(
    first: tuple[float, str], second: tuple[float, str], relation: Relation
) -> None:
    a = view(1, "people died in the flood", figures=(first,))
    b = view(2, "people died in the flood", article=2, figures=(second,))
    found, reasons = relate(a, b, NO_ARTICLES)
    assert found == relation
    if relation == Relation.CONFLICTS:
        assert reasons[0].startswith("different figures: ")


def test_shares_of_a_vote_are_compared_to_the_point() -> None:
    def share(claim_id: int, value: float, hedge: str = "") -> ClaimView:
        return view(claim_id, "Marsk won percent of the vote", article=claim_id,
                    figures=((value, hedge),), counted=((value, "share"),),
                    names=("marsk",))  # fmt: skip

    assert relate(share(1, 52.4), share(2, 50), NO_ARTICLES)[0] == Relation.CONFLICTS
    assert relate(share(1, 52.4), share(2, 52), NO_ARTICLES)[0] == Relation.CORROBORATES
    assert relate(share(1, 60.7), share(2, 61, "about"), NO_ARTICLES)[0] == Relation.CORROBORATES


def test_figures_are_compared_only_with_figures_counting_the_same_thing() -> None:
    arrests = view(1, "three police officers were among the dead and 350 were arrested",
                   figures=((3, ""), (350, "")),
                   counted=((3, "dead"), (350, "detained")))  # fmt: skip
    toll = view(2, "14 people died, three of them police officers", article=2,
                figures=((14, ""), (3, "")), counted=((14, "dead"), (3, "dead")))  # fmt: skip
    homes = view(3, "the flood destroyed 200 homes", article=3, figures=((200, ""),),
                 counted=((200, "homes"),))  # fmt: skip
    assert relate(arrests, toll, NO_ARTICLES)[0] == Relation.CORROBORATES
    relation, reasons = relate(toll, homes, NO_ARTICLES)  # nothing to compare: no verdict
    assert relation == Relation.CORROBORATES
    assert not any(r.startswith("same figure") for r in reasons)
    other_toll = view(4, "20 people died", article=4, figures=((20, ""),), counted=((20, "dead"),))
    assert relate(toll, other_toll, NO_ARTICLES)[0] == Relation.CONFLICTS


def test_figures_of_two_named_groups_are_two_counts() -> None:
    workers = view(1, "five workers had been hurt", figures=((5, ""),),
                   counted=((5, "injured"),))  # fmt: skip
    workers = replace(workers, reading=replace(workers.reading, groups=((5, "worker"),)))
    children = view(2, "five children remained in hospital", article=2,
                    figures=((5, ""),), counted=((5, "injured"),))  # fmt: skip
    children = replace(children, reading=replace(children.reading, groups=((5, "child"),)))
    relation, reasons = relate(workers, children, NO_ARTICLES)
    assert relation == Relation.CORROBORATES
    assert not any(r.startswith("same figure") for r in reasons)
    seven = view(3, "seven workers had been hurt", article=3, figures=((7, ""),),
                 counted=((7, "injured"),))  # fmt: skip
    seven = replace(seven, reading=replace(seven.reading, groups=((7, "worker"),)))
    assert relate(workers, seven, NO_ARTICLES)[0] == Relation.CONFLICTS  # one group, two counts


def test_clock_times_within_half_an_hour_agree() -> None:
    early = view(1, "the breach occurred", times=(340,))  # 5:40
    seven = view(2, "the breach occurred", article=2, times=(420,))
    near = view(3, "the breach occurred", article=3, times=(355,))
    assert relate(early, seven, NO_ARTICLES) == (
        Relation.CONFLICTS, ("different times: 5:40 vs 7:00",)
    )  # fmt: skip
    assert relate(early, near, NO_ARTICLES)[0] == Relation.CORROBORATES


def test_a_later_revised_toll_is_an_update_naming_both_dates() -> None:
    first = view(1, "12 people died when the ferry sank", figures=((12, ""),))
    later = view(2, "18 people died when the ferry sank", article=2, figures=((18, ""),))
    relation, reasons = relate(first, later, articles("2024-03-14", "2024-03-15"))
    assert relation == Relation.CONFLICTS
    assert reasons[1] == "update: 12 on 2024-03-14, 18 on 2024-03-15"
    link = Link(1, 1, 2, relation, 97.0, reasons, True)
    assert link.update
    same_day = relate(first, later, articles("2024-03-14", "2024-03-14"))
    assert not Link(1, 1, 2, same_day[0], 97.0, same_day[1], True).update
    # A toll lower a day later counts something else: a conflict, not an update.
    relation, reasons = relate(first, later, articles("2024-03-15", "2024-03-14"))
    assert relation == Relation.CONFLICTS
    assert not Link(1, 1, 2, relation, 97.0, reasons, True).update


def test_an_update_compares_the_running_count_not_the_claims_other_figures() -> None:
    fire = view(1, "three people died and 140 homes burned in the wildfire",
                figures=((3, ""), (140, "")), counted=((3, "dead"), (140, "homes")))  # fmt: skip
    toll = view(2, "seven people have died in the wildfire", article=2, figures=((7, ""),),
                counted=((7, "dead"),))  # fmt: skip
    relation, reasons = relate(fire, toll, articles("2024-03-14", "2024-03-16"))
    assert relation == Relation.CONFLICTS
    assert reasons == (
        "different figures: 3 vs 7 (dead)",  # the figures that disagree, not the 140 homes
        "update: 3 on 2024-03-14, 7 on 2024-03-16",
    )


def test_a_denial_conflicts_with_what_it_denies() -> None:
    said = view(1, "the company had been warned about cracks in the wall")
    denied = view(2, "the company had been warned about cracks in the wall", article=2,
                  stance=Stance.DENIES, negated=True)  # fmt: skip
    assert relate(said, denied, NO_ARTICLES) == (Relation.CONFLICTS, ("assertion vs denial",))
    aside = view(3, "rescuers found no survivors", article=3, negated=True)
    assert relate(said, aside, NO_ARTICLES)[0] == Relation.CORROBORATES  # shares too little


def test_stories_group_articles_by_shared_names() -> None:
    views = [
        view(1, "x", article=1, names=("kestria", "dessel")),
        view(2, "x", article=2, names=("kestria", "dessel", "orsanne")),
        view(3, "x", article=3, names=("maradia", "solvenna")),
        view(4, "x", article=4, names=("solvenna", "maradia")),
    ]
    assert stories(views) == [[1, 2], [3, 4]]
    pairs = story_pairs(views[:2])
    assert [(a.claim.id, b.claim.id) for a, b in pairs] == [(1, 2)]
    assert story_pairs(views[:2], only={3}) == []


def test_names_most_of_a_big_case_shares_join_no_stories() -> None:
    from workbench.core.match.stories import AlikeArticles

    # Ten articles all name the two candidates; two pairs of them share a story too.
    extra = {1: ("hofstra", "debate"), 2: ("hofstra", "debate"), 3: ("tax", "audit"),
             4: ("tax", "audit")}  # fmt: skip
    axes = np.eye(10, dtype=np.float32)  # meanings unlike each other
    views = [view(n, "x", article=n, names=("clinton", "trump", *extra.get(n, ())),
                  vector=axes[n - 1]) for n in range(1, 11)]  # fmt: skip
    assert stories(views) == [[1, 2], [3, 4], [5], [6], [7], [8], [9], [10]]
    alike = AlikeArticles(views)
    assert alike(1, 2) and alike(4, 3)
    assert not alike(1, 3) and not alike(5, 6)
    # A small case counts every name: three articles naming both are one story.
    assert stories(views[4:7]) == [[5, 6, 7]]
    # Without vectors names are all that tells stories apart: every one counts.
    bare = [replace(v, vector=None) for v in views]
    assert stories(bare) == [list(range(1, 11))]


def test_one_shared_name_joins_articles_whose_meaning_comes_near() -> None:
    from workbench.core.match.stories import AlikeArticles

    x = np.array([1, 0, 0, 0], dtype=np.float32)
    near = np.array([0.6, 0.8, 0, 0], dtype=np.float32)  # cosine 0.6 with x
    apart = np.array([0.5, 0, 0.866, 0], dtype=np.float32)  # cosine 0.5
    unnamed = np.array([0.6, 0, 0, 0.8], dtype=np.float32)  # cosine 0.6, no name shared
    views = [
        view(1, "x", article=1, names=("porto vell", "hestia"), vector=x),
        view(2, "x", article=2, names=("porto vell",), vector=near),
        view(3, "x", article=3, names=("porto vell",), vector=apart),
        view(4, "x", article=4, names=("orsk",), vector=unnamed),
    ]
    alike = AlikeArticles(views)
    assert alike(1, 2) and not alike(1, 3) and not alike(1, 4)
    assert stories(views) == [[1, 2], [3], [4]]
    # two long articles sharing one name may be two stories on one subject
    longer = [replace(v, claim=replace(v.claim, id=10 * v.claim.id + k)) for v in views[:2]
              for k in range(6)]  # fmt: skip
    assert not AlikeArticles(longer)(1, 2)


def test_every_feature_is_computed_and_symmetric() -> None:
    unit = np.ones(4, dtype=np.float32) / 2
    a = view(1, "eleven people died at the mine", figures=((11, ""),), vector=unit)
    b = view(2, "the toll at the mine rose to 11 dead", article=2, figures=((11, ""),),
             vector=unit)  # fmt: skip
    rarity = Rarity([a.reading, b.reading])
    forward, backward = pair_features(a, b, rarity), pair_features(b, a, rarity)
    assert len(forward) == len(FEATURES)
    assert forward == pytest.approx(backward)
    assert forward[FEATURES.index("cosine")] == pytest.approx(1.0)
    assert forward[FEATURES.index("shared_figure")] == 1.0


def test_the_shipped_weights_load_and_rank_a_repeat_above_a_stranger() -> None:
    models = load_models()
    assert set(models) == {"meaning", "words"}
    words = models["words"]
    a = view(1, "the dam burst on thursday killing eleven villagers", names=("kestria",),
             figures=((11, ""),))  # fmt: skip
    same = view(2, "the dam burst on thursday killing eleven villagers", article=2,
                names=("kestria",), figures=((11, ""),))  # fmt: skip
    other = view(3, "the minister opened a school in the capital", article=2)
    rarity = Rarity([a.reading, same.reading, other.reading])
    rows = np.array([pair_features(a, same, rarity), pair_features(a, other, rarity)])
    repeat, stranger = words.probabilities(rows)
    assert repeat > words.threshold > stranger


def test_weights_naming_unknown_features_are_refused() -> None:
    data = PairModel(("cosine",), (0.0,), (1.0,), (1.0,), 0.0, 0.9).to_dict()
    data["features"] = ["no_such_feature"]
    with pytest.raises(ValueError, match="unknown features"):
        PairModel.from_dict(data)


def test_clock_times_read_am_pm_and_24_hours() -> None:
    assert clock_times("gave way at about 5:40 a.m., then at 7 p.m. and 23:15") == (
        340, 1140, 1395,
    )  # fmt: skip
    assert clock_times("in 2024 some 40 people") == ()


def test_a_reading_keeps_clock_parts_and_multipliers_out_of_its_figures() -> None:
    from workbench.core.match.reading import read_claims

    def claim(text: str, *numbers: Quantity) -> Claim:
        extraction = Extraction.from_dict({"content": text, "content_start": 0})
        return Claim(1, 1, replace(extraction, numbers=numbers), "unverified")

    ordered = claim("it ordered 300 people out at 1415 GMT (4:15 p.m. local)",
                    Quantity(300, "300 people", "people", 11, 21),
                    Quantity(1415, "1415", "", 29, 33), Quantity(4, "4", "", 39, 40),
                    Quantity(15, "15", "", 41, 43))  # fmt: skip
    higher = claim("the real toll was four times higher than 14, with 9 missing",
                   Quantity(4, "four", "higher", 18, 22),
                   Quantity(14, "14", "", 41, 43), Quantity(9, "9", "missing", 50, 51))  # fmt: skip
    first, second = read_claims([ordered, higher], {1: ""})
    assert first.values == (300,) and first.times == (855, 975)
    assert second.values == (9,)  # 14 is what the toll is measured against


def test_a_headline_is_the_first_line_standing_alone() -> None:
    from workbench.core.match.reading import in_headline

    text = "Union says dozens of workers missing\n\nVELMORA (Wire) - At least 60 are missing."

    def claim(start: int, end: int) -> Claim:
        extraction = Extraction.from_dict({"content": text[start:end], "content_start": start})
        return Claim(1, 1, replace(extraction, content_end=end), "unverified")

    assert in_headline(text, claim(11, 36))
    assert not in_headline(text, claim(55, 80))
    lead_only = "At least 60 people are missing, the union said.\nRescuers searched all night."
    assert not in_headline(lead_only, claim(0, 30))  # a first sentence is not a headline


def test_an_added_figure_is_not_a_total() -> None:
    from workbench.core.match.not_counted import is_increment as _increment

    text = "Divers recovered six more bodies overnight, and another 40 were missing"
    extraction = Extraction.from_dict({"content": text, "content_start": 0})
    claim = Claim(1, 1, extraction, "unverified")
    more = Quantity(6, "six more bodies overnight", "bodies", 17, 42)
    another = Quantity(40, "40", "missing", 56, 58)
    total = Quantity(12, "12 bodies", "bodies", 0, 9)
    assert _increment(claim, more) and _increment(claim, another)
    assert not _increment(claim, total)


def test_a_figure_measured_against_is_not_the_claims_own() -> None:
    from workbench.core.extract.quantities import find_quantities
    from workbench.core.match.reading import read_claims

    texts = ["turnout at about 61 percent, well below the 68 percent announced by the board",
             "the toll rose to 18, up from 12 on Monday",  # what the count was then
             "more than 200 people were hurt, higher than the 150 the ministry gave",
             "more than 200 people were hurt"]  # fmt: skip
    claims = [
        Claim(k, 1, replace(Extraction.from_dict({"content": t, "content_start": 0}),
                            numbers=tuple(find_quantities(t))), "unverified")
        for k, t in enumerate(texts, start=1)
    ]  # fmt: skip
    readings = list(read_claims(claims, {1: ""}))
    assert [r.values for r in readings] == [(61,), (12, 18), (200,), (200,)]


def test_refusing_or_failing_to_act_negates_the_act_and_agrees_with_not_acting() -> None:
    from workbench.core.match.reading import read_claims

    texts = ["he will refuse to answer any questions", "he would not answer questions",
             "he answered any questions", "rescuers failed to find survivors",
             "the talks failed"]  # fmt: skip
    claims = [
        Claim(k, 1, Extraction.from_dict({"content": t, "content_start": 0}), "unverified")
        for k, t in enumerate(texts, start=1)
    ]
    readings = list(read_claims(claims, {1: ""}))
    assert [r.negated for r in readings] == [True, True, False, True, False]  # "failed" alone
    refuse, would_not, answered = (
        ClaimView(replace(c, article_id=c.id), r)
        for c, r in zip(claims[:3], readings[:3], strict=True)
    )
    assert "answer" in refuse.reading.denied
    assert relate(refuse, would_not, NO_ARTICLES)[0] == Relation.CORROBORATES
    assert relate(refuse, answered, NO_ARTICLES) == (
        Relation.CONFLICTS, ("assertion vs denial: not answer",),
    )  # fmt: skip


def test_two_claims_giving_one_count_or_counting_one_group_say_so_to_the_scorer() -> None:

    toll, bodies, dozen, thirty, hurt = parsed_views(
        "the toll at 11",
        "Eleven bodies have been recovered so far",
        "about a dozen gunmen on motorbikes had carried out the attack",
        "about 30 gunmen took part in the attack",
        "two officers wounded in the unrest were still in critical condition",
    )
    rarity = Rarity(v.reading for v in (toll, bodies, dozen, thirty, hurt))

    def feature(a: ClaimView, b: ClaimView, name: str) -> float:
        return pair_features(a, b, rarity)[FEATURES.index(name)]

    assert feature(toll, bodies, "same_total") == 1.0
    assert feature(toll, hurt, "same_total") == 0.0  # a named group's count, of the wounded
    assert feature(dozen, thirty, "same_group") == 1.0
    assert feature(dozen, hurt, "same_group") == 0.0


def test_a_clash_of_one_named_count_is_proposed_below_the_scorers_threshold() -> None:
    forty, three_hundred, school = parsed_views(  # one story: the names they share
        "police arrested 40 people after the march in Deraa, Syria",
        "police arrested 300 people after the march in Deraa, Syria",
        "the mayor of Deraa, Syria, opened a school",
    )
    views = [forty, three_hundred, school]
    articles = {v.claim.article_id: build_article(v.claim.article_id, "Wire") for v in views}
    unsure = PairModel(("both_attributed",), (0.0,), (1.0,), (0.0,), 0.85, 0.95)  # p = 0.70
    drafts = propose_links(views, articles, unsure)
    assert [(d.a_id, d.b_id, d.relation) for d in drafts] == [(1, 2, Relation.CONFLICTS)]
    assert drafts[0].reasons[0] == "different figures: 40 vs 300 (detained)"
    doubtful = replace(unsure, intercept=0.0)  # p = 0.5: below the bar a clash is shown from
    assert propose_links(views, articles, doubtful) == []
    batches = parsed_views(  # a named group counted differently is one count too
        "tests found a contaminant in three batches in Oren, Syria",
        "contamination was found in four batches in Oren, Syria",
    )
    found = {v.claim.article_id: build_article(v.claim.article_id, "Wire") for v in batches}
    (clash,) = propose_links(batches, found, unsure)
    assert clash.relation is Relation.CONFLICTS
    assert clash.reasons[0] == "different figures: 3 vs 4 (batch)"
    margins = parsed_views(  # two polls' margins are measures, not one count of things
        "Clinton holds an advantage of 83 percentage points in Ohio, Syria",
        "Clinton led by 5 points in Ohio, Syria",
    )
    polls = {v.claim.article_id: build_article(v.claim.article_id, "Wire") for v in margins}
    assert propose_links(margins, polls, unsure) == []
    pay, donations = parsed_views(  # two sums: of what, the figures do not say
        "the chief executive in Deraa, Syria, was paid $19.3 million",
        "donors in Deraa, Syria, gave $500.8 million",
    )
    sums = {v.claim.article_id: build_article(v.claim.article_id, "Wire") for v in (pay, donations)}
    assert propose_links([pay, donations], sums, unsure) == []


EVERY_PAIR = PairModel(FEATURES, (0.0,) * len(FEATURES), (1.0,) * len(FEATURES),
                       (0.0,) * len(FEATURES), 5.0, 0.5)  # fmt: skip
"""A model that proposes every pair it is shown: only stories and articles keep pairs out."""


def test_a_small_story_weighs_every_two_articles_and_a_big_one_only_alike_ones() -> None:
    names = ["carmel", "ostrava", "dusek", "kral", "tarmo", "valdria", "rieger"]
    # each article shares two names with the next, one with the one after
    views = [view(n, f"the plant will cut {n}00 jobs", article=n, names=tuple(names[n - 1 : n + 2]))
             for n in range(1, 6)]  # fmt: skip
    dates = articles(*["2026-05-11"] * 5)

    def pairs(some: list[ClaimView]) -> set[tuple[int, int]]:
        return {(d.a_id, d.b_id) for d in propose_links(some, dates, EVERY_PAIR)}

    # three articles, the first and the last alike only through the second: one case
    assert pairs(views[:3]) == {(1, 2), (2, 3), (1, 3)}
    # five chained: only neighbours, alike themselves, are paired
    assert pairs(views) == {(1, 2), (2, 3), (3, 4), (4, 5)}


def test_whom_articles_quote_is_one_of_their_names() -> None:
    def quoting(n: int, key: str) -> ClaimView:
        found = view(n, f"claim {n}", article=n, names=("ostrava",))
        said = replace(found.claim.extraction, source_key=key)
        return replace(found, claim=replace(found.claim, extraction=said))

    same = [quoting(1, "person:pavel dusek"), quoting(2, "person:pavel dusek")]
    others = [quoting(1, "person:pavel dusek"), quoting(2, "person:eva kral")]
    assert stories(same) == [[1, 2]]
    assert stories(others) == [[1], [2]]  # one place in common is not enough


def test_in_a_small_story_a_denial_is_proposed_beyond_the_best_few() -> None:
    axes = np.eye(6, dtype=np.float32)

    def toward(share: float, axis: int) -> np.ndarray:
        row = share * axes[0] + np.sqrt(1 - share * share) * axes[axis]
        return row.astype(np.float32)

    texts = (
        "all safety systems on the tank worked as designed",
        "two of the tank's four detectors were broken",
        "the tank's detectors were broken since July",
        "the detectors on the tank were broken",
        "two of the tank's four detectors had not worked since July",
    )
    vectors = [axes[0], toward(0.9, 1), toward(0.9, 2), toward(0.9, 3), toward(0.5, 4)]
    views = [
        replace(v, claim=replace(v.claim, article_id=1 if n == 0 else 2), vector=vectors[n],
                reading=replace(v.reading, names=("zabrovo", "nitrovar")))
        for n, v in enumerate(parsed_views(*texts))
    ]  # fmt: skip
    cosine = FEATURES.index("cosine")
    by_cosine = PairModel(FEATURES, (0.0,) * len(FEATURES), (1.0,) * len(FEATURES),
                          tuple(10.0 if k == cosine else 0.0 for k in range(len(FEATURES))),
                          -2.0, 0.5)  # fmt: skip
    dates = articles("2026-03-04", "2026-03-05")
    drafts = {(d.a_id, d.b_id): d for d in propose_links(views, dates, by_cosine)}
    # the three retellings of the broken detectors outrank the denial: it comes all the same
    assert set(drafts) == {(1, 2), (1, 3), (1, 4), (1, 5)}
    assert drafts[(1, 5)].relation is Relation.CONFLICTS


def _coverage(
    claims: Callable[[int], list[tuple[str, bool]]], size: int = BROAD_STORY + 1
) -> list[ClaimView]:
    """``size`` articles of one story, each alike its neighbours by two names: ``claims(n)``
    gives article n's texts, each with whether it is a denial."""
    names = [f"name{k}" for k in range(size + 3)]
    views: list[ClaimView] = []
    for n in range(1, size + 1):
        for text, denial in claims(n):
            stance = Stance.DENIES if denial else Stance.ASSERTS
            views.append(view(len(views) + 1, text, article=n, names=tuple(names[n - 1 : n + 2]),
                              stance=stance, negated=denial))  # fmt: skip
    return views


def test_in_a_subjects_coverage_a_claim_is_proposed_with_its_best_partner_sharing_two_words() -> (
    None
):
    texts = ("the senator will cut taxes for working families", "the senator will cut taxes")
    warned = "the company had been warned about cracks"
    elsewhere = "the company had been warned about safety problems at the mine last year"
    jaccard = FEATURES.index("lemma_jaccard")
    by_words = PairModel(FEATURES, (0.0,) * len(FEATURES), (1.0,) * len(FEATURES),
                         tuple(10.0 if k == jaccard else 0.0 for k in range(len(FEATURES))),
                         -2.0, 0.5)  # fmt: skip
    # a month's coverage, an article a day
    daily = articles(*[(date(2016, 9, 1) + timedelta(days=n)).isoformat()
                       for n in range(4 * BROAD_STORY)])  # fmt: skip

    def proposed(
        some: list[ClaimView], dates: dict[int, Article] = daily
    ) -> set[tuple[str, str, Relation]]:
        said = {v.claim.id: v.claim.content for v in some}
        return {(*sorted((said[d.a_id], said[d.b_id])), d.relation)  # type: ignore[misc]
                for d in propose_links(some, dates, by_words)}  # fmt: skip

    views = _coverage(lambda n: [(texts[0], False), (texts[1], False),
                                 ("taxes rose" if n % 2 else "taxes fell", False)])  # fmt: skip
    agree = {(t, t, Relation.CORROBORATES) for t in texts}
    # a case on one event: the near partner and one shared word are proposed too
    near = {(texts[1], texts[0], Relation.CORROBORATES),
            ("taxes fell", "taxes rose", Relation.CORROBORATES)}  # fmt: skip
    assert agree | near <= proposed(views[:9])
    # a campaign's coverage: each claim's best partner, sharing two words
    assert proposed(views) == agree
    # as many articles in a few days are a case on one event
    one_day = articles(*["2016-09-27"] * (BROAD_STORY + 1))
    assert agree | near <= proposed(views, one_day)
    # a denial there is proposed only of one statement, not of what is said otherwise
    denied = _coverage(lambda n: [(warned, n % 2 == 0)])
    assert proposed(denied) == {(warned, warned, Relation.CONFLICTS)}
    otherwise = _coverage(lambda n: [(warned, False)] if n % 2 else [(elsewhere, True)])
    assert (warned, elsewhere, Relation.CONFLICTS) in proposed(otherwise[:3])
    assert proposed(otherwise) == set()
    # the more articles the coverage has, the surer the scorer must be (here p = 0.70)
    two = ("alpha beta epsilon zeta theta", "alpha beta gamma delta")
    unsure = _coverage(lambda n: [(two[n % 2], False)], size=4 * BROAD_STORY)
    assert proposed(unsure[: BROAD_STORY + 1]) == {(*two, Relation.CORROBORATES)}
    assert proposed(unsure) == set()


def test_the_number_put_at_a_figure_is_a_count_of_no_named_group() -> None:
    put, exposed = parsed_views(
        "TeleNord first put the number at 2 million",
        "the breach had exposed the records of around 5 million people",
    )
    assert put.reading.groups == () and put.reading.values == (2_000_000,)
    assert exposed.reading.groups == ()  # both count people in general, not "numbers"


def _by_words(weight: float, bias: float) -> PairModel:
    """A scorer that weighs the share of words two claims have in common alone."""
    jaccard = FEATURES.index("lemma_jaccard")
    coef = tuple(weight if k == jaccard else 0.0 for k in range(len(FEATURES)))
    return PairModel(FEATURES, (0.0,) * len(FEATURES), (1.0,) * len(FEATURES), coef, bias, 0.5)


def _daily(count: int) -> dict[int, Article]:
    """``count`` articles, one a day from 1 September 2016."""
    return articles(*[(date(2016, 9, 1) + timedelta(days=n)).isoformat() for n in range(count)])


def test_in_a_subjects_coverage_two_figures_of_one_count_are_two_occasions() -> None:
    # a month's coverage of a campaign: each day's poll gives its own lead
    by_words, daily = _by_words(10.0, -2.0), _daily(BROAD_STORY + 1)
    names = [f"name{k}" for k in range(BROAD_STORY + 4)]
    views = []
    for n in range(1, BROAD_STORY + 2):
        toll = 5 if n % 2 else 8
        views.append(view(n, f"officials said {toll} people died in clashes at the rally",
                          article=n, figures=((toll, ""),), counted=((toll, "dead"),),
                          names=tuple(names[n - 1 : n + 2])))  # fmt: skip
    one_event = propose_links(views[:3], daily, by_words)
    assert any(d.relation is Relation.CONFLICTS for d in one_event)  # 5 vs 8 dead, one case
    # in the coverage each day's claim is alike the next day's: two polls, no dispute
    assert not any(d.relation is Relation.CONFLICTS for d in propose_links(views, daily, by_words))


def test_in_a_subjects_coverage_a_name_of_many_words_is_one_word_in_common() -> None:
    by_words, daily = _by_words(6.0, -1.0), _daily(BROAD_STORY + 1)
    texts = ("trump heads white house", "scandal back white house")
    views = [
        view(n, texts[n % 2], article=n, names=("white house", f"name{n}", f"name{n + 1}"))
        for n in range(1, BROAD_STORY + 2)
    ]
    assert propose_links(views[:3], daily, by_words), "one event: two words in common"
    assert propose_links(views, daily, by_words) == []

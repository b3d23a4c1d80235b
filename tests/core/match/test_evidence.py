"""What two claims share beyond their words, and what keeps them apart: articles weeks
apart, other places, a call for action against a statement."""

from __future__ import annotations

from dataclasses import replace

from match_builders import build_article, parsed_views

from workbench.core.domain import Stance
from workbench.core.match.evidence import dated_apart, kept_apart, shared_evidence, weeks_apart
from workbench.core.match.pair_features import FEATURES, ClaimView
from workbench.core.match.pair_scorer import PairModel
from workbench.core.match.proposals import propose_links

TOLL = "Syrian security forces killed 500 protesters in the southern city of Deraa"


def test_articles_more_than_a_month_apart_report_other_events() -> None:
    spring = build_article(1, "Reuters")
    weeks = replace(build_article(2, "AP"), date="2011-04-26")
    autumn = replace(build_article(3, "BBC"), date="2011-10-02")
    assert not dated_apart(spring, weeks)
    assert dated_apart(spring, autumn)
    assert not dated_apart(spring, replace(autumn, date="unknown"))  # no date, no veto


def test_claims_of_articles_months_apart_are_never_proposed() -> None:
    views = parsed_views(TOLL, TOLL, TOLL)
    spring, autumn = (
        build_article(1, "Reuters"),
        replace(build_article(3, "BBC"), date="2011-10-02"),
    )
    articles = {1: spring, 2: build_article(2, "AP"), 3: autumn}
    # a model proposing every pair: only the articles' dates keep one apart
    everything = PairModel(FEATURES, (0.0,) * len(FEATURES), (1.0,) * len(FEATURES),
                           (0.0,) * len(FEATURES), 5.0, 0.5)  # fmt: skip
    pairs = {(d.a_id, d.b_id) for d in propose_links(views, articles, everything)}
    assert pairs == {(1, 2)}  # spring's two articles; autumn's is months from both


def test_a_link_names_the_names_the_act_and_the_cue_both_claims_share() -> None:
    first, second = parsed_views(
        "Syria's government blamed armed gangs in Deraa for the killings",
        "Syria's government blamed armed gangs in Deraa",
        stances=(Stance.ACCUSES, Stance.ACCUSES),
    )
    acts = ("blame gang",)
    first = replace(first, claim=replace(first.claim, extraction=replace(
        first.claim.extraction, predicates=acts)))  # fmt: skip
    second = replace(second, claim=replace(second.claim, extraction=replace(
        second.claim.extraction, predicates=acts)))  # fmt: skip
    found = shared_evidence(first, second)
    assert found[0].startswith("same names: ") and "deraa" in found[0]
    assert "same act: blame gang" in found and "both accuse" in found


def test_a_call_for_action_is_no_repeat_of_a_statement() -> None:
    call, told, again = parsed_views(
        "the UN should send a special envoy to investigate the killings",
        "the UN will send a special envoy to investigate the killings",
        "the UN should send a special envoy to investigate the killings",
        stances=(Stance.CALLS_FOR, Stance.ASSERTS, Stance.CALLS_FOR),
    )
    assert kept_apart(call, told) == "a call for action vs a statement"
    assert kept_apart(call, again) == ""


def test_articles_weeks_apart_are_linked_only_through_a_running_count() -> None:
    claims = parsed_views(
        "Syrian troops shelled the centre of Deraa, witnesses in Deraa said",
        "Syrian troops shelled the centre of Deraa, witnesses in Deraa said",
        "Syrian security forces killed 500 protesters in Deraa",
        "Syrian security forces killed 560 protesters in Deraa",
    )
    observatory = {
        "source": "the Observatory",
        "source_resolved": "the Syrian Observatory",
        "source_key": "body:syrian observatory",
        "attributed": True,
    }
    views = [replace(v, claim=replace(v.claim, article_id=article,
                                      extraction=replace(v.claim.extraction, **observatory)))
             for v, article in zip(claims, (1, 2, 1, 2), strict=True)]  # fmt: skip
    later = replace(build_article(2, "AP"), date="2011-05-08")
    articles = {1: build_article(1, "Reuters"), 2: later}
    assert dated_apart(articles[1], later) is False and weeks_apart(articles[1], later)
    everything = PairModel(FEATURES, (0.0,) * len(FEATURES), (1.0,) * len(FEATURES),
                           (0.0,) * len(FEATURES), 5.0, 0.5)  # fmt: skip
    links = {(d.a_id, d.b_id): d for d in propose_links(views, articles, everything)}
    # the shelling told twice a fortnight apart is not proposed; the toll's later figure is
    assert (1, 2) not in links
    toll = links[(3, 4)]
    assert toll.reasons[0].startswith("different figures: 500 vs 560")
    assert any(r.startswith("update: 500 on") for r in toll.reasons)  # the Observatory's own


def test_another_sources_later_figure_is_a_rival_not_an_update() -> None:
    ministry, charity, risen = parsed_views(
        "A cholera outbreak in Hollen, Marsta has killed 23 people",
        "at least 41 people have died of cholera in Hollen, Marsta",
        "the cholera death toll in Hollen, Marsta has risen to 41",
    )

    def said_by(view: ClaimView, article: int, who: str) -> ClaimView:
        told = replace(view.claim.extraction, source=who, source_resolved=who,
                       source_key=f"body:{who}", attributed=True)  # fmt: skip
        return replace(view, claim=replace(view.claim, article_id=article, extraction=told))

    views = [said_by(ministry, 1, "health ministry"), said_by(charity, 2, "charity"),
             said_by(risen, 3, "charity")]  # fmt: skip
    articles = {1: replace(build_article(1, "Wire"), date="2026-10-03"),
                2: replace(build_article(2, "Observer"), date="2026-10-04"),
                3: replace(build_article(3, "Daily"), date="2026-10-05")}  # fmt: skip
    everything = PairModel(FEATURES, (0.0,) * len(FEATURES), (1.0,) * len(FEATURES),
                           (0.0,) * len(FEATURES), 5.0, 0.5)  # fmt: skip
    links = {(d.a_id, d.b_id): d for d in propose_links(views, articles, everything)}
    rival = links[(1, 2)]
    assert rival.reasons[0] == "different figures: 23 vs 41 (dead)"
    # the charity's own count, not the ministry's revised; a count said to have risen
    # revises whoever gave the lower figure
    assert not any(r.startswith("update:") for r in rival.reasons)
    assert "update: 23 on 2026-10-03, 41 on 2026-10-05" in links[(1, 3)].reasons

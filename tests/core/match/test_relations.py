"""Each relation and reason the matcher gives, on hand-written claims of two stories."""

from __future__ import annotations

import math

from match_builders import build_claim, quantity, rule_links

from workbench.core.domain import Article, Relation, SourceType, Stance
from workbench.core.match import explain_pair

NGO, GOV = SourceType.NGO, SourceType.GOVERNMENT


def _link(claims, articles, a_id, b_id, **options):
    links = {(d.a_id, d.b_id): d for d in rule_links(claims, articles, **options)}
    return links.get((a_id, b_id))


def test_same_quantity_from_two_sources_corroborates(articles: dict[int, Article]) -> None:
    claims = [
        build_claim(1, 1, "security forces killed 500 protesters in the southern crackdown",
                    source="a rights group", source_type=NGO, numbers=[quantity(500, "killed")]),
        build_claim(2, 2, "500 protesters were killed by security forces in the crackdown",
                    source="Amnesty International", source_type=NGO,
                    numbers=[quantity(500, "killed")]),
    ]  # fmt: skip
    link = _link(claims, articles, 1, 2)
    assert link is not None and link.relation is Relation.CORROBORATES
    assert "same quantity: 500 killed" in link.reasons
    assert link.independent


def test_different_quantity_conflicts(articles: dict[int, Article]) -> None:
    claims = [
        build_claim(1, 1, "security forces killed 500 protesters in the crackdown",
                    source="a rights group", source_type=NGO, numbers=[quantity(500, "killed")]),
        build_claim(2, 2, "security forces killed 100 protesters in the crackdown",
                    source="the Interior Ministry", source_type=GOV,
                    numbers=[quantity(100, "killed")]),
    ]  # fmt: skip
    link = _link(claims, articles, 1, 2)
    assert link is not None and link.relation is Relation.CONFLICTS
    assert link.reasons[0] == "different quantity: 500 vs 100 killed"
    assert "independent sources: ngo vs government" in link.reasons


def test_hedged_quantity_within_range_does_not_conflict(articles: dict[int, Article]) -> None:
    claims = [
        build_claim(1, 1, "security forces killed 500 protesters in the crackdown",
                    source="a rights group", source_type=NGO, numbers=[quantity(500, "killed")]),
        build_claim(2, 2, "security forces killed more than 400 protesters in the crackdown",
                    source="the opposition", source_type=SourceType.OPPOSITION,
                    numbers=[quantity(400, "killed", "more than")]),
        build_claim(3, 3, "security forces killed about 200 protesters in the crackdown",
                    source="diplomats", source_type=SourceType.DIPLOMAT,
                    numbers=[quantity(200, "killed", "about")]),
    ]  # fmt: skip
    agree = _link(claims, articles, 1, 2)
    assert agree is not None and agree.relation is Relation.CORROBORATES
    assert "compatible quantity: 500 vs more than 400 killed" in agree.reasons
    # "about 200" cannot stretch to 500 or to more than 400.
    for a_id in (1, 2):
        clash = _link(claims, articles, a_id, 3)
        assert clash is not None and clash.relation is Relation.CONFLICTS


def test_different_weekday_conflicts(articles: dict[int, Article]) -> None:
    claims = [
        build_claim(1, 1, "Syrian women and children crossed into northern Lebanon on Thursday",
                    source="witnesses", source_type=SourceType.WITNESS, anonymous=True),
        build_claim(2, 2, "Syrian women and children crossed into northern Lebanon on Friday",
                    source="Lebanese officials", source_type=GOV),
    ]  # fmt: skip
    link = _link(claims, articles, 1, 2)
    assert link is not None and link.relation is Relation.CONFLICTS
    assert "different day: Thursday vs Friday" in link.reasons


def test_accusation_against_its_denial_conflicts(articles: dict[int, Article]) -> None:
    claims = [
        build_claim(1, 1, "politicians in Lebanon fomented the violence in Deraa",
                    source="Syria", source_type=GOV, stance=Stance.ACCUSES),
        build_claim(2, 2, "politicians in Lebanon fomented the violence in Deraa",
                    source="Lebanese politicians", source_type=SourceType.POLITICIAN,
                    stance=Stance.DENIES),
    ]  # fmt: skip
    link = _link(claims, articles, 1, 2)
    assert link is not None and link.relation is Relation.CONFLICTS
    assert link.reasons[0] == "accusation vs denial"


def test_assertion_against_its_negation_conflicts(articles: dict[int, Article]) -> None:
    claims = [
        build_claim(1, 1, "soldiers confronted secret police to stop the shooting of protesters",
                    source="one diplomat", source_type=SourceType.DIPLOMAT, anonymous=True),
        build_claim(2, 2, "soldiers never confronted secret police over the shooting of protesters",
                    source="the army", source_type=SourceType.MILITARY_SECURITY),
    ]  # fmt: skip
    link = _link(claims, articles, 1, 2)
    assert link is not None and link.relation is Relation.CONFLICTS
    assert link.reasons[0] == "assertion vs negation"


def test_two_differences_read_as_another_event(articles: dict[int, Article]) -> None:
    claims = [
        build_claim(1, 1, "1,500 Syrians crossed into northern Lebanon on Thursday",
                    source="witnesses", source_type=SourceType.WITNESS,
                    numbers=[quantity(1500, "crossed")]),
        build_claim(2, 2, "3,000 Syrians crossed into northern Lebanon on Monday",
                    source="the UN refugee agency", source_type=SourceType.INTERNATIONAL_ORG,
                    numbers=[quantity(3000, "crossed")]),
    ]  # fmt: skip
    assert _link(claims, articles, 1, 2, min_score=0) is None
    assert "different event" in explain_pair(claims[0], claims[1], articles).reasons


def test_one_different_quantity_of_crossings_conflicts(articles: dict[int, Article]) -> None:
    claims = [
        build_claim(1, 1, "1,500 Syrians crossed into northern Lebanon on Thursday",
                    source="witnesses", source_type=SourceType.WITNESS,
                    numbers=[quantity(1500, "crossed")]),
        build_claim(2, 2, "3,000 Syrians crossed into northern Lebanon on Thursday",
                    source="the UN refugee agency", source_type=SourceType.INTERNATIONAL_ORG,
                    numbers=[quantity(3000, "crossed")]),
    ]  # fmt: skip
    link = _link(claims, articles, 1, 2)
    assert link is not None and link.relation is Relation.CONFLICTS
    assert link.reasons[0] == "different quantity: 1,500 vs 3,000 crossed"


def test_calls_for_action_corroborate_each_other_but_not_statements(
    articles: dict[int, Article],
) -> None:
    claims = [
        build_claim(1, 1, "the UN should send a special envoy to investigate the killings",
                    source="Kevin Rudd", source_type=SourceType.POLITICIAN,
                    stance=Stance.CALLS_FOR),
        build_claim(2, 2, "the UN should send a special envoy to investigate the killings",
                    source="France", source_type=GOV, stance=Stance.CALLS_FOR),
        build_claim(3, 3, "the UN will send a special envoy to investigate the killings",
                    source="UN officials", source_type=SourceType.INTERNATIONAL_ORG),
    ]  # fmt: skip
    link = _link(claims, articles, 1, 2)
    assert link is not None and link.relation is Relation.CORROBORATES
    assert _link(claims, articles, 1, 3, min_score=0) is None
    assert _link(claims, articles, 2, 3, min_score=0) is None


def test_two_lower_bounds_far_apart_are_two_counts() -> None:
    from workbench.core.match.quantities import Amount, compatible

    def bound(value: float, low: float, high: float, exact: bool = False) -> Amount:
        return Amount(value, low, high, frozenset({"~killed"}), f"{value:g}", "killed", exact)

    at_least_12, at_least_30 = bound(12, 12, math.inf), bound(30, 30, math.inf)
    at_least_29, exactly_30 = bound(29, 29, math.inf), bound(30, 30, 30, exact=True)
    assert not compatible(at_least_12, at_least_30)
    assert compatible(at_least_29, at_least_30)
    assert compatible(at_least_12, exactly_30)  # 30 is at least 12

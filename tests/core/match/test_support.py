"""Independence of sources and the per-claim counts of independent support."""

from __future__ import annotations

from dataclasses import replace

from match_builders import build_claim, rule_links

from workbench.core.domain import Article, Claim, Link, Relation, SourceType
from workbench.core.match import explain_pair, support_counts

GOV, NGO = SourceType.GOVERNMENT, SourceType.NGO
TEXT = "security forces killed 100 protesters in the crackdown in Deraa"


def _link(link_id: int, a: int, b: int, relation: Relation, confirmed: bool | None = None) -> Link:
    return Link(link_id, a, b, relation, 80.0, (), True, confirmed)


def test_one_ministry_statement_in_two_outlets_is_one_source(
    articles: dict[int, Article],
) -> None:
    a = build_claim(1, 1, TEXT, source="the Interior Ministry", source_type=GOV)
    b = build_claim(2, 2, TEXT, source="Syria's Interior Ministry", source_type=GOV)
    [link] = rule_links([a, b], articles)
    assert link.relation is Relation.CORROBORATES and not link.independent
    assert "same source repeated: the Interior Ministry" in link.reasons


def test_near_verbatim_content_from_an_unnamed_body_is_the_same_source() -> None:
    a = build_claim(1, 1, TEXT, source="the Interior Ministry", source_type=GOV)
    b = build_claim(2, 2, TEXT + ".", source="the ministry", source_type=GOV, anonymous=True)
    assert not explain_pair(a, b).independent


def test_different_bodies_are_independent() -> None:
    a = build_claim(1, 1, TEXT, source="the Interior Ministry", source_type=GOV)
    b = build_claim(2, 2, TEXT, source="Human Rights Watch", source_type=NGO)
    c = build_claim(3, 3, TEXT, source="the Foreign Ministry", source_type=GOV)
    first, second = explain_pair(a, b), explain_pair(a, c)
    assert first.independent and "independent sources: government vs ngo" in first.reasons
    # Two ministries share a word, not a name.
    assert second.independent


def test_outlets_own_voices_are_sources_of_their_own(articles: dict[int, Article]) -> None:
    a = build_claim(1, 1, TEXT)
    b = build_claim(2, 2, TEXT)
    c = build_claim(3, 1, TEXT)  # the same outlet's voice in the same article is never linked
    links = {(d.a_id, d.b_id): d for d in rule_links([a, b, c], articles)}
    assert links[(1, 2)].independent
    assert "independent sources: Reuters vs AP" in links[(1, 2)].reasons
    assert (1, 3) not in links


def _claims() -> dict[int, Claim]:
    made = [
        build_claim(1, 1, TEXT, source="Human Rights Watch", source_type=NGO),
        build_claim(2, 2, TEXT, source="the Interior Ministry", source_type=GOV),
        build_claim(3, 3, TEXT, source="Syria's Interior Ministry", source_type=GOV),
        build_claim(4, 4, TEXT, source="Amnesty International", source_type=NGO),
        build_claim(5, 5, TEXT, source="Human Rights Watch", source_type=NGO),
        build_claim(6, 6, "no protesters were killed", source="state television",
                    source_type=SourceType.MEDIA),
    ]  # fmt: skip
    return {c.id: c for c in made}


def test_support_counts_independent_sources_once() -> None:
    links = [
        _link(1, 1, 2, Relation.CORROBORATES),
        _link(2, 1, 3, Relation.CORROBORATES),  # the ministry again, via another outlet
        _link(3, 1, 4, Relation.CORROBORATES),
        _link(4, 1, 5, Relation.CORROBORATES),  # the claim's own source: does not count
        _link(5, 1, 6, Relation.CONFLICTS),
    ]
    counts = support_counts(_claims(), links)
    assert (counts[1].corroborating, counts[1].conflicting) == (2, 1)
    assert (counts[2].corroborating, counts[3].corroborating) == (1, 1)
    assert counts[6].conflicting == 1 and counts[6].corroborating == 0
    assert 5 not in counts


def test_rejected_links_do_not_count_but_undecided_and_accepted_do() -> None:
    links = [
        _link(1, 1, 2, Relation.CORROBORATES, confirmed=False),
        _link(2, 1, 4, Relation.CORROBORATES, confirmed=True),
        _link(3, 1, 6, Relation.CONFLICTS, confirmed=None),
    ]
    counts = support_counts(_claims(), links)
    assert (counts[1].corroborating, counts[1].conflicting) == (1, 1)
    assert 2 not in counts


def test_an_update_of_a_running_count_is_no_conflicting_source() -> None:
    claims = {
        1: build_claim(1, 1, "12 bodies had been recovered", source="the district administrator",
                       source_type=GOV),
        2: build_claim(2, 2, "the death toll has risen to 18", source="the police",
                       source_type=SourceType.MILITARY_SECURITY),
        3: build_claim(3, 3, "We have counted 30 bodies", source="Red Cross", source_type=NGO),
    }  # fmt: skip
    revised = ("update: 12 on 2026-03-14, 18 on 2026-03-15",)
    update = Link(1, 1, 2, Relation.CONFLICTS, 60.0, revised, True)
    dispute = _link(2, 1, 3, Relation.CONFLICTS)
    counts = support_counts(claims, [update, dispute])
    assert counts[1].conflicting == 1  # the Red Cross's 30, not the later toll of 18
    assert 2 not in counts


def test_a_link_judged_one_source_does_not_count_as_support() -> None:
    # Judged with its article ("In Washington, officials said"), "officials" were the
    # United States; their bare labels no longer say so, the stored link does.
    us = build_claim(1, 1, "it is considering sanctions", source="The United States",
                     source_type=GOV)  # fmt: skip
    officials = build_claim(2, 2, "they were considering sanctions", source="officials",
                            source_type=GOV)  # fmt: skip
    same = Link(1, 1, 2, Relation.CORROBORATES, 70.0, (), False, True)
    assert support_counts({1: us, 2: officials}, [same]) == {}
    counted = support_counts({1: us, 2: officials}, [_link(1, 1, 2, Relation.CORROBORATES)])
    assert counted[1].corroborating == 1


def test_a_local_official_is_not_the_states_voice() -> None:
    national = build_claim(1, 1, TEXT, source="a Lebanese official", source_type=GOV)
    local = build_claim(
        2,
        2,
        TEXT,
        source="Mahmoud Abdallah, the head of a municipal council in Lebanon",
        source_type=GOV,
    )
    army = build_claim(
        3, 3, TEXT, source="the Lebanese army", source_type=SourceType.MILITARY_SECURITY
    )
    assert explain_pair(national, local).independent
    # Two national organs of one state stay one voice.
    pair = explain_pair(national, army)
    assert not pair.independent
    assert any(r.startswith("same state's voice") for r in pair.reasons)


def test_councils_of_states_are_not_local() -> None:
    council = build_claim(
        1, 1, TEXT, source="the Syrian National Security Council", source_type=GOV
    )
    ministry = build_claim(2, 2, TEXT, source="Syria's Interior Ministry", source_type=GOV)
    assert not explain_pair(council, ministry).independent


def test_one_source_entity_is_one_source_whatever_its_mentions() -> None:
    a = build_claim(1, 1, TEXT, source="Interior Minister Tomas Rellik", source_type=GOV)
    b = build_claim(2, 2, TEXT, source="his spokeswoman Anika Dore", source_type=GOV)
    c = build_claim(3, 3, TEXT, source="Anna Rellik", source_type=GOV)
    assert explain_pair(a, b).independent  # their labels do not say they are one
    a, b = replace(a, source_id=7), replace(b, source_id=7)
    c = replace(c, source_id=8)
    pair = explain_pair(a, b)
    assert not pair.independent and "same source: Interior Minister Tomas Rellik" in pair.reasons
    assert explain_pair(a, c).independent


def test_a_minister_and_his_ministry_are_one_voice() -> None:
    voice = "body:marad:interior ministry"
    minister = build_claim(1, 1, TEXT, source="Interior Minister Tomas Rellik", source_type=GOV)
    ministry = build_claim(2, 2, TEXT, source="the Interior Ministry", source_type=GOV)
    union = build_claim(3, 3, TEXT, source="union chairman Oskar Dahlin", source_type=NGO)
    minister = _keyed(minister, "person:tomas rellik", voice)
    ministry = _keyed(ministry, voice, voice)
    union = _keyed(union, "person:oskar dahlin", "body:mine workers federation")
    assert not explain_pair(minister, ministry).independent
    assert explain_pair(minister, union).independent
    links = [_link(1, 1, 2, Relation.CORROBORATES), _link(2, 1, 3, Relation.CORROBORATES)]
    counts = support_counts({c.id: c for c in (minister, ministry, union)}, links)
    assert counts[1].corroborating == 1  # the union; its own ministry does not count


def _keyed(claim: Claim, key: str, voice: str) -> Claim:
    extraction = replace(claim.extraction, source_key=key, source_voice=voice)
    return replace(claim, extraction=extraction)

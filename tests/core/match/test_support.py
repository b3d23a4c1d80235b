"""Independence of sources (read from extraction's keys) and the per-claim counts of
independent support."""

from __future__ import annotations

from dataclasses import replace

from match_builders import build_claim

from workbench.core.domain import Article, Claim, Link, Relation, SourceType
from workbench.core.match import support_counts
from workbench.core.match.independence import Speakers, independence


def explain(a: Claim, b: Claim, articles: dict[int, Article] | None = None) -> tuple[bool, str]:
    """Whether two claims' sources are independent, judged with only their own articles."""
    return independence(a, b, Speakers((a, b), articles))


GOV, NGO = SourceType.GOVERNMENT, SourceType.NGO
TEXT = "security forces killed 100 protesters in the crackdown in Deraa"


def _link(link_id: int, a: int, b: int, relation: Relation, confirmed: bool | None = None) -> Link:
    return Link(link_id, a, b, relation, 80.0, (), True, confirmed)


def test_one_ministry_statement_in_two_outlets_is_one_source() -> None:
    a = build_claim(1, 1, TEXT, source="the Interior Ministry", source_type=GOV)
    b = build_claim(2, 2, TEXT, source="Syria's Interior Ministry", source_type=GOV)
    assert explain(a, b) == (False, "same source repeated: the Interior Ministry")
    # as extraction keys them: one state's ministry, and another state's
    a = _keyed(a, "body:syria:interior ministry", "")
    b = _keyed(b, "body:syria:interior ministry", "")
    assert not explain(a, b)[0]
    other = _keyed(build_claim(3, 3, TEXT, source="the Interior Ministry", source_type=GOV),
                   "body:leban:interior ministry", "")  # fmt: skip
    assert explain(a, other)[0]


def test_near_verbatim_content_from_an_unnamed_body_is_the_same_source() -> None:
    a = build_claim(1, 1, TEXT, source="the Interior Ministry", source_type=GOV)
    b = build_claim(2, 2, TEXT + ".", source="the ministry", source_type=GOV, anonymous=True)
    assert not explain(a, b)[0]


def test_different_bodies_are_independent() -> None:
    a = build_claim(1, 1, TEXT, source="the Interior Ministry", source_type=GOV)
    b = build_claim(2, 2, TEXT, source="Human Rights Watch", source_type=NGO)
    c = build_claim(3, 3, TEXT, source="the Foreign Ministry", source_type=GOV)
    assert explain(a, b) == (True, "independent sources: government vs ngo")
    # Two ministries share a word, not a name.
    assert explain(a, c)[0]


def test_outlets_own_voices_are_sources_of_their_own(articles: dict[int, Article]) -> None:
    a = build_claim(1, 1, TEXT)
    b = build_claim(2, 2, TEXT)
    c = build_claim(3, 3, TEXT)
    assert explain(a, b, articles) == (True, "independent sources: Reuters vs AP")
    assert explain(a, c, {1: articles[1], 3: articles[1]})[0] is False  # one outlet


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
    assert explain(national, local)[0]
    # Two national organs of one state stay one voice.
    independent, why = explain(national, army)
    assert not independent and why.startswith("same state's voice")


def test_councils_of_states_are_not_local() -> None:
    council = build_claim(
        1, 1, TEXT, source="the Syrian National Security Council", source_type=GOV
    )
    ministry = build_claim(2, 2, TEXT, source="Syria's Interior Ministry", source_type=GOV)
    assert not explain(council, ministry)[0]


def test_one_source_entity_is_one_source_whatever_its_mentions() -> None:
    a = build_claim(1, 1, TEXT, source="Interior Minister Tomas Rellik", source_type=GOV)
    b = build_claim(2, 2, TEXT, source="his spokeswoman Anika Dore", source_type=GOV)
    c = build_claim(3, 3, TEXT, source="Anna Rellik", source_type=GOV)
    assert explain(a, b)[0]  # their labels do not say they are one
    a, b = replace(a, source_id=7), replace(b, source_id=7)
    c = replace(c, source_id=8)
    assert explain(a, b) == (False, "same source: Interior Minister Tomas Rellik")
    assert explain(a, c)[0]


def test_a_minister_and_his_ministry_are_one_voice() -> None:
    voice = "body:marad:interior ministry"
    minister = build_claim(1, 1, TEXT, source="Interior Minister Tomas Rellik", source_type=GOV)
    ministry = build_claim(2, 2, TEXT, source="the Interior Ministry", source_type=GOV)
    union = build_claim(3, 3, TEXT, source="union chairman Oskar Dahlin", source_type=NGO)
    minister = _keyed(minister, "person:tomas rellik", voice)
    ministry = _keyed(ministry, voice, voice)
    union = _keyed(union, "person:oskar dahlin", "body:mine workers federation")
    assert not explain(minister, ministry)[0]
    assert explain(minister, union)[0]
    links = [_link(1, 1, 2, Relation.CORROBORATES), _link(2, 1, 3, Relation.CORROBORATES)]
    counts = support_counts({c.id: c for c in (minister, ministry, union)}, links)
    assert counts[1].corroborating == 1  # the union; its own ministry does not count


def _keyed(claim: Claim, key: str, voice: str) -> Claim:
    extraction = replace(claim.extraction, source_key=key, source_voice=voice)
    return replace(claim, extraction=extraction)


def test_a_state_voice_naming_no_country_speaks_for_its_articles_state() -> None:
    army = _keyed(build_claim(1, 1, TEXT, source="The army (Kestria)",
                              source_type=SourceType.MILITARY_SECURITY),
                  "body:kestr:army", "body:kestr:army")  # fmt: skip
    colonel = _keyed(build_claim(2, 2, TEXT, source="Colonel Ivo Rask",
                                 source_type=SourceType.MILITARY_SECURITY),
                     "person:ivo rask", "")  # fmt: skip
    ministry = _keyed(build_claim(3, 2, "the dam held", source="Kestria's emergency ministry",
                                  source_type=GOV),
                      "body:kestr:emergency ministry", "body:kestr:emergency ministry")  # fmt: skip
    alone = Speakers((army, colonel))
    assert independence(army, colonel, alone)[0]  # nothing says whose colonel he is
    independent, why = independence(army, colonel, Speakers((army, colonel, ministry)))
    assert not independent and why.endswith("(kestr)")


def test_a_prosecutor_or_a_court_is_not_the_governments_voice() -> None:
    police = build_claim(1, 1, TEXT, source="Brassford police (Ondria)",
                         source_type=SourceType.MILITARY_SECURITY)  # fmt: skip
    prosecutor = build_claim(2, 2, TEXT, source="Regional Prosecutor Ottoline Braid (Ondria)",
                             source_type=GOV)  # fmt: skip
    court = build_claim(3, 3, TEXT, source="the Supreme Court (Ondria)", source_type=GOV)
    ministry = build_claim(4, 4, TEXT, source="the interior ministry (Ondria)", source_type=GOV)
    # keyed as extraction keys a state's bodies: with their country's stem
    police = _keyed(police, "body:ondri:police", "")
    prosecutor = _keyed(prosecutor, "person:ottoline braid", "")
    court = _keyed(court, "body:ondri:supreme court", "")
    ministry = _keyed(ministry, "body:ondri:interior ministry", "")
    assert explain(police, prosecutor)[0] and explain(court, ministry)[0]
    independent, why = explain(police, ministry)
    assert not independent and why.startswith("same state's voice")


def test_a_person_speaks_for_the_entity_their_body_joined() -> None:
    # "MSF" and "Medecins Sans Frontieres" are one source entity (the case joined them);
    # the field coordinator speaks for MSF
    body = replace(_keyed(build_claim(1, 1, TEXT, source="Medecins Sans Frontieres",
                                      source_type=NGO), "body:medecins sans frontieres", ""),
                   source_id=7)  # fmt: skip
    short = replace(_keyed(build_claim(2, 2, TEXT, source="MSF", source_type=NGO),
                           "body:msf", ""), source_id=7)  # fmt: skip
    person = replace(_keyed(build_claim(3, 3, TEXT, source="MSF's coordinator, Jonas Hale",
                                        source_type=NGO), "person:jonas hale", "body:msf"),
                     source_id=9)  # fmt: skip
    speakers = Speakers((body, short, person))
    same, why = independence(body, person, speakers)
    assert not same and why.startswith("one voice")
    other = replace(_keyed(build_claim(4, 4, TEXT, source="Oxfam", source_type=NGO),
                           "body:oxfam", ""), source_id=11)  # fmt: skip
    assert independence(other, person, Speakers((body, short, person, other)))[0]


def test_a_body_with_its_country_named_in_one_article_only_is_one_voice() -> None:
    def voiced(claim_id: int, source: str, key: str, voice: str) -> Claim:
        claim = build_claim(claim_id, claim_id, TEXT, source=source, source_type=GOV)
        told = replace(claim.extraction, source_key=key, source_voice=voice)
        return replace(claim, extraction=told)

    blog = voiced(1, "The interior ministry", "body:interior ministry", "body:interior ministry")
    wire = voiced(2, "Interior Minister Pavel Drozd", "person:pavel drozd",
                  "body:valdo:interior ministry")  # fmt: skip
    other = voiced(3, "Kestria's interior ministry", "body:kestr:interior ministry",
                   "body:kestr:interior ministry")  # fmt: skip
    speakers = Speakers((blog, wire, other))
    assert independence(blog, wire, speakers) == (
        False, "one voice: The interior ministry and Interior Minister Pavel Drozd"
    )  # fmt: skip
    assert independence(wire, other, speakers)[0]  # two countries' ministries

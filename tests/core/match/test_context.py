"""Event context, sentence context, paraphrases and state voices, on hand-written articles."""

from __future__ import annotations

from match_builders import article_with, claim_in, quantity, rule_links

from workbench.core.domain import Article, Claim, Extraction, Quantity, Relation, Stance
from workbench.core.domain import SourceType as ST
from workbench.core.match import explain_pair
from workbench.core.match.features import describe_features, topic_terms
from workbench.core.match.support import same_source

TOLL = "Police in Karvia crushed a strike in Ostrava, and a union said they had killed 40 people."
OTHER = "In Ostrava, the Karvia ministry said 12 people had died in the strike violence since May."


def _toll_pair(date_b: str) -> tuple[list[Claim], dict[int, Article]]:
    a, b = article_with(1, TOLL), article_with(2, OTHER, date_b)
    claims = [
        claim_in(1, a, "had killed 40 people", "a union", ST.NGO,
               numbers=(quantity(40, "killed"),)),
        claim_in(2, b, "12 people had died in the strike violence since May",
               "the Karvia ministry", ST.GOVERNMENT, numbers=(quantity(12, "died"),)),
    ]  # fmt: skip
    return claims, {1: a, 2: b}


def test_short_claim_borrows_its_sentence_and_deaths_count_as_killings() -> None:
    claims, articles = _toll_pair("2014-03-11")
    (link,) = rule_links(claims, articles, min_score=0)
    assert link.relation is Relation.CONFLICTS
    assert link.reasons[0] == "different quantity: 40 vs 12 killed"


def test_articles_months_apart_report_different_events() -> None:
    claims, articles = _toll_pair("2016-08-01")
    assert rule_links(claims, articles, min_score=0) == []
    reasons = explain_pair(claims[0], claims[1], articles).reasons
    assert "different event: articles dated 2014-03-10 vs 2016-08-01" in reasons


def test_articles_about_disjoint_places_report_different_events() -> None:
    a = article_with(1, "Troops in Karvia killed 40 people in Ostrava on Monday.")
    b = article_with(2, "Troops in Belmora killed 40 people in Tessin on Monday.")
    claims = [claim_in(1, a, "Troops in Karvia killed 40 people", "", ST.MEDIA),
              claim_in(2, b, "Troops in Belmora killed 40 people", "", ST.MEDIA)]  # fmt: skip
    reasons = explain_pair(claims[0], claims[1], {1: a, 2: b}).reasons
    assert any(r.startswith("different event: karvia") for r in reasons)


def test_paraphrases_share_index_terms_but_lookalike_words_do_not() -> None:
    assert {"~reinforced", "patrol"} <= topic_terms("the army stepped up patrols")
    assert {"~reinforced", "patrol"} <= topic_terms("the army reinforced its patrols")
    assert "~clashed" in topic_terms("soldiers confronted secret police") & topic_terms(
        "troops clashed with security police"
    )
    assert "~divided" not in topic_terms("a different view")


def test_negation_outside_the_shared_words_does_not_make_a_conflict() -> None:
    a = article_with(1, "A diplomat said troops clashed with security police in Ostrava.")
    b = article_with(2, "An envoy said soldiers confronted security police in Ostrava, but there "
                    "was no sign of a coup.")  # fmt: skip
    claims = [
        claim_in(1, a, "troops clashed with security police in Ostrava", "A diplomat", ST.DIPLOMAT),
        claim_in(2, b, "soldiers confronted security police in Ostrava, but there was no sign of "
                     "a coup", "An envoy", ST.DIPLOMAT),
    ]  # fmt: skip
    result = explain_pair(claims[0], claims[1], {1: a, 2: b})
    assert result.relation is Relation.CORROBORATES


def test_organs_of_one_state_are_one_source_but_other_states_are_not() -> None:
    text = "Syria blamed gangs for the unrest. The Interior Ministry said gangs attacked police."
    a = article_with(1, text)
    b = article_with(2, "In Washington, officials said sanctions were planned against Syria.")
    state = claim_in(1, a, "gangs for the unrest", "Syria", ST.GOVERNMENT, Stance.ACCUSES)
    ministry = claim_in(2, a, "gangs attacked police", "The Interior Ministry", ST.GOVERNMENT)
    foreign = claim_in(3, b, "sanctions were planned against Syria", "officials", ST.GOVERNMENT)
    fs, fm, ff = (describe_features(c, a if c.article_id == 1 else b)
                  for c in (state, ministry, foreign))  # fmt: skip
    assert same_source(fs, fm)
    assert ff.state == "united states" and not same_source(fs, ff)


def test_demonym_and_possessive_name_the_same_ministry() -> None:
    article = article_with(1, "x")
    one = claim_in(1, article, "x", "", ST.MEDIA)
    keys = [describe_features(one).source_key]
    for name in ("the Syrian Interior Ministry", "Syria's interior ministry"):
        fake = Extraction.from_dict({"content": "x", "source": name, "source_type": "ngo"})
        keys.append(describe_features(Claim(2, 2, fake, status="unverified")).source_key)
    assert keys[1] == keys[2] == frozenset({"syria", "interior", "ministry"})


def test_open_ended_counts_on_different_days_are_two_incidents() -> None:
    a = article_with(1, "Witnesses said troops killed at least 6 people in Ostrava on Monday.")
    six = Quantity(6, "6", "people", 37, 38, "at least")
    b = article_with(2, "Activists said about 90 people were killed in Ostrava on Friday.")
    claims = [
        claim_in(1, a, "troops killed at least 6 people in Ostrava on Monday", "Witnesses",
               ST.WITNESS, numbers=(six,)),
        claim_in(2, b, "about 90 people were killed in Ostrava on Friday", "Activists",
               ST.OPPOSITION, numbers=(quantity(90, "killed", "about"),)),
    ]  # fmt: skip
    result = explain_pair(claims[0], claims[1], {1: a, 2: b})
    assert result.relation is None and "different event" in result.reasons


def test_a_figure_and_its_verb_meet_across_an_aside() -> None:
    # The first figure's "what" is the noun; its verb stands after an aside.
    content_a = (
        "about 900 Syrians, most of them farmers and their families from the hills,"
        " fled across the border"
    )
    a = article_with(1, f"In Ostrava, {content_a}.")
    b = article_with(
        2, "In Ostrava, some 2,000 Syrians fled across the border, the Karvia union said."
    )
    start_a, start_b = a.text.index("about 900"), b.text.index("some 2,000")
    first = Quantity(900, "about 900 Syrians", "Syrians", start_a, start_a + 17, "about")
    second = Quantity(2000, "some 2,000 Syrians", "fled", start_b, start_b + 18, "about")
    claims = [
        claim_in(1, a, content_a, "", ST.MEDIA, numbers=(first,)),
        claim_in(2, b, "some 2,000 Syrians fled across the border", "the Karvia union", ST.NGO,
               numbers=(second,)),
    ]  # fmt: skip
    assessment = explain_pair(claims[0], claims[1], {1: a, 2: b})
    assert assessment.relation is Relation.CONFLICTS
    assert any(r.startswith("different quantity: about 900 vs") for r in assessment.reasons)

"""Which words stand for a claim's topic: its clauses, its sentence, its speaker, its antecedent."""

from __future__ import annotations

from dataclasses import replace

import pytest
from match_builders import article_with, claim_in, quantity

from workbench.core.domain import Article, Claim, Quantity, Relation, Stance
from workbench.core.domain import SourceType as ST
from workbench.core.match import explain_pair
from workbench.core.match.context import antecedent_of, context_of
from workbench.core.match.features import describe_features
from workbench.core.match.quantities import amount, same_kind
from workbench.core.match.support import independence_reason
from workbench.core.match.text import clauses


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "it had reinforced its patrols along the border and set up new checkpoints on roads",
            ["it had reinforced its patrols along the border", "set up new checkpoints on roads"],
        ),
        (
            "gangs had attacked army checkpoints and police stations in Ostrava",
            ["gangs had attacked army checkpoints and police stations in Ostrava"],
        ),
        (
            "the clash was brief but several soldiers were hurt",
            ["the clash was brief", "several soldiers were hurt"],
        ),
        # A clause needs two content words of its own: "and were killed" stays.
        (
            "soldiers clashed with police and were killed",
            ["soldiers clashed with police and were killed"],
        ),
        ("", [""]),
    ],
)
def test_clauses_split_at_verbs_not_at_joined_nouns(text: str, expected: list[str]) -> None:
    assert clauses(text) == expected


PATROLS = (
    "It was not clear how many people were hurt in the riot near Ramtha but Jordanian police "
    "sources said the border guard had stepped up patrols in the area."
)
GUARD = (
    "The Jordanian border guard said it had reinforced its patrols along the northern frontier "
    "and set up new watchtowers on the roads leading to Ramtha."
)


def _patrol_claims() -> tuple[list, dict]:
    a, b = article_with(1, PATROLS), article_with(2, GUARD)
    short = claim_in(1, a, "the border guard had stepped up patrols in the area",
                     "Jordanian police sources", ST.MILITARY_SECURITY)  # fmt: skip
    long = claim_in(
        2, b, "it had reinforced its patrols along the northern frontier and set up new "
        "watchtowers on the roads leading to Ramtha", "The Jordanian border guard",
        ST.MILITARY_SECURITY,
    )  # fmt: skip
    return [short, long], {1: a, 2: b}


def test_context_is_the_claims_own_clause_without_its_source_and_cue() -> None:
    claims, articles = _patrol_claims()
    context = context_of(claims[0], articles[1])
    assert "stepped up patrols" in context
    assert "hurt" not in context and "sources" not in context


def test_a_short_claim_confirms_one_clause_of_a_longer_one_either_way_round() -> None:
    claims, articles = _patrol_claims()
    forth = explain_pair(claims[0], claims[1], articles)
    assert forth.relation is Relation.CORROBORATES and not forth.independent
    assert forth.score >= 60  # the default threshold
    backwards = explain_pair(claims[1], claims[0], articles)
    assert (backwards.relation, backwards.score) == (forth.relation, forth.score)


def test_a_speaker_who_is_the_subject_is_part_of_the_topic() -> None:
    claims, articles = _patrol_claims()
    features = describe_features(claims[1], articles[2])
    assert {"border", "guard", "jordan"} <= features.context
    assert all({"border", "guard"} <= clause for clause in features.clauses)


def test_the_resignations_refer_back_to_the_sentence_telling_of_them() -> None:
    text = (
        "About 300 members of the Karvian Unity Party in Ostrava have resigned, an official said. "
        "Tanks stayed on the streets. The official said the resignations had been handed in on "
        "Monday in a letter."
    )
    article = article_with(1, text)
    claim = claim_in(2, article, "the resignations had been handed in on Monday in a letter",
                     "The official", ST.GOVERNMENT)  # fmt: skip
    assert antecedent_of(claim, article).startswith("About 300 members")
    assert {"uniti", "parti"} <= describe_features(claim, article).context
    other = claim_in(3, article, "Tanks stayed on the streets", "", ST.MEDIA)
    assert antecedent_of(other, article) == ""


def _counted(content: str, number: str, what: str, value: float) -> Quantity:
    start = content.index(number)
    return Quantity(value, number, what, start, start + len(number), "")


def test_counts_of_different_happenings_are_not_two_figures_for_one() -> None:
    killed = "gangs attacked police, killing 78 members of the security forces"
    resigned = "200 members of the party in the southern province of Ostrava have resigned"
    stock = "it has 1000000 members in Karvia, making the resignations symbolic"
    a = amount(_counted(killed, "78 members", "members", 78), killed)
    b = amount(_counted(resigned, "200 members", "members", 200), resigned)
    c = amount(_counted(stock, "1000000 members", "members", 1e6), stock)
    assert "~resigned" in b.kind  # the verb far after the number, in its own clause
    assert not same_kind(a, b)
    assert not same_kind(b, c)  # a membership counts no happening
    assert same_kind(b, amount(quantity(150, "members resigned"), "150 members resigned"))


def test_a_state_news_agency_speaks_for_its_government() -> None:
    a = article_with(1, "The Syrian Interior Ministry said gangs attacked police in Deraa.")
    b = article_with(2, "In Syria, the state news agency SANA said army units pursued gangs.")
    ministry = claim_in(1, a, "gangs attacked police in Deraa", "The Syrian Interior Ministry",
                        ST.GOVERNMENT)  # fmt: skip
    agency = claim_in(2, b, "army units pursued gangs", "the state news agency SANA",
                      ST.MEDIA)  # fmt: skip
    independent, reason = independence_reason(
        describe_features(ministry, a), describe_features(agency, b)
    )
    assert not independent and reason.startswith("same state's voice")


def test_two_accusations_of_one_event_share_their_predicate() -> None:
    a = article_with(1, "Karvia blamed armed groups for the killings in Ostrava.")
    b = article_with(2, "The Karvian government blamed armed gangs for the bloodshed in Ostrava.")
    claims = [
        claim_in(1, a, "armed groups for the killings in Ostrava", "Karvia", ST.GOVERNMENT,
                 Stance.ACCUSES),
        claim_in(2, b, "armed gangs for the bloodshed in Ostrava", "The Karvian government",
                 ST.GOVERNMENT, Stance.ACCUSES),
    ]  # fmt: skip
    result = explain_pair(claims[0], claims[1], {1: a, 2: b})
    assert result.relation is Relation.CORROBORATES
    assert "both accuse" in result.reasons


def test_a_one_word_claim_with_nothing_around_it_links_to_nothing() -> None:
    a = article_with(1, "Nurses' union endorses Clinton")
    b = article_with(2, "A majority of voters expect Clinton to win the debate in Ostrava.")
    endorsed = claim_in(1, a, "Clinton", "Nurses' union", ST.NGO)
    cue = a.text.index("endorses")
    endorsed = replace(
        endorsed,
        extraction=replace(endorsed.extraction, cue="endorses", cue_start=cue, cue_end=cue + 8),
    )
    expected = claim_in(2, b, "Clinton to win the debate in Ostrava", "A majority of voters",
                        ST.OTHER)  # fmt: skip
    result = explain_pair(endorsed, expected, {1: a, 2: b})
    assert result.relation is None and result.score < 20


def _shares(claim_id: int, article: Article, content: str, source: str, *figures: str) -> Claim:
    """A claim whose content holds percentages ("46 percent"), located in the article."""
    at = article.text.index(content)
    numbers = tuple(
        Quantity(float(f.split()[0]), f, "percent", at + content.index(f),
                 at + content.index(f) + len(f), "")
        for f in figures
    )  # fmt: skip
    return claim_in(claim_id, article, content, source, ST.OTHER, numbers=numbers)


def test_two_figures_each_matched_on_the_other_side_do_not_conflict() -> None:
    a = article_with(1, "A Karvia poll said Novak leads Lenz 46 percent to 44 percent in Ostrava.")
    b = article_with(2, "The survey said Novak leads Lenz by 46 percent to 44 percent in Ostrava.")
    figures = ("46 percent", "44 percent")
    claims = [
        _shares(1, a, "Novak leads Lenz 46 percent to 44 percent", "A Karvia poll", *figures),
        _shares(2, b, "Novak leads Lenz by 46 percent to 44 percent", "The survey", *figures),
    ]
    result = explain_pair(claims[0], claims[1], {1: a, 2: b})
    assert result.relation is Relation.CORROBORATES
    assert not any(r.startswith("different quantity") for r in result.reasons)


def test_two_breakdowns_with_no_share_in_common_are_not_linked() -> None:
    # Which share answers which is not said: other polls, or other groups polled.
    a = article_with(1, "A Karvia poll said Novak leads Lenz 49 percent to 41 percent "
                        "among Greens in Ostrava.")  # fmt: skip
    b = article_with(2, "The survey said Novak leads Lenz by 46 percent to 44 percent in Ostrava.")
    greens = _shares(1, a, "Novak leads Lenz 49 percent to 41 percent among Greens",
                     "A Karvia poll", "49 percent", "41 percent")  # fmt: skip
    voters = _shares(2, b, "Novak leads Lenz by 46 percent to 44 percent", "The survey",
                     "46 percent", "44 percent")  # fmt: skip
    result = explain_pair(greens, voters, {1: a, 2: b})
    assert result.relation is None
    assert "different figures: no share agrees" in result.reasons
    assert not any(r.startswith("different quantity") for r in result.reasons)
    # One share against one share still conflicts: one figure for one thing.
    single = explain_pair(
        _shares(1, a, "Novak leads Lenz 49 percent", "A Karvia poll", "49 percent"),
        _shares(2, b, "Novak leads Lenz by 46 percent", "The survey", "46 percent"),
        {1: a, 2: b},
    )
    assert "different quantity: 49 vs 46 percent" in single.reasons


def test_a_share_is_no_tally_of_a_happening() -> None:
    # Two counts of what happened (killed, crossed...) in one event are two figures for one
    # fact, however differently worded; two shares ("10 percent") need their words to agree.
    a = article_with(1, "The mayor said unemployment in Ostrava is 10 percent.")
    b = article_with(2, "Officials said joblessness across Ostrava reached 61 percent.")
    shares = [
        _shares(1, a, "unemployment in Ostrava is 10 percent", "The mayor", "10 percent"),
        _shares(2, b, "joblessness across Ostrava reached 61 percent", "Officials", "61 percent"),
    ]
    tallies = [
        replace(c, extraction=replace(c.extraction, numbers=tuple(
            replace(q, what="killed") for q in c.extraction.numbers)))
        for c in shares
    ]  # fmt: skip
    share = explain_pair(shares[0], shares[1], {1: a, 2: b})
    tally = explain_pair(tallies[0], tallies[1], {1: a, 2: b})
    assert share.score < 60 <= tally.score  # 60: the default threshold
    assert tally.relation is Relation.CONFLICTS


def test_refusing_to_do_a_thing_is_not_doing_it() -> None:
    a = article_with(
        1, "His lawyer said he will refuse to answer questions from the Ostrava panel."
    )
    b = article_with(2, "His attorney said he would not answer questions from the Ostrava panel.")
    refused = claim_in(1, a, "he will refuse to answer questions from the Ostrava panel",
                       "His lawyer", ST.OTHER)  # fmt: skip
    not_answering = claim_in(2, b, "he would not answer questions from the Ostrava panel",
                             "His attorney", ST.OTHER)  # fmt: skip
    agreed = explain_pair(refused, not_answering, {1: a, 2: b})
    assert agreed.relation is Relation.CORROBORATES


def test_a_negation_reaches_neither_past_punctuation_nor_names() -> None:
    from workbench.core.match.features import negated_terms

    assert negated_terms("This isn't tax reform,'' said Douglas Holtz-Eakin") == {"tax", "reform"}
    assert negated_terms("soldiers never fired on mourners, and 1,500 fled") >= {
        "~fired",
        "mourner",
    }
    said = negated_terms("it does not tell whether Scott was armed", frozenset({"scott"}))
    assert said == {"tell", "whether"}  # nor whether he was armed: "was" opens a predicate


def test_a_negation_inside_a_phrase_ends_where_the_next_predicate_starts() -> None:
    from workbench.core.match.features import negated_terms

    assert negated_terms("paying no income taxes was smart") == {"incom", "tax"}
    # Opening its clause, "no" denies the predicate after its noun.
    assert "charg" in negated_terms("no reasonable prosecutor would bring charges")
    a = article_with(1, "Novak told a rally in Ostrava that paying no income taxes was smart.")
    b = article_with(2, "In Ostrava, Novak said that makes me smart, when asked about taxes.")
    smart = claim_in(1, a, "paying no income taxes was smart", "Novak", ST.POLITICIAN)
    said = claim_in(2, b, "that makes me smart", "Novak", ST.POLITICIAN)
    result = explain_pair(smart, said, {1: a, 2: b})
    assert not any("negation" in r for r in result.reasons)


def test_claims_sharing_only_whom_they_are_about_are_not_linked() -> None:
    a = article_with(1, "Vera Novak said she hopes to be elected president of Karvia.")
    b = article_with(2, "A nurses' union endorsed Vera Novak for president of Karvia on Monday.")
    hope = claim_in(
        1, a, "she hopes to be elected president of Karvia", "Vera Novak", ST.POLITICIAN
    )
    endorsed = claim_in(2, b, "Vera Novak for president of Karvia", "A nurses' union", ST.OTHER)
    assert explain_pair(hope, endorsed, {1: a, 2: b}).relation is None


def test_a_running_total_and_one_incident_are_different_facts() -> None:
    a = article_with(1, "Officials said about 150 people have died in the unrest in Ostrava.")
    b = article_with(2, "Witnesses said troops fired on mourners in Ostrava on Wednesday, "
                        "killing at least 6 people.")  # fmt: skip
    total = claim_in(1, a, "about 150 people have died in the unrest in Ostrava", "Officials",
                     ST.GOVERNMENT, numbers=(quantity(150, "died", "about"),))  # fmt: skip
    funeral = claim_in(
        2, b, "troops fired on mourners in Ostrava on Wednesday, killing at least 6 people",
        "Witnesses", ST.WITNESS, numbers=(quantity(6, "killed", "at least"),),
    )  # fmt: skip
    result = explain_pair(total, funeral, {1: a, 2: b})
    assert result.relation is None
    assert "different event: a running total vs one incident" in result.reasons


def test_a_negation_meeting_only_borrowed_words_is_no_contradiction() -> None:
    # "makes me smart", short, borrows "paying taxes" from its sentence; the other
    # claim's "not paying income tax" denies nothing this claim says itself.
    a = article_with(1, "An ad quoted Trump saying it makes me smart, when Novak blasted him "
                        "for not paying income tax.")  # fmt: skip
    b = article_with(2, "Asked about not paying income taxes, Trump said that makes me smart.")
    quoted = claim_in(1, a, "it makes me smart, when Novak blasted him for not paying income tax",
                      "An ad", ST.MEDIA)  # fmt: skip
    said = claim_in(2, b, "that makes me smart", "Trump", ST.POLITICIAN)
    result = explain_pair(quoted, said, {1: a, 2: b})
    assert not any(r.endswith("negation") or r.startswith("negation") for r in result.reasons)

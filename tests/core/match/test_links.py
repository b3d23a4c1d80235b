"""The rule scorer on pairs: unrelated stories, places, symmetry."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st
from match_builders import build_article, build_claim, quantity, rule_links

from workbench.core.domain import Article, Claim, Relation, SourceType, Stance
from workbench.core.match import explain_pair

WITNESS = SourceType.WITNESS


def _case() -> list[Claim]:
    return [
        build_claim(1, 1, "security forces killed 500 protesters in the crackdown in Deraa",
                    source="a rights group", source_type=SourceType.NGO,
                    numbers=[quantity(500, "killed")]),
        build_claim(2, 2, "security forces killed 500 protesters during the crackdown in Deraa",
                    source="Human Rights Watch", source_type=SourceType.NGO,
                    numbers=[quantity(500, "killed")]),
        build_claim(3, 3, "security forces killed 100 protesters in the crackdown in Deraa",
                    source="the Interior Ministry", source_type=SourceType.GOVERNMENT,
                    numbers=[quantity(100, "killed")]),
        build_claim(4, 3, "floods killed 500 people in northern Bangladesh this week",
                    numbers=[quantity(500, "killed")]),
        build_claim(5, 2, "tanks rolled into the border town of Tel Kelakh at dawn",
                    source="residents", source_type=WITNESS),
    ]  # fmt: skip


def test_links_join_only_claims_of_different_articles(articles: dict[int, Article]) -> None:
    links = rule_links(_case(), articles)
    pairs = {(d.a_id, d.b_id) for d in links}
    assert pairs == {(1, 2), (1, 3), (2, 3)}
    assert all(d.a_id < d.b_id and 0 <= d.score <= 100 for d in links)


def test_shared_numbers_and_words_of_another_story_do_not_link(
    articles: dict[int, Article],
) -> None:
    claims = [
        build_claim(1, 1, "security forces killed 500 protesters in the crackdown",
                    source="a rights group", source_type=SourceType.NGO,
                    numbers=[quantity(500, "killed")]),
        build_claim(2, 2, "floods killed 500 people in northern Bangladesh this week",
                    numbers=[quantity(500, "killed")]),
        build_claim(3, 3, "security forces killed 500 protesters in the crackdown in Yemen",
                    source="witnesses", source_type=WITNESS, numbers=[quantity(500, "killed")]),
        build_claim(4, 4, "security forces killed 500 protesters in the crackdown in Bahrain",
                    source="activists", source_type=SourceType.NGO,
                    numbers=[quantity(500, "killed")]),
    ]  # fmt: skip
    pairs = {(d.a_id, d.b_id) for d in rule_links(claims, articles, min_score=0)}
    assert (1, 2) not in pairs  # another disaster sharing only a number and a verb
    assert (3, 4) not in pairs  # the same words about another country
    assert "different place: yemen vs bahrain" in explain_pair(claims[2], claims[3]).reasons


_SENTENCES = [
    "security forces killed {n} protesters in the crackdown in Deraa on {day}",
    "security forces did not kill {n} protesters in the crackdown in Deraa on {day}",
    "{n} Syrians crossed into northern Lebanon on {day}",
    "floods killed {n} people in northern Bangladesh on {day}",
    # two clauses, the speaker as subject, a definite happening: the other ways to a topic
    "it had stepped up patrols in Deraa on {day} and killed {n} gunmen at checkpoints",
    "the killings of {n} protesters in Deraa on {day} were blamed on gangs",
]
_claim_args = st.tuples(
    st.sampled_from(_SENTENCES),
    st.sampled_from([100, 400, 500, 1500]),
    st.sampled_from(["", "more than", "about", "at least"]),
    st.sampled_from(["Thursday", "Friday"]),
    st.sampled_from(list(Stance)),
    st.sampled_from(list(SourceType)),
    st.sampled_from(["witnesses", "the Interior Ministry", "Human Rights Watch", ""]),
)


def _from(args: tuple[str, int, str, str, Stance, SourceType, str], cid: int, aid: int) -> Claim:
    sentence, n, qualifier, day, stance, kind, source = args
    what = "crossed" if "crossed" in sentence else "killed"
    text = sentence.format(n=f"{qualifier} {n:,}".strip(), day=day)
    return build_claim(cid, aid, text, source=source, source_type=kind, stance=stance,
                       numbers=[quantity(n, what, qualifier)])  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(_claim_args, _claim_args)
def test_matching_is_symmetric(first: tuple, second: tuple) -> None:  # type: ignore[type-arg]
    a, b = _from(first, 1, 1), _from(second, 2, 2)
    forward, backward = explain_pair(a, b), explain_pair(b, a)
    assert forward == backward
    # Swapping which claim holds the lower id changes the order of the reason
    # values only, never the score, the relation or the independence.
    swapped = explain_pair(replace(a, id=2, article_id=2), replace(b, id=1, article_id=1))
    assert (swapped.score, swapped.relation, swapped.independent) == (
        forward.score,
        forward.relation,
        forward.independent,
    )
    arts = {1: build_article(1, "Reuters"), 2: build_article(2, "AP")}
    assert rule_links([a, b], arts, min_score=0) == rule_links([b, a], arts, min_score=0)


def test_a_pair_is_explained_even_when_it_would_not_link() -> None:
    a = build_claim(1, 1, "tanks rolled into Deraa", source="residents", source_type=WITNESS)
    b = build_claim(2, 2, "floods hit northern Bangladesh", source="officials")
    verdict = explain_pair(a, b)
    assert verdict.relation is None and verdict.draft() is None
    assert verdict.score < 30


def test_corroborating_pair_reports_relation_in_draft(articles: dict[int, Article]) -> None:
    verdict = explain_pair(*_case()[:2], articles)
    draft = verdict.draft()
    assert draft is not None and draft.relation is Relation.CORROBORATES
    assert (draft.a_id, draft.b_id) == (1, 2)

"""Near-verbatim repeats: found over the whole case, through each claim's rarest lemmas."""

from __future__ import annotations

import random
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st
from match_builders import build_article, build_claim, parsed_views, view_of
from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from workbench.core.domain import Relation, SourceType
from workbench.core.match.pair_features import ClaimView
from workbench.core.match.proposals import repeat_links
from workbench.core.match.repeats import MIN_REPEAT_CHARS, REPEAT_RATIO, repeat_pairs

TEXT = "the ministry said the water supply to the eastern districts had been cut for days"


def view(claim_id: int, article_id: int, content: str, source: str = "residents") -> ClaimView:
    return view_of(build_claim(claim_id, article_id, content, source=source,
                               source_type=SourceType.WITNESS))  # fmt: skip


def test_a_repeat_links_whatever_the_rest_of_the_articles_say() -> None:
    # Articles months apart read as two events; the same sentence told twice is still shown.
    spring = build_article(1, "Reuters")
    autumn = replace(build_article(2, "AP"), date="2011-10-02")
    views = [view(1, 1, TEXT), view(2, 2, TEXT.replace("had been", "was"), "a rights group")]
    (link,) = repeat_links(views, {1: spring, 2: autumn})
    assert (link.a_id, link.b_id, link.relation) == (1, 2, Relation.CORROBORATES)
    assert link.reasons[0].startswith("near-verbatim repeat (")
    assert link.reasons[-1].startswith("independent sources")


def test_repeats_in_one_article_short_phrases_and_decided_pairs_are_not_proposed() -> None:
    arts = {1: build_article(1, "Reuters"), 2: build_article(2, "AP")}
    same_article = [view(1, 1, TEXT), view(2, 1, TEXT)]
    assert repeat_links(same_article, arts) == []
    short = "the army said it fired"
    assert len(short) < MIN_REPEAT_CHARS
    assert repeat_links([view(1, 1, short), view(2, 2, short)], arts) == []
    pair = [view(1, 1, TEXT), view(2, 2, TEXT)]
    assert repeat_links(pair, arts, rejected=[(1, 2)]) == []
    assert len(repeat_links(pair, arts, only_ids={2})) == 1
    assert repeat_links([*pair, view(3, 2, TEXT + " again")], arts, only_ids={3}) != []


def test_the_same_words_about_another_place_are_not_a_repeat() -> None:
    arts = {n: build_article(n, outlet) for n, outlet in enumerate(("Reuters", "AP", "BBC"), 1)}
    base = "security forces killed 500 protesters in the crackdown in {}"
    views = parsed_views(base.format("Yemen"), base.format("Bahrain"), base.format("Yemen"))
    assert repeat_pairs(views)  # the words repeat...
    # ...but two of them tell of two countries
    assert [(d.a_id, d.b_id) for d in repeat_links(views, arts)] == [(1, 3)]


_LETTERS = random.Random(1)
WORDS = ["".join(_LETTERS.choices("abcdefghijklmnoprstuvwy", k=_LETTERS.randint(3, 9)))
         for _ in range(80)]  # fmt: skip
"""A small vocabulary of made-up words: claims share many, as a story's do."""


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 10_000))
def test_every_repeat_brute_force_finds_is_found(seed: int) -> None:
    rng = random.Random(seed)
    views = []
    for k in range(40):
        if views and rng.random() < 0.4:  # a copy of an earlier claim with a word changed
            words = views[rng.randrange(len(views))].claim.content.split()
            words[rng.randrange(len(words))] = rng.choice(WORDS)
        else:
            words = [rng.choice(WORDS) for _ in range(rng.randint(6, 14))]
        views.append(view(k + 1, rng.randint(1, 5), " ".join(words)))
    expected = {
        (i, j)
        for i in range(len(views))
        for j in range(i + 1, len(views))
        if views[i].claim.article_id != views[j].claim.article_id
        and min(len(views[i].claim.content), len(views[j].claim.content)) >= MIN_REPEAT_CHARS
        and fuzz.ratio(views[i].claim.content, views[j].claim.content,
                       processor=default_process) >= REPEAT_RATIO
    }  # fmt: skip
    assert {(i, j) for i, j, _ in repeat_pairs(views)} == expected
    # Matching one new article finds its repeats as matching the whole case does.
    new = {v.claim.id for v in views if v.claim.article_id == 3}
    mine = {k for k, v in enumerate(views) if v.claim.id in new}
    partial = {(i, j) for i, j, _ in repeat_pairs(views, only=new)}
    assert partial == {(i, j) for i, j in expected if {i, j} & mine}


def test_claims_with_one_rare_lemma_meet_through_it() -> None:
    # Words in more than 50 claims are common and pair none: these claims keep one rare
    # lemma each, and two that share theirs are compared.
    common = "officials said the water supply to the district was cut again"
    fillers = [view(k, k % 5 + 1, f"{common} {WORDS[k % 40]}{k}") for k in range(1, 61)]
    pair = [view(101, 1, f"{common} zanzibar"), view(102, 2, f"{common} zanzibar")]
    found = {(fillers + pair)[i].claim.id for i, j, _ in repeat_pairs(fillers + pair)}
    found |= {(fillers + pair)[j].claim.id for i, j, _ in repeat_pairs(fillers + pair)}
    assert found == {101, 102}

"""The fast paths of the learned stage find what the exhaustive ones find.

Stories are grouped without comparing every two articles, and pairs are
screened in numpy before they are weighed one by one; on random small cases
both must give exactly the groups and links of the plain all-pairs code.
"""

from __future__ import annotations

import random
from dataclasses import replace

import numpy as np
import pytest
from match_builders import build_article, build_claim

from workbench.core.domain import Article, SourceType
from workbench.core.graphs import connected_groups
from workbench.core.match import neighbours, proposals
from workbench.core.match.pair_features import (
    FEATURES,
    ArticleMeans,
    ClaimView,
    Rarity,
    feature_matrix,
)
from workbench.core.match.pair_scorer import load_models
from workbench.core.match.proposals import pair_indexes, propose_links
from workbench.core.match.reading import Reading
from workbench.core.match.screen import KNOWN, StoryArrays
from workbench.core.match.stories import AlikeArticles, stories

WORDS = [f"w{n}" for n in range(60)]
NAMES = ["kestria", "dessel", "orsanne", "maradia", "solvenna", "tarvel", "ondrik"]


def random_case(seed: int, claims: int = 60) -> tuple[list[ClaimView], dict[int, Article]]:
    """Claims of a few articles on a few topics, with words, names, figures and vectors."""
    rng = random.Random(seed)
    noise = np.random.default_rng(seed)
    topics = [noise.standard_normal(16) for _ in range(3)]
    views = []
    for claim_id in range(1, claims + 1):
        article = rng.randint(1, max(2, claims // 6))
        topic = topics[article % 3]
        words = rng.sample(WORDS[: 20 + 10 * (article % 3)], rng.randint(0, 9))
        content = " ".join(words) or "nothing said"
        kind = rng.choice([SourceType.GOVERNMENT, SourceType.NGO, SourceType.WITNESS])
        claim = build_claim(claim_id, article, content, source=rng.choice(["", "police"]),
                            source_type=kind)  # fmt: skip
        vector = topic + noise.standard_normal(16) * rng.choice([0.2, 1.0, 3.0])
        vector = (vector / np.linalg.norm(vector)).astype(np.float32)
        context = vector + noise.standard_normal(16).astype(np.float32) * 0.3
        reading = Reading(
            lemmas=tuple(words), names=tuple(rng.sample(NAMES, rng.randint(0, 3))),
            times=(600,) if rng.random() < 0.2 else (), negated=rng.random() < 0.2,
            counts=("dead",) if rng.random() < 0.3 else (),
            values=(float(rng.choice([3, 12])),) if rng.random() < 0.4 else (),
            context=(0, len(content)),
            totals=((12.0, rng.choice(["dead", "missing"])),) if rng.random() < 0.3 else (),
            groups=((3.0, rng.choice(["soldier", "gunman"])),) if rng.random() < 0.3 else (),
        )  # fmt: skip
        unit = (context / np.linalg.norm(context)).astype(np.float32)
        views.append(ClaimView(claim, reading, vector, unit if rng.random() < 0.8 else None))
    known = {v.claim.article_id for v in views}
    return views, {a: build_article(a, f"Outlet {a}") for a in known}


def all_pairs_stories(views: list[ClaimView]) -> list[list[int]]:
    """The grouping by comparing every two articles with the story relation."""
    alike = AlikeArticles(views)
    ids = sorted({v.claim.article_id for v in views})
    together = [(a, b) for x, a in enumerate(ids) for b in ids[x + 1 :] if alike(a, b)]
    return sorted(connected_groups(ids, together))


@pytest.mark.parametrize("seed", range(8))
def test_stories_are_those_of_comparing_every_two_articles(seed: int) -> None:
    views, _ = random_case(seed, claims=80)
    assert stories(views) == all_pairs_stories(views)
    without = [replace(v, vector=None) for v in views]
    assert stories(without) == all_pairs_stories(without)


@pytest.mark.parametrize(("seed", "gram"), [(0, False), (1, False), (2, True), (3, True)])
def test_the_screen_computes_the_features_as_pair_features_does(seed: int, gram: bool) -> None:
    views, _ = random_case(seed)
    xs, ys = pair_indexes(views)
    rarity = Rarity(v.reading for v in views)
    pairs = [(views[x], views[y]) for x, y in zip(xs.tolist(), ys.tolist(), strict=True)]
    exact = feature_matrix(pairs, rarity, means=ArticleMeans(views))
    columns = StoryArrays(views, gram).columns(xs, ys)  # all dots at once, or by pair
    for name in KNOWN:
        assert columns[name] == pytest.approx(exact[:, FEATURES.index(name)], abs=1e-5), name


@pytest.mark.parametrize("seed", range(4))
def test_screened_pairs_could_not_have_been_proposed(seed: int) -> None:
    views, articles = random_case(seed)
    xs, ys = pair_indexes(views)
    rarity = Rarity(v.reading for v in views)
    pairs = [(views[x], views[y]) for x, y in zip(xs.tolist(), ys.tolist(), strict=True)]
    model = load_models()["meaning"]
    chances = model.probabilities(feature_matrix(pairs, rarity, ArticleMeans(views)))
    # A threshold that some pairs reach, so that the screen has work on both sides.
    model = replace(model, threshold=float(np.quantile(chances, 0.8)))
    kept = proposals.promising(model, views, xs, ys)
    assert not kept.all(), "the screen should set some pairs aside"
    assert kept[chances >= model.threshold].all()


@pytest.mark.parametrize("seed", range(3))
def test_proposals_are_those_of_weighing_every_pair(
    seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    views, articles = random_case(seed, claims=90)
    model = load_models()["meaning"]
    model = replace(model, threshold=0.6)
    screened = propose_links(views, articles, model)
    monkeypatch.setattr(
        proposals, "promising", lambda m, v, xs, ys, means=None: np.ones(len(xs), bool)
    )
    assert screened == propose_links(views, articles, model)
    assert screened, "the case should have some links"


@pytest.mark.parametrize("seed", range(3))
def test_big_story_neighbours_by_words_are_the_claim_by_claim_ones(seed: int) -> None:
    views, _ = random_case(seed, claims=400)
    rarity = Rarity(v.reading for v in views)
    index: dict[str, list[int]] = {}
    for x, v in enumerate(views):
        for lemma in set(v.reading.lemmas):
            index.setdefault(lemma, []).append(x)
    telling = {k: p for k, p in index.items() if len(p) <= len(views) // 10}
    fast = neighbours._by_words(len(views), telling, rarity)
    slow = neighbours._by_words_one_by_one(views, telling, rarity)

    def weighed(x: int, chosen: set[int]) -> list[float]:
        mine = set(views[x].reading.lemmas)
        return sorted(
            round(sum(rarity.weight(w) for w in mine & set(views[y].reading.lemmas)
                      if w in telling), 6)
            for y in chosen
        )  # fmt: skip

    assert len(fast) == len(slow) == len(views)
    for x, (a, b) in enumerate(zip(fast, slow, strict=True)):
        assert weighed(x, a) == weighed(x, b)  # the same closeness; ties may go either way

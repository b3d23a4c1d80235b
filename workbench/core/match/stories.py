"""Which articles of a case tell one story, so that claims are only paired within a story.

A case may hold articles about several events. Two articles tell one story
when they share at least two names (people, places, organisations read from
their claims, and the people they quote), when their claims mean the same on average (centroid
cosine), or when they share one name, one of them is short, and they come
near that. Stories are the connected groups of that relation; no link is
proposed across them. Merging two stories too many only widens the pairs
the scorer weighs; splitting one would hide its links, so the test is loose.

Within a story, claims are weighed only between articles that are alike
themselves (:class:`AlikeArticles`), not merely joined through others: in a
case of many articles on one subject (a campaign, a trial) the groups chain
into one, and every claim would meet every other. Names that most of a big
case's articles share ("Clinton", "Trump" across a campaign) say nothing of
which story an article tells and are not counted.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from itertools import combinations

import numpy as np

from workbench.core.extract.source_keys import BODY_KEY, PERSON_KEY
from workbench.core.graphs import connected_groups
from workbench.core.match.pair_features import ArticleMeans, ClaimView

MIN_SHARED_NAMES = 2
MIN_CENTROID_COSINE = 0.65
"""On the dev sets, wire stories of 16 to 26 claims: articles of one event are at 0.77 or
more, of two events at 0.63 or less. Short articles of few claims have noisier centroids:
three short reports of one factory fire, their claims naming almost nothing, were at
0.67 to 0.72. The bar sits near the other events' highest, since splitting a story hides
its links and merging two only widens the pairs the scorer weighs."""
ONE_NAME_CENTROID = 0.55
"""Two articles that share one name, one of them short, are alike from this centroid
cosine: an interview of three claims, mostly about the man interviewed, and a live blog of
the storm he lived through shared one place and were at 0.63; on the dev sets no two
articles of different events share a name. Long articles that share one name are often
two stories on one subject (PolNeAR's campaign news: 17 links more, two of them right)."""
SHORT = 5
"""Claims in a short article, whose centroid is the mean of too few to be steady."""
COMMON_FROM = 10
"""A case of this many articles or more has common names."""
COMMON_SHARE = 0.2
"""A name in more than this share of such a case's articles is common (when every article
has vectors, whose centroids then tell its stories: on the dev sets, articles of one event
are at 0.77 or more)."""
BLOCK = 1024


def stories(views: Sequence[ClaimView]) -> list[list[int]]:
    """Groups of article ids that tell one story (each article in exactly one group)."""
    return AlikeArticles(views).stories()


class AlikeArticles:
    """Which articles are alike: two names that are not common, centroids whose cosine
    reaches :data:`MIN_CENTROID_COSINE`, or one name and, when one of the two is short,
    centroids that reach :data:`ONE_NAME_CENTROID`; and the stories that relation joins.

    ``means`` are the case's :class:`ArticleMeans` when the caller has them already.
    """

    def __init__(self, views: Sequence[ClaimView], means: ArticleMeans | None = None) -> None:
        means = means or ArticleMeans(views)
        names: dict[int, set[str]] = defaultdict(set)
        sizes: Counter[int] = Counter()
        for view in views:
            names[view.claim.article_id].update(view.reading.names)
            # whom an article quotes is one of its names ("Pavel Dusek" quoted in two
            # reports of one round of layoffs, whose claims name no one)
            if (key := view.claim.extraction.source_key).startswith(PERSON_KEY):
                names[view.claim.article_id].add(key.removeprefix(PERSON_KEY))
            elif key.startswith(BODY_KEY):
                # and the body it quotes ("Norvik Motors" in three reports of its recall)
                names[view.claim.article_id].add(key.split(":")[-1])
            if (voice := view.claim.extraction.source_voice).startswith(BODY_KEY):
                # or whose voice its speaker has ("OVAK director Petr Hruby": OVAK)
                names[view.claim.article_id].add(voice.split(":")[-1])
            sizes[view.claim.article_id] += 1
        self._short = {a for a, n in sizes.items() if n <= SHORT}
        self.articles = sorted(names)
        self._centroids = {
            a: _unit(m) for a in self.articles if (m := means.mean(a, "vector")) is not None
        }
        self._names = _without_common(names, with_vectors=len(self._centroids) == len(names))
        self._known: dict[tuple[int, int], bool] = {}

    def __call__(self, a: int, b: int) -> bool:
        """Whether articles ``a`` and ``b`` are alike themselves (each pair worked out once)."""
        key = (min(a, b), max(a, b))
        if key not in self._known:
            ca, cb = self._centroids.get(a), self._centroids.get(b)
            shared = len(self._names[a] & self._names[b])
            cosine = float(ca @ cb) if ca is not None and cb is not None else -1.0
            self._known[key] = (
                shared >= MIN_SHARED_NAMES
                or cosine >= MIN_CENTROID_COSINE
                or (shared > 0 and cosine >= ONE_NAME_CENTROID and bool({a, b} & self._short))
            )
        return self._known[key]

    def stories(self) -> list[list[int]]:
        """The connected groups of the relation.

        No pair of articles is looked at one by one: two articles share two
        names exactly when they share a pair of names, so each article is
        filed under its pairs of names; the centroids are compared in blocks of
        a matrix product. The groups are those of the all-pairs test.
        """
        together = list(_sharing_names(self.articles, self._names))
        with_vectors = [a for a in self.articles if a in self._centroids]
        together.extend(_alike(with_vectors, [self._centroids[a] for a in with_vectors]))
        together.extend(self._one_name_alike())
        return sorted(connected_groups(self.articles, together))

    def _one_name_alike(self) -> Iterator[tuple[int, int]]:
        """Pairs of a short article and another that share a name and whose centroids reach
        :data:`ONE_NAME_CENTROID`, compared among the articles of each name."""
        if not self._short:
            return
        holders: dict[str, list[int]] = defaultdict(list)
        for article in self.articles:
            if article in self._centroids:
                for name in self._names[article]:
                    holders[name].append(article)
        for held in holders.values():
            few = [a for a in held if a in self._short]
            if not few or len(held) < 2:
                continue
            dots = (
                np.stack([self._centroids[a] for a in few])
                @ np.stack([self._centroids[a] for a in held]).T
            )
            for row, col in zip(*np.nonzero(dots >= ONE_NAME_CENTROID), strict=True):
                a, b = few[int(row)], held[int(col)]
                if a != b and self(a, b):
                    yield a, b


def _without_common(names: dict[int, set[str]], with_vectors: bool) -> dict[int, set[str]]:
    """Per article, its names that are not common.

    Without vectors for every article every name counts: names are then all
    that tells stories apart.
    """
    if len(names) < COMMON_FROM or not with_vectors:
        return names
    held = Counter(n for found in names.values() for n in found)
    common = {n for n, count in held.items() if count > COMMON_SHARE * len(names)}
    return {article: found - common for article, found in names.items()}


def _sharing_names(articles: list[int], names: dict[int, set[str]]) -> Iterator[tuple[int, int]]:
    """Edges that join every two articles sharing at least :data:`MIN_SHARED_NAMES` names."""
    first: dict[tuple[str, ...], int] = {}
    for article in articles:
        for key in combinations(sorted(names[article]), MIN_SHARED_NAMES):
            known = first.setdefault(key, article)
            if known != article:
                yield known, article


def _alike(articles: list[int], centroids: list[np.ndarray]) -> Iterator[tuple[int, int]]:
    """Pairs of articles whose centroids reach :data:`MIN_CENTROID_COSINE`."""
    if len(articles) < 2:
        return
    matrix = np.stack(centroids)
    for start in range(0, len(articles), BLOCK):
        block = matrix[start : start + BLOCK] @ matrix[start:].T  # each pair once: col >= row
        # Near the bar, the pair's own dot product decides, as it did pair by pair.
        near = np.abs(block - MIN_CENTROID_COSINE) < 1e-4
        rows, cols = np.nonzero((block >= MIN_CENTROID_COSINE) | near)
        for row, col in zip(rows.tolist(), (cols + start).tolist(), strict=True):
            x = start + row
            if x < col and (
                not near[row, col - start]
                or float(centroids[x] @ centroids[col]) >= MIN_CENTROID_COSINE
            ):
                yield articles[x], articles[col]


def _unit(mean: np.ndarray) -> np.ndarray:
    norm = float(np.linalg.norm(mean))
    return mean / norm if norm else mean

"""Which articles of a case tell one story, so that claims are only paired within a story.

A case may hold articles about several events. Two articles tell one story
when they share at least two names (people, places, organisations read from
their claims), or when their claims mean the same on average (centroid
cosine). Stories are the connected groups of that relation; no link is
proposed across them. Merging two stories too many only widens the pairs
the scorer weighs; splitting one would hide its links, so the test is loose.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

import numpy as np

from workbench.core.graphs import connected_groups
from workbench.core.match.pair_features import ClaimView

MIN_SHARED_NAMES = 2
MIN_CENTROID_COSINE = 0.7
"""Articles of one story averaged 0.77 or more on the dev sets, of two stories 0.63 or less."""


def stories(views: Sequence[ClaimView]) -> list[list[int]]:
    """Groups of article ids that tell one story (each article in exactly one group)."""
    names: dict[int, set[str]] = defaultdict(set)
    vectors: dict[int, list[np.ndarray]] = defaultdict(list)
    for view in views:
        names[view.claim.article_id].update(view.reading.names)
        if view.vector is not None:
            vectors[view.claim.article_id].append(view.vector)
    articles = sorted(names)
    centroids = {a: _centroid(vectors[a]) for a in articles if vectors[a]}
    together = [
        (a, b)
        for x, a in enumerate(articles)
        for b in articles[x + 1 :]
        if len(names[a] & names[b]) >= MIN_SHARED_NAMES
        or (
            a in centroids
            and b in centroids
            and float(centroids[a] @ centroids[b]) >= MIN_CENTROID_COSINE
        )
    ]
    return sorted(connected_groups(articles, together))


def _centroid(rows: list[np.ndarray]) -> np.ndarray:
    mean: np.ndarray = np.mean(np.stack(rows), axis=0)
    norm = float(np.linalg.norm(mean))
    return mean / norm if norm else mean

"""Near-verbatim repeats: one claim told nearly word for word in another article.

A reviewer wants to see the same sentence told twice whatever else the two
articles say, so repeats are found over the whole case, not within stories.
Two contents with ``fuzz.ratio`` >= 90 share nearly all their words, so they
share at least one of each other's rarest lemmas: claims are paired only
through the rarest few lemmas of each (a lemma in more than
:data:`COMMON_SHARE` of the case's claims pairs none), and only pairs whose
lengths allow the ratio are compared.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Sequence

import numpy as np
import numpy.typing as npt
from rapidfuzz import fuzz, process
from rapidfuzz.utils import default_process

from workbench.core.errors import Cancelled
from workbench.core.match.pair_features import ClaimView

REPEAT_RATIO = 90.0
"""rapidfuzz ratio of two contents from which one is the other repeated."""
MIN_REPEAT_CHARS = 30
"""A repeat this short ("the army said") is a phrase, not a claim told twice."""
RAREST = 4
"""Lemmas of a claim through which it meets its repeats (and one more for every
:data:`PER_RAREST` lemmas it has): a repeat changes a word or two."""
PER_RAREST = 4
COMMON_SHARE = 0.01
"""A lemma in more of the case's claims than this share (and at least 50) pairs none."""


def repeat_pairs(
    views: Sequence[ClaimView],
    *,
    only: Collection[int] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[tuple[int, int, float]]:
    """``(i, j, ratio)`` for members ``i < j`` of different articles whose contents repeat.

    With ``only`` (claim ids), pairs with at least one of those claims. Two
    claims are compared when they share two of their rarest lemmas (one, when
    either has only one): a repeat keeps most of its words.
    """
    chosen = _rarest(views)
    mine = None if only is None else {k for k, v in enumerate(views) if v.claim.id in only}
    codes = _shared_rare(chosen, len(views), mine, cancelled)
    if not len(codes):
        return []
    pairs, shared = np.unique(codes, return_counts=True)
    del codes  # a big case holds millions of candidate pairs: each filter shrinks them
    xs, ys = (pairs // len(views)).astype(np.int32), (pairs % len(views)).astype(np.int32)
    del pairs
    fewest = np.array([len(c) for c in chosen])
    keep = shared >= np.minimum(2, np.minimum(fewest[xs], fewest[ys]))
    xs, ys = xs[keep], ys[keep]
    article = np.array([v.claim.article_id for v in views])
    # Compared as rapidfuzz's default processor leaves them, each text processed once.
    texts = [default_process(v.claim.content) for v in views]
    size = np.array([len(t) for t in texts])
    shorter, longer = np.minimum(size[xs], size[ys]), np.maximum(size[xs], size[ys])
    # ratio = 2 * matches / total: 90 or more needs the shorter to be 9/11 of the longer.
    keep = (article[xs] != article[ys]) & (shorter * 11 >= longer * 9)
    if mine is not None:
        among = np.zeros(len(views), dtype=np.bool_)
        among[list(mine)] = True
        keep &= among[xs] | among[ys]
    xs, ys = xs[keep], ys[keep]
    ratios = process.cpdist([texts[x] for x in xs.tolist()], [texts[y] for y in ys.tolist()],
                            scorer=fuzz.ratio, score_cutoff=REPEAT_RATIO,
                            dtype=np.float64)  # fmt: skip
    hit = ratios >= REPEAT_RATIO
    return list(zip(xs[hit].tolist(), ys[hit].tolist(), ratios[hit].tolist(), strict=True))


def _rarest(views: Sequence[ClaimView]) -> list[list[str]]:
    """Each claim's rarest lemmas in the case (none for a claim too short to be a repeat)."""
    lemmas = [
        set(v.reading.lemmas) if len(v.claim.content) >= MIN_REPEAT_CHARS else set() for v in views
    ]
    counts: Counter[str] = Counter()
    for found in lemmas:
        counts.update(found)
    cap = max(50, int(COMMON_SHARE * sum(1 for found in lemmas if found)))
    chosen = []
    for found in lemmas:
        rare = sorted((counts[w], w) for w in found if counts[w] <= cap)
        chosen.append([w for _, w in rare[: RAREST + len(rare) // PER_RAREST]])
    return chosen


def _shared_rare(
    chosen: Sequence[Sequence[str]],
    size: int,
    mine: set[int] | None,
    cancelled: Callable[[], bool] | None,
) -> npt.NDArray[np.int64]:
    """``i * size + j`` (``i < j``) once for every rare lemma claims ``i`` and ``j`` share
    (only lemmas a claim of ``mine`` holds, when given: an import pairs only its own)."""
    holders: defaultdict[str, list[int]] = defaultdict(list)
    for k, lemmas in enumerate(chosen):
        for lemma in lemmas:
            holders[lemma].append(k)
    parts = []
    for number, members in enumerate(holders.values()):
        if number % 5000 == 0 and cancelled is not None and cancelled():
            raise Cancelled("matching was cancelled")
        if len(members) > 1 and (mine is None or not mine.isdisjoint(members)):
            held = np.array(members, dtype=np.int64)  # ascending: filed in order
            xs, ys = np.triu_indices(len(held), k=1)
            parts.append(held[xs] * size + held[ys])
    return np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)

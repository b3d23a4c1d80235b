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
    codes = _sharing_rare(chosen, len(views), cancelled)
    if mine is not None and len(codes):
        among = np.zeros(len(views), dtype=np.bool_)
        among[list(mine)] = True
        codes = codes[among[codes // len(views)] | among[codes % len(views)]]
    if not len(codes):
        return []
    pairs = np.unique(codes)
    del codes  # a big case holds millions of candidate pairs: each filter shrinks them
    xs, ys = (pairs // len(views)).astype(np.int32), (pairs % len(views)).astype(np.int32)
    del pairs
    article = np.array([v.claim.article_id for v in views])
    # Compared as rapidfuzz's default processor leaves them, each text processed once.
    texts = [default_process(v.claim.content) for v in views]
    size = np.array([len(t) for t in texts])
    shorter, longer = np.minimum(size[xs], size[ys]), np.maximum(size[xs], size[ys])
    # ratio = 2 * matches / total: 90 or more needs the shorter to be 9/11 of the longer.
    keep = (article[xs] != article[ys]) & (shorter * 11 >= longer * 9)
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


def _sharing_rare(
    chosen: Sequence[Sequence[str]], size: int, cancelled: Callable[[], bool] | None
) -> npt.NDArray[np.int64]:
    """``i * size + j`` (``i < j``, repeated) for claims that share two of their rarest
    lemmas, or one when either has only one.

    Claims meet through pairs of their rare lemmas, not through each lemma: in a
    big case one rare lemma is held by hundreds of claims, which pair by the
    ten thousand for every such lemma, while two of them are rarely held together
    but by a claim and its repeat.
    """
    ids: dict[str, int] = {}
    coded = [sorted(ids.setdefault(w, len(ids)) for w in lemmas) for lemmas in chosen]
    by_length: defaultdict[int, list[int]] = defaultdict(list)
    for k, lemmas in enumerate(coded):
        by_length[len(lemmas)].append(k)
    keys, owners = [], []
    for length, members in by_length.items():
        if length < 2:
            continue
        rows = np.array([coded[k] for k in members], dtype=np.int64)
        firsts, seconds = np.triu_indices(length, k=1)
        keys.append((rows[:, firsts] * len(ids) + rows[:, seconds]).ravel())
        owners.append(np.repeat(np.array(members, dtype=np.int64), len(firsts)))
    parts = [_alone(by_length.get(1, []), coded, size)]
    if keys:
        parts.append(_same_keys(np.concatenate(keys), np.concatenate(owners), size, cancelled))
    return np.concatenate(parts)


def _same_keys(
    keys: npt.NDArray[np.int64],
    owners: npt.NDArray[np.int64],
    size: int,
    cancelled: Callable[[], bool] | None,
) -> npt.NDArray[np.int64]:
    """``i * size + j`` (``i < j``) for every two owners of one key."""
    order = np.argsort(keys, kind="stable")
    keys, owners = keys[order], owners[order]
    parts = []
    at = np.nonzero(keys[1:] == keys[:-1])[0]
    step = 1
    while len(at):  # the owners ``step`` apart in a run of one key
        if cancelled is not None and cancelled():
            raise Cancelled("matching was cancelled")
        first, second = owners[at], owners[at + step]
        parts.append(np.minimum(first, second) * size + np.maximum(first, second))
        step += 1
        at = at[at + step < len(keys)]
        at = at[keys[at + step] == keys[at]]
    return np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)


def _alone(
    singles: Sequence[int], coded: Sequence[Sequence[int]], size: int
) -> npt.NDArray[np.int64]:
    """``i * size + j`` (``i < j``) for a claim with one rare lemma and every other holder of it."""
    wanted = {coded[k][0] for k in singles}
    holders: defaultdict[int, list[int]] = defaultdict(list)
    for k, lemmas in enumerate(coded):
        for lemma in wanted.intersection(lemmas):
            holders[lemma].append(k)
    codes = [
        min(k, other) * size + max(k, other)
        for k in singles
        for other in holders[coded[k][0]]
        if other != k
    ]
    return np.array(codes, dtype=np.int64)

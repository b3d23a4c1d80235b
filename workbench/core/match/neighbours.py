"""Each claim's nearest neighbours in a big story, by shared rare words and by meaning.

A story too big to weigh all its pairs (:data:`proposals.ALL_PAIRS_UP_TO`)
pairs each claim with the :data:`NEIGHBOURS` claims that share the most
rarity-weighted words with it (words carried by more than a tenth of the
story tell nothing and are skipped) and with the :data:`NEIGHBOURS` closest
by meaning. The shared weights of all pairs are summed word by word into one
matrix and the closest are picked row by row in numpy; a story too big for
that matrix is walked claim by claim. Ties may be broken either way.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from workbench.core.match.pair_features import ClaimView, Rarity

NEIGHBOURS = 25
DENSE_UP_TO = 6000
"""Claims in a story up to which the shared word weights of all pairs are one matrix."""
BLOCK = 1024


def story_neighbours(members: Sequence[ClaimView]) -> list[set[int]]:
    """Per claim (by index), the indexes of its neighbours; a claim may be its own."""
    rarity = Rarity(v.reading for v in members)
    index: dict[str, list[int]] = {}
    for x, view in enumerate(members):
        for lemma in set(view.reading.lemmas):
            index.setdefault(lemma, []).append(x)
    common = len(members) // 10  # too common to tell claims apart above this
    telling = {k: v for k, v in index.items() if len(v) <= common}
    if len(members) <= DENSE_UP_TO:
        found = _by_words(len(members), telling, rarity)
    else:
        found = _by_words_one_by_one(members, telling, rarity)
    if all(v.vector is not None for v in members):
        matrix = np.stack([v.vector for v in members if v.vector is not None])
        for start in range(0, len(members), BLOCK):
            block = matrix[start : start + BLOCK] @ matrix.T
            kth = min(NEIGHBOURS, block.shape[1] - 1)
            top = np.argpartition(-block, kth, axis=1)[:, :NEIGHBOURS]
            for row, near in enumerate(top.tolist()):
                found[start + row].update(near)
    return found


def _by_words(size: int, telling: dict[str, list[int]], rarity: Rarity) -> list[set[int]]:
    shared = np.zeros((size, size))
    for lemma, posting in telling.items():
        at = np.array(posting)
        shared[np.ix_(at, at)] += rarity.weight(lemma)
    touched = shared > 0
    # Every claim shares all its telling words with itself: it takes a place, as it always did.
    np.fill_diagonal(shared, np.where(touched.diagonal(), np.inf, 0.0))
    kth = min(NEIGHBOURS, size - 1)
    top = np.argpartition(-shared, kth, axis=1)[:, :NEIGHBOURS]
    kept: npt.NDArray[np.bool_] = np.take_along_axis(shared, top, axis=1) > 0
    return [set(row[keep].tolist()) for row, keep in zip(top, kept, strict=True)]


def _by_words_one_by_one(
    members: Sequence[ClaimView], telling: dict[str, list[int]], rarity: Rarity
) -> list[set[int]]:
    """:func:`_by_words` a claim at a time, for a story too big for its matrix: one row of
    shared weights, filled from the claim's words' postings and cleared after."""
    postings = {lemma: (np.array(at), rarity.weight(lemma)) for lemma, at in telling.items()}
    row = np.zeros(len(members))
    found: list[set[int]] = []
    for view in members:
        words = [postings[w] for w in set(view.reading.lemmas) if w in postings]
        for at, weight in words:
            row[at] += weight  # a posting names each claim once
        touched = np.flatnonzero(row)
        if len(touched) > NEIGHBOURS:
            nearest = np.argpartition(-row[touched], NEIGHBOURS)[:NEIGHBOURS]
            touched = touched[nearest]
        found.append(set(touched.tolist()))
        for at, _ in words:
            row[at] = 0.0
    return found

"""Which pairs of a story could reach the learned scorer's threshold, found in numpy.

The scorer is linear before its sigmoid: ``z = intercept + sum(coef * (x -
mean) / scale)``. Most features are cheap to compute for many pairs at once
(cosines, word and name overlaps, a claim's own flags); the rest lie between
0 and 1 (string ratios, shared figures). Taking
those at whichever end raises ``z`` gives an upper bound of each pair's
score; a pair whose bound stays under the threshold cannot be proposed, so
it is never given its full features. The pairs
that remain are weighed exactly as before: the links do not change.

A model that weighs a feature this module does not know is not screened.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from workbench.core.match.pair_features import ArticleMeans, ClaimView, whole_counts
from workbench.core.match.pair_scorer import PairModel

Index = npt.NDArray[np.int64]
Vectors = npt.NDArray[np.float32]
GRAM_SHARE = 0.125
"""A story weighing this share of all its pairs or more has all its dot products made at once."""
BOUNDED = frozenset({"token_set_ratio", "ratio", "shared_figure", "same_count", "other_count",
                     "counted_alike", "same_time"})  # fmt: skip
"""Features that lie in [0, 1] and are not computed here."""
MARGIN = 1e-3
"""Slack in ``z`` for rounding (float32 vectors, sums in another order)."""
CHUNK = 50_000
SINGLE_THREAD = 200_000
"""Multiply-adds under which OpenBLAS keeps a matrix product on one thread (its 262,144)."""


KNOWN = frozenset({"cosine", "cosine_squared", "context_cosine", "cross_cosine", "lemma_jaccard",
                   "rare_overlap", "shared_names", "both_figures", "both_times",
                   "same_source_type", "length_ratio",
                   "both_attributed", "headlines", "standout",
                   "context_standout", "denial_alike", "same_total", "same_group"})  # fmt: skip
"""Features computed here for many pairs at once, as :func:`pair_features` computes them."""


def promising(
    model: PairModel,
    members: Sequence[ClaimView],
    xs: Index,
    ys: Index,
    means: ArticleMeans | None = None,
) -> npt.NDArray[np.bool_]:
    """Per pair ``(members[xs[k]], members[ys[k]])``, whether it may reach the threshold.

    Word rarity is that of the story's members, as :func:`proposals.propose_links` weighs it.
    """
    if not 0.0 < model.threshold < 1.0 or not set(model.features) <= KNOWN | BOUNDED:
        return np.ones(len(xs), dtype=np.bool_)
    weights = np.array(model.coef) / np.array(model.scale)
    base = model.intercept - float(np.dot(weights, model.mean))
    base += sum(max(0.0, w) for f, w in zip(model.features, weights, strict=True) if f in BOUNDED)
    cut = math.log(model.threshold / (1.0 - model.threshold)) - MARGIN
    story = StoryArrays(members, gram=len(xs) >= GRAM_SHARE * len(members) ** 2, means=means)
    keep = np.zeros(len(xs), dtype=np.bool_)
    for start in range(0, len(xs), CHUNK):
        part = slice(start, start + CHUNK)
        columns = story.columns(xs[part], ys[part])
        z = np.full(len(xs[part]), base)
        for name, weight in zip(model.features, weights, strict=True):
            if name not in BOUNDED:
                z += weight * columns[name]
        keep[part] = z >= cut
    return keep


class _Sets:
    """Each member's set of strings as sorted ids, with a lookup of (member, id) entries."""

    def __init__(self, sets: Sequence[set[str]]) -> None:
        ids: dict[str, int] = {}
        rows = [sorted(ids.setdefault(s, len(ids)) for s in one) for one in sets]
        self.vocabulary = ids
        self.sizes = np.array([len(r) for r in rows], dtype=np.int64)
        self.starts = np.concatenate(([0], np.cumsum(self.sizes)))
        self.flat = np.array([i for r in rows for i in r], dtype=np.int64)
        self.width = max(1, len(ids))
        owner = np.repeat(np.arange(len(rows), dtype=np.int64), self.sizes)
        self.entries = owner * self.width + self.flat  # sorted: rows in order, ids sorted

    def shared(
        self, xs: Index, ys: Index, weights: npt.NDArray[np.float64]
    ) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
        """Per pair, how many of x's strings y has too, and their summed ``weights``."""
        lengths = self.sizes[xs]
        pair = np.repeat(np.arange(len(xs), dtype=np.int64), lengths)
        offsets = np.arange(len(pair), dtype=np.int64) - np.repeat(
            np.cumsum(lengths) - lengths, lengths
        )
        ids = self.flat[np.repeat(self.starts[xs], lengths) + offsets]
        wanted = ys[pair] * self.width + ids
        at = np.minimum(np.searchsorted(self.entries, wanted), max(len(self.entries) - 1, 0))
        found = (self.entries[at] == wanted) if len(self.entries) else np.zeros(0, np.bool_)
        count = np.bincount(pair[found], minlength=len(xs)).astype(np.float64)
        weighed = np.bincount(pair[found], weights=weights[ids[found]], minlength=len(xs))
        return count, weighed.astype(np.float64)


class StoryArrays:
    """What the features of a story's pairs are made of, as arrays over its members."""

    def __init__(
        self, members: Sequence[ClaimView], gram: bool = True, means: ArticleMeans | None = None
    ) -> None:
        self.lemmas = _Sets([set(v.reading.lemmas) for v in members])
        self.names = _Sets([set(v.reading.names) for v in members])
        self.totals = _Sets([whole_counts(v.reading) for v in members])
        self.groups = _Sets([{g for _, g in v.reading.groups} for v in members])
        # pair_features.Rarity over the members: log((claims + 1) / (claims with it + 0.5)).
        held = np.bincount(self.lemmas.flat, minlength=self.lemmas.width)
        weight = np.log((len(members) + 1) / (held + 0.5))
        self.weight = weight
        self.total = np.bincount(
            np.repeat(np.arange(len(members)), self.lemmas.sizes),
            weights=weight[self.lemmas.flat], minlength=len(members),
        )  # fmt: skip
        vector, context = _matrix(members, "vector"), _matrix(members, "context")
        self.dots = _Dots(vector, context, gram)
        means = means or ArticleMeans(members)
        articles = sorted({v.claim.article_id for v in members})
        column = {a: k for k, a in enumerate(articles)}
        self._column = np.array([column[v.claim.article_id] for v in members], dtype=np.int64)
        self.present = {
            which: np.array([getattr(v, which) is not None for v in members], dtype=np.bool_)
            for which in ("vector", "context")
        }
        self.around = {
            which: _around(self.dots.rows[which], [means.mean(a, which) for a in articles])
            for which in ("vector", "context")
        }
        flags = {
            "figures": [bool(v.reading.values) for v in members],
            "times": [bool(v.reading.times) for v in members],
            "negated": [v.reading.negated for v in members],
            "attributed": [v.claim.attributed for v in members],
            "headline": [v.reading.headline for v in members],
        }
        self.flag = {k: np.array(v, dtype=np.bool_) for k, v in flags.items()}
        kinds: dict[object, int] = {}
        self.kind = np.array([kinds.setdefault(v.claim.source_type, len(kinds)) for v in members])

    def columns(self, xs: Index, ys: Index) -> dict[str, npt.NDArray[np.float64]]:
        """The :data:`KNOWN` features, one value per pair."""
        shared, shared_weight = self.lemmas.shared(xs, ys, self.weight)
        sa, sb = self.lemmas.sizes[xs], self.lemmas.sizes[ys]
        union = sa + sb - shared
        every = self.total[xs] + self.total[ys] - shared_weight
        cosine = self.dots.pairs("vector", "vector", xs, ys)
        cross = np.maximum(self.dots.pairs("vector", "context", xs, ys),
                           self.dots.pairs("context", "vector", xs, ys))  # fmt: skip
        both = {k: (f[xs] & f[ys]).astype(np.float64) for k, f in self.flag.items()}
        negated = self.flag["negated"]
        rare = shared_weight / np.where(union == 0, 1.0, every)
        return {
            "cosine": cosine, "cosine_squared": cosine * cosine,
            "context_cosine": self.dots.pairs("context", "context", xs, ys), "cross_cosine": cross,
            "lemma_jaccard": shared / np.maximum(union, 1),
            "rare_overlap": rare,
            "shared_names": self.names.shared(xs, ys, np.ones(self.names.width))[0],
            "same_total": _any(self.totals, xs, ys), "same_group": _any(self.groups, xs, ys),
            "both_figures": both["figures"], "both_times": both["times"],
            "denial_alike": (negated[xs] != negated[ys]) * np.maximum(cosine, rare),
            "same_source_type": (self.kind[xs] == self.kind[ys]).astype(np.float64),
            "length_ratio": np.minimum(sa, sb) / np.maximum(np.maximum(sa, sb), 1),
            "both_attributed": both["attributed"],
            "standout": self._standout("vector", xs, ys),
            "context_standout": self._standout("context", xs, ys),
            "headlines": (self.flag["headline"][xs].astype(np.float64)
                          + self.flag["headline"][ys].astype(np.float64)),
        }  # fmt: skip

    def _standout(self, which: str, xs: Index, ys: Index) -> npt.NDArray[np.float64]:
        """As :meth:`ArticleMeans.standout`: the pair's cosine less each claim's mean cosine
        with the other's article (0 where a claim has no vector)."""
        around = self.around[which]
        if around is None:
            return np.zeros(len(xs))
        dots = self.dots.pairs(which, which, xs, ys)
        side = around[xs, self._column[ys]] + around[ys, self._column[xs]]
        present = self.present[which]
        return np.where(present[xs] & present[ys], dots - side / 2, 0.0)


def _any(sets: _Sets, xs: Index, ys: Index) -> npt.NDArray[np.float64]:
    """Per pair, 1.0 where the two members' sets share a string, else 0.0."""
    return (sets.shared(xs, ys, np.ones(sets.width))[0] > 0).astype(np.float64)


def _around(
    rows: Vectors | None, centres: Sequence[Vectors | None]
) -> npt.NDArray[np.float64] | None:
    """Per member (a row of ``rows``), its dot product with each article's mean vector."""
    matrix = _stack(centres)
    if rows is None or matrix is None:
        return None
    out: npt.NDArray[np.float64] = rows.astype(np.float64) @ matrix.astype(np.float64).T
    return out


class _Dots:
    """Dot products of the members' content and sentence vectors (0 where one has none).

    A story small enough has them all computed at once, one matrix product
    per kind; a big one has only its pairs' rows multiplied.
    """

    def __init__(self, vector: Vectors | None, context: Vectors | None, gram: bool) -> None:
        self.rows = {"vector": vector, "context": context}
        self.gram: dict[tuple[str, str], Vectors] = {}
        if gram and vector is not None:
            self.gram[("vector", "vector")] = _product(vector, vector)
        if gram and context is not None:
            self.gram[("context", "context")] = _product(context, context)
        if gram and vector is not None and context is not None:
            self.gram[("vector", "context")] = _product(vector, context)
            self.gram[("context", "vector")] = self.gram[("vector", "context")].T

    def pairs(self, left: str, right: str, xs: Index, ys: Index) -> npt.NDArray[np.float64]:
        a, b = self.rows[left], self.rows[right]
        if a is None or b is None or len(xs) == 0:
            return np.zeros(len(xs))
        if (left, right) in self.gram:
            return self.gram[(left, right)][xs, ys].astype(np.float64)
        dots: npt.NDArray[np.float64] = np.einsum("ij,ij->i", a[xs], b[ys]).astype(np.float64)
        return dots


def _product(a: Vectors, b: Vectors) -> Vectors:
    """``a @ b.T`` in row blocks small enough for BLAS to do each on one thread.

    A story's matrices are small: OpenBLAS would still share each product
    among its threads, and on a busy machine waiting for them took 30 times
    longer than the product itself (37 ms against 1.2 ms for 150 claims).
    """
    out = np.empty((len(a), len(b)), dtype=np.float32)
    rows = max(1, SINGLE_THREAD // max(1, len(b) * a.shape[1]))
    for start in range(0, len(a), rows):
        out[start : start + rows] = a[start : start + rows] @ b.T
    return out


def _matrix(members: Sequence[ClaimView], which: str) -> Vectors | None:
    return _stack([getattr(v, which) for v in members])


def _stack(rows: Sequence[Vectors | None]) -> Vectors | None:
    """The rows as one matrix, zeros where a row is missing; None when all are."""
    present = [r for r in rows if r is not None]
    if not present:
        return None
    width = len(present[0])
    zero = np.zeros(width, dtype=np.float32)
    return np.stack([zero if r is None else r for r in rows]).astype(np.float32)

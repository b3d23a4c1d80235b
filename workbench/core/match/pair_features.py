"""The features of a pair of claims that the learned scorer weighs.

Each claim comes with its stored reading (:mod:`reading`) and, when the
meaning model is installed, the vectors of its content and of its sentence.
Every feature is a plain number; :data:`FEATURES` names them in order, and
:data:`MEANING` those that need the vectors (zero without the model, and
absent from the words-only weights).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz

from workbench.core.domain import Claim
from workbench.core.embeddings import Vectors
from workbench.core.match.reading import Reading

FEATURES: tuple[str, ...] = (
    "cosine", "cosine_squared", "context_cosine", "cross_cosine",
    "token_set_ratio", "ratio", "lemma_jaccard", "rare_overlap", "shared_names",
    "both_figures", "shared_figure", "same_count", "other_count", "both_times",
    "same_source_type", "length_ratio", "both_attributed", "counted_alike", "headlines",
    "standout", "context_standout", "denial_alike", "same_time", "same_total", "same_group",
)  # fmt: skip
SAME_TIME_MINUTES = 30
"""Reporters round clock times: within half an hour they tell one time."""
MEANING: frozenset[str] = frozenset({"cosine", "cosine_squared", "context_cosine", "cross_cosine",
                                     "standout", "context_standout"})  # fmt: skip


MEASURED = frozenset({"share", "money", "duration"})
"""Kinds of figure that measure rather than count: two claims giving percentages (a rate
and a growth), sums or spans may be of anything, where two giving a death toll are of one
question."""


def whole_counts(reading: Reading) -> set[str]:
    """The kinds of count the claim gives the whole of ("the toll at 11": "dead"), not the
    measures it gives (:data:`MEASURED`). With shares counted as one kind, claims of an
    economy story (a rate, a growth, a debt) were all "one question"; counted by what they
    are of, the held-out events' figures were no better than with no shares at all (0.619
    against 0.629 found)."""
    return {k for _, k in reading.totals if k not in MEASURED}


@dataclass(frozen=True, slots=True)
class ClaimView:
    """A claim as the learned matcher sees it."""

    claim: Claim
    reading: Reading
    vector: Vectors | None = None
    context: Vectors | None = None


class Rarity:
    """How rare each lemma is among the claims of one story (inverse document frequency)."""

    def __init__(self, readings: Iterable[Reading]) -> None:
        counts: Counter[str] = Counter()
        total = 0
        for reading in readings:
            counts.update(set(reading.lemmas))
            total += 1
        self._counts, self._total = counts, total

    def weight(self, lemma: str) -> float:
        return math.log((self._total + 1) / (self._counts.get(lemma, 0) + 0.5))


class ArticleMeans:
    """Per article of a story, the mean of its claims' content vectors and sentence vectors.

    How much two claims are alike beyond how alike each is to the other's
    article as a whole (:meth:`standout`) tells one fact from one subject:
    where every claim of two articles speaks of the same people and the same
    dispute, a cosine of 0.5 says little; among claims of one event's many
    facts it says much.
    """

    def __init__(self, views: Iterable[ClaimView]) -> None:
        rows: dict[tuple[int, str], list[Vectors]] = {}
        for view in views:
            for which in ("vector", "context"):
                row = getattr(view, which)
                if row is not None:
                    rows.setdefault((view.claim.article_id, which), []).append(row)
        self._means = {key: np.mean(np.stack(found), axis=0) for key, found in rows.items()}

    def mean(self, article_id: int, which: str) -> Vectors | None:
        return self._means.get((article_id, which))

    def standout(self, a: ClaimView, b: ClaimView, which: str) -> float:
        """cos(a, b) less the mean of a's cosine with b's article and b's with a's."""
        va, vb = getattr(a, which), getattr(b, which)
        if va is None or vb is None:
            return 0.0
        around = _dot(va, self.mean(b.claim.article_id, which)) + _dot(
            vb, self.mean(a.claim.article_id, which)
        )
        return _dot(va, vb) - around / 2


def pair_features(
    a: ClaimView,
    b: ClaimView,
    rarity: Rarity,
    means: ArticleMeans | None = None,
) -> list[float]:
    """The values of :data:`FEATURES` for one pair, in order.

    ``means`` are those of the articles of the pair's story (by default, of
    the two claims alone).
    """
    means = means or ArticleMeans((a, b))
    ra, rb = a.reading, b.reading
    la, lb = set(ra.lemmas), set(rb.lemmas)
    shared_weight = sum(rarity.weight(t) for t in la & lb)
    all_weight = sum(rarity.weight(t) for t in la | lb) or 1.0
    cosine = _dot(a.vector, b.vector)
    context = _dot(a.context, b.context)
    cross = max(_dot(a.vector, b.context), _dot(a.context, b.vector))
    ca, cb = a.claim.content.lower(), b.claim.content.lower()
    va, vb = set(ra.values), set(rb.values)
    counts_a, counts_b = set(ra.counts), set(rb.counts)
    return [
        cosine, cosine * cosine, context, cross,
        fuzz.token_set_ratio(ca, cb) / 100, fuzz.ratio(ca, cb) / 100,
        len(la & lb) / max(len(la | lb), 1), shared_weight / all_weight,
        float(len(set(ra.names) & set(rb.names))),
        float(bool(va and vb)), float(bool(same_figures(ra, rb))),
        float(bool(counts_a & counts_b)),
        float(bool(counts_a and counts_b and not counts_a & counts_b)),
        float(bool(ra.times and rb.times)),
        float(a.claim.source_type == b.claim.source_type),
        min(len(la), len(lb)) / max(len(la), len(lb), 1),
        float(a.claim.attributed and b.claim.attributed),
        float(bool(va and vb and counts_a & counts_b)),
        float(ra.headline) + float(rb.headline),
        means.standout(a, b, "vector"), means.standout(a, b, "context"),
        float(ra.negated != rb.negated) * max(cosine, shared_weight / all_weight),
        float(times_agree(ra.times, rb.times)),
        # both give the whole of one count ("the toll at 11", "Eleven bodies"), or count
        # one named group ("about a dozen gunmen", "about 30 gunmen"): one question
        float(bool(whole_counts(ra) & whole_counts(rb))),
        float(bool({g for _, g in ra.groups} & {g for _, g in rb.groups})),
    ]  # fmt: skip


LARGE_FIGURE = 100
"""From this size one figure in two claims of a story is one count, though they name what
they count otherwise ("about 1,400 jobs will go", "1,400 permanent staff would lose their
jobs"); three soldiers and three civilians are two counts."""


def same_figures(ra: Reading, rb: Reading) -> set[float]:
    """The figures both claims give of one thing: not "about 40 people reported missing"
    and "about 40 families moved to shelters" (a named group against people; the missing
    against the sheltered). "At least 19 workers were killed" and "19 people had died" count
    one thing, the dead, though one names a group; three soldiers killed and three civilians
    killed are two counts of the dead."""
    shared = set(ra.values) & set(rb.values)
    if not shared:
        return shared
    groups_a, groups_b = dict(ra.groups), dict(rb.groups)
    found = set()
    for v in shared:
        kinds_a = {k for x, k in ra.counted if x == v}
        kinds_b = {k for x, k in rb.counted if x == v}
        group_a, group_b = groups_a.get(v, ""), groups_b.get(v, "")
        if (kinds_a & kinds_b and "" in (group_a, group_b)) or (
            (group_a == group_b or v >= LARGE_FIGURE) and not _counted_apart(kinds_a, kinds_b)
        ):
            found.add(v)
    return found


def _counted_apart(a: set[str], b: set[str]) -> bool:
    return bool(a and b and not a & b)


def times_agree(xs: Sequence[int], ys: Sequence[int]) -> bool:
    """Whether two claims' clock times tell one time: reporters round, so within half an
    hour (false when either gives none)."""
    return any(abs(x - y) <= SAME_TIME_MINUTES for x in xs for y in ys)


def feature_matrix(
    pairs: Sequence[tuple[ClaimView, ClaimView]],
    rarity: Rarity,
    means: ArticleMeans | None = None,
) -> np.ndarray:
    """One row of :data:`FEATURES` per pair; ``means`` as :func:`pair_features` takes them."""
    rows = [pair_features(a, b, rarity, means) for a, b in pairs]
    return np.array(rows, dtype=np.float64).reshape(len(pairs), len(FEATURES))


def _dot(x: Vectors | None, y: Vectors | None) -> float:
    return 0.0 if x is None or y is None else float(np.dot(x, y))

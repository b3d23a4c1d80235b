"""Candidate pairs from an inverted index, so that no run compares all pairs.

Each claim is filed under a few blocking keys: its rarest content words (the
prefix-filtering idea from set-similarity joins: two near-identical texts
must share some of their rarest words), its names, and its quantities with
what they count. Only claims that share a key are ever scored, and each
claim keeps only its best-sharing neighbours. Keys carried by too many
claims ("people", "said") block nothing and are skipped.

A small case (up to ``Blocking.exhaustive_pairs`` cross-article pairs, a few
hundred claims) skips blocking and scores every pair: there it costs little,
and a short claim that shares only its topic ("500 killed" against "150
died") is not lost for want of a shared rare word.
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from typing import Protocol

from workbench.core.errors import Cancelled
from workbench.core.match.features import Rarity
from workbench.core.match.lexicon import COUNT_CLASSES
from workbench.core.match.quantities import Amount
from workbench.core.match.shared_keys import shared_key_pairs
from workbench.core.match.text import format_number

Progress = Callable[[int, int], None]
"""Called with (done, total) as candidate generation goes."""


@dataclass(frozen=True, slots=True)
class Blocking:
    """How wide candidate generation casts its net."""

    rare_terms: int = 4
    max_postings: int = 120
    neighbours: int = 20
    name_weight: float = 3.0
    quantity_weight: float = 3.0
    exhaustive_pairs: int = 50_000


class Keyed(Protocol):
    """What candidate generation reads of a claim: :class:`ClaimKeys` or full features."""

    @property
    def id(self) -> int: ...

    @property
    def article_id(self) -> int: ...

    @property
    def terms(self) -> frozenset[str]: ...

    @property
    def names(self) -> frozenset[str]: ...

    @property
    def amounts(self) -> tuple[Amount, ...]: ...


def blocking_keys(features: Keyed, rarity: Rarity, settings: Blocking) -> list[tuple[str, float]]:
    """The keys a claim is filed under, each with how much sharing it counts."""
    rarest = sorted(features.terms, key=lambda t: (rarity.counts.get(t, 0), t))
    keys = [(f"t:{t}", rarity.idf(t)) for t in rarest[: settings.rare_terms]]
    keys.extend(fixed_keys(features, settings))
    return keys


def fixed_keys(features: Keyed, settings: Blocking) -> list[tuple[str, float]]:
    """The keys that do not depend on word rarity: names, and quantities with their kinds."""
    # Sorted, so that ties between neighbours break the same way in every process
    # (set order follows Python's per-process string hashing).
    keys = [(f"n:{name}", settings.name_weight) for name in sorted(features.names)]
    for amount in features.amounts:
        shown = format_number(amount.value)
        kinds = sorted(amount.kind)
        keys.extend((f"q:{shown}:{kind}", settings.quantity_weight) for kind in kinds)
        # Different figures for one kind of count (deaths, crossings) may conflict.
        counts = [kind for kind in kinds if kind in COUNT_CLASSES]
        keys.extend((f"k:{kind}", settings.quantity_weight) for kind in counts)
    return keys


class Postings:
    """The inverted index of blocking keys; word keys may be filed only when first asked for.

    A word key ``t:x`` lists the claims that have ``x`` among their rarest
    words, which depends on the rarity of all their words: working that out
    for every claim of a big case is wasted when only one new article's
    claims ask (``lazy``). Each list holds claim indexes in ascending order,
    as if every claim had been filed up front, which a full run does.
    """

    def __init__(
        self, features: Sequence[Keyed], rarity: Rarity, settings: Blocking, *, lazy: bool
    ) -> None:
        self._features = features
        self._rarity = rarity
        self._settings = settings
        self._keys: dict[int, list[tuple[str, float]]] = {}
        self._with_term: defaultdict[str, list[int]] = defaultdict(list)
        self._postings: defaultdict[str, list[int]] = defaultdict(list)
        self._filed: set[str] | None = set() if lazy else None
        for index, f in enumerate(features):
            if lazy:
                for term in f.terms:
                    self._with_term[term].append(index)
                filed = fixed_keys(f, settings)
            else:
                filed = self.keys(index)
            for key, _ in filed:
                self._postings[key].append(index)

    def keys(self, index: int) -> list[tuple[str, float]]:
        """The blocking keys of one claim (computed once)."""
        found = self._keys.get(index)
        if found is None:
            found = blocking_keys(self._features[index], self._rarity, self._settings)
            self._keys[index] = found
        return found

    def __getitem__(self, key: str) -> list[int]:
        filed = self._filed
        if filed is not None and key not in filed and key.startswith("t:"):
            filed.add(key)
            rare = self._settings.rare_terms
            self._postings[key] = [
                j
                for j in self._with_term.get(key[2:], [])
                if any(k == key for k, _ in self.keys(j)[:rare])
            ]
        return self._postings[key]


def _all_pairs(
    features: Sequence[Keyed],
    only_ids: Collection[int] | None,
    refused: set[tuple[int, int]],
) -> list[tuple[int, int]]:
    """Every cross-article pair (with a claim in ``only_ids``), for small cases."""
    pairs: list[tuple[int, int]] = []
    for i, a in enumerate(features):
        for j in range(i + 1, len(features)):
            b = features[j]
            if a.article_id == b.article_id or (min(a.id, b.id), max(a.id, b.id)) in refused:
                continue
            if only_ids is None or a.id in only_ids or b.id in only_ids:
                pairs.append((i, j))
    return pairs


def _ids(features: Sequence[Keyed], i: int, j: int) -> tuple[int, int]:
    a, b = features[i].id, features[j].id
    return (min(a, b), max(a, b))


def _cross_pairs(features: Sequence[Keyed]) -> int:
    """How many pairs of claims from different articles there are."""
    sizes: defaultdict[int, int] = defaultdict(int)
    for f in features:
        sizes[f.article_id] += 1
    total = len(features)
    return (total * total - sum(n * n for n in sizes.values())) // 2


def candidate_pairs(
    features: Sequence[Keyed],
    rarity: Rarity,
    *,
    only_ids: Collection[int] | None = None,
    rejected: Collection[tuple[int, int]] = (),
    settings: Blocking | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[tuple[int, int]]:
    """Index pairs (i < j into ``features``) worth scoring, from different articles."""
    settings = settings or Blocking()
    refused = {(min(a, b), max(a, b)) for a, b in rejected}
    if _cross_pairs(features) <= settings.exhaustive_pairs:
        return _all_pairs(features, only_ids, refused)
    queries = [i for i, f in enumerate(features) if only_ids is None or f.id in only_ids]
    # Filing word keys on demand pays when few claims ask, as when one article is imported.
    postings = Postings(features, rarity, settings, lazy=len(queries) * 4 < len(features))
    articles = [f.article_id for f in features]
    if only_ids is None:  # every claim asks: the same walk, in numpy
        walked = shared_key_pairs(
            [postings.keys(i) for i in range(len(features))], articles,
            settings.neighbours, settings.max_postings, cancelled, progress,
        )  # fmt: skip
        if progress is not None:
            progress(len(queries), len(queries))
        return sorted(p for p in walked if _ids(features, *p) not in refused)
    pairs: set[tuple[int, int]] = set()
    limit = settings.max_postings
    for done, i in enumerate(queries):
        if done % 2000 == 0:
            if cancelled is not None and cancelled():
                raise Cancelled("matching was cancelled")
            if progress is not None:
                progress(done, len(queries))
        article = articles[i]
        shared: dict[int, float] = {}
        for key, weight in postings.keys(i):
            posting = postings[key]
            if len(posting) > limit:
                continue
            for j in posting:
                if articles[j] != article:
                    shared[j] = shared.get(j, 0.0) + weight
        if not shared:
            continue
        best = heapq.nlargest(settings.neighbours, shared.items(), key=lambda item: item[1])
        for j, _ in best:
            ids = (min(features[i].id, features[j].id), max(features[i].id, features[j].id))
            if ids in refused:
                continue
            pairs.add((min(i, j), max(i, j)))
    if progress is not None:
        progress(len(queries), len(queries))
    return sorted(pairs)

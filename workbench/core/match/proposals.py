"""Links proposed by the learned scorer: pairs within a story, ranked, with their relation.

Within each story (:mod:`stories`) every pair of claims from different
articles is weighed when the story is small; in a big one each claim is
paired with its nearest neighbours by meaning (or, without vectors, by rare
words). A pair whose probability reaches the model's threshold becomes a
link; its relation says whether the two tell the same version:

- different clock times for one happening, or different figures of the
  same count ("11 dead" against "17 dead"), conflict; a later article's
  different figure of a running count is an update, reason naming both dates;
- an assertion against its negation or denial conflicts;
- otherwise the two corroborate.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence

import numpy as np

from workbench.core.domain import Article, LinkDraft
from workbench.core.errors import Cancelled
from workbench.core.match.features import Rarity as RuleRarity
from workbench.core.match.features import features_for
from workbench.core.match.pair_features import ClaimView, Rarity, feature_matrix, refused
from workbench.core.match.pair_scorer import PairModel
from workbench.core.match.relation import relate
from workbench.core.match.scoring import Assessment, assess
from workbench.core.match.selection import among_best, tells_a_fact
from workbench.core.match.stories import stories

ALL_PAIRS_UP_TO = 150
"""A story of at most this many claims has all its cross-article pairs weighed."""
NEIGHBOURS = 25
RULE_EVIDENCE = ("same act", "same names", "both accuse", "both deny", "same event")
"""Reasons of the rule scorer that a learned link keeps: evidence, not a relation."""


def propose_links(
    views: Sequence[ClaimView],
    articles: Mapping[int, Article],
    model: PairModel,
    *,
    only_ids: Collection[int] | None = None,
    rejected: Collection[tuple[int, int]] = (),
    cancelled: Callable[[], bool] | None = None,
) -> list[LinkDraft]:
    """The links the learned scorer proposes among ``views``; never a pair in ``rejected``."""
    only = set(only_ids) if only_ids is not None else None
    declined = set(rejected)
    drafts: list[LinkDraft] = []
    by_article: dict[int, list[ClaimView]] = {}
    for view in views:
        by_article.setdefault(view.claim.article_id, []).append(view)
    for story in stories(views):
        members = [v for a in story for v in by_article[a]]
        if cancelled is not None and cancelled():
            raise Cancelled("matching was cancelled")
        pairs = [
            (a, b)
            for a, b in story_pairs(members, only)
            if _key(a, b) not in declined and tells_a_fact(a.reading) and tells_a_fact(b.reading)
        ]
        if not pairs:
            continue
        rarity = Rarity(v.reading for v in members)
        rules = rule_judgements(pairs, members, articles)
        chances = model.probabilities(feature_matrix(pairs, rarity, rules))
        best = among_best(
            [(a.claim.id, a.claim.article_id, b.claim.id, b.claim.article_id) for a, b in pairs],
            chances,
        )
        for (a, b), chance, rule, kept in zip(pairs, chances, rules, best, strict=True):
            # Articles dated far apart report two events: never one fact.
            if kept and chance >= model.threshold and not refused(rule):
                drafts.append(_draft(a, b, float(chance), rule, articles))
    drafts.sort(key=lambda d: (d.a_id, d.b_id))
    return drafts


def rule_judgements(
    pairs: Sequence[tuple[ClaimView, ClaimView]],
    members: Sequence[ClaimView],
    articles: Mapping[int, Article],
) -> list[Assessment]:
    """The rule-based scorer's reading of each pair (a feature of the learned one).

    Word rarity is that of the whole story, so a pair is judged alike whether
    the whole case is matched or only a new article.
    """
    claims = [v.claim for v in members]
    described = dict(zip((c.id for c in claims), features_for(claims, articles), strict=True))
    rarity = RuleRarity(f.terms for f in described.values())
    return [assess(described[a.claim.id], described[b.claim.id], rarity) for a, b in pairs]


def _key(a: ClaimView, b: ClaimView) -> tuple[int, int]:
    return (min(a.claim.id, b.claim.id), max(a.claim.id, b.claim.id))


def story_pairs(
    members: Sequence[ClaimView], only: set[int] | None = None
) -> list[tuple[ClaimView, ClaimView]]:
    """The cross-article pairs of a story worth weighing (with a claim in ``only``, if given).

    In a small story, all of them. In a big one, each claim with its nearest
    neighbours by meaning and by rare words; the lists are made for every
    claim of the story, so a new article meets the same pairs as a whole-case
    match.
    """
    wanted = range(len(members))
    if len(members) <= ALL_PAIRS_UP_TO:
        found = {(x, y) for x in wanted for y in range(x + 1, len(members))}
    else:
        found = set()
        for x, neighbours in enumerate(_neighbours(members)):
            found.update((min(x, y), max(x, y)) for y in neighbours if y != x)
    return [
        (members[x], members[y])
        for x, y in sorted(found)
        if members[x].claim.article_id != members[y].claim.article_id
        and (only is None or members[x].claim.id in only or members[y].claim.id in only)
    ]


def _neighbours(members: Sequence[ClaimView]) -> list[set[int]]:
    """Per claim, the :data:`NEIGHBOURS` closest by meaning and by shared rare words."""
    rarity = Rarity(v.reading for v in members)
    index: dict[str, list[int]] = {}
    for x, view in enumerate(members):
        for lemma in set(view.reading.lemmas):
            index.setdefault(lemma, []).append(x)
    found: list[set[int]] = []
    for view in members:
        weights: dict[int, float] = {}
        for lemma in set(view.reading.lemmas):
            posting = index[lemma]
            if len(posting) > len(members) // 10:  # too common to tell claims apart
                continue
            for y in posting:
                weights[y] = weights.get(y, 0.0) + rarity.weight(lemma)
        found.append(set(sorted(weights, key=lambda y: -weights[y])[:NEIGHBOURS]))
    if all(v.vector is not None for v in members):
        matrix = np.stack([v.vector for v in members if v.vector is not None])
        for start in range(0, len(members), 1024):
            block = matrix[start : start + 1024] @ matrix.T
            for row, scores in enumerate(block):
                top = np.argpartition(-scores, min(NEIGHBOURS, len(scores) - 1))[:NEIGHBOURS]
                found[start + row].update(int(y) for y in top)
    return found


def _draft(
    a: ClaimView, b: ClaimView, chance: float, rule: Assessment, articles: Mapping[int, Article]
) -> LinkDraft:
    """The link of a proposed pair: its relation and reasons, with what the rules saw too.

    The rules' evidence that says nothing of the relation (the same act, the
    same names, two accusations) joins the reasons; their verdict on
    independence is the link's.
    """
    if a.claim.id > b.claim.id:
        a, b = b, a
    relation, reasons = relate(a, b, articles)
    seen = tuple(r for r in rule.reasons[:-1] if r.startswith(RULE_EVIDENCE))
    return LinkDraft(
        a.claim.id, b.claim.id, relation, round(100 * chance, 1),
        (*reasons, *seen, rule.reasons[-1]), rule.independent,
    )  # fmt: skip

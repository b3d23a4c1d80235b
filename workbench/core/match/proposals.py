"""Links proposed by the learned scorer: pairs within a story, ranked, with their relation.

Within each story (:mod:`stories`) every pair of claims from different
articles is weighed when the story is small; in a big one each claim is
paired with its nearest neighbours by meaning (or, without vectors, by rare
words). A pair whose probability reaches the model's threshold becomes a
link, and so does one the rule scorer (:mod:`scoring`) scores high enough;
the rules also judge every pair weighed for the independence of its sources
and veto articles dated far apart. A link's relation says whether the two
tell the same version:

- different clock times for one happening, or different figures of the
  same count ("11 dead" against "17 dead"), conflict; a later article's
  different figure of a running count is an update, reason naming both dates;
- a denial of what the other asserts, or a negation of a word it says, conflicts;
- otherwise the two corroborate.

Claims that give one story's death toll or count of the missing answer one
question (:mod:`facts`): each is linked with the others' figures, ranked below
the scorer's own proposals. Near-verbatim repeats (:mod:`repeats`) are found
over the whole case, whatever the stories.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence

import numpy as np
import numpy.typing as npt

from workbench.core.domain import Article, LinkDraft, Relation
from workbench.core.errors import Cancelled
from workbench.core.match.described import Described
from workbench.core.match.facts import fact_pairs, question_of
from workbench.core.match.features import Rarity as RuleRarity
from workbench.core.match.neighbours import story_neighbours
from workbench.core.match.pair_features import (
    ArticleMeans,
    ClaimView,
    Rarity,
    feature_matrix,
    refused,
)
from workbench.core.match.pair_scorer import PairModel
from workbench.core.match.relation import relate
from workbench.core.match.repeats import repeat_pairs
from workbench.core.match.scoring import Assessment, assess
from workbench.core.match.screen import promising
from workbench.core.match.selection import among_best, tells_a_fact
from workbench.core.match.stories import AlikeArticles

ALL_PAIRS_UP_TO = 150
"""A story of at most this many claims has all its cross-article pairs weighed."""
RULE_MIN_SCORE = 60.0
"""The rule scorer's score from which it proposes a pair the learned scorer does not."""
ONE_FACT = "same question: how many"
"""The reason of a link made because both claims give one running count (:mod:`facts`)."""
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
    described: Described | None = None,
    min_score: float = RULE_MIN_SCORE,
) -> list[LinkDraft]:
    """The links proposed among ``views``; never a pair in ``rejected``.

    Pairs that cannot reach the learned threshold are set aside in numpy
    first (:mod:`screen`); the others are weighed one by one and judged by
    the rules too. A pair is proposed when the learned scorer proposes it,
    or when the rules score it ``min_score`` or more: the rules read a
    weekday against another, or "200" against "about 200", where the
    learned scorer may fall just short.
    """
    only = set(only_ids) if only_ids is not None else None
    declined = set(rejected)
    described = described or Described(articles)
    drafts: list[LinkDraft] = []
    by_article: dict[int, list[ClaimView]] = {}
    for view in views:
        by_article.setdefault(view.claim.article_id, []).append(view)
    means = ArticleMeans(views)
    alike = AlikeArticles(views, means)
    for story in alike.stories():
        members = [v for a in story for v in by_article[a]]
        if cancelled is not None and cancelled():
            raise Cancelled("matching was cancelled")
        xs, ys = pair_indexes(members, only)
        telling = np.array([tells_a_fact(v.reading) for v in members], dtype=np.bool_)
        if len(xs):
            wanted = telling[xs] & telling[ys]
            if len(story) > 2:  # two articles of one story are alike by definition
                article = np.array([v.claim.article_id for v in members], dtype=np.int64)
                wanted &= _between_alike(article[xs], article[ys], alike)
            xs, ys = xs[wanted], ys[wanted]
        if not len(xs):
            continue
        rarity = Rarity(v.reading for v in members)
        answers = fact_pairs(members, xs, ys)
        chosen = promising(model, members, xs, ys, means) | answers
        one_fact = answers[chosen].tolist()
        picked = zip(xs[chosen].tolist(), ys[chosen].tolist(), strict=True)
        pairs = [(members[x], members[y]) for x, y in picked]
        if not pairs:
            continue
        rules = rule_judgements(pairs, members, articles, described)
        chances = model.probabilities(feature_matrix(pairs, rarity, rules, means))
        best = among_best(
            [(a.claim.id, a.claim.article_id, b.claim.id, b.claim.article_id) for a, b in pairs],
            chances,
        )
        # A declined pair keeps its place among the best: deciding one proposal
        # does not bring up another.
        for (a, b), chance, kept, rule, fact in zip(
            pairs, chances, best, rules, one_fact, strict=True
        ):
            if _key(a, b) in declined or refused(rule):  # refused: articles dated far apart
                continue
            if kept and chance >= model.threshold:
                drafts.append(_draft(a, b, float(chance), rule, articles))
            elif fact:  # one question answered: shown at the default bar, below the scorer's own
                floor = max(float(chance), min(min_score, RULE_MIN_SCORE) / 100)
                drafts.append(_draft(a, b, floor, rule, articles, ONE_FACT))
            elif (ruled := rule.draft()) is not None and ruled.score >= min_score:
                drafts.append(ruled)
    drafts.sort(key=lambda d: (d.a_id, d.b_id))
    return drafts


def repeat_links(
    views: Sequence[ClaimView],
    articles: Mapping[int, Article],
    *,
    only_ids: Collection[int] | None = None,
    rejected: Collection[tuple[int, int]] = (),
    cancelled: Callable[[], bool] | None = None,
    described: Described | None = None,
) -> list[LinkDraft]:
    """Near-verbatim repeats across the case (:mod:`repeats`), each proposed as corroborating.

    Whatever else the two articles say, only what the two claims say
    themselves keeps them apart: other places named in them ("... in
    Yemen", "... in Bahrain"), or a call for action against a statement.
    """
    declined = set(rejected)
    found = [
        (views[i], views[j], ratio)
        for i, j, ratio in repeat_pairs(views, only=only_ids, cancelled=cancelled)
        if _key(views[i], views[j]) not in declined
    ]
    if not found:
        return []
    described = described or Described(articles)
    # Only the rules' reasons and independence are wanted: no word rarity, whose
    # count over the whole case would describe every claim.
    judged = [assess(described.features(a.claim), described.features(b.claim)) for a, b, _ in found]
    drafts = []
    for (a, b, ratio), rule in zip(found, judged, strict=True):
        if any(r.startswith(("different place", "a call for action")) for r in rule.reasons):
            continue
        first, second = sorted((a.claim.id, b.claim.id))
        drafts.append(LinkDraft(
            first, second, Relation.CORROBORATES, round(ratio, 1),
            (f"near-verbatim repeat ({ratio:.0f}% the same)", rule.reasons[-1]),
            rule.independent,
        ))  # fmt: skip
    return drafts


def _between_alike(
    firsts: npt.NDArray[np.int64], seconds: npt.NDArray[np.int64], alike: AlikeArticles
) -> npt.NDArray[np.bool_]:
    """Per pair of articles, whether they are alike themselves (each distinct pair asked once)."""
    pairs = np.stack([np.minimum(firsts, seconds), np.maximum(firsts, seconds)], axis=1)
    unique, back = np.unique(pairs, axis=0, return_inverse=True)
    verdicts = np.array([alike(int(a), int(b)) for a, b in unique], dtype=np.bool_)
    return verdicts[back.reshape(-1)]


def rule_judgements(
    pairs: Sequence[tuple[ClaimView, ClaimView]],
    members: Sequence[ClaimView],
    articles: Mapping[int, Article],
    described: Described | None = None,
) -> list[Assessment]:
    """The rule-based scorer's reading of each pair (a feature of the learned one).

    Word rarity is that of the whole story, so a pair is judged alike whether
    the whole case is matched or only a new article; it needs only the
    claims' words, and only the claims of ``pairs`` are described in full.
    """
    described = described or Described(articles)
    rarity = RuleRarity(described.keys(v.claim).terms for v in members)
    return [
        assess(described.features(a.claim), described.features(b.claim), rarity) for a, b in pairs
    ]


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
    xs, ys = pair_indexes(members, only)
    return [(members[x], members[y]) for x, y in zip(xs.tolist(), ys.tolist(), strict=True)]


def pair_indexes(
    members: Sequence[ClaimView], only: set[int] | None = None
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """:func:`story_pairs` as member indexes ``(xs, ys)``, ``xs < ys``, in sorted order."""
    size = len(members)
    if size <= ALL_PAIRS_UP_TO:
        xs, ys = np.triu_indices(size, k=1)
    else:
        found = {
            (min(x, y), max(x, y))
            for x, neighbours in enumerate(story_neighbours(members))
            for y in neighbours
            if y != x
        }
        flat = np.array(sorted(found), dtype=np.int64).reshape(-1, 2)
        xs, ys = flat[:, 0], flat[:, 1]
    xs, ys = xs.astype(np.int64), ys.astype(np.int64)
    article = np.array([v.claim.article_id for v in members], dtype=np.int64)
    keep = article[xs] != article[ys]
    if only is not None:
        mine = np.array([v.claim.id in only for v in members], dtype=np.bool_)
        keep &= mine[xs] | mine[ys]
    return xs[keep], ys[keep]


def _draft(
    a: ClaimView,
    b: ClaimView,
    chance: float,
    rule: Assessment,
    articles: Mapping[int, Article],
    why: str = "",
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
    if why:
        asked = sorted(question_of(a) & question_of(b))
        seen = (f"{why} {' / '.join(asked)}", *seen)
    return LinkDraft(
        a.claim.id, b.claim.id, relation, round(100 * chance, 1),
        (*reasons, *seen, rule.reasons[-1]), rule.independent,
    )  # fmt: skip

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

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence

import numpy as np
import numpy.typing as npt

from workbench.core.domain import UPDATE_REASON, Article, LinkDraft, Relation
from workbench.core.errors import Cancelled
from workbench.core.match.described import Described
from workbench.core.match.features import Rarity as RuleRarity
from workbench.core.match.neighbours import story_neighbours
from workbench.core.match.pair_features import ClaimView, Rarity, feature_matrix, refused
from workbench.core.match.pair_scorer import PairModel
from workbench.core.match.scoring import Assessment, assess
from workbench.core.match.screen import promising
from workbench.core.match.stories import stories

ALL_PAIRS_UP_TO = 150
"""A story of at most this many claims has all its cross-article pairs weighed."""
RULE_EVIDENCE = ("same act", "same names", "both accuse", "both deny", "same event")
"""Reasons of the rule scorer that a learned link keeps: evidence, not a relation."""
RUNNING_COUNTS = frozenset({"dead", "injured", "missing", "detained", "displaced"})
SAME_FIGURE = 0.1
"""Two figures within this share of each other are one figure."""
ABOUT = 0.2
"""Two figures, one of them hedged ("about 30", "32"), agree when this close."""
SAME_TIME_MINUTES = 30
LOWER_BOUNDS = frozenset({"at least", "more than", "over", "upwards of", "just over",
                          "well over", "as many as"})  # fmt: skip
UPPER_BOUNDS = frozenset({"at most", "less than", "fewer than", "under", "up to",
                          "just under", "nearly", "almost"})  # fmt: skip


def propose_links(
    views: Sequence[ClaimView],
    articles: Mapping[int, Article],
    model: PairModel,
    *,
    only_ids: Collection[int] | None = None,
    rejected: Collection[tuple[int, int]] = (),
    cancelled: Callable[[], bool] | None = None,
    described: Described | None = None,
) -> list[LinkDraft]:
    """The links the learned scorer proposes among ``views``; never a pair in ``rejected``.

    Pairs that cannot reach the threshold are set aside in numpy first
    (:mod:`screen`); only the others are described for the rules and weighed
    one by one. ``described`` holds the rule stage's descriptions of the
    same match, reused here.
    """
    only = set(only_ids) if only_ids is not None else None
    declined = set(rejected)
    described = described or Described(articles)
    drafts: list[LinkDraft] = []
    by_article: dict[int, list[ClaimView]] = {}
    for view in views:
        by_article.setdefault(view.claim.article_id, []).append(view)
    for story in stories(views):
        members = [v for a in story for v in by_article[a]]
        if cancelled is not None and cancelled():
            raise Cancelled("matching was cancelled")
        xs, ys = pair_indexes(members, only)
        if declined and len(xs):
            pairs_now = zip(xs.tolist(), ys.tolist(), strict=True)
            kept = np.array([_key(members[x], members[y]) not in declined for x, y in pairs_now])
            xs, ys = xs[kept], ys[kept]
        if not len(xs):
            continue
        rarity = Rarity(v.reading for v in members)
        chosen = promising(model, members, xs, ys)
        picked = zip(xs[chosen].tolist(), ys[chosen].tolist(), strict=True)
        pairs = [(members[x], members[y]) for x, y in picked]
        if not pairs:
            continue
        rules = rule_judgements(pairs, members, articles, described)
        chances = model.probabilities(feature_matrix(pairs, rarity, rules))
        for (a, b), chance, rule in zip(pairs, chances, rules, strict=True):
            # Articles dated far apart report two events: never one fact.
            if chance >= model.threshold and not refused(rule):
                drafts.append(_draft(a, b, float(chance), rule, articles))
    drafts.sort(key=lambda d: (d.a_id, d.b_id))
    return drafts


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


def relate(
    a: ClaimView, b: ClaimView, articles: Mapping[int, Article]
) -> tuple[Relation, tuple[str, ...]]:
    """Whether two claims of one fact give the same version, with the reasons a person reads."""
    ra, rb = a.reading, b.reading
    if ra.times and rb.times and not _times_agree(ra.times, rb.times):
        return Relation.CONFLICTS, (f"different times: {_clock(ra.times)} vs {_clock(rb.times)}",)
    counts = sorted(set(ra.counts) & set(rb.counts))
    fa, fb = _figures_of(a), _figures_of(b)
    if fa and fb and not _figures_agree(fa, fb):
        what = f" ({', '.join(counts)})" if counts else ""
        reason = (
            f"different figures: {_figures(v for v, _ in fa)} vs {_figures(v for v, _ in fb)}{what}"
        )
        update = _update(a, b, set(counts) & RUNNING_COUNTS, articles)
        return Relation.CONFLICTS, (reason, update) if update else (reason,)
    if _denies(a, b) or _denies(b, a):
        return Relation.CONFLICTS, ("assertion vs denial",)
    reasons = []
    if fa and fb:
        reasons.append(f"same figure: {_figures(v for v, _ in fa)}")
    shared = [w for w in dict.fromkeys(ra.lemmas) if w in set(rb.lemmas)][:4]
    if shared:
        reasons.append(f"shared words: {', '.join(shared)}")
    if a.vector is not None and b.vector is not None:
        reasons.append(f"similar meaning: {float(np.dot(a.vector, b.vector)):.2f}")
    return Relation.CORROBORATES, tuple(reasons)


def _times_agree(xs: Sequence[int], ys: Sequence[int]) -> bool:
    """Reporters round clock times: within half an hour they tell one time."""
    return any(abs(x - y) <= SAME_TIME_MINUTES for x in xs for y in ys)


def _figures_of(view: ClaimView) -> list[tuple[float, str]]:
    """The claim's figures worth comparing (counts of two or more), with their hedges."""
    values = set(view.reading.values)
    return [
        (q.value, q.qualifier.lower()) for q in view.claim.numbers
        if q.value >= 2 and q.value in values
    ]  # fmt: skip


def _figures_agree(xs: list[tuple[float, str]], ys: list[tuple[float, str]]) -> bool:
    """Every figure of the claim that gives fewer has a compatible one in the other.

    "14 died, three of them police officers" and "14 people had died, including
    three police officers" agree; "at least four shots" and "five shots" agree,
    as do "about 30" and "more than 20"; "11" and "17" do not, nor two
    lower bounds far apart ("at least 12", "at least 30": two different counts).
    """
    fewer, more = (xs, ys) if len(xs) <= len(ys) else (ys, xs)
    return all(any(_compatible(x, y) for y in more) for x in fewer)


def _compatible(x: tuple[float, str], y: tuple[float, str]) -> bool:
    (vx, qx), (vy, qy) = x, y
    if abs(vx - vy) <= SAME_FIGURE * max(vx, vy):
        return True
    kx, ky = _hedge(qx), _hedge(qy)
    bounds = {"at least", "at most"}
    if kx in bounds and ky in bounds:
        return False  # two bounds that differ: two counts, as "at least 12" and "at least 30"
    for (v1, k1), v2 in (((vx, kx), vy), ((vy, ky), vx)):
        if k1 == "at least":
            return v2 >= v1
        if k1 == "at most":
            return v2 <= v1
    if "about" in (kx, ky):
        return abs(vx - vy) <= ABOUT * max(vx, vy)
    return False


def _hedge(qualifier: str) -> str:
    if qualifier in LOWER_BOUNDS:
        return "at least"
    if qualifier in UPPER_BOUNDS:
        return "at most"
    return "about" if qualifier else ""


def _denies(a: ClaimView, b: ClaimView) -> bool:
    """``a`` denies what ``b`` asserts: a denial cue, or a negation of what they share."""
    if a.reading.negated == b.reading.negated:
        return False
    if str(a.claim.stance) == "denies" or str(b.claim.stance) == "denies":
        return True
    shared = set(a.reading.lemmas) & set(b.reading.lemmas)
    return len(shared) >= 3 and len(shared) >= 0.5 * min(
        len(set(a.reading.lemmas)), len(set(b.reading.lemmas))
    )


def _update(a: ClaimView, b: ClaimView, running: set[str], articles: Mapping[int, Article]) -> str:
    """The update reason when a later article revises a running count, else ''."""
    da = getattr(articles.get(a.claim.article_id), "date", "")
    db = getattr(articles.get(b.claim.article_id), "date", "")
    if not running or not da or not db or da == db:
        return ""
    first, later = (a, b) if da < db else (b, a)
    dates = sorted((da, db))
    return (
        f"{UPDATE_REASON}{_figures(first.reading.values)} on {dates[0]}, "
        f"{_figures(later.reading.values)} on {dates[1]}"
    )


def _figures(values: Iterable[float]) -> str:
    return " / ".join(f"{v:g}" for v in values)


def _clock(times: Sequence[int]) -> str:
    return " / ".join(f"{t // 60}:{t % 60:02d}" for t in times)

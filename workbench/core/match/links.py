"""Finding corroborating and conflicting claims across the articles of a case.

The service layer loads the case's claims and articles, calls
:func:`find_links`, and stores the drafts. Importing one article calls it
again with ``only_ids`` set to the new claims, which scores only pairs that
involve them: the rest of the case is not matched again.

Word rarity and the blocking index need every claim's words, names and
quantities (:func:`claim_keys`, cheap); the full features, with the event
context read from each article's text, are computed only for the claims of
the pairs worth scoring. An import into a big case thus describes a few
hundred claims in full, not the whole case, and finds the same links.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence

from rapidfuzz import fuzz

from workbench.core.domain import Article, Claim, LinkDraft, Relation
from workbench.core.errors import Cancelled
from workbench.core.match.candidates import Blocking, Progress, candidate_pairs
from workbench.core.match.described import Described
from workbench.core.match.features import ClaimFeatures, Rarity, describe_features
from workbench.core.match.scoring import Assessment, assess

REPEAT_RATIO = 90.0
"""rapidfuzz ratio of two contents from which one is the other repeated."""
MIN_REPEAT_CHARS = 30
"""A repeat this short ("the army said") is a phrase, not a claim told twice."""
QUICK_OVERLAP = 0.2
"""Share of words two claims must have in common before the full scoring runs."""


def find_links(
    claims: Sequence[Claim],
    articles: Mapping[int, Article],
    *,
    only_ids: Collection[int] | None = None,
    rejected: Collection[tuple[int, int]] = (),
    min_score: float = 60.0,
    blocking: Blocking | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    described: Described | None = None,
) -> list[LinkDraft]:
    """Links between claims of different articles scoring at least ``min_score``.

    With ``only_ids``, only pairs with at least one claim in it; a pair in
    ``rejected`` (stored as (min_id, max_id)) is never proposed again. The
    result is sorted by (a_id, b_id). ``progress`` and ``cancelled`` let a GUI
    worker report and stop long runs (:class:`~workbench.core.errors.Cancelled`).
    ``described`` keeps the claims' descriptions for the learned stage of the
    same match.
    """
    described = described or Described(articles)
    keys = [described.keys(c) for c in claims]
    rarity = Rarity(k.terms for k in keys)
    only = set(only_ids) if only_ids is not None else None
    pairs = candidate_pairs(
        keys,
        rarity,
        only_ids=only,
        rejected=rejected,
        settings=blocking,
        progress=progress,
        cancelled=cancelled,
    )
    worth: list[tuple[int, int]] = []
    for count, (i, j) in enumerate(pairs):
        if count % 20000 == 0 and cancelled is not None and cancelled():
            raise Cancelled("matching was cancelled")
        a, b = keys[i].terms, keys[j].terms
        shared = len(a & b)
        if shared and shared >= QUICK_OVERLAP * min(len(a), len(b)):
            worth.append((i, j))
    # Full features (event context, sentences) only for claims in a pair worth scoring.
    needed = sorted({i for pair in worth for i in pair})
    features = {i: described.features(claims[i]) for i in needed}
    drafts: list[LinkDraft] = []
    for count, (i, j) in enumerate(worth):
        if count % 20000 == 0 and cancelled is not None and cancelled():
            raise Cancelled("matching was cancelled")
        judged = assess(features[i], features[j], rarity)
        draft = judged.draft()
        if draft is not None and draft.score >= min_score:
            drafts.append(draft)
        elif (repeat := near_verbatim(features[i], features[j], judged)) is not None:
            drafts.append(repeat)
    drafts.sort(key=lambda d: (d.a_id, d.b_id))
    return drafts


def near_verbatim(a: ClaimFeatures, b: ClaimFeatures, judged: Assessment) -> LinkDraft | None:
    """A claim repeated nearly word for word in another article: always proposed.

    Whatever else the two articles say (other places or dates read from the
    rest of their text), a reviewer wants to see the same sentence told twice.
    Only what the two claims say themselves keeps them apart: other places
    named in them ("... in Yemen", "... in Bahrain"), or a call for action
    against a statement.
    """
    if a.article_id == b.article_id or min(len(a.verbatim), len(b.verbatim)) < MIN_REPEAT_CHARS:
        return None
    if any(r.startswith(("different place", "a call for action")) for r in judged.reasons):
        return None
    shorter, longer = sorted((len(a.verbatim), len(b.verbatim)))
    # ratio = 2 * matches / total: 90 or more needs the shorter to be 9/11 of the longer.
    if shorter * 11 < longer * 9:
        return None
    ratio = fuzz.ratio(a.verbatim, b.verbatim, score_cutoff=REPEAT_RATIO)
    if ratio < REPEAT_RATIO:
        return None
    first, second = sorted((a.id, b.id))
    return LinkDraft(
        first, second, Relation.CORROBORATES, round(ratio, 1),
        (f"near-verbatim repeat ({ratio:.0f}% the same)", judged.reasons[-1]),
        judged.independent,
    )  # fmt: skip


def explain_pair(
    a: Claim,
    b: Claim,
    articles: Mapping[int, Article] | None = None,
    *,
    context: Sequence[Claim] = (),
) -> Assessment:
    """Score and relate two chosen claims, with reasons, whether or not they would link.

    ``context`` (the case's claims) makes word rarity that of the case, as in
    :func:`find_links`; without it every word weighs the same.
    """
    known = articles or {}
    fa = describe_features(a, known.get(a.article_id))
    fb = describe_features(b, known.get(b.article_id))
    rarity = Rarity(describe_features(c).terms for c in context) if context else None
    return assess(fa, fb, rarity)

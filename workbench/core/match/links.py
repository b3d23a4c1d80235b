"""A pair of claims as the rule scorer reads it: score, relation and reasons.

Matching proposes links with the learned scorer (:mod:`proposals`); the rule
scorer judges the pairs it weighs (independence of the sources, the
dated-event veto, a weekday or a figure against another), and explains a
pair a person links by hand.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from workbench.core.domain import Article, Claim
from workbench.core.match.features import Rarity, describe_features
from workbench.core.match.scoring import Assessment, assess


def explain_pair(
    a: Claim,
    b: Claim,
    articles: Mapping[int, Article] | None = None,
    *,
    context: Sequence[Claim] = (),
) -> Assessment:
    """Score and relate two chosen claims, with reasons, whether or not they would link.

    ``context`` (the case's claims) makes word rarity that of the case, as in
    a match does; without it every word weighs the same.
    """
    known = articles or {}
    fa = describe_features(a, known.get(a.article_id))
    fb = describe_features(b, known.get(b.article_id))
    rarity = Rarity(describe_features(c).terms for c in context) if context else None
    return assess(fa, fb, rarity)

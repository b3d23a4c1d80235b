"""Each claim described for the rule scorer once per match.

The rules judge the pairs the learned stage weighs and the near-verbatim
repeats (:mod:`proposals`); word rarity needs the keys (words, names,
quantities) of a story's claims, the judgement the full features of the
pairs' claims. Both are read from one :class:`Described`, so no claim is
described twice and a claim in no judged pair is never described in full
(its article's text, event context and all).
"""

from __future__ import annotations

from collections.abc import Mapping

from workbench.core.domain import Article, Claim
from workbench.core.match.context import EventContext, event_context
from workbench.core.match.features import ClaimFeatures, ClaimKeys, claim_keys, describe_features


class Described:
    """Keys and full features of claims, made on first request and kept.

    ``articles`` may load lazily (:class:`matching.StoredArticles`): an
    article is read only for a short claim's keys or a full description.
    """

    def __init__(self, articles: Mapping[int, Article]) -> None:
        self.articles = articles
        self._keys: dict[int, ClaimKeys] = {}
        self._full: dict[int, ClaimFeatures] = {}
        self._events: dict[int, EventContext] = {}

    def keys(self, claim: Claim) -> ClaimKeys:
        """What :func:`features.claim_keys` makes of the claim."""
        found = self._keys.get(claim.id)
        if found is None:
            found = self._keys[claim.id] = claim_keys(claim, self.articles)
        return found

    def features(self, claim: Claim) -> ClaimFeatures:
        """What :func:`features.describe_features` makes of the claim, with its article's
        event context (read once per article) and the same keys reused."""
        found = self._full.get(claim.id)
        if found is None:
            article = self.articles.get(claim.article_id)
            event = self._events.get(claim.article_id)
            if event is None:
                event = self._events[claim.article_id] = event_context(article)
            found = describe_features(claim, article, event, self.keys(claim))
            self._full[claim.id] = found
        return found

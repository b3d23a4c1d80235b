"""What the matcher knows about one claim, computed once per claim per run.

Comparing two claims reads these features only, so the cost of normalising
text is paid once per claim rather than once per candidate pair.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from workbench.core.domain import Article, Claim, SourceType, Stance
from workbench.core.match.quantities import Amount, amount
from workbench.core.match.text import (
    NEGATIONS,
    STOPWORDS,
    WEEKDAYS,
    clean,
    is_negated,
    names,
    places,
    term,
    weekdays,
    words,
)

_DIRECTIVE = frozenset({Stance.CALLS_FOR})
_SOURCE_NOISE = frozenset({"the", "a", "an", "s", "its", "their", "his", "her", "of"})


@dataclass(frozen=True, slots=True)
class ClaimFeatures:
    """A claim reduced to what matching compares."""

    claim: Claim
    terms: frozenset[str]
    text: str
    names: frozenset[str]
    places: frozenset[str]
    weekdays: frozenset[str]
    amounts: tuple[Amount, ...]
    negated: bool
    directive: bool
    source_key: frozenset[str]
    source_label: str
    verbatim: str

    @property
    def id(self) -> int:
        return self.claim.id

    @property
    def article_id(self) -> int:
        return self.claim.article_id


def source_label(claim: Claim, article: Article | None = None) -> str:
    """Who speaks: the resolved source, or the outlet for the article's own voice."""
    label = claim.source_resolved.strip() or claim.source.strip()
    if not label and article is not None:
        label = article.outlet.strip()
    if not label and not claim.attributed:
        label = f"article {claim.article_id}"
    return label


def source_key(label: str) -> frozenset[str]:
    """A speaker's name as comparable words: "the Interior Ministry's" -> interior, ministry."""
    return frozenset(w for w in words(label) if w not in _SOURCE_NOISE)


def describe_features(claim: Claim, article: Article | None = None) -> ClaimFeatures:
    """Compute a claim's features; ``article`` supplies the outlet for unattributed claims."""
    content = clean(claim.content)
    raw = words(content)
    kept = [
        w
        for w in raw
        if w not in STOPWORDS and w not in NEGATIONS and w not in WEEKDAYS and not w[0].isdigit()
    ]
    label = source_label(claim, article)
    return ClaimFeatures(
        claim=claim,
        terms=frozenset(term(w) for w in kept),
        text=" ".join(sorted({term(w) for w in kept})),
        names=frozenset(names(content)),
        places=frozenset(places(content)),
        weekdays=weekdays(raw),
        amounts=tuple(amount(q) for q in claim.numbers),
        negated=is_negated(raw),
        directive=claim.stance in _DIRECTIVE,
        source_key=source_key(label),
        source_label=label,
        verbatim=" ".join(raw),
    )


def is_unattributed_media(claim: Claim) -> bool:
    """The article's own voice: no source named, typed as media."""
    return not claim.attributed and claim.source_type is SourceType.MEDIA


class Rarity:
    """Inverse document frequencies over the claims being matched.

    Shared rare words ("Kelakh") say far more about two claims being about
    the same thing than shared common ones ("people").
    """

    def __init__(self, term_sets: Iterable[frozenset[str]]) -> None:
        self.counts: Counter[str] = Counter()
        self.total = 0
        for terms in term_sets:
            self.counts.update(terms)
            self.total += 1

    def idf(self, token: str) -> float:
        """Smoothed idf; a word never seen counts as rare."""
        return math.log((self.total + 1.0) / (self.counts.get(token, 0) + 0.5))

    def mass(self, terms: Iterable[str]) -> float:
        """The summed idf of some terms."""
        return sum(self.idf(t) for t in terms)


def features_for(claims: Iterable[Claim], articles: Mapping[int, Article]) -> list[ClaimFeatures]:
    """Features of every claim, each with its article's outlet at hand."""
    return [describe_features(c, articles.get(c.article_id)) for c in claims]

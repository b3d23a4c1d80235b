"""schema.org ClaimReview JSON-LD for the claims that have a verdict.

Follows the fields Google's fact-check markup requires (``claimReviewed``,
``reviewRating`` with ``alternateName``, ``url``) and recommends (review
``author``, ``datePublished``, ``itemReviewed`` as a ``Claim`` with its
``author``, ``appearance`` and ``datePublished``). Only final statuses are
published: "in progress" is not a verdict.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from workbench.core.domain import Article, CaseSnapshot, Claim, Link, Relation, SourceType
from workbench.core.export.facts import source_name
from workbench.core.export.filtering import articles_by_id, claims_by_id, links_by_claim
from workbench.core.export.options import ExportOptions
from workbench.core.export.safety import safe_url
from workbench.core.export.vocabulary import Vocabulary

SCHEMA_CONTEXT = "https://schema.org"
PERSON_TYPES = frozenset({SourceType.POLITICIAN, SourceType.WITNESS, SourceType.EXPERT})
"""Source types that name a person; an anonymous one is published as an organisation."""


def to_claimreview(snapshot: CaseSnapshot, options: ExportOptions) -> list[dict[str, Any]]:
    """One ``ClaimReview`` object per claim whose status is final, in claim order."""
    options = options.stamped()
    vocabulary = Vocabulary(snapshot.statuses)
    articles = articles_by_id(snapshot)
    known = claims_by_id(snapshot)
    links = links_by_claim(snapshot)
    reviews = []
    for claim in snapshot.claims:
        status = vocabulary.get(claim.status)
        if not status.final:
            continue
        article = articles.get(claim.article_id)
        item: dict[str, Any] = {
            "@type": "Claim",
            "author": _claim_author(claim, article),
            "appearance": _appearances(claim, known, links.get(claim.id, []), articles),
        }
        if article and article.date:
            item["datePublished"] = article.date
        review: dict[str, Any] = {
            "@context": SCHEMA_CONTEXT,
            "@type": "ClaimReview",
            "url": options.claim_url(claim.id),
            "claimReviewed": claim.content,
            "datePublished": _review_date(claim, options),
            "author": _organisation(options.organisation, options.organisation_url),
            "reviewRating": {
                "@type": "Rating",
                "ratingValue": status.value,
                "bestRating": vocabulary.best,
                "worstRating": vocabulary.worst,
                "alternateName": status.rating or status.label,
            },
            "itemReviewed": item,
        }
        if claim.note:
            review["reviewBody"] = claim.note
        reviews.append(review)
    return reviews


def _claim_author(claim: Claim, article: Article | None) -> dict[str, Any]:
    """The source as a schema.org Person or Organization."""
    is_person = claim.source_type in PERSON_TYPES and not claim.anonymous
    return {"@type": "Person" if is_person else "Organization", "name": source_name(claim, article)}


def _appearances(
    claim: Claim,
    known: Mapping[int, Claim],
    links: list[Link],
    articles: Mapping[int, Article],
) -> list[dict[str, Any]]:
    """The articles carrying the claim: its own, and those where the same source
    is linked as saying the same thing (a corroborating claim from the same speaker)."""
    carrying = [claim.article_id]
    for link in links:
        if link.relation != Relation.CORROBORATES:
            continue
        other = known.get(link.other(claim.id))
        if other is not None and link.confirmed is not False and _same_source(claim, other):
            carrying.append(other.article_id)
    appearances = []
    for article_id in dict.fromkeys(carrying):
        article = articles.get(article_id)
        if article is not None:
            appearances.append(_creative_work(article))
    return appearances


def _same_source(one: Claim, other: Claim) -> bool:
    name = one.source_resolved.casefold().strip()
    return bool(name) and name == other.source_resolved.casefold().strip()


def _creative_work(article: Article) -> dict[str, Any]:
    work: dict[str, Any] = {"@type": "NewsArticle" if article.outlet else "CreativeWork"}
    url = safe_url(article.url)
    if url:
        work["url"] = url
    if article.title:
        work["headline"] = article.title
    if article.date:
        work["datePublished"] = article.date
    if article.outlet:
        work["publisher"] = {"@type": "Organization", "name": article.outlet}
    return work


def _organisation(name: str, url: str) -> dict[str, Any]:
    author: dict[str, Any] = {"@type": "Organization", "name": name}
    if safe_url(url):
        author["url"] = url
    return author


def _review_date(claim: Claim, options: ExportOptions) -> str:
    """When the verdict was published: the export's date (the report goes out now)."""
    return options.generated_date or claim.updated_at[:10]

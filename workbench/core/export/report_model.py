"""The report as data: what the HTML and Markdown templates lay out.

Everything a template shows is computed here, so the templates hold no
logic worth testing and both formats say the same things. Values stay
plain text; escaping is the template engine's job, URL and colour checks
are done here because escaping cannot do them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

from workbench.core.domain import Article, CaseSnapshot, Claim, Link, Relation, SupportCounts
from workbench.core.export.facts import FactGroup, fact_groups
from workbench.core.export.filtering import articles_by_id, claims_by_id, links_by_claim
from workbench.core.export.labels import (
    figure_with_what,
    reasons_text,
    source_type_label,
    stance_label,
)
from workbench.core.export.options import ExportOptions, claim_anchor
from workbench.core.export.safety import safe_url
from workbench.core.export.sentences import Sentence, sentence_around
from workbench.core.export.source_sections import SourceSection, source_sections
from workbench.core.export.vocabulary import Badge, Vocabulary, badge


@dataclass(frozen=True, slots=True)
class Partner:
    """A claim at the other end of a link, seen from the claim being reported."""

    claim: Claim
    article: Article | None
    anchor: str
    in_report: bool
    relation: str
    score: float
    reasons: tuple[str, ...]
    independent: bool
    confirmed: bool | None
    source_type: str
    badge: Badge


@dataclass(frozen=True, slots=True)
class EvidenceItem:
    """An evidence link; ``url`` is empty when the stored one was unsafe to link."""

    url: str
    text: str
    comment: str


@dataclass(frozen=True, slots=True)
class ClaimEntry:
    """One claim of the report with everything the editor needs beside it."""

    number: int
    claim: Claim
    anchor: str
    article: Article | None
    article_url: str
    named_as: str
    source_type: str
    stance: str
    badge: Badge
    sentence: Sentence
    figures: tuple[str, ...]
    evidence: tuple[EvidenceItem, ...]
    corroborated_by: tuple[Partner, ...]
    conflicts_with: tuple[Partner, ...]
    support: SupportCounts


@dataclass(frozen=True, slots=True)
class ArticleRow:
    """An article the report covers, with how many of its claims are reported."""

    article: Article
    url: str
    claims: int


@dataclass(frozen=True, slots=True)
class Summary:
    """The case at a glance."""

    claims: int
    final: int
    by_status: tuple[tuple[Badge, int], ...]
    by_source_type: tuple[tuple[str, int], ...]
    articles: tuple[ArticleRow, ...]
    corroborations: int
    conflicts: int


@dataclass(frozen=True, slots=True)
class ReportView:
    """The whole report."""

    options: ExportOptions
    summary: Summary
    facts: tuple[FactGroup, ...]
    claims: tuple[ClaimEntry, ...]
    sources: tuple[SourceSection, ...] = ()
    """Who said what, by source: each source with the claims it made."""


def build_report(snapshot: CaseSnapshot, options: ExportOptions) -> ReportView:
    """Lay out ``snapshot`` for a human reader: summary, facts, then each claim."""
    vocabulary = Vocabulary(snapshot.statuses)
    articles = articles_by_id(snapshot)
    order = {article.id: index for index, article in enumerate(snapshot.articles)}
    claims = sorted(
        snapshot.claims,
        key=lambda c: (order.get(c.article_id, len(order)), c.extraction.content_start, c.id),
    )
    reported = {claim.id for claim in claims}
    context = _Context(
        vocabulary, articles, reported, claims_by_id(snapshot), links_by_claim(snapshot)
    )
    entries = tuple(
        _entry(number, claim, snapshot, context) for number, claim in enumerate(claims, start=1)
    )
    groups = fact_groups(snapshot, reported, vocabulary)
    return ReportView(
        options=options.stamped(),
        summary=_summary(snapshot, vocabulary, articles),
        facts=groups,
        claims=entries,
        sources=source_sections(entries, snapshot.sources),
    )


@dataclass(frozen=True, slots=True)
class _Context:
    """Lookups built once per report, so each claim's entry costs its own links only."""

    vocabulary: Vocabulary
    articles: Mapping[int, Article]
    reported: set[int]
    claims: Mapping[int, Claim]
    links: Mapping[int, list[Link]]


def _entry(number: int, claim: Claim, snapshot: CaseSnapshot, context: _Context) -> ClaimEntry:
    vocabulary = context.vocabulary
    article = context.articles.get(claim.article_id)
    extraction = claim.extraction
    sentence = sentence_around(
        article.text if article else "",
        extraction.content_start,
        extraction.content_end,
        extraction.content,
    )
    partners = _partners(claim, context)
    return ClaimEntry(
        number=number,
        claim=claim,
        anchor=claim_anchor(claim.id),
        article=article,
        article_url=safe_url(article.url) if article else "",
        named_as=_named_as(claim),
        source_type=source_type_label(str(claim.source_type)),
        stance=stance_label(str(claim.stance)),
        badge=badge(vocabulary, claim.status),
        sentence=sentence,
        figures=tuple(figure_with_what(number) for number in claim.numbers),
        evidence=tuple(
            EvidenceItem(safe_url(item.url), item.url, item.comment)
            for item in snapshot.evidence.get(claim.id, ())
        ),
        corroborated_by=tuple(p for p in partners if p.relation == Relation.CORROBORATES),
        conflicts_with=tuple(p for p in partners if p.relation == Relation.CONFLICTS),
        support=snapshot.support.get(claim.id, SupportCounts()),
    )


def _named_as(claim: Claim) -> str:
    """The mention when it says more than the resolved name (``he``, ``the ministry``)."""
    mention, resolved = claim.source.strip(), claim.source_resolved.strip()
    if not mention or resolved.casefold() in mention.casefold():
        return ""
    return mention


def _partners(claim: Claim, context: _Context) -> list[Partner]:
    """The claims linked to ``claim``, rejected links left out, best match first."""
    partners: list[Partner] = []
    for link in context.links.get(claim.id, ()):
        other = context.claims.get(link.other(claim.id))
        if other is None or link.confirmed is False:
            continue
        partners.append(_partner(link, other, context))
    partners.sort(key=lambda partner: (-partner.score, partner.claim.id))
    return partners


def _partner(link: Link, other: Claim, context: _Context) -> Partner:
    return Partner(
        claim=other,
        article=context.articles.get(other.article_id),
        anchor=claim_anchor(other.id),
        in_report=other.id in context.reported,
        relation=str(link.relation),
        score=link.score,
        reasons=reasons_text(link.reasons),
        independent=link.independent,
        confirmed=link.confirmed,
        source_type=source_type_label(str(other.source_type)),
        badge=badge(context.vocabulary, other.status),
    )


def _summary(
    snapshot: CaseSnapshot, vocabulary: Vocabulary, articles: Mapping[int, Article]
) -> Summary:
    statuses = Counter(claim.status for claim in snapshot.claims)
    names = [status.name for status in vocabulary.statuses if statuses[status.name]]
    names += sorted(name for name in statuses if name not in names)
    types = Counter(source_type_label(str(claim.source_type)) for claim in snapshot.claims)
    per_article = Counter(claim.article_id for claim in snapshot.claims)
    rows = tuple(
        ArticleRow(article, safe_url(article.url), per_article[article.id])
        for article in snapshot.articles
        if per_article[article.id]
    )
    live = [link for link in snapshot.links if link.confirmed is not False]
    return Summary(
        claims=len(snapshot.claims),
        final=sum(count for name, count in statuses.items() if vocabulary.is_final(name)),
        by_status=tuple((badge(vocabulary, name), statuses[name]) for name in names),
        by_source_type=tuple(sorted(types.items(), key=lambda item: (-item[1], item[0]))),
        articles=rows,
        corroborations=sum(1 for link in live if link.relation == Relation.CORROBORATES),
        conflicts=sum(1 for link in live if link.relation == Relation.CONFLICTS),
    )

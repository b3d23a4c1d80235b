"""The data of a report on some of a case's claims: the claims, the articles they and the
claims they are linked to come from, their links, evidence, support and sources."""

from __future__ import annotations

from workbench.core.domain import Claim, SupportCounts
from workbench.core.export import FilteredSnapshot
from workbench.core.store import CaseStore


def report_snapshot(
    store: CaseStore, claims: tuple[Claim, ...], support: dict[int, SupportCounts]
) -> FilteredSnapshot:
    """What a report on ``claims`` shows; a linked claim outside them comes along as context."""
    keep = {c.id for c in claims}
    article_ids = {c.article_id for c in claims}
    links = tuple(k for k in store.links() if k.a_id in keep or k.b_id in keep)
    linked = {i for k in links for i in (k.a_id, k.b_id)} - keep
    others = tuple(store.claims_by_ids(sorted(linked)))
    article_ids |= {c.article_id for c in others}
    articles = tuple(a for a in store.articles() if a.id in article_ids)
    evidence = {k: v for k, v in store.all_evidence().items() if k in keep}
    used = {c.source_id for c in claims}
    return FilteredSnapshot(
        articles=articles,
        claims=claims,
        links=links,
        statuses=tuple(store.statuses()),
        evidence=evidence,
        support={k: v for k, v in support.items() if k in keep},
        sources={s.id: s for s in store.source_summaries() if s.id in used},
        context_claims=others,
    )

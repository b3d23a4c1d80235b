"""One spreadsheet row per claim, every field, safe to open in Excel.

Text cells a spreadsheet would evaluate (``=``, ``+``, ``-``, ``@``, tab,
carriage return first) get a leading apostrophe, which spreadsheets show as
text; the file carries a BOM (:data:`CSV_ENCODING`) because Excel assumes
a legacy code page without one.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Mapping
from typing import Any

from workbench.core.domain import (
    EXTRACTION_FIELDS,
    Article,
    CaseSnapshot,
    Claim,
    Relation,
    SupportCounts,
)
from workbench.core.export.filtering import articles_by_id
from workbench.core.export.labels import figures_compact
from workbench.core.export.safety import neutralise_cell
from workbench.core.export.vocabulary import Vocabulary

CSV_ENCODING = "utf-8-sig"
"""Write :func:`render_csv` output with this encoding (and ``newline=""``)."""

CSV_COLUMNS: tuple[str, ...] = (
    "id",
    "article_id",
    "article_title",
    "article_outlet",
    "article_date",
    "article_url",
    "article_path",
    *EXTRACTION_FIELDS,
    "source_id",
    "numbers_count",
    "status",
    "status_label",
    "status_final",
    "note",
    "origin",
    "created_at",
    "updated_at",
    "evidence",
    "evidence_count",
    "corroborating_sources",
    "conflicting_sources",
    "corroborates_links",
    "conflicts_links",
)


def render_csv(snapshot: CaseSnapshot) -> str:
    """The claims of ``snapshot`` as CSV text with a header row (``\\r\\n`` line ends)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for row in csv_rows(snapshot):
        writer.writerow([_cell(row[column]) for column in CSV_COLUMNS])
    return buffer.getvalue()


def csv_rows(snapshot: CaseSnapshot) -> Iterator[dict[str, Any]]:
    """Each claim as a flat mapping of :data:`CSV_COLUMNS` to plain values."""
    vocabulary = Vocabulary(snapshot.statuses)
    articles = articles_by_id(snapshot)
    link_counts = _link_counts(snapshot)
    for claim in snapshot.claims:
        status = vocabulary.get(claim.status)
        evidence = snapshot.evidence.get(claim.id, ())
        support = snapshot.support.get(claim.id, SupportCounts())
        row = _claim_fields(claim, articles)
        row.update(
            numbers=figures_compact(claim.numbers),
            numbers_count=len(claim.numbers),
            status_label=status.label,
            status_final=status.final,
            evidence=" | ".join(
                f"{item.url} ({item.comment})" if item.comment else item.url for item in evidence
            ),
            evidence_count=len(evidence),
            corroborating_sources=support.corroborating,
            conflicting_sources=support.conflicting,
            corroborates_links=link_counts.get((claim.id, Relation.CORROBORATES), 0),
            conflicts_links=link_counts.get((claim.id, Relation.CONFLICTS), 0),
        )
        yield row


def _claim_fields(claim: Claim, articles: Mapping[int, Article]) -> dict[str, Any]:
    row = claim.to_dict()
    article = articles.get(claim.article_id)
    for field in ("title", "outlet", "date", "url", "path"):
        row[f"article_{field}"] = getattr(article, field) if article else ""
    return row


def _link_counts(snapshot: CaseSnapshot) -> dict[tuple[int, str], int]:
    """Live (not rejected) links per claim and relation."""
    counts: dict[tuple[int, str], int] = {}
    for link in snapshot.links:
        if link.confirmed is False:
            continue
        for end in (link.a_id, link.b_id):
            key = (end, str(link.relation))
            counts[key] = counts.get(key, 0) + 1
    return counts


def _cell(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    return neutralise_cell(str(value))

"""The claims table's columns: what each shows and how it orders claims.

Pure functions over domain values, so the model shows a cell and the sort
worker orders 100,000 claims with the same rules, and tests need no widget.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import Enum

from workbench.core.domain import Claim, Status, SupportCounts
from workbench.core.export.labels import source_type_label


@dataclass(frozen=True)
class _Spec:
    title: str
    tooltip: str


class Column(Enum):
    SOURCE = _Spec("Source", "Who is speaking (as resolved)")
    TYPE = _Spec("Type", "Kind of source")
    CUE = _Spec("Cue", "The attribution verb or phrase")
    CONTENT = _Spec("Content", "What is claimed")
    STATUS = _Spec("Status", "Verification status")
    MARKS = _Spec("Notes", "Whether the claim has a note or evidence links")
    CORROBORATING = _Spec("Corr.", "Independent sources that corroborate this claim")
    CONFLICTING = _Spec("Confl.", "Independent sources that conflict with this claim")
    ARTICLE = _Spec("Article", "The article the claim is in")

    @property
    def title(self) -> str:
        return self.value.title

    @property
    def tooltip(self) -> str:
        return self.value.tooltip


COLUMNS: tuple[Column, ...] = tuple(Column)
_NONE = SupportCounts()

# Columns the store can order by itself (see ClaimQuery.order_by); the support
# counts are computed outside the store and are sorted here.
SQL_ORDER: dict[Column, str] = {
    Column.SOURCE: "source",
    Column.TYPE: "source_type",
    Column.CUE: "cue",
    Column.CONTENT: "content",
    Column.STATUS: "status",
    Column.ARTICLE: "article",
    Column.MARKS: "marks",
}


def source_text(claim: Claim) -> str:
    if not claim.attributed:
        return f"({claim.source_resolved or 'article'})"
    return claim.source_resolved or claim.source


def marks_text(claim: Claim, evidence: int) -> str:
    """``note + 2 links``: what a reviewer wrote down about a claim, at a glance."""
    parts = ["note"] if claim.note.strip() else []
    if evidence:
        parts.append(f"{evidence} link{'s' if evidence > 1 else ''}")
    return " + ".join(parts)


def column_text(
    column: Column,
    claim: Claim,
    support: Mapping[int, SupportCounts] | None,
    statuses: Mapping[str, Status],
    titles: Mapping[int, str],
    evidence: Mapping[int, int] | None = None,
) -> str:
    """The cell text; support columns read "…" until the counts have loaded."""
    if column is Column.MARKS:
        return marks_text(claim, (evidence or {}).get(claim.id, 0))
    if column is Column.SOURCE:
        return source_text(claim)
    if column is Column.TYPE:
        return source_type_label(str(claim.source_type))
    if column is Column.CUE:
        return claim.cue
    if column is Column.CONTENT:
        return " ".join(claim.content.split())
    if column is Column.STATUS:
        status = statuses.get(claim.status)
        return status.label if status else claim.status
    if column is Column.ARTICLE:
        return titles.get(claim.article_id, f"#{claim.article_id}")
    if support is None:
        return "…"
    counts = support.get(claim.id, SupportCounts())
    value = counts.corroborating if column is Column.CORROBORATING else counts.conflicting
    return str(value) if value else ""


def ids_by_support(
    ids: Iterable[int],
    column: Column,
    descending: bool,
    support: Mapping[int, SupportCounts],
) -> list[int]:
    """Claim ids ordered by a support count, then by id; no claim needs loading.

    Every other column is ordered by the store; the counts live outside it,
    but an id and the counts are all the order needs.
    """

    def key(claim_id: int) -> tuple[int, int]:
        counts = support.get(claim_id, _NONE)
        value = counts.corroborating if column is Column.CORROBORATING else counts.conflicting
        return value, claim_id

    return sorted(ids, key=key, reverse=descending)

"""Row <-> domain conversion: the store's boundary. Nothing else sees a row."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from workbench.core.domain import (
    Article,
    Claim,
    Evidence,
    Extraction,
    HistoryEntry,
    Link,
    Origin,
    Quantity,
    QuoteKind,
    Relation,
    SourceType,
    Stance,
    Status,
)

Row = Mapping[str, Any]


def article_from_row(row: Row) -> Article:
    return Article(
        id=row["id"],
        title=row["title"],
        outlet=row["outlet"],
        date=row["date"],
        url=row["url"],
        path=row["path"],
        format=row["format"],
        content_hash=row["content_hash"],
        text=row["text"],
        imported_at=row["imported_at"],
        fetched_at=row["fetched_at"],
        place=row["place"],
        language=row["language"],
    )


def extraction_from_row(row: Row) -> Extraction:
    return Extraction(
        attributed=bool(row["attributed"]),
        source=row["source"],
        source_start=row["source_start"],
        source_end=row["source_end"],
        source_resolved=row["source_resolved"],
        source_type=SourceType(row["source_type"]),
        anonymous=bool(row["anonymous"]),
        cue=row["cue"],
        cue_start=row["cue_start"],
        cue_end=row["cue_end"],
        content=row["content"],
        content_start=row["content_start"],
        content_end=row["content_end"],
        quote=QuoteKind(row["quote"]),
        stance=Stance(row["stance"]),
        numbers=tuple(Quantity.from_dict(n) for n in json.loads(row["numbers"])),
        predicates=tuple(json.loads(row["predicates"])),
        source_key=row["source_key"],
        source_voice=row["source_voice"],
    )


def extraction_to_row(extraction: Extraction) -> dict[str, Any]:
    row = extraction.to_dict()
    row["attributed"] = int(extraction.attributed)
    row["anonymous"] = int(extraction.anonymous)
    row["numbers"] = json.dumps(row["numbers"], ensure_ascii=False)
    row["predicates"] = json.dumps(list(extraction.predicates), ensure_ascii=False)
    row["source_key"] = extraction.source_key
    row["source_voice"] = extraction.source_voice
    return row


def claim_from_row(row: Row) -> Claim:
    return Claim(
        id=row["id"],
        article_id=row["article_id"],
        extraction=extraction_from_row(row),
        status=row["status"],
        note=row["note"],
        origin=Origin(row["origin"]),
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        source_id=row["source_id"],
        source_type_override=bool(row["source_type_override"]),
    )


def link_from_row(row: Row) -> Link:
    confirmed = row["confirmed"]
    return Link(
        id=row["id"],
        a_id=row["a_id"],
        b_id=row["b_id"],
        relation=Relation(row["relation"]),
        score=float(row["score"]),
        reasons=tuple(json.loads(row["reasons"])),
        independent=bool(row["independent"]),
        confirmed=None if confirmed is None else bool(confirmed),
        created_at=row["created_at"],
    )


def status_from_row(row: Row) -> Status:
    return Status(
        name=row["name"],
        label=row["label"],
        color=row["color"],
        final=bool(row["final"]),
        rating=row["rating"],
        value=row["value"],
        position=row["position"],
    )


def evidence_from_row(row: Row) -> Evidence:
    return Evidence(
        id=row["id"],
        claim_id=row["claim_id"],
        url=row["url"],
        comment=row["comment"],
        created_at=row["created_at"],
    )


def history_from_row(row: Row) -> HistoryEntry:
    return HistoryEntry(
        id=row["id"],
        entity=row["entity"],
        entity_id=row["entity_id"],
        action=row["action"],
        field=row["field"],
        old=row["old"],
        new=row["new"],
        by=row["by"],
        at=row["at"],
    )

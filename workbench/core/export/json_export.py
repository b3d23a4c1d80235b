"""The exchange format: a whole case (or a filtered part) as one JSON object.

``workbench import-claims`` reads it back. Claims are the contract's claim
objects, each with its nested article and its evidence; links carry both
claims whole, as the contract requires, so a reader can match them to
claims it already holds without a second lookup. :func:`snapshot_from_json`
is the inverse, used by the round-trip tests and available to importers.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from workbench.core.domain import (
    Article,
    CaseSnapshot,
    Claim,
    Evidence,
    Extraction,
    Link,
    Origin,
    Quantity,
    QuoteKind,
    Relation,
    SourceType,
    Stance,
    Status,
)
from workbench.core.errors import InvalidInputError
from workbench.core.export.filtering import FilteredSnapshot, all_claims, articles_by_id

FORMAT_NAME = "claim-workbench"
FORMAT_VERSION = 1


def to_json(snapshot: CaseSnapshot) -> dict[str, Any]:
    """The case as plain data, ready for ``json.dumps``.

    ``claims`` lists the snapshot's claims only; a claim that a filter
    carried along as a link's far end appears inside that link, not there.
    """
    articles = articles_by_id(snapshot)
    objects = {
        claim.id: _claim_object(claim, articles.get(claim.article_id), snapshot)
        for claim in all_claims(snapshot)
    }
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "statuses": [asdict(status) for status in snapshot.statuses],
        "articles": [asdict(article) for article in snapshot.articles],
        "claims": [objects[claim.id] for claim in snapshot.claims],
        "links": [
            {
                "id": link.id,
                "relation": str(link.relation),
                "score": link.score,
                "reasons": list(link.reasons),
                "a": objects[link.a_id],
                "b": objects[link.b_id],
                "confirmed": link.confirmed,
                "update": link.update,
                "independent": link.independent,
                "created_at": link.created_at,
            }
            for link in snapshot.links
            if link.a_id in objects and link.b_id in objects
        ],
    }


def _claim_object(claim: Claim, article: Article | None, snapshot: CaseSnapshot) -> dict[str, Any]:
    data = claim.to_dict(article)
    # What the parse read of the claim's act, so that a case merged from this export
    # matches as the original does (not part of the claim contract; extra fields are
    # allowed there).
    data["predicates"] = list(claim.extraction.predicates)
    # Whom extraction read the source as: another case importing the claim joins it
    # to the same source (not contract fields; the source's own id is this case's).
    data["source_key"] = claim.extraction.source_key
    data["source_voice"] = claim.extraction.source_voice
    data["evidence"] = [
        {"id": item.id, "url": item.url, "comment": item.comment, "created_at": item.created_at}
        for item in snapshot.evidence.get(claim.id, ())
    ]
    return data


def snapshot_from_json(data: dict[str, Any]) -> CaseSnapshot:
    """Read :func:`to_json` output back; the inverse for every field it writes.

    Raises:
        InvalidInputError: the object is not this format, or a newer version.
    """
    if data.get("format") != FORMAT_NAME:
        raise InvalidInputError("not a Claim Workbench export (no 'format': 'claim-workbench')")
    if int(data.get("version", 0)) > FORMAT_VERSION:
        raise InvalidInputError(f"export version {data['version']} is newer than this workbench")
    try:
        claims = {item["id"]: item for item in data["claims"]}
        carried = {end["id"]: end for link in data["links"] for end in (link["a"], link["b"])}
        context = [claim_from_json(item) for key, item in carried.items() if key not in claims]
        return FilteredSnapshot(
            articles=tuple(Article(**article) for article in data["articles"]),
            claims=tuple(claim_from_json(item) for item in data["claims"]),
            links=tuple(_link(item) for item in data["links"]),
            statuses=tuple(Status(**status) for status in data["statuses"]),
            evidence={
                item["id"]: tuple(
                    Evidence(
                        int(ev.get("id", 0)),
                        item["id"],
                        ev["url"],
                        ev.get("comment", ""),
                        ev.get("created_at", ""),
                    )
                    for ev in item["evidence"]
                )
                for item in data["claims"]
                if item["evidence"]
            },
            context_claims=tuple(context),
        )
    except (KeyError, TypeError, ValueError) as error:
        raise InvalidInputError(f"malformed Claim Workbench export: {error!r}") from error


def claim_from_json(data: dict[str, Any]) -> Claim:
    """A claim from a complete contract object (every field present, offsets exact)."""
    extraction = Extraction(
        attributed=bool(data["attributed"]),
        source=data["source"],
        source_start=int(data["source_start"]),
        source_end=int(data["source_end"]),
        source_resolved=data["source_resolved"],
        source_type=SourceType(data["source_type"]),
        anonymous=bool(data["anonymous"]),
        cue=data["cue"],
        cue_start=int(data["cue_start"]),
        cue_end=int(data["cue_end"]),
        content=data["content"],
        content_start=int(data["content_start"]),
        content_end=int(data["content_end"]),
        quote=QuoteKind(data["quote"]),
        stance=Stance(data["stance"]),
        numbers=tuple(Quantity.from_dict(number) for number in data["numbers"]),
    )
    return Claim(
        id=int(data["id"]),
        article_id=int(data["article_id"]),
        extraction=extraction,
        status=data["status"],
        note=data.get("note", ""),
        origin=Origin(data.get("origin", Origin.IMPORTED)),
        created_at=data.get("created_at", ""),
        updated_at=data.get("updated_at", ""),
    )


def _link(data: dict[str, Any]) -> Link:
    return Link(
        id=int(data["id"]),
        a_id=int(data["a"]["id"]),
        b_id=int(data["b"]["id"]),
        relation=Relation(data["relation"]),
        score=float(data["score"]),
        reasons=tuple(data["reasons"]),
        independent=bool(data["independent"]),
        confirmed=data["confirmed"],
        created_at=data.get("created_at", ""),
    )

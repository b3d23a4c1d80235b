"""``import-claims``: claims from another case's JSON export or from any JSONL.

A case export (``{"format": "claim-workbench", ...}``) is merged whole:
articles matched by path or URL (created when new, text included), claims
matched by article and span (so importing twice adds nothing), statuses,
notes, evidence and links carried over. Any other JSONL gives one claim per
line with at least ``content``; a line's ``article`` object names its
article, and an article known only by its claims gets a text made of them,
so offsets still slice.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from workbench.core.claims_file import Item, read_claims_file
from workbench.core.domain import (
    Article,
    ClaimQuery,
    Extraction,
    Link,
    NewArticle,
    Origin,
    Relation,
    Status,
)
from workbench.core.errors import InvalidInputError
from workbench.core.store import CaseStore


@dataclass(slots=True)
class ClaimsImportReport:
    articles_created: int = 0
    claims_added: int = 0
    claims_skipped: int = 0
    """Claims already in the case (importing twice adds nothing)."""
    links_added: int = 0
    new_claim_ids: list[int] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    """``(where, why)`` for each line or claim that could not be taken."""

    def to_dict(self) -> dict[str, object]:
        return {
            "articles_created": self.articles_created,
            "claims_added": self.claims_added,
            "claims_skipped": self.claims_skipped,
            "links_added": self.links_added,
            "skipped": [{"path": where, "reason": why} for where, why in self.skipped],
        }


def import_claims(store: CaseStore, path: Path, *, by: str = "") -> ClaimsImportReport:
    """Merge the claims of ``path`` into ``store`` in one transaction.

    A line that cannot be taken (not JSON, no content, a content its
    article's text does not hold) is listed in the report's ``skipped`` with
    the reason; the others are imported.
    """
    document, items, skipped = read_claims_file(path)
    report = ClaimsImportReport(skipped=skipped)
    with store.write():
        if document is not None:
            for data in document.get("statuses") or []:
                store.ensure_status(_status(data))
        known = {s.name for s in store.statuses()}
        groups = _grouped(items, str(path))
        id_map: dict[int, int] = {}
        for group in groups:
            article = _article(store, document, group, str(path), report)
            _claims(store, group, article, known, report, by, id_map)
        if document is not None:
            for data in document.get("links") or []:
                report.links_added += _link(store, data, id_map)
    return report


def _names(item: Item, fallback: str) -> list[tuple[str, str]]:
    """What a claim's article is called by: ``("path", p)`` and ``("url", u)``."""
    data = item.data.get("article") or {}
    names = [(k, str(data.get(k) or "")) for k in ("path", "url") if data.get(k)]
    return names or [("path", fallback)]


def _grouped(items: list[Item], fallback: str) -> list[list[Item]]:
    """Claims in groups, one per article: lines naming the same path or the same url.

    A line with a url and a path joins the lines with that url to those
    with that path (a union-find over the names), so an article named with
    its url on one line and without it on the next is still one article.
    """
    parent: dict[tuple[str, str], tuple[str, str]] = {}

    def root(name: tuple[str, str]) -> tuple[str, str]:
        parent.setdefault(name, name)
        while parent[name] != name:
            parent[name] = parent[parent[name]]
            name = parent[name]
        return name

    for item in items:
        first, *others = _names(item, fallback)
        for other in others:
            parent[root(other)] = root(first)
    groups: dict[tuple[str, str], list[Item]] = defaultdict(list)
    for item in items:
        groups[root(_names(item, fallback)[0])].append(item)
    return list(groups.values())


def _article(
    store: CaseStore,
    document: dict[str, Any] | None,
    group: list[Item],
    fallback: str,
    report: ClaimsImportReport,
) -> Article:
    """The group's article: the one the case has under any of its names, else a new one."""
    names = list(dict.fromkeys(name for item in group for name in _names(item, fallback)))
    for kind, value in names:
        existing = store.find_article(**{kind: value})
        if existing is not None:
            return existing
    data: dict[str, Any] = {}
    full = [
        a
        for a in (document or {}).get("articles") or []
        if any(str(a.get(kind) or "") == value for kind, value in names)
    ]
    for source in [*(item.data.get("article") or {} for item in group), *full]:
        data.update({k: v for k, v in source.items() if v})
    path = next((v for k, v in names if k == "path"), "")
    url = next((v for k, v in names if k == "url"), "")
    text = str(data.get("text") or "") or _text_from_claims([item.data for item in group])
    article = NewArticle(
        text=text,
        title=str(data.get("title") or Path(path).stem or "Imported claims"),
        outlet=str(data.get("outlet") or ""),
        date=str(data.get("date") or ""),
        url=url,
        path=path,
        format=str(data.get("format") or "txt"),
    )
    report.articles_created += 1
    return store.add_article(article, by="import-claims")


def _text_from_claims(claims: list[dict[str, Any]]) -> str:
    """A text for an article known only by claims; each claim gets its offsets in it."""
    parts, cursor = [], 0
    for item in claims:
        content = str(item["content"])
        item["content_start"], item["content_end"] = cursor, cursor + len(content)
        for role in ("source", "cue"):
            item[f"{role}_start"] = item[f"{role}_end"] = cursor
        item.setdefault("source_resolved", item.get("source") or "")
        item["source"], item["cue"] = "", ""
        parts.append(content)
        cursor += len(content) + 2
    return "\n\n".join(parts)


def _claims(
    store: CaseStore,
    group: list[Item],
    article: Article,
    statuses: set[str],
    report: ClaimsImportReport,
    by: str,
    id_map: dict[int, int],
) -> None:
    existing: dict[tuple[int, int, str], int] = {}
    for claim in store.claims(ClaimQuery(article_ids=(article.id,))):
        x = claim.extraction
        existing[(x.content_start, x.content_end, x.content)] = claim.id
    for item in group:
        try:
            extraction = _extraction(item.data, article)
        except (InvalidInputError, KeyError, TypeError, ValueError) as exc:
            report.skipped.append((item.where, str(exc)))
            continue
        key = (extraction.content_start, extraction.content_end, extraction.content)
        if key in existing:
            report.claims_skipped += 1
            claim_id = existing[key]
        else:
            claim_id = _add(store, item.data, article, extraction, statuses, by)
            existing[key] = claim_id
            report.claims_added += 1
            report.new_claim_ids.append(claim_id)
        if isinstance(item.data.get("id"), int):
            id_map[item.data["id"]] = claim_id


def _add(
    store: CaseStore,
    data: dict[str, Any],
    article: Article,
    extraction: Extraction,
    statuses: set[str],
    by: str,
) -> int:
    status = str(data.get("status") or "unverified")
    (claim_id,) = store.add_claims(
        article.id,
        [extraction],
        origin=Origin.IMPORTED,
        status=status if status in statuses else "unverified",
        note=str(data.get("note") or ""),
        by=by,
    )
    for evidence in data.get("evidence") or []:
        if isinstance(evidence, dict) and evidence.get("url"):
            store.add_evidence(
                claim_id, str(evidence["url"]), str(evidence.get("comment") or ""), by=by
            )
    return claim_id


def _extraction(item: dict[str, Any], article: Article) -> Extraction:
    extraction = Extraction.from_dict(item)
    predicates = item.get("predicates")
    if isinstance(predicates, list) and all(isinstance(p, str) for p in predicates):
        extraction = replace(extraction, predicates=tuple(predicates))
    text = article.text
    start, end = extraction.content_start, extraction.content_end
    if text[start:end] != extraction.content:
        where = text.find(extraction.content)
        if where < 0:
            raise InvalidInputError(
                f"its content is not in the text of article {article.path or article.url!r}"
                f" (#{article.id})"
            )
        extraction = replace(
            extraction, content_start=where, content_end=where + len(extraction.content)
        )
    empty = extraction.content_start
    if text[extraction.source_start : extraction.source_end] != extraction.source:
        extraction = replace(extraction, source="", source_start=empty, source_end=empty)
    if text[extraction.cue_start : extraction.cue_end] != extraction.cue:
        extraction = replace(extraction, cue="", cue_start=empty, cue_end=empty)
    return extraction


def _status(data: dict[str, Any]) -> Status:
    return Status(
        name=str(data["name"]),
        label=str(data.get("label") or data["name"]),
        color=str(data.get("color") or "#9e9e9e"),
        final=bool(data.get("final")),
        rating=str(data.get("rating") or ""),
        value=int(data.get("value", 3)),
        position=int(data.get("position", 0)),
    )


def _link(store: CaseStore, data: dict[str, Any], id_map: dict[int, int]) -> int:
    a, b = data.get("a") or {}, data.get("b") or {}
    a_old = a.get("id") if isinstance(a, dict) else a
    b_old = b.get("id") if isinstance(b, dict) else b
    if a_old not in id_map or b_old not in id_map or id_map[a_old] == id_map[b_old]:
        return 0
    link = Link(
        id=0,
        a_id=0,
        b_id=0,
        relation=Relation(data["relation"]),
        score=float(data.get("score") or 0),
        reasons=tuple(data.get("reasons") or ()),
        independent=bool(data.get("independent", True)),
        confirmed=data.get("confirmed"),
        created_at=str(data.get("created_at") or ""),
    )
    return store.restore_link(link, id_map[a_old], id_map[b_old])

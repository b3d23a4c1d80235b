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

import json
from collections import defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

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

EXPORT_FORMAT = "claim-workbench"
ArticleKey = tuple[str, str]


@dataclass(slots=True)
class ClaimsImportReport:
    articles_created: int = 0
    claims_added: int = 0
    claims_skipped: int = 0
    links_added: int = 0
    new_claim_ids: list[int] = field(default_factory=list)

    def to_dict(self) -> dict[str, int]:
        return {
            "articles_created": self.articles_created,
            "claims_added": self.claims_added,
            "claims_skipped": self.claims_skipped,
            "links_added": self.links_added,
        }


def read_claims_file(path: Path) -> tuple[dict[str, Any] | None, list[dict[str, Any]]]:
    """The export document (or None) and the claim objects of ``path``."""
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidInputError(f"{path}: cannot read ({exc})") from exc
    stripped = raw.lstrip()
    if stripped.startswith("{"):
        try:
            document = json.loads(raw)
        except json.JSONDecodeError:
            document = None
        if isinstance(document, dict) and document.get("format") == EXPORT_FORMAT:
            return document, list(document.get("claims") or [])
    lines: list[dict[str, Any]] = []
    for number, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InvalidInputError(f"{path}, line {number}: not JSON ({exc.msg})") from exc
        if not isinstance(item, dict) or not str(item.get("content") or "").strip():
            raise InvalidInputError(f"{path}, line {number}: a claim needs a 'content' field")
        lines.append(item)
    if not lines:
        raise InvalidInputError(f"{path}: no claims in the file")
    return None, lines


def import_claims(store: CaseStore, path: Path, *, by: str = "") -> ClaimsImportReport:
    """Merge the claims of ``path`` into ``store`` in one transaction."""
    document, items = read_claims_file(path)
    report = ClaimsImportReport()
    with store.write():
        if document is not None:
            for data in document.get("statuses") or []:
                store.ensure_status(_status(data))
        known = {s.name for s in store.statuses()}
        articles = _articles(store, document, items, path, report)
        id_map = _claims(store, items, articles, str(path), known, report, by)
        if document is not None:
            for data in document.get("links") or []:
                report.links_added += _link(store, data, id_map)
    return report


def _article_key(data: dict[str, Any] | None, fallback: str) -> ArticleKey:
    data = data or {}
    return (
        (str(data.get("path") or ""), str(data.get("url") or ""))
        if (data.get("path") or data.get("url"))
        else (fallback, "")
    )


def _articles(
    store: CaseStore,
    document: dict[str, Any] | None,
    items: list[dict[str, Any]],
    path: Path,
    report: ClaimsImportReport,
) -> dict[ArticleKey, Article]:
    full = {
        (str(a.get("path") or ""), str(a.get("url") or "")): a
        for a in (document or {}).get("articles") or []
    }
    grouped: dict[ArticleKey, list[dict[str, Any]]] = defaultdict(list)
    for item in items:
        grouped[_article_key(item.get("article"), str(path))].append(item)
    found: dict[ArticleKey, Article] = {}
    for key, claims in grouped.items():
        existing = store.find_article(path=key[0], url=key[1])
        if existing is None:
            data = {**(claims[0].get("article") or {}), **full.get(key, {})}
            text = str(data.get("text") or "")
            if not text:
                text = _text_from_claims(claims)
            article = NewArticle(
                text=text,
                title=str(data.get("title") or Path(key[0]).stem or "Imported claims"),
                outlet=str(data.get("outlet") or ""),
                date=str(data.get("date") or ""),
                url=key[1],
                path=key[0],
                format=str(data.get("format") or "txt"),
            )
            existing = store.add_article(article, by="import-claims")
            report.articles_created += 1
        found[key] = existing
    return found


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
    items: list[dict[str, Any]],
    articles: dict[ArticleKey, Article],
    fallback: str,
    statuses: set[str],
    report: ClaimsImportReport,
    by: str,
) -> dict[int, int]:
    id_map: dict[int, int] = {}
    existing: dict[tuple[int, int, int, str], int] = {}
    for article in articles.values():
        for claim in store.claims(ClaimQuery(article_ids=(article.id,))):
            x = claim.extraction
            existing[(article.id, x.content_start, x.content_end, x.content)] = claim.id
    for item in items:
        article = articles[_article_key(item.get("article"), fallback)]
        extraction = _extraction(item, article)
        key = (article.id, extraction.content_start, extraction.content_end, extraction.content)
        if key in existing:
            report.claims_skipped += 1
            claim_id = existing[key]
        else:
            status = str(item.get("status") or "unverified")
            (claim_id,) = store.add_claims(
                article.id,
                [extraction],
                origin=Origin.IMPORTED,
                status=status if status in statuses else "unverified",
                note=str(item.get("note") or ""),
                by=by,
            )
            for evidence in item.get("evidence") or []:
                store.add_evidence(
                    claim_id,
                    str(evidence.get("url") or ""),
                    str(evidence.get("comment") or ""),
                    by=by,
                )
            existing[key] = claim_id
            report.claims_added += 1
            report.new_claim_ids.append(claim_id)
        if "id" in item:
            id_map[int(item["id"])] = claim_id
    return id_map


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
                f"claim {item.get('id', '')!s}: its content is not in the text"
                f" of article {article.path!r}"
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

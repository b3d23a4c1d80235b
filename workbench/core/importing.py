"""The import pipeline: files to stored articles with their claims.

Files are read and checked one by one (a bad file is reported, the rest go
on), duplicates are recognised by content hash before any parsing, the new
texts are parsed in batches, and each article is stored with its claims in
one transaction. Memory stays flat: only one batch is held at a time.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from workbench.core.domain import Article, Extraction, NewArticle
from workbench.core.errors import Cancelled, IngestError
from workbench.core.ingest import ArticleMeta, discover, read_article
from workbench.core.progress import CancelFlag, Progress, check_cancelled, no_progress
from workbench.core.store import CaseStore, content_hash

BATCH = 16
# Below this many new articles a second process costs more than it saves.
MULTIPROCESS_FROM = 24

ExtractMany = Callable[[Sequence[str], Sequence[str], int], Iterable[list[Extraction]]]
"""``extract_many(texts, outlets, n_process)``: claims for each text, in order."""


@dataclass(frozen=True, slots=True)
class Imported:
    id: int
    path: str
    title: str
    claims: int
    language: str = ""
    """The article's language when it is not English: imported, nothing extracted."""


@dataclass(slots=True)
class ImportReport:
    """What an import did, file by file; the contract's JSON is :meth:`to_dict`."""

    imported: list[Imported] = field(default_factory=list)
    duplicates: list[tuple[str, int]] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        return not self.failed

    def to_dict(self) -> dict[str, object]:
        return {
            "imported": [
                {"id": i.id, "path": i.path, "title": i.title, "claims": i.claims}
                | ({"language": i.language} if i.language else {})
                for i in self.imported
            ],
            "duplicates": [{"path": p, "id": i} for p, i in self.duplicates],
            "failed": [{"path": p, "error": e} for p, e in self.failed],
        }


def import_paths(
    store: CaseStore,
    paths: Iterable[str | Path],
    meta: ArticleMeta,
    extract_many: ExtractMany,
    *,
    max_bytes: int,
    by: str = "",
    progress: Progress = no_progress,
    cancelled: CancelFlag = lambda: False,
) -> ImportReport:
    """Import files and folders into ``store``; see the module docstring."""
    report = ImportReport()
    files, missing = discover(paths)
    report.failed.extend(missing)
    total = len(files)
    n_process = 2 if total >= MULTIPROCESS_FROM and (os.cpu_count() or 1) > 1 else 1
    batch: list[NewArticle] = []
    try:
        for done, path in enumerate(files, start=1):
            check_cancelled(cancelled)
            progress(done - 1, total, f"Reading {path.name}")
            article = _read(path, meta, max_bytes, report, store)
            if article is not None:
                batch.append(article)
            if len(batch) >= BATCH * n_process:
                _store_batch(store, batch, extract_many, n_process, report, by, cancelled)
                batch = []
        _store_batch(store, batch, extract_many, n_process, report, by, cancelled)
        progress(total, total, "Done")
    except Cancelled:
        report.cancelled = True
    return report


def store_article(
    store: CaseStore,
    article: NewArticle,
    extract_many: ExtractMany,
    *,
    by: str = "",
) -> Article | int:
    """Store one article with its claims; an existing duplicate's id otherwise."""
    existing = store.article_by_hash(content_hash(article.text))
    if existing is not None:
        return existing.id
    (claims,) = _extracted([article], extract_many, 1)
    return _add_unless_stored(store, article, claims, by)


def _extracted(
    batch: Sequence[NewArticle], extract_many: ExtractMany, n_process: int
) -> Iterable[Sequence[Extraction]]:
    """Each article's claims, in order; an article not in English gets none."""
    english = [a for a in batch if not a.language]
    found = iter(extract_many([a.text for a in english], [a.outlet for a in english], n_process))
    for article in batch:
        yield () if article.language else next(found)


def _read(
    path: Path, meta: ArticleMeta, max_bytes: int, report: ImportReport, store: CaseStore
) -> NewArticle | None:
    try:
        article = read_article(path, meta, max_bytes=max_bytes)
    except IngestError as exc:
        report.failed.append((exc.path, exc.reason))
        return None
    existing = store.article_by_hash(content_hash(article.text))
    if existing is not None:
        report.duplicates.append((str(path), existing.id))
        return None
    return article


def _store_batch(
    store: CaseStore,
    batch: list[NewArticle],
    extract_many: ExtractMany,
    n_process: int,
    report: ImportReport,
    by: str,
    cancelled: CancelFlag,
) -> None:
    if not batch:
        return
    for article, claims in zip(batch, _extracted(batch, extract_many, n_process), strict=True):
        check_cancelled(cancelled)
        # The same text may appear twice within one import, or arrive meanwhile from
        # another writer: look again under the write lock, then store or report it.
        stored = _add_unless_stored(store, article, claims, by)
        if isinstance(stored, int):
            report.duplicates.append((article.path, stored))
            continue
        report.imported.append(
            Imported(stored.id, article.path, stored.title, len(claims), article.language)
        )


def _add_unless_stored(
    store: CaseStore, article: NewArticle, claims: Sequence[Extraction], by: str
) -> Article | int:
    """Store the article, or return the id of the one with the same text.

    The look-up and the insert share one ``BEGIN IMMEDIATE`` transaction, so two
    imports of the same file at once cannot both store it.
    """
    with store.write():
        existing = store.article_by_hash(content_hash(article.text))
        if existing is not None:
            return existing.id
        return store.add_article(article, claims, by=by)

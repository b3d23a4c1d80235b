"""The import pipeline: files and web pages to stored articles with their claims.

Sources are read and checked one by one (a bad one is reported, the rest go
on), duplicates are recognised by content hash before any parsing, the new
texts are parsed in batches - a long text piece by piece
(:mod:`workbench.core.chunking`) - and each article is stored with its
claims in one transaction. Memory stays flat: one batch is held at a time,
and the parser holds one piece of it.
"""

from __future__ import annotations

import os
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import accumulate
from pathlib import Path

from workbench.core.chunking import ExtractMany, chunk_count, extract_in_chunks
from workbench.core.domain import Article, Extraction, NewArticle
from workbench.core.errors import Cancelled, IngestError
from workbench.core.ingest import ArticleMeta, discover, read_article, web_article
from workbench.core.ingest.fetch import is_url
from workbench.core.progress import CancelFlag, Progress, Watch, never_cancelled, no_progress
from workbench.core.store import CaseStore, content_hash

BATCH = 32
BATCH_CHARS = 1_000_000
"""A batch is parsed once it holds this many articles or characters."""
# Below this many pieces to parse a second process costs more than it saves.
MULTIPROCESS_FROM = 24
UNIT = 1000
"""Progress steps per source, so a long document's progress moves within its own step."""


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
    """What an import did, source by source; the contract's JSON is :meth:`to_dict`."""

    imported: list[Imported] = field(default_factory=list)
    duplicates: list[tuple[str, int]] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
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
            "skipped": [{"path": p, "reason": r} for p, r in self.skipped],
        }


@dataclass(slots=True)
class _Run:
    """One import under way: where it reports, and the batch waiting to be parsed."""

    store: CaseStore
    extract_many: ExtractMany
    report: ImportReport
    progress: Progress
    cancelled: CancelFlag
    by: str
    total: int
    batch: list[tuple[int, NewArticle]] = field(default_factory=list)
    reached: int = 0

    def tell(self, units: int, message: str) -> None:
        self.reached = max(self.reached, min(units, self.total))
        self.progress(self.reached, self.total, message)

    def check(self) -> None:
        if self.cancelled():
            raise Cancelled("stopped at the user's request")


def import_paths(
    store: CaseStore,
    paths: Iterable[str | Path],
    meta: ArticleMeta,
    extract_many: ExtractMany,
    *,
    max_bytes: int,
    by: str = "",
    progress: Progress = no_progress,
    cancelled: CancelFlag = never_cancelled,
) -> ImportReport:
    """Import files, folders and web addresses into ``store``; see the module docstring."""
    report = ImportReport()
    given = [str(p) if is_url(str(p)) else Path(p) for p in paths]
    found = discover([p for p in given if not isinstance(p, str)])
    report.failed.extend(found.missing)
    report.skipped.extend(found.skipped)
    sources: list[Path | str] = [*found.files, *(p for p in given if isinstance(p, str))]
    run = _Run(store, extract_many, report, progress, cancelled, by, len(sources) * UNIT)
    try:
        for index, source in enumerate(sources):
            run.check()
            name = source if isinstance(source, str) else source.name
            run.tell(index * UNIT, f"Reading {name}")
            article = _read(run, source, index, meta, max_bytes)
            if article is not None:
                run.batch.append((index, article))
            if len(run.batch) >= BATCH or sum(len(a.text) for _, a in run.batch) >= BATCH_CHARS:
                _store_batch(run)
        _store_batch(run)
        progress(run.total, run.total, "Done")
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
    claims: Sequence[Extraction] = ()
    if not article.language:  # extraction reads English only
        claims = next(extract_in_chunks([article.text], [article.outlet], extract_many))
    return _add_unless_stored(store, article, claims, by)


def _read(
    run: _Run, source: Path | str, index: int, meta: ArticleMeta, max_bytes: int
) -> NewArticle | None:
    def pages(done: int, total: int, message: str) -> None:
        run.tell(index * UNIT + UNIT // 4 * done // max(total, 1), f"{label}: {message.lower()}")

    label = source if isinstance(source, str) else source.name
    watch = Watch(pages, run.cancelled)
    try:
        if isinstance(source, str):
            article = web_article(source, meta, watch=watch)
        else:
            article = read_article(source, meta, max_bytes=max_bytes, watch=watch)
    except IngestError as exc:
        run.report.failed.append((exc.path, exc.reason))
        return None
    existing = run.store.article_by_hash(content_hash(article.text))
    if existing is not None:
        run.report.duplicates.append((str(source), existing.id))
        return None
    return article


def _store_batch(run: _Run) -> None:
    batch, run.batch = run.batch, []
    if not batch:
        return
    english = [a for _, a in batch if not a.language]  # extraction reads English only
    texts = [a.text for a in english] or [""]
    n_process = 2 if chunk_count(texts) >= MULTIPROCESS_FROM and (os.cpu_count() or 1) > 1 else 1
    start, end = run.reached, (batch[-1][0] + 1) * UNIT
    bounds = list(accumulate(len(t) for t in texts))
    size, done = bounds[-1], 0

    def on_chunk(chars: int) -> None:
        nonlocal done
        done += chars
        article = english[min(bisect_left(bounds, done), len(english) - 1)]
        name = Path(article.path).name or article.title
        share = done / max(size, 1)
        run.tell(start + int((end - start) * share), f"Extracting claims: {name} ({share:.0%})")

    found = iter(
        extract_in_chunks(
            [a.text for a in english],
            [a.outlet for a in english],
            run.extract_many,
            n_process,
            on_chunk=on_chunk,
            cancelled=run.cancelled,
        )
    )
    for _, article in batch:
        claims: Sequence[Extraction] = () if article.language else next(found)
        # The same text may appear twice within one import, or arrive meanwhile from
        # another writer: look again under the write lock, then store or report it.
        stored = _add_unless_stored(run.store, article, claims, run.by)
        if isinstance(stored, int):
            run.report.duplicates.append((article.path, stored))
            continue
        run.report.imported.append(
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

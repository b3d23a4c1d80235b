"""``workbench extract``: claims of files without a database, the model loaded once."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TextIO

from workbench.core.chunking import extract_in_chunks
from workbench.core.config import Settings
from workbench.core.domain import Extraction, NewArticle
from workbench.core.errors import IngestError
from workbench.core.ingest import ArticleMeta, pasted_article, read_article
from workbench.core.nlp import extract_many

BATCH = 32
Result = tuple[str, list[Extraction] | str]


def extract_files(
    names: Sequence[str], out_dir: Path | None, stdin: TextIO, settings: Settings | None = None
) -> Iterator[Result]:
    """``(name, claims)`` for each file, or ``(name, reason)`` when it cannot be read.

    With ``out_dir``, each file's claims are also written to ``out_dir/STEM.jsonl``.
    """
    settings = settings or Settings()
    if out_dir is not None:
        out_dir.mkdir(parents=True, exist_ok=True)
    batch: list[tuple[str, NewArticle]] = []
    for name in names:
        try:
            article = _read(name, stdin, settings)
        except IngestError as exc:
            yield name, exc.reason
            continue
        batch.append((name, article))
        if len(batch) >= BATCH:
            yield from _run(batch, out_dir)
            batch = []
    yield from _run(batch, out_dir)


def _read(name: str, stdin: TextIO, settings: Settings) -> NewArticle:
    if name == "-":
        text = stdin.read()
        if not text.strip():
            raise IngestError("-", "standard input is empty")
        return pasted_article(text, ArticleMeta())
    path = Path(name)
    if not path.is_file():
        raise IngestError(name, "no such file")
    return read_article(path, ArticleMeta(), max_bytes=settings.max_file_bytes)


def _run(batch: list[tuple[str, NewArticle]], out_dir: Path | None) -> Iterator[Result]:
    if not batch:
        return
    texts = [a.text for _, a in batch]
    outlets = [a.outlet for _, a in batch]
    claims_of = extract_in_chunks(texts, outlets, extract_many)
    for (name, _), claims in zip(batch, claims_of, strict=True):
        if out_dir is not None:
            stem = "stdin" if name == "-" else Path(name).name.rsplit(".", 1)[0]
            lines = "".join(json.dumps(c.to_dict(), ensure_ascii=False) + "\n" for c in claims)
            (out_dir / f"{stem}.jsonl").write_text(lines, encoding="utf-8")
        yield name, claims

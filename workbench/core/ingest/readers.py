"""Readers for each supported format: a file's bytes to a :class:`NewArticle`.

Text, Markdown, HTML and e-mail are read in this process; PDF, Word and
OpenDocument, being compressed containers a hostile file can inflate
without end, are read in a child process with a memory cap and a deadline
(:mod:`sandbox`).
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from urllib.parse import urlsplit

from workbench.core.domain import NewArticle
from workbench.core.errors import IngestError, InvalidInputError
from workbench.core.ingest.dateline import DATELINE, opening_date, read_dateline
from workbench.core.ingest.decode import check_text, decode_bytes, universal_newlines
from workbench.core.ingest.email_reader import read_email
from workbench.core.ingest.fetch import DEFAULT_FETCH_LIMITS, FetchLimits, fetch
from workbench.core.ingest.front_matter import split_front_matter
from workbench.core.ingest.html_reader import html_text, read_html
from workbench.core.ingest.language import detect_language
from workbench.core.ingest.metadata import (
    TITLE_LIMIT,
    ArticleMeta,
    check_date,
    first_line_title,
    read_sidecar,
)
from workbench.core.ingest.sandbox import read_in_sandbox
from workbench.core.progress import UNWATCHED, Watch

HEADLINE_LIMIT = 90
"""A first line longer than this, or ending a sentence, is a paragraph, not a headline."""
HEADLINE_CUT = 60
"""A title made from a paragraph's opening words stops at a word before this many characters."""
MAX_TEXT_CHARS = 50_000_000
"""Some 8 million words, twenty times the longest commission report: past this a
file is a data dump or a log, not a document (long texts are parsed in pieces,
so nothing shorter is refused)."""

Reader = Callable[[bytes, str, Watch], tuple[str, ArticleMeta]]

# A PDF's Title is often what the program that wrote it called the file.
_NO_TITLE = re.compile(
    r"^(microsoft (word|powerpoint) - .*|untitled.*|.*\.(docx?|pdf|odt|rtf))$", re.IGNORECASE
)


def check_length(text: str, path: str, max_chars: int = MAX_TEXT_CHARS) -> str:
    """Refuse a text too long to be a document.

    Raises:
        IngestError: the text has more than ``max_chars`` characters.
    """
    if len(text) > max_chars:
        raise IngestError(
            path,
            f"too long to be a document ({len(text):,} characters; the limit is {max_chars:,}):"
            " if it is a data dump or a log, import the articles in it as separate files",
        )
    return text


def read_text(data: bytes, path: str, _watch: Watch = UNWATCHED) -> tuple[str, ArticleMeta]:
    """A text file; its first line is its title, shortened when it is a whole paragraph."""
    text = decode_bytes(data, path)
    return text, ArticleMeta(title=headline_title(text))


def read_markdown(data: bytes, path: str, _watch: Watch = UNWATCHED) -> tuple[str, ArticleMeta]:
    """A Markdown file: its front matter, if any, gives its metadata and is not its text."""
    text, meta = split_front_matter(decode_bytes(data, path), path)
    if not text.strip():
        raise IngestError(path, "the file holds only front matter, no article text")
    return text, meta.over(ArticleMeta(title=headline_title(text)))


def _read_html(data: bytes, path: str, _watch: Watch) -> tuple[str, ArticleMeta]:
    return read_html(data, path)


def _read_email(data: bytes, path: str, _watch: Watch) -> tuple[str, ArticleMeta]:
    text, meta, is_html = read_email(data, path)
    if is_html:
        text, own = html_text(text, path)
        meta = meta.over(own)
    return check_text(text, path), meta.over(ArticleMeta(title=first_line_title(text)))


def _sandboxed(kind: str) -> Reader:
    def read(data: bytes, path: str, watch: Watch) -> tuple[str, ArticleMeta]:
        text, found = read_in_sandbox(kind, data, path, watch)
        text = check_text(universal_newlines(text), path)
        title = " ".join(found.get("title", "").split())
        try:
            when = check_date(found.get("date", ""))
        except InvalidInputError:
            when = ""
        return text, ArticleMeta(
            title=(title if title and not _NO_TITLE.match(title) else first_line_title(text))[
                :TITLE_LIMIT
            ],
            outlet=found.get("author", ""),
            date=when,
        )

    return read


READERS: dict[str, tuple[str, Reader]] = {
    ".txt": ("txt", read_text),
    ".text": ("txt", read_text),
    ".md": ("md", read_markdown),
    ".markdown": ("md", read_markdown),
    ".html": ("html", _read_html),
    ".htm": ("html", _read_html),
    ".pdf": ("pdf", _sandboxed("pdf")),
    ".docx": ("docx", _sandboxed("docx")),
    ".odt": ("odt", _sandboxed("odt")),
    ".eml": ("eml", _read_email),
}
SUPPORTED_SUFFIXES = tuple(READERS)


FILE_DATED = frozenset({"pdf", "docx", "odt"})
"""Formats whose own date is the file's, made when it was written or from a template (a
python-docx file says 2013), not the day it tells of: a date line in the text ("Varna, 14
May 2026"), or a full date on its opening lines, wins over it."""


def reader_for(suffix: str, name: str) -> tuple[str, Reader]:
    """The format name and reader for a file suffix.

    Raises:
        IngestError: no reader for it.
    """
    entry = READERS.get(suffix.lower())
    if entry is None:
        raise IngestError(name, unsupported(suffix))
    return entry


def unsupported(suffix: str) -> str:
    return f"unsupported file type {suffix or '(none)'!r}; use {', '.join(SUPPORTED_SUFFIXES)}"


def read_article(
    path: Path,
    options: ArticleMeta,
    *,
    max_bytes: int,
    max_chars: int = MAX_TEXT_CHARS,
    watch: Watch = UNWATCHED,
) -> NewArticle:
    """Read one file; metadata from ``options``, else its sidecar, else the file.

    Raises:
        IngestError: unsupported, unreadable, too big, too long, empty or not text.
        Cancelled: ``watch`` says stop while a document is read.
    """
    name = str(path)
    fmt, reader = reader_for(path.suffix, name)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise IngestError(
                name,
                f"too big to be a document ({size / 1e6:,.1f} MB; the limit is"
                f" {max_bytes / 1e6:,.0f} MB)",
            )
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(name, f"cannot read the file ({exc.strerror or exc})") from exc
    text, own = reader(data, name, watch)
    check_length(text, name, max_chars)
    told = dateline_meta(text)
    if fmt in FILE_DATED:
        told = replace(told, date=told.date or opening_date(text))
        if told.date:
            own = replace(own, date="")
    meta = options.over(read_sidecar(path)).over(own).over(told)
    return NewArticle(
        text=text,
        title=meta.title or path.stem,
        outlet=meta.outlet,
        date=meta.date,
        url=meta.url,
        path=name,
        format=fmt,
        place=meta.place,
        language=detect_language(text),
    )


# What a web address may serve: a page, or a document linked as such.
WEB_TYPES = {
    "text/html": ".html",
    "application/xhtml+xml": ".html",
    "text/plain": ".txt",
    "application/pdf": ".pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
    "application/vnd.oasis.opendocument.text": ".odt",
}


def web_article(
    url: str,
    options: ArticleMeta,
    *,
    limits: FetchLimits = DEFAULT_FETCH_LIMITS,
    max_chars: int = MAX_TEXT_CHARS,
    watch: Watch = UNWATCHED,
) -> NewArticle:
    """Fetch ``url`` and read it as the format its content type says.

    The page as fetched is kept in the article (``raw``), with the fetch time;
    the address is the one the page was finally served from.

    Raises:
        IngestError: the fetch failed, or the page is no readable document.
        Cancelled: ``watch`` says stop.
    """
    page = fetch(url, limits, watch)
    suffix = WEB_TYPES.get(page.content_type)
    if suffix is None:
        raise IngestError(
            url, f"not a web page or a document (the server sent {page.content_type})"
        )
    fmt, reader = READERS[suffix]
    data = page.data
    if page.charset and suffix in (".html", ".txt"):
        # The header's charset is the page's word on its encoding; decode_bytes guesses.
        with contextlib.suppress(LookupError, UnicodeDecodeError):
            data = page.data.decode(page.charset).encode("utf-8")
    text, own = reader(data, url, watch)
    check_length(text, url, max_chars)
    meta = options.over(ArticleMeta(url=page.final_url)).over(own).over(dateline_meta(text))
    return NewArticle(
        text=text,
        title=meta.title or page.final_url,
        outlet=meta.outlet or (urlsplit(page.final_url).hostname or ""),
        date=meta.date,
        url=meta.url,
        path=url,
        format=fmt,
        fetched_at=page.fetched_at,
        raw=page.data,
        raw_type=page.content_type,
        place=meta.place,
        language=detect_language(text),
    )


def dateline_meta(text: str) -> ArticleMeta:
    """What the text's dateline and byline say: outlet, date, place (the last resort)."""
    found = read_dateline(text)
    return ArticleMeta(outlet=found.outlet, date=found.date, place=found.place)


def headline_title(text: str) -> str:
    """A pasted text's title: its first line when that reads as a headline.

    Pasted text often starts with its first paragraph, not a headline; the
    title is then its opening words (dateline left out), cut at a word.
    """
    first = first_line_title(text)
    sentence = first.rstrip().endswith((".", "!", "?", '"', "\u201d"))
    if not first or (len(first) <= HEADLINE_LIMIT and not sentence):
        return first
    dateline = DATELINE.match(first)
    if dateline is not None:
        first = first[dateline.end() - 1 :]
    words = first[:HEADLINE_CUT].rsplit(" ", 1)[0] if len(first) > HEADLINE_CUT else first
    return words.rstrip(" ,;:.") + "\u2026"


def pasted_article(text: str, options: ArticleMeta) -> NewArticle:
    """An article pasted into the app: stored as given, with universal newlines."""
    text = universal_newlines(text)
    if not text.strip():
        raise InvalidInputError("the pasted text is empty")
    try:
        check_length(text, "the pasted text")
    except IngestError as exc:
        raise InvalidInputError(str(exc)) from exc
    meta = options.over(dateline_meta(text)).over(ArticleMeta(title=headline_title(text)))
    return NewArticle(
        text=text,
        title=meta.title,
        outlet=meta.outlet,
        date=meta.date,
        url=meta.url,
        path="",
        format="txt",
        place=meta.place,
        language=detect_language(text),
    )

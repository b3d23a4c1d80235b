"""Readers for each supported format: a file's bytes to a :class:`NewArticle`."""

from __future__ import annotations

from collections.abc import Callable
from configparser import ConfigParser
from functools import cache
from pathlib import Path

from workbench.core.domain import NewArticle
from workbench.core.errors import IngestError, InvalidInputError
from workbench.core.ingest.dateline import DATELINE, read_dateline
from workbench.core.ingest.decode import decode_bytes, universal_newlines
from workbench.core.ingest.language import detect_language
from workbench.core.ingest.metadata import ArticleMeta, check_date, read_sidecar

TITLE_LIMIT = 200
HEADLINE_LIMIT = 90
"""A first line longer than this, or ending a sentence, is a paragraph, not a headline."""
HEADLINE_CUT = 60
"""A title made from a paragraph's opening words stops at a word before this many characters."""
# HTML deeper or larger than this is refused rather than parsed for minutes.
MAX_HTML_ELEMENTS = 200_000
# The parser needs time and memory in proportion to a text's length (about 11 s
# and 600 MB for 200,000 characters on one core), and spaCy refuses outright
# past its max_length; a longer text is refused with a reason instead of
# hanging the import. 300,000 characters is some 50,000 words, several times
# the longest news feature.
MAX_TEXT_CHARS = 300_000


def first_line_title(text: str) -> str:
    """A text's first non-empty line, as a title (Markdown heading marks removed)."""
    for line in text.splitlines():
        # Control characters (a stray BEL, an escape sequence) have no place in a title.
        line = "".join(ch for ch in line if ch.isprintable() or ch == " ")
        line = line.strip().lstrip("#").strip()
        if line:
            return line[:TITLE_LIMIT]
    return ""


def check_length(text: str, path: str, max_chars: int = MAX_TEXT_CHARS) -> str:
    """Refuse a text too long to analyse in bounded time and memory.

    Raises:
        IngestError: the text has more than ``max_chars`` characters.
    """
    if len(text) > max_chars:
        raise IngestError(
            path,
            f"too long to analyse ({len(text):,} characters; the limit is {max_chars:,});"
            " split it into parts",
        )
    return text


@cache
def _trafilatura_config() -> ConfigParser:
    """trafilatura's defaults, with a cap on the tree size and no network look-ups."""
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "MAX_TREE_SIZE", str(MAX_HTML_ELEMENTS))
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
    return config


def read_text(data: bytes, path: str) -> tuple[str, ArticleMeta]:
    """A text file; its first line is its title, shortened when it is a whole paragraph."""
    text = decode_bytes(data, path)
    return text, ArticleMeta(title=headline_title(text))


def read_html(data: bytes, path: str) -> tuple[str, ArticleMeta]:
    """Main text and metadata of a web page, through trafilatura."""
    # trafilatura (and lxml) load only when a page is read: they slow every start-up.
    import trafilatura
    from lxml.etree import ParserError

    markup = decode_bytes(data, path)
    if markup.count("<") > MAX_HTML_ELEMENTS:
        raise IngestError(path, f"the page has more than {MAX_HTML_ELEMENTS:,} tags; refused")
    try:
        document = trafilatura.bare_extraction(
            markup,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            favor_recall=True,
            config=_trafilatura_config(),
        )
    except (ParserError, ValueError, RecursionError) as exc:
        raise IngestError(path, f"cannot read the HTML ({exc})") from exc
    text = universal_newlines(getattr(document, "text", "") or "") if document else ""
    if not text.strip():
        raise IngestError(path, "no article text found in the HTML page")
    try:
        when = check_date(str(getattr(document, "date", "") or ""))
    except InvalidInputError:
        when = ""
    meta = ArticleMeta(
        title=str(getattr(document, "title", "") or "")[:TITLE_LIMIT],
        outlet=str(getattr(document, "sitename", "") or ""),
        date=when,
        url=str(getattr(document, "url", "") or ""),
    )
    return text, meta


READERS: dict[str, tuple[str, Callable[[bytes, str], tuple[str, ArticleMeta]]]] = {
    ".txt": ("txt", read_text),
    ".text": ("txt", read_text),
    ".md": ("md", read_text),
    ".markdown": ("md", read_text),
    ".html": ("html", read_html),
    ".htm": ("html", read_html),
}
SUPPORTED_SUFFIXES = tuple(READERS)


def read_article(
    path: Path, options: ArticleMeta, *, max_bytes: int, max_chars: int = MAX_TEXT_CHARS
) -> NewArticle:
    """Read one file; metadata from ``options``, else its sidecar, else the file.

    Raises:
        IngestError: unsupported, unreadable, too big, too long, empty or not text.
    """
    name = str(path)
    entry = READERS.get(path.suffix.lower())
    if entry is None:
        supported = ", ".join(SUPPORTED_SUFFIXES)
        raise IngestError(
            name, f"unsupported file type {path.suffix or '(none)'!r}; use {supported}"
        )
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise IngestError(
                name, f"too big ({size / 1e6:.1f} MB; the limit is {max_bytes / 1e6:.0f} MB)"
            )
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(name, f"cannot read the file ({exc.strerror or exc})") from exc
    fmt, reader = entry
    text, own = reader(data, name)
    check_length(text, name, max_chars)
    meta = options.over(read_sidecar(path)).over(own).over(dateline_meta(text))
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
    return words.rstrip(" ,;:.") + "…"


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

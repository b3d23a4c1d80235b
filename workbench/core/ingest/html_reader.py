"""Web pages: the main text and metadata of HTML, through trafilatura."""

from __future__ import annotations

import html
import re
from configparser import ConfigParser
from functools import cache

from workbench.core.errors import IngestError, InvalidInputError
from workbench.core.ingest.decode import decode_bytes, universal_newlines
from workbench.core.ingest.metadata import TITLE_LIMIT, ArticleMeta, check_date

# HTML deeper or larger than this is refused rather than parsed for minutes.
MAX_HTML_ELEMENTS = 200_000
MAX_HEAD = 20_000
"""Characters at the start of a page its title is looked for in."""


@cache
def _trafilatura_config() -> ConfigParser:
    """trafilatura's defaults, with a cap on the tree size and no network look-ups."""
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "MAX_TREE_SIZE", str(MAX_HTML_ELEMENTS))
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
    return config


def read_html(data: bytes, path: str) -> tuple[str, ArticleMeta]:
    """Main text and metadata of a web page, through trafilatura."""
    return html_text(decode_bytes(data, path), path)


def html_text(markup: str, path: str) -> tuple[str, ArticleMeta]:
    """Main text and metadata of decoded HTML markup."""
    # trafilatura (and lxml) load only when a page is read: they slow every start-up.
    import trafilatura
    from lxml.etree import ParserError

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
    title = str(getattr(document, "title", "") or "")
    meta = ArticleMeta(
        title=title[:TITLE_LIMIT],
        outlet=str(getattr(document, "sitename", "") or "") or _title_suffix(markup, title),
        date=when,
        url=str(getattr(document, "url", "") or ""),
    )
    return text, meta


_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_SEPARATOR = re.compile(r"\s+[|\u2013\u2014-]\s+")
MAX_SITE_WORDS = 8


def _title_suffix(markup: str, title: str) -> str:
    """The site's name a page's title ends with, when the page names no site otherwise:
    "Unemployment falls | Ministry of Labour of Perenia" gives the ministry ('' when the
    title has no such ending, or the ending is the article's own title)."""
    match = _TITLE.search(markup[:MAX_HEAD])
    if match is None or not title:
        return ""
    parts = _SEPARATOR.split(html.unescape(" ".join(match[1].split())))
    if len(parts) < 2 or parts[0].strip() != title.strip():
        return ""
    site = parts[-1].strip()
    return site if 0 < len(site.split()) <= MAX_SITE_WORDS and site != title else ""

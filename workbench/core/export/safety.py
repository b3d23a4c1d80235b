"""Guards for values that come from articles, notes and sources.

Autoescaping stops markup; these stop what escaping cannot: a
``javascript:`` link, a CSS payload in a status colour, a spreadsheet
formula, Markdown syntax smuggled into a pasted report.
"""

from __future__ import annotations

import re
from urllib.parse import quote, urlsplit

DEFAULT_COLOR = "#757575"
SAFE_URL_SCHEMES = frozenset({"http", "https", "mailto", "ftp"})
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")

_HEX_COLOR = re.compile(r"#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})")
_NAMED_COLOR = re.compile(r"[a-zA-Z]{3,20}")
_WHITESPACE = re.compile(r"\s+")
_MD_ALWAYS = re.compile(r"([\\`*_\[\]<>#|~&!])")
_MD_LINE_START = re.compile(r"^(\s*)([-+=>]|\d+[.)])")


def safe_url(url: str) -> str:
    """``url`` if it is an absolute link with a harmless scheme, else ``""``.

    Relative and schemeless values are refused too: in a report saved to
    disk they would resolve against the reader's file system.
    """
    url = url.strip()
    if not url or any(ch in url for ch in "\x00\n\r\t"):
        return ""
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError:
        return ""
    return url if scheme in SAFE_URL_SCHEMES else ""


def safe_color(color: str) -> str:
    """A CSS colour that cannot carry more CSS: hex or a bare name, else grey."""
    color = color.strip()
    if _HEX_COLOR.fullmatch(color) or _NAMED_COLOR.fullmatch(color):
        return color
    return DEFAULT_COLOR


def text_on(color: str) -> str:
    """Black or white, whichever reads better on ``color`` (hex only; else white)."""
    color = safe_color(color)
    if not color.startswith("#"):
        return "#ffffff"
    digits = color[1:]
    if len(digits) in (3, 4):
        digits = "".join(ch * 2 for ch in digits[:3])
    red, green, blue = (int(digits[i : i + 2], 16) for i in (0, 2, 4))
    luminance = 0.299 * red + 0.587 * green + 0.114 * blue
    return "#000000" if luminance > 150 else "#ffffff"


def neutralise_cell(value: str) -> str:
    """A spreadsheet cell that is shown, never run as a formula (OWASP's advice)."""
    if value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def md_escape(text: str) -> str:
    """Inline Markdown text that renders as the same characters.

    Runs of white space (newlines included) become one space because every
    value sits inside a line or a table cell; the characters that start emphasis, links, HTML, code,
    headings or table cells are backslash-escaped.
    """
    text = _WHITESPACE.sub(" ", text)
    text = _MD_ALWAYS.sub(r"\\\1", text)
    return _MD_LINE_START.sub(r"\1\\\2", text)


def md_url(url: str) -> str:
    """A link destination for ``[text](<...>)``; empty for an unsafe url."""
    url = safe_url(url)
    return quote(url, safe="/:?#[]@!$&'()*+,;=%~-._") if url else ""

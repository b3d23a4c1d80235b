"""Bytes to text, keeping offsets honest.

A file's text is stored exactly as decoded - UTF-8 first, else the encoding
charset-normalizer detects - with universal newlines and nothing else
changed, so offsets into it stay meaningful to anyone who opens the file.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes
from charset_normalizer.utils import is_multi_byte_encoding

from workbench.core.errors import IngestError

PREFERRED_8BIT = "cp1252"
CHAOS_TIE = 0.01
CJK_MIN_HIGH_BYTES = 0.3
# Control characters other than tab, line feed, vertical tab and form feed.
_CONTROLS = re.compile("[\x00-\x08\x0d-\x1f]")


def universal_newlines(text: str) -> str:
    """``\\r\\n`` and lone ``\\r`` become ``\\n``, as Python's text mode reads them."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode_bytes(data: bytes, path: str) -> str:
    """Decode a text file's bytes, refusing what is binary or undecodable.

    Raises:
        IngestError: empty, binary (NUL bytes) or in no encoding we can detect.
    """
    if not data.strip():
        raise IngestError(path, "the file is empty")
    for bom, encoding in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return check_text(universal_newlines(data.decode(encoding)), path)
            except UnicodeDecodeError as exc:
                raise IngestError(path, f"not valid {encoding} text ({exc.reason})") from exc
    if b"\x00" in data:
        raise IngestError(path, "looks like a binary file (it contains NUL bytes), not text")
    try:
        return check_text(universal_newlines(data.decode("utf-8-sig")), path)
    except UnicodeDecodeError:
        pass
    return check_text(universal_newlines(_detected(data, path)), path)


def _detected(data: bytes, path: str) -> str:
    """The text in the encoding charset-normalizer finds most plausible.

    Western European text is the commonest non-UTF-8 file a newsroom has, yet
    on a short text charset-normalizer often ranks a Central European or Baltic
    code page just as high ("déclaré" read as "déclarč"). Among the readings
    as plausible as the best, Windows-1252 wins.
    """
    results = from_bytes(data)
    best = results.best()
    if best is None:
        raise IngestError(path, "cannot tell which text encoding the file uses")
    # A mostly-ASCII text with a stray accented byte is no Chinese or Korean
    # text, yet a lone high byte can pair with the next letter into one CJK
    # character ("said \xa0OK" read as "said 𤪻K"); CJK text is mostly high bytes.
    high = sum(1 for byte in data if byte >= 0x80) / len(data)
    implausible = is_multi_byte_encoding(best.encoding) and high < CJK_MIN_HIGH_BYTES
    if implausible or any(
        PREFERRED_8BIT in match.could_be_from_charset
        for match in results
        if match.chaos <= best.chaos + CHAOS_TIE
    ):
        try:
            return data.decode(PREFERRED_8BIT)
        except UnicodeDecodeError:
            pass
    return str(best)


def check_text(text: str, path: str) -> str:
    """Refuse a text with nothing in it, or one that is mostly control characters."""
    if not text.strip():
        raise IngestError(path, "the file holds no text")
    if "\x00" in text:
        raise IngestError(path, "the text contains NUL characters; it looks like a binary file")
    controls = len(_CONTROLS.findall(text))
    if controls > max(16, len(text) // 100):
        raise IngestError(path, "looks like a binary file (too many control characters)")
    return text

"""Bytes to text, keeping offsets honest.

A file's text is stored exactly as decoded - UTF-8 first, else the encoding
charset-normalizer detects - with universal newlines and nothing else
changed, so offsets into it stay meaningful to anyone who opens the file.
"""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from workbench.core.errors import IngestError


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
                return _checked(universal_newlines(data.decode(encoding)), path)
            except UnicodeDecodeError as exc:
                raise IngestError(path, f"not valid {encoding} text ({exc.reason})") from exc
    if b"\x00" in data:
        raise IngestError(path, "looks like a binary file (it contains NUL bytes), not text")
    try:
        return _checked(universal_newlines(data.decode("utf-8-sig")), path)
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        raise IngestError(path, "cannot tell which text encoding the file uses")
    return _checked(universal_newlines(str(best)), path)


def _checked(text: str, path: str) -> str:
    if not text.strip():
        raise IngestError(path, "the file holds no text")
    if "\x00" in text:
        raise IngestError(path, "the text contains NUL characters; it looks like a binary file")
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\t\f\v")
    if controls > max(16, len(text) // 100):
        raise IngestError(path, "looks like a binary file (too many control characters)")
    return text

"""A text file's stored text is its decoded content: universal newlines, nothing else changed."""

from __future__ import annotations

import codecs
from collections.abc import Callable
from pathlib import Path

import pytest

from workbench.core.importing import ImportReport
from workbench.core.ingest import ArticleMeta, read_article

LIMIT = 1_000_000
NONE = ArticleMeta()

# Tabs, trailing spaces, non-breaking and zero-width spaces, a form feed,
# typographic quotes, Arabic, an emoji with a joiner: all must survive as they are.
TRICKY = (
    "Title line  \n"
    "\tIndented\u00a0text with\u200btrailing spaces   \n"
    "\u201cWe saw 500 bodies,\u201d a doctor said \u2013 "
    "\u0642\u0627\u0644 \U0001f468\u200d\U0001f469.\n"
    "\x0cNext page\n"
)
WESTERN = "Le ministère a déclaré que 500 personnes étaient mortes à Deraa.\nÇa a été nié.\n"
SMART = "The minister said \u201cnothing happened\u201d \u2013 a lie, critics said \u2026\n"


@pytest.mark.parametrize(
    ("text", "encode"),
    [
        (TRICKY, lambda t: t.encode("utf-8")),
        (TRICKY, lambda t: codecs.BOM_UTF8 + t.encode("utf-8")),
        (TRICKY, lambda t: t.encode("utf-16")),  # with its BOM, native order
        (TRICKY, lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be")),
        (TRICKY, lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le")),
        (TRICKY, lambda t: t.encode("utf-32")),
        (WESTERN, lambda t: t.encode("latin-1")),
        (WESTERN, lambda t: t.encode("cp1252")),
        (SMART, lambda t: t.encode("cp1252")),
        ("Министерство заявило, что погибли 500 человек.\n", lambda t: t.encode("cp1251")),
        ("A rights group said\u00a0A spokesman said 40 died.\n", lambda t: t.encode("cp1252")),
        ("中国外交部发言人表示，500人在冲突中死亡。\n", lambda t: t.encode("gb18030")),
    ],
    ids=[
        "utf8",
        "utf8-bom",
        "utf16-bom",
        "utf16be-bom",
        "utf16le-bom",
        "utf32-bom",
        "latin1",
        "cp1252",
        "cp1252-quotes",
        "cp1251",
        "cp1252-lone-nbsp",
        "gb18030",
    ],
)
def test_decoded_text_is_stored_unchanged(files: Path, text: str, encode: object) -> None:
    path = files / "story.txt"
    path.write_bytes(encode(text))  # type: ignore[operator]
    assert read_article(path, NONE, max_bytes=LIMIT).text == text


@pytest.mark.parametrize(
    ("raw", "stored"),
    [
        (b"one\r\ntwo\r\n", "one\ntwo\n"),
        (b"one\rtwo\r", "one\ntwo\n"),
        (b"one\r\r\ntwo\n\rthree", "one\n\ntwo\n\nthree"),
        (b"no newline at the end", "no newline at the end"),
        (b"\n\nleading blank lines\n\n\n", "\n\nleading blank lines\n\n\n"),
    ],
)
def test_newlines_become_universal_and_nothing_else_moves(
    files: Path, raw: bytes, stored: str
) -> None:
    path = files / "story.txt"
    path.write_bytes(raw)
    assert read_article(path, NONE, max_bytes=LIMIT).text == stored
    path.write_bytes(raw.decode().encode("utf-16"))
    assert read_article(path, NONE, max_bytes=LIMIT).text == stored


def test_same_text_in_two_encodings_is_one_article(
    files: Path, run_import: Callable[..., ImportReport]
) -> None:
    (files / "a.txt").write_bytes(TRICKY.encode("utf-8"))
    (files / "b.txt").write_bytes(TRICKY.replace("\n", "\r\n").encode("utf-16"))
    report = run_import(files)
    assert [i.path for i in report.imported] == [str(files / "a.txt")]
    assert report.duplicates == [(str(files / "b.txt"), report.imported[0].id)]

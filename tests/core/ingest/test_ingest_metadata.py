"""Metadata: the options win, then the sidecar NAME.meta.json, then the file itself."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from workbench.core.errors import IngestError, InvalidInputError
from workbench.core.ingest import ArticleMeta, check_date, read_article

LIMIT = 1_000_000
PAGE = """<html><head><title>Page title</title>
<meta property="og:site_name" content="Page Outlet">
<meta property="og:url" content="https://page.example/a">
<meta name="date" content="2011-04-01"></head>
<body><article><p>The governor said roads into the city were closed on Tuesday
while soldiers searched houses.</p></article></body></html>"""


def sidecar(path: Path, data: object) -> None:
    path.with_name(path.stem + ".meta.json").write_text(json.dumps(data), encoding="utf-8")


@pytest.fixture
def page(files: Path) -> Path:
    path = files / "story.html"
    path.write_text(PAGE, encoding="utf-8")
    return path


def test_file_metadata_alone(page: Path) -> None:
    article = read_article(page, ArticleMeta(), max_bytes=LIMIT)
    assert (article.title, article.outlet, article.date, article.url) == (
        "Page title",
        "Page Outlet",
        "2011-04-01",
        "https://page.example/a",
    )


def test_sidecar_beats_the_file_field_by_field(page: Path) -> None:
    sidecar(page, {"title": "Sidecar title", "date": "2011-04-02", "extra": "ignored"})
    article = read_article(page, ArticleMeta(), max_bytes=LIMIT)
    assert (article.title, article.outlet, article.date, article.url) == (
        "Sidecar title",
        "Page Outlet",
        "2011-04-02",
        "https://page.example/a",
    )


def test_options_beat_the_sidecar_field_by_field(page: Path) -> None:
    sidecar(page, {"title": "Sidecar title", "outlet": "Sidecar Outlet", "date": "2011-04-02"})
    options = ArticleMeta(outlet="Option Outlet", date="2011-04-03")
    article = read_article(page, options, max_bytes=LIMIT)
    assert (article.title, article.outlet, article.date, article.url) == (
        "Sidecar title",
        "Option Outlet",
        "2011-04-03",
        "https://page.example/a",
    )


def test_text_file_title_from_first_line_unless_told(files: Path) -> None:
    path = files / "wire.txt"
    path.write_text("Ministry denies shooting\n\nBody.\n", encoding="utf-8")
    assert read_article(path, ArticleMeta(), max_bytes=LIMIT).title == "Ministry denies shooting"
    sidecar(path, {"title": "From sidecar", "date": "2011-04-29T10:00:00Z", "outlet": None})
    article = read_article(path, ArticleMeta(), max_bytes=LIMIT)
    assert (article.title, article.date, article.outlet) == ("From sidecar", "2011-04-29", "")


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("{not json", "unreadable metadata"),
        ('["a", "list"]', "must be a JSON object"),
        ('{"date": "29/04/2011"}', "YYYY-MM-DD"),
        ('{"date": "2011-02-30"}', "YYYY-MM-DD"),
    ],
)
def test_a_bad_sidecar_is_reported_by_its_own_name(files: Path, content: str, reason: str) -> None:
    path = files / "wire.txt"
    path.write_text("Body text.\n", encoding="utf-8")
    side = files / "wire.meta.json"
    side.write_text(content, encoding="utf-8")
    with pytest.raises(IngestError, match=reason) as caught:
        read_article(path, ArticleMeta(), max_bytes=LIMIT)
    assert caught.value.path == str(side)


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2011-04-29", "2011-04-29"), (" 2011-04-29T12:00:00+02:00 ", "2011-04-29"), ("", "")],
)
def test_check_date_accepts(value: str, expected: str) -> None:
    assert check_date(value) == expected


@pytest.mark.parametrize("value", ["yesterday", "2011-13-01", "11-04-29", "2011/04/29"])
def test_check_date_refuses_with_the_option_name(value: str) -> None:
    with pytest.raises(InvalidInputError, match=r"--date: .* YYYY-MM-DD"):
        check_date(value, "--date")


MARKDOWN = """---
title: "Ferry capsizes on the Meghna"
publisher: Harbor Post
date: 2026-03-14
url: https://harbor.example/ferry
tags: [river, ferry]
---

# Ferry capsizes on the Meghna

Twelve bodies had been recovered by evening, the district administrator said.
"""


def test_markdown_front_matter_is_metadata_and_not_text(files: Path) -> None:
    path = files / "ferry.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    article = read_article(path, ArticleMeta(), max_bytes=LIMIT)
    expected = ArticleMeta("Ferry capsizes on the Meghna", "Harbor Post", "2026-03-14",
                           "https://harbor.example/ferry")  # fmt: skip
    assert ArticleMeta(article.title, article.outlet, article.date, article.url) == expected
    assert article.text.startswith("# Ferry capsizes")
    assert "tags" not in article.text


def test_markdown_without_front_matter_keeps_its_rules(files: Path) -> None:
    path = files / "rule.md"
    path.write_text("The minister said so.\n\n---\n\ntitle: not metadata\n", encoding="utf-8")
    article = read_article(path, ArticleMeta(), max_bytes=LIMIT)
    assert article.text.startswith("The minister said so.")
    assert "title: not metadata" in article.text


def test_a_bad_front_matter_date_names_the_file(files: Path) -> None:
    path = files / "bad.md"
    path.write_text("---\ndate: last Tuesday\n---\n\nThe minister said so.\n", encoding="utf-8")
    with pytest.raises(IngestError, match=r"bad\.md.*front matter date: 'last Tuesday'"):
        read_article(path, ArticleMeta(), max_bytes=LIMIT)


def test_front_matter_alone_is_no_article(files: Path) -> None:
    path = files / "stub.md"
    path.write_text("---\ntitle: To be written\noutlet: Daily\n---\n\n  \n", encoding="utf-8")
    with pytest.raises(IngestError, match=r"stub\.md.*only front matter"):
        read_article(path, ArticleMeta(), max_bytes=LIMIT)


def test_a_title_with_a_colon_of_its_own_is_read_line_by_line(files: Path) -> None:
    path = files / "live.md"
    path.write_text(
        "---\ntitle: Live: Storm Hestia makes landfall\noutlet: 'Coastal Live'\n"
        'date: 2026-09-14\n---\n\n"We were not warned," he said.\n',
        encoding="utf-8",
    )
    article = read_article(path, ArticleMeta(), max_bytes=LIMIT)
    assert (article.title, article.outlet, article.date) == (
        "Live: Storm Hestia makes landfall", "Coastal Live", "2026-09-14"
    )  # fmt: skip
    assert article.text.startswith('"We were not warned,"')

"""Each supported format becomes an article whose text all offsets can index."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.core.errors import IngestError, InvalidInputError
from workbench.core.ingest import ArticleMeta, read_article
from workbench.core.ingest.readers import first_line_title, pasted_article

LIMIT = 1_000_000
NONE = ArticleMeta()

STORY = "Deraa toll rises\n\nA rights group said 500 people were killed.\n"

PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<title>Army enters Deraa | Beirut Evening Courier</title>
<meta property="og:title" content="Army enters Deraa">
<meta property="og:site_name" content="Beirut Evening Courier">
<meta property="og:url" content="https://courier.example/deraa">
<meta name="date" content="2011-04-25">
<script>var tracking = "Officials said nothing";</script>
<style>p { color: red }</style>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>Army enters Deraa</h1>
<p>Tanks rolled into the southern city of Deraa on Monday, residents said.</p>
<p>A rights group said at least 25 people had been killed since dawn.</p>
<script>document.write("injected text")</script>
</article>
<footer>Copyright 2011 Beirut Evening Courier</footer>
</body></html>
"""


def write(folder: Path, name: str, data: str | bytes) -> Path:
    path = folder / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


@pytest.mark.parametrize(
    ("name", "fmt"),
    [("story.txt", "txt"), ("story.text", "txt"), ("STORY.TXT", "txt"), ("story.md", "md")],
)
def test_text_files_are_stored_as_decoded(files: Path, name: str, fmt: str) -> None:
    article = read_article(write(files, name, STORY), NONE, max_bytes=LIMIT)
    assert article.text == STORY
    assert article.format == fmt
    assert article.title == "Deraa toll rises"
    assert article.path == str(files / name)


def test_markdown_keeps_its_markup_so_offsets_match_the_file(files: Path) -> None:
    source = "# Deraa *toll* rises\n\n> A rights group said **500** people were killed.\n"
    article = read_article(write(files, "a.md", source), NONE, max_bytes=LIMIT)
    assert article.text == source
    assert article.title == "Deraa *toll* rises"


@pytest.mark.parametrize("name", ["page.html", "page.htm", "PAGE.HTML"])
def test_html_main_text_and_metadata(files: Path, name: str) -> None:
    article = read_article(write(files, name, PAGE), NONE, max_bytes=LIMIT)
    assert article.format == "html"
    assert "Tanks rolled into the southern city of Deraa on Monday" in article.text
    assert "at least 25 people had been killed" in article.text
    for boilerplate in ("tracking", "injected", "color: red", "Copyright", "World"):
        assert boilerplate not in article.text
    assert article.title == "Army enters Deraa"
    assert article.outlet == "Beirut Evening Courier"
    assert article.url == "https://courier.example/deraa"
    assert article.date == "2011-04-25"


@pytest.mark.parametrize(
    ("title", "outlet"),
    [
        ("Unemployment falls | Ministry of Labour of Perenia", "Ministry of Labour of Perenia"),
        ("Unemployment falls \u2013 Ostra Daily", "Ostra Daily"),
        ("Unemployment falls", ""),
        ("Jobs, pay - and what comes next", ""),  # the title's own dash: no site after it
    ],
)
def test_a_page_naming_no_site_takes_it_from_its_titles_end(
    files: Path, title: str, outlet: str
) -> None:
    headline = title.split(" | ")[0].split(" \u2013 ")[0]
    body = "Unemployment in Perenia fell to 5.2 percent in March, the ministry said. " * 4
    page = (
        f"<html><head><title>{title}</title></head><body><article><h1>{headline}</h1>"
        f"<p>{body}</p></article></body></html>"
    )
    article = read_article(write(files, "release.html", page), NONE, max_bytes=LIMIT)
    assert article.outlet == outlet


def test_html_without_article_text_is_refused(files: Path) -> None:
    with pytest.raises(IngestError, match="no article text"):
        read_article(
            write(files, "empty.html", "<html><body></body></html>"), NONE, max_bytes=LIMIT
        )


def test_title_falls_back_to_the_file_name(files: Path) -> None:
    article = read_article(write(files, "no-title.txt", "\n\n   \n#\nBody"), NONE, max_bytes=LIMIT)
    assert article.title == "Body"
    body = "The ministry said the roads were closed for repairs. " * 8
    page = f"<html><body><article><p>{body}</p></article></body></html>"
    article = read_article(write(files, "untitled.html", page), NONE, max_bytes=LIMIT)
    assert article.title == "untitled"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("  ## Heading  \nbody", "Heading"),
        ("Title\x07 with bell\x1b\nbody", "Title with bell"),
        ("x" * 500, "x" * 200),
        ("", ""),
    ],
)
def test_first_line_title(text: str, title: str) -> None:
    assert first_line_title(text) == title


def test_pasted_text_gets_universal_newlines_and_a_title() -> None:
    article = pasted_article("Title\r\nBody\rmore", ArticleMeta(outlet="Wire"))
    assert article.text == "Title\nBody\nmore"
    assert (article.title, article.outlet, article.path) == ("Title", "Wire", "")
    with pytest.raises(InvalidInputError):
        pasted_article(" \n\t", NONE)

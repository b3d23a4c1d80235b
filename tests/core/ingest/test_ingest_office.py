"""Word, OpenDocument and e-mail: the text in reading order and the metadata people set."""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path

import docx
import pytest
from doc_builders import zip_bomb
from odfdo import Document, Header, Paragraph

from workbench.core.domain import NewArticle
from workbench.core.errors import IngestError
from workbench.core.importing import ImportReport
from workbench.core.ingest import ArticleMeta, read_article

LIMIT = 10_000_000
TITLE = "Ministry statement on the events in Deraa"
PARAGRAPHS = [
    "The interior ministry said on Friday that armed gangs had attacked army posts.",
    "A spokesman denied that troops had fired on protesters in the city.",
]


def read(path: Path) -> NewArticle:
    return read_article(path, ArticleMeta(), max_bytes=LIMIT)


def word_file(path: Path, *, table: bool = True) -> Path:
    document = docx.Document()
    document.core_properties.title = TITLE
    document.core_properties.author = "Interior Ministry press office"
    document.core_properties.created = dt.datetime(2011, 4, 29, 9, 30)
    document.add_heading(TITLE, level=1)
    document.add_paragraph(PARAGRAPHS[0])
    if table:
        grid = document.add_table(rows=2, cols=2)
        for r, row in enumerate((("City", "Killed"), ("Deraa", "11"))):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    document.add_paragraph("")  # an empty paragraph used as spacing
    document.add_paragraph(PARAGRAPHS[1])
    section = document.sections[0]
    section.header.paragraphs[0].text = "PRESS RELEASE - FOR IMMEDIATE USE"
    document.save(str(path))
    return path


def test_docx_text_in_order_with_its_table_and_metadata(files: Path) -> None:
    article = read(word_file(files / "statement.docx"))
    assert article.format == "docx"
    assert (
        article.text
        == f"{TITLE}\n\n{PARAGRAPHS[0]}\n\nCity\tKilled\n\nDeraa\t11\n\n{PARAGRAPHS[1]}\n"
    )
    assert "PRESS RELEASE" not in article.text  # the running header is not the statement
    assert (article.title, article.outlet, article.date) == (
        TITLE,
        "Interior Ministry press office",
        "2011-04-29",
    )


def test_a_date_line_in_a_word_file_wins_over_the_files_own_date(files: Path) -> None:
    path = word_file(files / "release.docx", table=False)
    document = docx.Document(str(path))
    document.paragraphs[0].insert_paragraph_before("Damascus, 29 April 2026")
    document.save(str(path))
    article = read(path)
    assert article.date == "2026-04-29"  # the file says it was made in 2011 (a template's)
    assert article.outlet == "Interior Ministry press office"  # the file's author still


def test_a_full_date_on_a_reports_opening_lines_is_its_date(files: Path) -> None:
    path = word_file(files / "report.docx", table=False)
    document = docx.Document(str(path))
    document.paragraphs[0].insert_paragraph_before("Country Office. 22 August 2026")
    document.save(str(path))
    assert read(path).date == "2026-08-22"  # not the file's 2011
    assert read(word_file(files / "plain.docx")).date == "2011-04-29"  # no date in the text


def test_odt_text_and_metadata(files: Path) -> None:
    document = Document("text")
    document.body.append(Header(1, TITLE))
    for paragraph in PARAGRAPHS:
        document.body.append(Paragraph(paragraph))
    document.get_part("meta.xml").set_title("Deraa statement")
    path = files / "statement.odt"
    document.save(path)
    article = read(path)
    assert article.format == "odt"
    assert article.text == f"{TITLE}\n\n{PARAGRAPHS[0]}\n\n{PARAGRAPHS[1]}\n"
    assert article.title == "Deraa statement"


def mail(body: str, *, html: bool = False) -> EmailMessage:
    message = EmailMessage()
    message["From"] = "Interior Ministry Press Office <press@moi.example>"
    message["Subject"] = f"Fwd: {TITLE}"
    message["Date"] = "Fri, 29 Apr 2011 18:05:00 +0300"
    if html:
        message.set_content(body, subtype="html")
    else:
        message.set_content(body)
    return message


def test_eml_subject_sender_date(files: Path) -> None:
    path = files / "statement.eml"
    path.write_bytes(bytes(mail("\r\n".join(PARAGRAPHS) + "\r\n")))
    article = read(path)
    assert article.format == "eml"
    assert article.text == "\n".join(PARAGRAPHS) + "\n"
    assert (article.title, article.outlet, article.date) == (
        TITLE,
        "Interior Ministry Press Office",
        "2011-04-29",
    )


def test_eml_html_body_and_a_statement_forwarded_as_attachment(files: Path) -> None:
    page = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    path = files / "html.eml"
    path.write_bytes(bytes(mail(f"<html><body><article>{page}</article></body></html>", html=True)))
    assert all(p in read(path).text for p in PARAGRAPHS)

    cover = mail("FYI, see below.")
    cover.add_attachment(mail("\n".join(PARAGRAPHS)))
    path = files / "forwarded.eml"
    path.write_bytes(bytes(cover))
    article = read(path)
    assert article.text.startswith(PARAGRAPHS[0]) and "FYI" not in article.text


@pytest.mark.parametrize(
    ("name", "member", "reason"),
    [
        ("bomb.docx", "word/document.xml", "zip bomb"),
        ("bomb.odt", "content.xml", "zip bomb"),
    ],
)
def test_zip_bomb_is_refused_unopened(files: Path, name: str, member: str, reason: str) -> None:
    path = files / name
    path.write_bytes(zip_bomb(member, 64 << 20))
    assert path.stat().st_size < 1_000_000
    with pytest.raises(IngestError, match=reason):
        read(path)


def test_archive_of_the_wrong_kind(files: Path) -> None:
    path = files / "sheet.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    with pytest.raises(IngestError, match=r"not a Word \(.docx\) file \(no word/document.xml"):
        read(path)


def test_each_format_imports_once_and_a_bad_file_does_not_stop_the_rest(
    files: Path, run_import: Callable[..., ImportReport]
) -> None:
    word_file(files / "a.docx")
    (files / "b.eml").write_bytes(bytes(mail("\n".join(PARAGRAPHS))))
    (files / "broken.docx").write_bytes(b"PK\x03\x04 truncated")
    first = run_import(files)
    assert sorted(Path(i.path).name for i in first.imported) == ["a.docx", "b.eml"]
    assert [Path(p).name for p, _ in first.failed] == ["broken.docx"]
    copy = files / "copy"
    copy.mkdir()
    word_file(copy / "same-words.docx", table=True)
    again = run_import(files)
    assert again.imported == []
    assert sorted(Path(p).name for p, _ in again.duplicates) == [
        "a.docx",
        "b.eml",
        "same-words.docx",
    ]

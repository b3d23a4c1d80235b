"""PDF: the text a person reads, in order, without the page furniture, with its metadata."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

import pytest
from doc_builders import Text, pdf, wrap

from workbench.core.errors import Cancelled, IngestError
from workbench.core.importing import ImportReport
from workbench.core.ingest import ArticleMeta, read_article
from workbench.core.ingest.pdf_layout import Block, Line, Page, document_text
from workbench.core.ingest.sandbox import SandboxLimits, read_in_sandbox
from workbench.core.progress import Watch

LIMIT = 10_000_000
INTRO = (
    "Security forces have killed 560 people since protests began in mid-March, an activist"
    " group said on Thursday, as troops backed by tanks tightened their grip on the city"
    " and residents described snipers on the roofs of mosques and government buildings"
)
CARRIED = "of the old quarter, where the group said no food had arrived for five days."
LEFT = (
    "The interior ministry said armed gangs had attacked army posts near the border and that"
    " eleven soldiers had been killed in the fighting on Monday."
)
RIGHT = (
    "A rights group said the army had opened fire on mourners at a funeral and that at"
    " least six people had died, a toll the ministry denied."
)
NOTE = "1 Figures from the group's own tally of named victims."


def body(lines: list[str], top: float, x: float = 50, size: float = 11) -> list[Text]:
    return [Text(x, top + 14 * i, line, size) for i, line in enumerate(lines)]


def furniture(number: int) -> list[Text]:
    return [
        Text(50, 30, "Rights Watch Levant - Deraa under siege - May 2011", 8),
        Text(280, 815, f"Page {number}", 8),
    ]


def report() -> bytes:
    intro = wrap(INTRO, 85)
    first = [
        *furniture(1),
        Text(50, 80, "Deraa under siege", 18),
        *body(intro, 130),
        Text(50, 760, NOTE, 7),
    ]
    # Two columns, drawn line by line across the page as some writers do.
    left, right = wrap(LEFT, 40), wrap(RIGHT, 40)
    left[1] = left[1] + " Presi-"  # a word hyphenated at the end of a line
    left[2] = "dent " + left[2]
    second: list[Text] = [*furniture(2), *body(wrap(CARRIED, 85), 80)]
    for i in range(max(len(left), len(right))):
        if i < len(left):
            second.append(Text(50, 160 + 14 * i, left[i]))
        if i < len(right):
            second.append(Text(310, 160 + 14 * i, right[i]))
    info = {
        "Title": "Deraa under siege",
        "Author": "Rights Watch Levant",
        "CreationDate": "D:20110502100000Z",
    }
    return pdf([first, second, [*furniture(3), *body(["The end of the report."], 80)]], info)


@pytest.fixture
def read(files: Path):  # type: ignore[no-untyped-def]
    def run(data: bytes, name: str = "report.pdf"):  # type: ignore[no-untyped-def]
        path = files / name
        path.write_bytes(data)
        return read_article(path, ArticleMeta(), max_bytes=LIMIT)

    return run


def test_report_reads_in_order_without_page_furniture(read) -> None:  # type: ignore[no-untyped-def]
    article = read(report())
    text = article.text
    assert article.format == "pdf"
    for furniture_text in ("Rights Watch Levant -", "Page 1", "Page 2", "Page 3"):
        assert furniture_text not in text
    paragraphs = text.rstrip("\n").split("\n\n")
    assert paragraphs[0] == "Deraa under siege"
    # The paragraph cut by the page break is one paragraph again.
    assert paragraphs[1] == f"{INTRO} {CARRIED}"
    # The left column before the right one, each one paragraph, the broken word whole.
    left = wrap(LEFT, 40)
    assert paragraphs[2] == " ".join([*left[:2], "President", *left[2:]])
    assert paragraphs[3] == RIGHT
    assert paragraphs[4] == "The end of the report."
    # The footnote comes after the text it would otherwise have cut.
    assert paragraphs[-1] == NOTE


def test_metadata_title_author_date(read) -> None:  # type: ignore[no-untyped-def]
    article = read(report())
    assert (article.title, article.outlet, article.date) == (
        "Deraa under siege",
        "Rights Watch Levant",
        "2011-05-02",
    )


def test_without_metadata_the_first_line_is_the_title(read) -> None:  # type: ignore[no-untyped-def]
    article = read(pdf([[Text(50, 80, "Statement on the border", 16), *body(wrap(LEFT, 80), 120)]]))
    assert article.title == "Statement on the border"
    assert article.outlet == "" and article.date == ""


def test_scanned_pdf_says_it_has_no_text_layer(read) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(IngestError, match="no text layer.*no OCR") as caught:
        read(pdf([[], []], image_only=True), "scan.pdf")
    assert str(caught.value).startswith(str(caught.value.path))
    assert caught.value.path.endswith("scan.pdf")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"%PDF-1.7\n garbage without objects", "cannot read the PDF"),
        (b"PK\x03\x04 a zip named .pdf", "not a PDF file"),
        (b"", "not a PDF file"),
    ],
)
def test_damaged_pdf_is_refused_with_a_reason(read, data: bytes, reason: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(IngestError, match=reason):
        read(data, "bad.pdf")


def test_pdf_written_by_the_app_reads_back_as_its_paragraphs(qapp, read, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from workbench.gui.pdf import write_pdf

    samples = Path(__file__).resolve().parents[3] / "resources" / "samples"
    source = (samples / "levant_wire_death_toll.txt").read_text(encoding="utf-8")
    paragraphs = [line for line in source.splitlines() if line.strip()]
    markup = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    target = tmp_path / "qt.pdf"
    write_pdf(markup, target, title="Death toll rises")
    article = read(target.read_bytes(), "qt.pdf")
    assert article.title == "Death toll rises"
    assert article.text.rstrip("\n").split("\n\n") == [" ".join(p.split()) for p in paragraphs]


def test_layout_joins_hyphenated_words_but_keeps_compounds() -> None:
    def block(*lines: str, top: float = 200) -> Block:
        return Block(
            tuple(Line(t, top + 14 * i, top + 14 * i + 11) for i, t in enumerate(lines)), 11
        )

    page = Page(
        842,
        (
            block(
                "a six-week-old uprising, the ministry said on Fri-",
                "day, in a six-",
                "week-old siege",
            ),
            block("Bashar al-", "Assad said the demonstra -", "tions were planned.", top=400),
            block("the army - which denied it -", "said nothing", top=600),
        ),
    )
    paragraphs = document_text([page]).rstrip("\n").split("\n\n")
    assert paragraphs == [
        "a six-week-old uprising, the ministry said on Friday, in a six-week-old siege",
        "Bashar al-Assad said the demonstrations were planned.",
        "the army - which denied it - said nothing",
    ]


def test_layout_drops_running_lines_only_in_the_margins() -> None:
    def page(number: int, body_text: str) -> Page:
        return Page(
            842,
            (
                Block((Line("Annual report 2024", 20, 30),), 8),
                Block((Line(body_text, 300, 311),), 11),
                Block((Line("Annual report 2024", 400, 411),), 11),  # the same words in the body
                Block((Line(f"- {number} -", 800, 810),), 8),
            ),
        )

    text = document_text([page(1, "First page."), page(2, "Second page."), page(3, "Third.")])
    assert text.count("Annual report 2024") == 3
    assert "- 1 -" not in text and "First page." in text


def test_same_pdf_twice_is_one_article_and_a_bad_one_does_not_stop_the_rest(
    files: Path, run_import: Callable[..., ImportReport]
) -> None:
    (files / "a.pdf").write_bytes(report())
    (files / "b-copy.pdf").write_bytes(report())
    (files / "c-broken.pdf").write_bytes(b"%PDF-1.4 truncated")
    result = run_import(files)
    assert [Path(i.path).name for i in result.imported] == ["a.pdf"]
    assert [(Path(p).name, i) for p, i in result.duplicates] == [
        ("b-copy.pdf", result.imported[0].id)
    ]
    assert [Path(p).name for p, _ in result.failed] == ["c-broken.pdf"]


def test_the_reader_child_is_stopped_on_cancel_and_past_its_deadline() -> None:
    with pytest.raises(Cancelled):
        read_in_sandbox("pdf", report(), "r.pdf", Watch(cancelled=lambda: True))
    with pytest.raises(IngestError, match="no progress in reading for 0 s"):
        read_in_sandbox("pdf", report(), "r.pdf", Watch(), SandboxLimits(page_seconds=0.0))
    text, meta = read_in_sandbox("pdf", report(), "r.pdf", Watch())
    assert text.startswith("Deraa under siege") and meta["author"] == "Rights Watch Levant"

"""Reports say things in a reader's words: no internal name reaches the page.

The demo case, with the statuses and source types whose internal names are
the least readable in use, exported as HTML, Markdown and PDF (the PDF is
the Qt report rendered by the GUI layer: its text is checked, and the file
written); JSON and CSV keep the machine values the contract fixes.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication

from workbench.core.demo import build_demo
from workbench.core.services import Case
from workbench.gui.pdf import write_pdf

INTERNAL = ("in_progress", "military_security", "international_org", "content_end", "source_start")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    build_demo(path)
    with Case.open(path) as case:
        first, second, third = case.claim_ids()[:3]
        case.set_status(first, "in_progress")
        case.correct_claim(second, source_type="military_security")
        case.correct_claim(third, source_type="international_org")
        case.set_span(first, "content", case.claim(first).extraction.content_start,
                      case.claim(first).extraction.content_end - 1)  # fmt: skip
    return path


def test_html_markdown_and_pdf_reports_use_labels(
    qapp: QApplication, demo: Path, tmp_path: Path
) -> None:
    with Case.open(demo) as case:
        pages = {fmt: case.export(fmt) for fmt in ("html", "md", "pdf")}
        machine = case.export("json")
    document = QTextDocument()
    document.setHtml(pages["pdf"])
    pages["pdf text"] = document.toPlainText()
    write_pdf(pages["pdf"], tmp_path / "report.pdf")
    assert (tmp_path / "report.pdf").stat().st_size > 1000
    for fmt, page in pages.items():
        found = [name for name in INTERNAL if name in page]
        assert found == [], f"{fmt} report shows {found}"
    for label in ("In progress", "Military / security", "International organisation"):
        assert label in pages["html"] and label in pages["md"] and label in pages["pdf text"]
    statuses = {c["status"] for c in json.loads(machine)["claims"]}
    assert "in_progress" in statuses  # the machine formats keep the contract's values

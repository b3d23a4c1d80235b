"""The PDF report painted by Qt."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from workbench.core.errors import WorkbenchError
from workbench.gui.pdf import write_pdf

HTML = (
    "<html><body><h1>Claim report</h1><p>First page &amp; more.</p>"
    '<h2 style="page-break-before:always">Claims</h2><p>Second page.</p></body></html>'
)


def page_count(data: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page\b(?!s)", data))


def test_writes_an_a4_pdf_honouring_page_breaks(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    write_pdf(HTML, path)
    data = path.read_bytes()
    assert data.startswith(b"%PDF-")
    assert page_count(data) == 2
    box = re.search(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)", data)
    assert box is not None
    width, height = (float(v) for v in box.groups())
    assert (round(width), round(height)) == (595, 842)  # A4 in points


def test_missing_folder_is_a_user_error(qtbot: QtBot, tmp_path: Path) -> None:
    with pytest.raises(WorkbenchError):
        write_pdf(HTML, tmp_path / "nowhere" / "report.pdf")

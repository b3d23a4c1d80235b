"""The app imports web pages by address and long documents with progress and cancel."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from doc_builders import Text, pdf
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from workbench.gui.dialogs.import_dialog import UrlDialog
from workbench.gui.mainwindow import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

PAGE = (
    b"<html><head><title>Floods cut off the valley</title></head><body><article>"
    b"<h1>Floods cut off the valley</h1>"
    b"<p>The Red Cross said 40 families had lost their homes in the floods.</p>"
    b"<p>The regional governor said that the damage was limited.</p></article></body></html>"
)
PARAGRAPH = (
    "The Red Cross said {n} families had lost their homes in the floods, while the regional"
    " governor said that the damage in district {n} was limited.\n\n"
)


@pytest.fixture
def site() -> Iterator[str]:
    class Page(http.server.BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(PAGE)))
            self.end_headers()
            self.wfile.write(PAGE)

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Page)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/floods"
    server.shutdown()
    server.server_close()


def test_url_dialog_takes_only_web_addresses(qtbot: QtBot) -> None:
    QApplication.clipboard().setText("")
    dialog = UrlDialog()
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    dialog.addresses.setPlainText("https://a.example/1\n\n  http://b.example/2  \n")
    assert dialog.ok_button.isEnabled()
    assert dialog.urls() == ["https://a.example/1", "http://b.example/2"]
    dialog.addresses.setPlainText("https://a.example/1\nreport.pdf")
    assert not dialog.ok_button.isEnabled()
    assert "report.pdf" in dialog.hint.text()


def test_file_import_menu_offers_a_web_address(
    qtbot: QtBot, open_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    window = open_window(tmp_path / "case.db")
    (file_menu,) = [m for m in window.menuBar().actions() if m.text() == "&File"]
    import_menu = next(a.menu() for a in file_menu.menu().actions() if a.text() == "&Import")
    names = [a.text() for a in import_menu.actions()]
    assert names == ["&Files…", "F&older…", "From &URL…", "&Paste text as article…"]


def test_page_by_url_and_a_pdf_are_imported_and_shown_in_the_reader(
    qtbot: QtBot, open_window: Callable[..., MainWindow], tmp_path: Path, site: str
) -> None:
    statement = tmp_path / "statement.pdf"
    lines = ["Ministry statement", "The interior ministry said the roads to the valley were open."]
    statement.write_bytes(pdf([[Text(50, 100 + 40 * i, line) for i, line in enumerate(lines)]]))
    window = open_window(tmp_path / "case.db")
    with qtbot.waitSignal(window.importer.finished, timeout=180_000) as blocker:
        assert window.importer.import_paths([statement, site])
    assert blocker.args[0].startswith("Imported 2 article(s)")
    document, page = window.case.store.articles()
    assert page.url == site and page.fetched_at and "40 families" in page.text
    assert document.text == "\n\n".join(lines) + "\n"
    for article in (document, page):
        window.review.open_article(article.id)
        assert window.panels.reader.view.toPlainText() == article.text


def test_long_document_shows_progress_within_it_and_cancel_keeps_the_case_untouched(
    qtbot: QtBot, open_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    report = tmp_path / "report.txt"
    report.write_text("".join(PARAGRAPH.format(n=n) for n in range(2000)), encoding="utf-8")
    window = open_window(tmp_path / "case.db")
    seen: list[tuple[int, int, str]] = []

    def watch(done: int, total: int, message: str) -> None:
        seen.append((done, total, message))
        if "Extracting claims" in message and window.progress.cancel_button.isEnabled():
            QTimer.singleShot(0, window.progress.cancel_button.click)

    window.runner._signals.progressed.connect(lambda _r, d, t, m: watch(d, t, m))
    with qtbot.waitSignal(window.importer.finished, timeout=180_000) as blocker:
        window.importer.import_paths([report])
    assert "cancel" in blocker.args[0].lower()
    extracting = [(d, t) for d, t, m in seen if "Extracting claims: report.txt" in m]
    assert extracting and 0 < extracting[0][0] < extracting[0][1]  # moved within the one file
    assert window.case.store.articles() == []
    assert not window.progress.isVisible()

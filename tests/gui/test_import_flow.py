"""Importing through the worker, with the real extractor (the one slow GUI test)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from pytestqt.qtbot import QtBot

from workbench.core.importing import Imported, ImportReport
from workbench.gui.import_flow import describe
from workbench.gui.mainwindow import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

ARTICLE = (
    "Floods cut off the valley\n\n"
    "The Red Cross said 40 families had lost their homes in the floods. "
    "The regional governor said that the damage was limited.\n"
)


def test_dropped_file_is_imported_by_the_worker(
    qtbot: QtBot, open_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    source = tmp_path / "floods.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    window = open_window(tmp_path / "case.db")
    with qtbot.waitSignal(window.first_painted):
        window.show()
    assert window.pages.currentWidget() is window.empty

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(source))])
    drop = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    with qtbot.waitSignal(window.importer.finished, timeout=180_000) as blocker:
        window.dropEvent(drop)
        assert window.progress.isVisible()  # the window is not blocked meanwhile
    assert blocker.args[0].startswith("Imported 1 article(s)")
    assert not window.progress.isVisible()
    assert window.pages.currentWidget() is not window.empty
    assert window.panels.articles.model.rowCount() == 1
    contents = [c.content for c in window.case.claims()]
    assert any("40 families" in content for content in contents)
    assert window.review.current is not None  # the first claim is shown


def test_import_summary_names_duplicates_and_failures() -> None:
    report = ImportReport(
        imported=[Imported(3, "/x/a.txt", "A", 4)],
        duplicates=[("/x/b.txt", 1)],
        failed=[("/x/c.pdf", "unsupported file type")],
    )
    text = describe(report)
    assert text.startswith("Imported 1 article(s) with 4 claim(s)")
    assert "1 already in the case" in text
    assert "c.pdf: unsupported file type" in text


def test_pasted_text_becomes_an_article(
    qtbot: QtBot, open_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    from workbench.core.ingest import ArticleMeta

    window = open_window(tmp_path / "case.db")
    meta = ArticleMeta(title="Floods", outlet="Valley Post", date="2024-03-02")
    with qtbot.waitSignal(window.importer.reported, timeout=180_000):
        assert window.importer.import_text(ARTICLE, meta)
        assert not window.importer.import_text(ARTICLE, meta)  # one import at a time
    assert "Floods" in window.statusBar().currentMessage()
    (summary,) = window.case.articles()
    assert (summary.outlet, summary.date) == ("Valley Post", "2024-03-02")
    assert window.review.article is not None and window.review.article.id == summary.id

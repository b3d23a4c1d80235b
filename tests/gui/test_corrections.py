"""Correcting an article's details and a claim's reading in the app; import outcomes; names."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from gui_builders import SmallCase
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from window_helpers import shown

from workbench.core.domain import SourceType
from workbench.core.importing import Imported, ImportReport
from workbench.gui.dialogs.article_dialog import ArticleDialog
from workbench.gui.dialogs.import_dialog import PasteDialog
from workbench.gui.dialogs.import_results import ImportResultsDialog, needs_dialog
from workbench.gui.mainwindow import MainWindow

Opener = Callable[..., MainWindow]
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def test_article_details_are_corrected_and_undone(
    qtbot: QtBot, open_window: Opener, small_case: SmallCase
) -> None:
    window = shown(qtbot, open_window, small_case.path)
    window.review.select_claim(small_case.army)
    article = window.case.article(window.case.claim(small_case.army).article_id)
    dialog = ArticleDialog(article)
    dialog.fields["outlet"].setText("Harbor Post")
    dialog.fields["date"].setText("2024-03-14")
    assert dialog.changes() == {"outlet": "Harbor Post", "date": "2024-03-14"}
    window.review.select_claim(small_case.residents)  # the article's second claim
    window.editor.set_article(article.id, dialog.changes())
    assert window.review.current is not None
    assert window.review.current.id == small_case.residents  # the reviewer stays where they were
    stored = window.case.article(article.id)
    assert (stored.outlet, stored.date) == ("Harbor Post", "2024-03-14")
    assert "Harbor Post" in window.panels.reader.heading.text()
    window.editor.set_article(article.id, {"date": "14 March"})
    assert "not a date of the form YYYY-MM-DD" in window.statusBar().currentMessage()
    window.undo_stack.undo()
    assert window.case.article(article.id).outlet == "Daily A"
    assert window.statusBar().currentMessage().startswith("Undone: correct the details")


def test_the_detail_pane_corrects_what_extraction_read(
    qtbot: QtBot, open_window: Opener, small_case: SmallCase
) -> None:
    window = shown(qtbot, open_window, small_case.path)
    window.review.select_claim(small_case.medic)
    detail = window.panels.detail
    detail.source_type.setCurrentIndex(detail.source_type.findData("expert"))
    detail.source_type.activated.emit(detail.source_type.currentIndex())
    claim = window.case.claim(small_case.medic)
    assert claim.source_type is SourceType.EXPERT and claim.source_type_override
    assert "Expert (set for this claim)" in detail.summary.text()
    qtbot.mouseClick(detail.anonymous, Qt.MouseButton.LeftButton)
    assert window.case.claim(small_case.medic).anonymous
    detail.stance.setCurrentIndex(detail.stance.findData("denies"))
    detail.stance.activated.emit(detail.stance.currentIndex())
    assert window.case.claim(small_case.medic).stance == "denies"
    history = [detail.history.item(i).text() for i in range(detail.history.count())]
    assert any("source type set to Expert (was Witness)" in line for line in history)
    assert not any("source_type" in line for line in history)
    for _ in range(3):
        window.undo_stack.undo()
    back = window.case.claim(small_case.medic)
    assert back.source_type is SourceType.WITNESS and not back.source_type_override
    assert not back.anonymous and back.stance == "asserts"


def test_the_reviewers_name_goes_on_every_change(
    qtbot: QtBot, open_window: Opener, small_case: SmallCase, window_settings: Any
) -> None:
    window_settings.set_reviewer("Ana Costa")
    window = shown(qtbot, open_window, small_case.path)
    window.review.select_claim(small_case.army)
    window.editor.set_status("verified")
    window.editor.set_note("checked")
    by = {h.field: h.by for h in window.case.history(small_case.army) if h.field}
    assert by == {"status": "Ana Costa", "note": "Ana Costa"}
    assert window.importer.settings is not None
    assert window.importer.settings.user == "Ana Costa"


def test_import_results_list_every_file() -> None:
    report = ImportReport(
        imported=[Imported(3, "/x/a.txt", "A", 4), Imported(4, "/x/b.txt", "B", 0, "fr")],
        duplicates=[("/x/c.txt", 1)],
        failed=[("/x/d.txt", "the file is empty")],
    )
    dialog = ImportResultsDialog(report)
    assert dialog.outcomes() == [
        ("a.txt", "imported"),
        ("b.txt", "imported, not in English"),
        ("c.txt", "already in the case"),
        ("d.txt", "failed"),
    ]
    assert "French" in dialog.table.topLevelItem(1).text(2)
    assert "the file is empty" in dialog.table.topLevelItem(3).text(2)
    assert needs_dialog(report)
    assert not needs_dialog(ImportReport(imported=[Imported(3, "/x/a.txt", "A", 4)]))


def test_the_paste_dialog_makes_up_no_date_and_no_sentence_title(qtbot: QtBot) -> None:
    text = (
        "At least 12 people were killed when an overcrowded ferry capsized on the Turag river"
        " on Thursday, officials said.\n\nMore follows."
    )
    dialog = PasteDialog(text=text)
    qtbot.addWidget(dialog)
    meta = dialog.meta()
    assert meta.date == "" and meta.title == ""
    guess = dialog.title.placeholderText()
    assert guess.endswith("…") and len(guess) < 70
    dialog.date.setText("14.03.2024")
    dialog._accept()
    assert "not a date" in dialog.problem.text() and dialog.result() == 0

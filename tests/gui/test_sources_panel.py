"""The Sources panel: the case's sources filter the claims table; retype, rename, merge undo."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from gui_builders import SmallCase
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from test_mainwindow import shown

from workbench.core.domain import SourceSummary, SourceType
from workbench.core.services import Case
from workbench.gui.mainwindow import MainWindow
from workbench.gui.models.sources_model import SourcesFilter, SourcesModel

Opener = Callable[..., MainWindow]
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def summaries(path: object) -> list[SourceSummary]:
    with Case.open(path) as case:  # type: ignore[arg-type]
        return case.source_summaries()


def test_sources_model_and_its_filter_pass_qt_checks(
    qtmodeltester: ModelTester, small_case: SmallCase
) -> None:
    model = SourcesModel()
    model.set_sources(summaries(small_case.path))
    qtmodeltester.check(model)
    proxy = SourcesFilter()
    proxy.setSourceModel(model)
    proxy.setFilterFixedString("army")
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 1


def with_sources(qtbot: QtBot, open_window: Opener, small_case: SmallCase) -> MainWindow:
    window = shown(qtbot, open_window, small_case.path)
    qtbot.waitUntil(lambda: window.sources_panel.model.rowCount() > 0)
    return window


def row_named(window: MainWindow, name: str) -> SourceSummary:
    (found,) = [s for s in window.sources_panel.model.sources() if s.name == name]
    return found


def test_panel_lists_sources_with_their_counts(
    qtbot: QtBot, open_window: Opener, small_case: SmallCase
) -> None:
    window = with_sources(qtbot, open_window, small_case)
    names = {s.name for s in window.sources_panel.model.sources()}
    assert names == {"The army", "Residents", "A medic", "The governor"}
    army = row_named(window, "The army")
    assert (army.claims, army.articles, army.conflicted, army.corroborated) == (1, 1, 1, 0)
    assert row_named(window, "Residents").corroborated == 1


def test_choosing_a_source_filters_the_claims_table_and_all_sources_clears(
    qtbot: QtBot, open_window: Opener, small_case: SmallCase
) -> None:
    window = with_sources(qtbot, open_window, small_case)
    panel = window.sources_panel
    assert panel.select_source(row_named(window, "The governor").id)
    assert window.review.model.ids() == [small_case.governor]
    assert window.review.current is not None and window.review.current.id == small_case.governor
    assert window.panels.claims.source_chip.isVisible()
    panel.all_button.click()
    assert len(window.review.model.ids()) == 4
    # the chip in the claims bar clears the filter too, and the panel follows
    panel.select_source(row_named(window, "A medic").id)
    assert window.review.model.ids() == [small_case.medic]
    window.panels.claims.source_chip.click()
    assert len(window.review.model.ids()) == 4 and panel.chosen is None


def test_retype_reaches_claims_table_and_reader_and_undoes(
    qtbot: QtBot, open_window: Opener, small_case: SmallCase
) -> None:
    window = with_sources(qtbot, open_window, small_case)
    medic = row_named(window, "A medic")
    window.review.select_claim(small_case.medic)
    window.sources.retype(medic.id, "expert")
    assert window.case.claim(small_case.medic).source_type is SourceType.EXPERT
    assert row_named(window, "A medic").type is SourceType.EXPERT
    shown_claim = window.review.model.claim_at(window.review.model.row_of(small_case.medic) or 0)
    assert shown_claim is not None and shown_claim.source_type is SourceType.EXPERT
    reader = window.panels.reader.view
    assert {c.source_type for c in reader._claims if c.id == small_case.medic} == {
        SourceType.EXPERT
    }
    window.undo_stack.undo()
    assert window.case.claim(small_case.medic).source_type is SourceType.WITNESS
    assert row_named(window, "A medic").type is SourceType.WITNESS
    window.undo_stack.redo()
    assert window.case.claim(small_case.medic).source_type is SourceType.EXPERT


def test_rename_and_merge_from_the_panel_are_undoable(
    qtbot: QtBot, open_window: Opener, small_case: SmallCase
) -> None:
    window = with_sources(qtbot, open_window, small_case)
    army, medic = row_named(window, "The army"), row_named(window, "A medic")
    window.sources.rename(army.id, "The army of the north")
    assert row_named(window, "The army of the north").id == army.id
    window.sources_panel.select_source(medic.id)
    window.sources.merge(army.id, medic.id)
    merged = row_named(window, "The army of the north")
    assert merged.claims == 2
    assert "A medic" not in {s.name for s in window.sources_panel.model.sources()}
    # the table showed the medic's claims: it now shows the source they went to
    assert sorted(window.review.model.ids()) == sorted([small_case.army, small_case.medic])
    window.undo_stack.undo()
    assert row_named(window, "A medic").claims == 1
    window.undo_stack.undo()
    assert row_named(window, "The army").id == army.id


def test_a_refused_change_is_one_line_and_changes_nothing(
    qtbot: QtBot, open_window: Opener, small_case: SmallCase
) -> None:
    window = with_sources(qtbot, open_window, small_case)
    army = row_named(window, "The army")
    with qtbot.waitSignal(window.sources.failed) as failed:
        window.sources.merge(army.id, army.id)
    assert "cannot be merged with itself" in failed.args[0] and "\n" not in failed.args[0]
    assert window.undo_stack.count() == 0

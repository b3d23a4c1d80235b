"""Claim > Find similar claims: the window, its worker and the jump back to a claim."""

from __future__ import annotations

import zlib
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import pytest
from gui_builders import SmallCase
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from workbench.core import embeddings
from workbench.core.embeddings import Vectors
from workbench.core.services import Case
from workbench.gui.dialogs.similar_dialog import SimilarDialog, find_similar
from workbench.gui.mainwindow import MainWindow

Opener = Callable[..., MainWindow]
# The offscreen platform's own notices when windows show and rise; not ours to fix.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints", "This plugin does not support raise"
)


class HashEmbedder:
    """A stand-in model: words hashed onto 32 axes, so equal texts meet."""

    model = "hash-v1"

    def encode(self, texts: Sequence[str]) -> Vectors:
        vectors = np.zeros((len(texts), 32), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in text.lower().split():
                vectors[row, zlib.crc32(word.encode()) % 32] += 1.0
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.where(norms == 0, 1, norms)


@pytest.fixture(autouse=True)
def _no_real_model(monkeypatch: pytest.MonkeyPatch) -> None:
    """The worker's case ranks with the stand-in model, never the 90 MB one."""
    monkeypatch.setattr(embeddings, "semantic_available", lambda: True)
    monkeypatch.setattr(embeddings, "_shared", HashEmbedder())
    monkeypatch.setattr(embeddings, "MiniLmEmbedder", None)  # loading it would be a bug


def shown(qtbot: QtBot, open_window: Opener, small_case: SmallCase) -> MainWindow:
    window = open_window(small_case.path)
    with qtbot.waitSignal(window.first_painted):
        window.show()
    return window


def results(window: MainWindow) -> list[tuple[int, str]]:
    assert window.similar is not None
    tree = window.similar.results
    return [
        (int(tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)), tree.topLevelItem(i).text(2))
        for i in range(tree.topLevelItemCount())
    ]


def searched(qtbot: QtBot, window: MainWindow) -> None:
    """Wait until the similar-claims window shows the results of its search."""
    qtbot.waitUntil(
        lambda: window.similar is not None and window.similar.results.topLevelItemCount() > 0,
        timeout=20000,
    )


def similar_on(
    qtbot: QtBot, open_window: Opener, small_case: SmallCase, claim_id: int
) -> tuple[MainWindow, SimilarDialog]:
    """The main window with the similar-claims window opened on ``claim_id``."""
    window = shown(qtbot, open_window, small_case)
    window.review.select_claim(claim_id)
    window.find_similar()
    assert window.similar is not None
    return window, window.similar


def test_f_finds_the_same_claim_in_the_other_article_and_enter_opens_it(
    qtbot: QtBot, open_window: Opener, small_case: SmallCase
) -> None:
    window = shown(qtbot, open_window, small_case)
    window.review.select_claim(small_case.residents)
    window.panels.claims.table.setFocus()
    qtbot.keyClick(window.panels.claims.table, Qt.Key.Key_F)
    searched(qtbot, window)
    dialog = window.similar
    assert dialog is not None and dialog.isVisible()
    found = results(window)
    # "the bridge had collapsed" from the governor, in the other article, comes first;
    # the claim itself is not among its own results.
    assert found[0][0] == small_case.governor
    assert small_case.residents not in [claim_id for claim_id, _ in found]
    assert "Daily B" in found[0][1]
    assert "similar claims, best first, by words and meaning" in dialog.status.text()

    qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
    assert window.review.current is not None
    assert window.review.current.id == small_case.governor


def test_a_typed_text_is_searched_and_marks_the_claims_own_article(
    qtbot: QtBot, open_window: Opener, small_case: SmallCase
) -> None:
    window = shown(qtbot, open_window, small_case)
    window.review.select_claim(small_case.army)
    window.find_similar()
    searched(qtbot, window)
    dialog = window.similar
    assert dialog is not None
    assert dict(results(window))[small_case.residents].startswith("Same article · ")
    dialog.query.setText("soldiers were wounded")
    with qtbot.waitSignal(dialog.searched, timeout=20000):
        qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    ids = [claim_id for claim_id, _ in results(window)]
    # A free text: every claim may come back, the selected one included.
    assert set(ids[:2]) == {small_case.army, small_case.medic}


def test_the_first_search_embeds_the_case_with_progress(
    qtbot: QtBot, open_window: Opener, small_case: SmallCase, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[int, int, str]] = []
    original = SimilarDialog._progress

    def spy(self: SimilarDialog, done: int, total: int, message: str) -> None:
        seen.append((done, total, message))
        original(self, done, total, message)

    monkeypatch.setattr(SimilarDialog, "_progress", spy)
    window, dialog = similar_on(qtbot, open_window, small_case, small_case.medic)
    searched(qtbot, window)
    assert (4, 4, "Embedding claims") in seen
    with Case.open(small_case.path) as case:
        assert case.store.claims_without_vector(HashEmbedder.model) == []
    seen.clear()
    with qtbot.waitSignal(dialog.searched, timeout=20000):
        dialog.search()
    assert seen == []  # the vectors are stored: nothing more to embed


def test_closing_mid_search_leaves_no_worker_and_drops_the_result(
    qtbot: QtBot, open_window: Opener, small_case: SmallCase
) -> None:
    window, dialog = similar_on(qtbot, open_window, small_case, small_case.medic)
    dialog.close()
    assert window.runner.pool.waitForDone(20000)
    qtbot.wait(50)  # queued results reach the closed window, which drops them
    assert dialog.results.topLevelItemCount() == 0
    assert not window.runner.is_running("similar")


def test_without_a_current_claim_the_window_says_what_to_do(
    qtbot: QtBot, open_window: Opener, small_case: SmallCase
) -> None:
    window = shown(qtbot, open_window, small_case)
    window.review.current = None
    window.find_similar()
    assert window.similar is None
    assert "Select a claim" in window.statusBar().currentMessage()


def test_find_similar_leaves_out_the_claim_and_labels_articles(small_case: SmallCase) -> None:
    with Case.open(small_case.path) as case:
        claim = case.claim(small_case.residents)
        hits = find_similar(case, claim.content, claim, lambda *_: None, lambda: False)
        assert [h.claim.id for h in hits][0] == small_case.governor
        assert all(h.claim.id != claim.id for h in hits)
        by_id: dict[int, Any] = {h.claim.id: h for h in hits}
        assert by_id[small_case.army].same_article
        assert not by_id[small_case.governor].same_article
        assert by_id[small_case.governor].article == "Daily B — Hospital counts the wounded"


def test_without_the_model_the_window_says_it_ranks_by_words(
    qtbot: QtBot, open_window: Opener, small_case: SmallCase, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WORKBENCH_LEXICAL", "1")
    window, dialog = similar_on(qtbot, open_window, small_case, small_case.residents)
    searched(qtbot, window)
    assert results(window)[0][0] == small_case.governor
    assert "by words only" in dialog.status.text()


def _select(dialog: SimilarDialog, claim_id: int) -> None:
    tree = dialog.results
    for row in range(tree.topLevelItemCount()):
        if int(tree.topLevelItem(row).data(0, Qt.ItemDataRole.UserRole)) == claim_id:
            tree.setCurrentItem(tree.topLevelItem(row))
            return
    raise AssertionError(f"claim {claim_id} is not among the results")


def test_a_result_is_linked_by_hand_and_the_link_undone_and_redone(
    qtbot: QtBot, open_window: Opener, small_case: SmallCase
) -> None:
    window, dialog = similar_on(qtbot, open_window, small_case, small_case.residents)
    searched(qtbot, window)
    tree = dialog.results
    links = {
        int(tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)): tree.topLevelItem(i).text(1)
        for i in range(tree.topLevelItemCount())
    }
    assert links[small_case.governor] == "corroborates"  # the matcher's proposal shows
    assert links[small_case.medic] == ""
    _select(dialog, small_case.medic)
    assert dialog.conflicts.isEnabled()
    qtbot.mouseClick(dialog.conflicts, Qt.MouseButton.LeftButton)
    made = window.case.link_between(small_case.residents, small_case.medic)
    assert made is not None and (made.relation, made.confirmed) == ("conflicts", True)
    assert made.reasons[0] == "linked by hand"
    assert tree.currentItem().text(1) == "conflicts, accepted"
    window.undo_stack.undo()
    assert window.case.link_between(small_case.residents, small_case.medic) is None
    window.undo_stack.redo()
    again = window.case.link_between(small_case.residents, small_case.medic)
    assert again is not None and again.confirmed is True


def test_a_typed_text_cannot_be_linked(
    qtbot: QtBot, open_window: Opener, small_case: SmallCase
) -> None:
    window, dialog = similar_on(qtbot, open_window, small_case, small_case.residents)
    searched(qtbot, window)
    dialog.query.setText("the bridge fell down")
    with qtbot.waitSignal(dialog.searched, timeout=20000):
        dialog.search()
    assert not dialog.corroborates.isEnabled() and not dialog.conflicts.isEnabled()


class SlowToLoadEmbedder(HashEmbedder):
    """Like the real model: not in memory until its first use."""

    def __init__(self) -> None:
        self.loaded = False

    def encode(self, texts: Sequence[str]) -> Vectors:
        self.loaded = True
        return super().encode(texts)


def test_the_first_search_of_a_session_says_it_loads_the_model(
    qtbot: QtBot, open_window: Opener, small_case: SmallCase, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(embeddings, "_shared", SlowToLoadEmbedder())
    seen: list[tuple[int, int, str]] = []
    original = SimilarDialog._progress

    def spy(self: SimilarDialog, done: int, total: int, message: str) -> None:
        seen.append((done, total, message))
        original(self, done, total, message)
        assert self.busy.isVisible()  # something moves while the person waits

    monkeypatch.setattr(SimilarDialog, "_progress", spy)
    window, dialog = similar_on(qtbot, open_window, small_case, small_case.medic)
    assert dialog.busy.isVisible() and dialog.status.text() == "Searching…"
    searched(qtbot, window)
    assert seen[0] == (0, 0, "Loading the meaning model (once per session)")
    assert not dialog.busy.isVisible()

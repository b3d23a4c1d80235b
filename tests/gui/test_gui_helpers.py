"""The GUI's pure helpers: word diffs, column order, colours, the actions' rules."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from gui_builders import SmallCase
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtGui import QColor, QPalette

from workbench.core.domain import ALL_CLAIMS, SourceType, SupportCounts
from workbench.core.errors import InvalidInputError
from workbench.core.services import Case
from workbench.gui import actions, theme
from workbench.gui.diff_marks import TOKEN, word_diff
from workbench.gui.models.claim_sort import Column, ids_by_support


def changed(pieces: list) -> list[str]:  # type: ignore[type-arg]
    return [p.text for p in pieces if p.changed]


def test_word_diff_marks_differing_words_and_quantities() -> None:
    mine, theirs = word_diff(
        "The army said 12 soldiers were wounded.", "A medic said 30 soldiers were wounded."
    )
    assert changed(mine) == ["army", "12"]  # "The" against "A" is not worth the eye
    assert changed(theirs) == ["medic", "30"]
    assert [p.text for p in mine if p.quantity] == ["12"]


def test_word_diff_ignores_case_and_leaves_equal_texts_unmarked() -> None:
    mine, theirs = word_diff("Five people died", "five people died")
    assert changed(mine) == changed(theirs) == []


@given(st.text(max_size=80), st.text(max_size=80))
def test_word_diff_pieces_rebuild_the_text(a: str, b: str) -> None:
    mine, theirs = word_diff(a, b)
    for text, pieces in ((a, mine), (b, theirs)):
        found = list(TOKEN.finditer(text))
        assert "".join(p.text for p in pieces) == (text[: found[-1].end()] if found else "")
    assert changed(word_diff(a, a)[0]) == []


def test_sorting_by_support_and_status(small_case: SmallCase) -> None:
    with Case.open(small_case.path) as case:
        case.set_status(small_case.residents, "false")
        ids = case.claim_ids()
        by_status = case.claim_ids(replace(ALL_CLAIMS, order_by="status"))
    support = {small_case.medic: SupportCounts(2, 0), small_case.army: SupportCounts(1, 3)}
    by_support = ids_by_support(ids, Column.CORROBORATING, True, support)
    assert by_support[:2] == [small_case.medic, small_case.army]
    assert sorted(by_support) == sorted(ids)
    by_conflicts = ids_by_support(ids, Column.CONFLICTING, False, support)
    assert by_conflicts[-1] == small_case.army
    assert by_conflicts[:-1] == sorted(i for i in ids if i != small_case.army)  # ties by id
    assert by_status[-1] == small_case.residents  # "false" comes late in the vocabulary


@pytest.mark.parametrize("base", ["#ffffff", "#1e1e1e"])
def test_highlights_keep_text_readable_on_light_and_dark(base: str) -> None:
    palette = QPalette()
    dark = QColor(base).lightnessF() < 0.5
    palette.setColor(QPalette.ColorRole.Base, QColor(base))
    palette.setColor(QPalette.ColorRole.Text, QColor("#eeeeee" if dark else "#111111"))
    text = palette.color(QPalette.ColorRole.Text)
    for kind in SourceType:
        for amount in (theme.TINT, theme.SOURCE_TINT, theme.CURRENT_TINT):
            background = theme.tint(theme.source_type_colour(kind), palette, amount)
            assert theme.contrast_ratio(text, background) >= 4.5, (kind, amount)


def test_span_correction_trims_blanks_and_reads_the_new_words_figures(
    small_case: SmallCase,
) -> None:
    with Case.open(small_case.path) as case:
        claim = case.claim(small_case.army)
        text = case.article(claim.article_id).text
        start = text.index("12 soldiers")
        end = start + len("12 soldiers were wounded")
        edited = actions.set_span(
            case=case, claim_id=claim.id, role="content", start=start - 1, end=end + 1
        )
        assert edited.content == "12 soldiers were wounded"
        assert [(n.value, n.what) for n in edited.numbers] == [(12.0, "wounded")]
        start = text.index("soldiers")
        edited = actions.set_span(
            case=case, claim_id=claim.id, role="content", start=start, end=end
        )
        assert edited.numbers == ()
        with pytest.raises(InvalidInputError):
            actions.set_span(case=case, claim_id=claim.id, role="content", start=5, end=5)
        with pytest.raises(InvalidInputError):
            actions.add_evidence(case=case, claim_id=claim.id, url="  ")


def test_hand_added_claim_is_in_the_articles_voice(small_case: SmallCase, tmp_path: Path) -> None:
    with Case.open(small_case.path) as case:
        article_id = case.claim(small_case.army).article_id
        text = case.article(article_id).text
        start = text.index("Clashes")
        claim = actions.mark_claim(case=case, article_id=article_id, start=start, end=start + 23)
        assert claim.content == "Clashes near the border"
        assert not claim.attributed and claim.source_resolved == "Daily A"

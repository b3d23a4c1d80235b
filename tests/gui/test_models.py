"""The item models: Qt's consistency checks, lazy paging, and order changes."""

from __future__ import annotations

from collections.abc import Sequence

from gui_builders import SmallCase
from PySide6.QtCore import QPersistentModelIndex, Qt
from pytestqt.modeltest import ModelTester

from workbench.core.config import DEFAULT_STATUSES
from workbench.core.domain import Claim, SupportCounts
from workbench.core.services import Case
from workbench.gui.models import claims_model
from workbench.gui.models.articles_model import ArticlesFilter, ArticlesModel
from workbench.gui.models.claim_sort import COLUMNS, Column
from workbench.gui.models.claims_model import CLAIM_ID_ROLE, ClaimsTableModel


def test_claims_model_passes_qt_checks(qtmodeltester: ModelTester, small_case: SmallCase) -> None:
    with Case.open(small_case.path) as case:
        model = ClaimsTableModel(case.claims_by_ids)
        model.set_statuses(case.statuses())
        model.set_ids(case.claim_ids())
        model.set_support({small_case.army: SupportCounts(0, 1)})
        qtmodeltester.check(model)
        conflicting = COLUMNS.index(Column.CONFLICTING)
        row = model.row_of(small_case.army)
        assert row is not None
        assert model.data(model.index(row, conflicting)) == "1"
        assert model.data(model.index(row, 0), CLAIM_ID_ROLE) == small_case.army


def test_claims_model_shows_placeholder_until_support_loads(small_case: SmallCase) -> None:
    with Case.open(small_case.path) as case:
        model = ClaimsTableModel(case.claims_by_ids)
        model.set_ids(case.claim_ids())
        column = COLUMNS.index(Column.CORROBORATING)
        assert model.data(model.index(0, column)) == "…"
        model.set_support({})
        assert model.data(model.index(0, column)) == ""


def fake_claims(ids: Sequence[int]) -> list[Claim]:
    from gui_builders import ARMY_TEXT, said

    from workbench.core.domain import SourceType

    extraction = said(ARMY_TEXT, "The army", "the attack", SourceType.OTHER)
    return [Claim(i, 1, extraction, "unverified") for i in ids]


def test_claims_model_loads_rows_a_page_at_a_time(monkeypatch) -> None:  # noqa: ANN001
    calls: list[int] = []

    def loader(ids: Sequence[int]) -> list[Claim]:
        calls.append(len(ids))
        return fake_claims(ids)

    model = ClaimsTableModel(loader)
    model.set_ids(range(1, 100_001))
    assert model.rowCount() == 100_000
    assert calls == []  # listing ids loads no claim
    model.data(model.index(50_000, 3))
    model.data(model.index(50_001, 3))
    assert calls == [claims_model.PAGE]
    monkeypatch.setattr(claims_model, "MAX_CACHED_PAGES", 2)
    for page in range(5):
        model.claim_at(page * claims_model.PAGE)
    assert len(model._cache) <= 2 * claims_model.PAGE  # memory stays flat while scrolling


def test_claims_model_big_table_passes_qt_checks(qtmodeltester: ModelTester) -> None:
    model = ClaimsTableModel(fake_claims)
    model.set_statuses(DEFAULT_STATUSES)
    model.set_ids(range(1, 2001))
    qtmodeltester.check(model)


def test_reorder_keeps_the_selected_claim(qtmodeltester: ModelTester) -> None:
    model = ClaimsTableModel(fake_claims)
    model.set_ids([1, 2, 3, 4])
    held = QPersistentModelIndex(model.index(1, 2))  # claim 2
    model.reorder([4, 3, 2, 1])
    assert held.row() == 2
    assert model.data(model.index(held.row(), 0), CLAIM_ID_ROLE) == 2
    qtmodeltester.check(model)


def test_sort_is_delegated_to_the_owner() -> None:
    model = ClaimsTableModel(fake_claims)
    model.set_ids([1, 2])
    requested: list[tuple[int, Qt.SortOrder]] = []
    model.sort_requested.connect(lambda c, o: requested.append((c, o)))
    model.sort(4, Qt.SortOrder.DescendingOrder)
    model.sort(-1)
    assert requested == [(4, Qt.SortOrder.DescendingOrder)]


def test_articles_model_and_filter_pass_qt_checks(
    qtmodeltester: ModelTester, small_case: SmallCase
) -> None:
    with Case.open(small_case.path) as case:
        model = ArticlesModel()
        model.set_articles(case.articles())
        qtmodeltester.check(model)
        proxy = ArticlesFilter()
        proxy.setSourceModel(model)
        qtmodeltester.check(proxy)
        proxy.setFilterFixedString("daily b")
        assert proxy.rowCount() == 1
        assert proxy.index(0, 0).data() == "Hospital counts the wounded"
        assert proxy.index(0, 4).data() == "0/2"

"""What the panels show, kept in step: the current claim, its article, its links.

The controller owns no widgets' layout; it feeds the panels from the case and
turns their signals into undoable edits. Reads and the person's own short
writes use the GUI thread's case connection; sorting big tables and support
counts go through the worker runner.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal

from workbench.core.domain import Article, Claim, ClaimQuery, Status, SupportCounts
from workbench.core.errors import WorkbenchError
from workbench.core.services import Case
from workbench.gui.models.claim_sort import COLUMNS, SQL_ORDER, Column, ids_by_support
from workbench.gui.widgets.articles_panel import ArticlesPanel
from workbench.gui.widgets.claims_panel import SCOPE_CASE, ClaimsPanel
from workbench.gui.widgets.compare import ComparePanel, LinkedClaim
from workbench.gui.widgets.detail import ClaimDetail
from workbench.gui.widgets.reader import ReaderPanel
from workbench.gui.workers import TaskRunner, with_case

SYNC_SORT_LIMIT = 5000
"""Up to this many rows the table sorts at once; more are sorted by a worker."""


@dataclass
class Panels:
    articles: ArticlesPanel
    claims: ClaimsPanel
    reader: ReaderPanel
    compare: ComparePanel
    detail: ClaimDetail


class ReviewController(QObject):
    """Loads the case into the panels and follows the current claim.

    Signals:
        loaded: the articles and the claims table hold the case's data.
        support_loaded: the corroborating/conflicting counts are in.
        claim_shown: reader, compare and detail show this claim (its id).
        failed: a read or an edit was refused (the message to show).
    """

    loaded = Signal()
    support_loaded = Signal()
    claim_shown = Signal(int)
    failed = Signal(str)

    def __init__(self, case: Case, runner: TaskRunner, panels: Panels, parent: QObject) -> None:
        super().__init__(parent)
        self.case = case
        self.runner = runner
        self.panels = panels
        self.model = panels.claims.model
        self.statuses: list[Status] = []
        self.support: dict[int, SupportCounts] | None = None
        self.titles: dict[int, str] = {}
        self.article: Article | None = None
        self.current: Claim | None = None
        self._conflicted: set[int] = set()
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._sorting: tuple[int, Qt.SortOrder, ClaimQuery] | None = None
        self._version = -1
        panels.claims.query_changed.connect(self.requery)
        panels.claims.table.selectionModel().currentRowChanged.connect(self._on_row)
        self.model.sort_requested.connect(self.sort)
        self.model.modelReset.connect(self._after_reset)
        panels.articles.article_chosen.connect(self.open_article)
        panels.reader.view.claim_clicked.connect(self.select_claim)
        panels.compare.open_claim.connect(self.select_claim)

    # Loading -------------------------------------------------------------------

    def load(self, *, support: bool = True) -> None:
        """(Re)read everything, keeping the current claim when it still exists.

        ``support=False`` leaves the support counts for later: at start-up the
        window asks for them after its first paint, so that the worker does
        not compete with the GUI thread for the interpreter meanwhile.
        """
        keep = self.current.id if self.current else None
        self._version = self.case.store.data_version()
        self.statuses = self.case.statuses()
        summaries = self.case.articles()
        self.titles = {a.id: a.title or a.path or f"Article {a.id}" for a in summaries}
        self.panels.articles.model.set_articles(summaries)
        self.panels.claims.set_statuses(self.statuses)
        self.panels.detail.set_statuses(self.statuses)
        self.model.set_statuses(self.statuses)
        self.model.set_article_titles(self.titles)
        self.model.set_evidence_counts(self.case.evidence_counts())
        self._conflicted = self._conflict_ids()
        self.article = None
        self.requery(keep=keep)
        if support:
            self.load_support()
        self.loaded.emit()

    def changed_elsewhere(self) -> bool:
        """Whether another connection (the CLI, a worker) committed since the last load."""
        return self.case.store.data_version() != self._version

    def load_support(self) -> None:
        self.runner.submit(
            "support",
            with_case(self.case.path, lambda case, _p, _c: case.support()),
            on_done=self._support_done,
            on_failed=self.failed.emit,
        )

    def _support_done(self, support: dict[int, SupportCounts]) -> None:
        self.support = support
        self.model.set_support(support)
        self.support_loaded.emit()

    def _conflict_ids(self) -> set[int]:
        return self.case.conflicted_claim_ids()

    def requery(self, keep: int | None = None) -> None:
        """Run the filters through the facade and show the ids they select."""
        keep = keep if isinstance(keep, int) else (self.current.id if self.current else None)
        try:
            ids = self.case.claim_ids(self.panels.claims.query())
        except WorkbenchError as exc:
            self.failed.emit(str(exc))
            return
        self.model.set_ids(ids)
        self.panels.claims.show_count(len(ids), self.case.store.count_claims())
        self._restore(keep)
        if self._sort is not None:
            self.sort(*self._sort)

    def _after_reset(self) -> None:
        table = self.panels.claims.table
        if not table.isSortingEnabled() and self.model.rowCount() > 0:
            # Enabling sorting sorts by the indicator: keep the store's reading order.
            table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
            table.setSortingEnabled(True)

    def _restore(self, claim_id: int | None) -> None:
        row = self.model.row_of(claim_id) if claim_id is not None else None
        if row is None and self.model.rowCount():
            row = 0
        if row is not None:
            self.panels.claims.select_row(row)
        else:
            # Nothing left in the table: no claim is current, so no key acts on a hidden one.
            self.show_claim(None)

    # Sorting -------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder) -> None:
        query = self.panels.claims.query()
        request = (column, order, query)
        if request == self._sorting and self.runner.is_running("sort"):
            return  # the view asks twice (indicator change and sort call): one job is enough
        self._sort = (column, order)
        self._sorting = request
        descending = order == Qt.SortOrder.DescendingOrder
        support = self.support
        needs_support = COLUMNS[column] in (Column.CORROBORATING, Column.CONFLICTING)

        def job(case: Case, _p: object, _c: object) -> list[int]:
            # Ids only, in the store's order or by the counts: no claim is loaded.
            if not needs_support:
                ordered = replace(query, order_by=SQL_ORDER[COLUMNS[column]], descending=descending)
                return case.claim_ids(ordered)
            counts = support if support is not None else case.support()
            return ids_by_support(case.claim_ids(query), COLUMNS[column], descending, counts)

        if self.model.rowCount() <= SYNC_SORT_LIMIT:
            self._sorted(job(self.case, None, None))
        else:
            self.runner.submit("sort", with_case(self.case.path, job), on_done=self._sorted)

    def _sorted(self, ids: list[int]) -> None:
        keep = self.current.id if self.current else None
        self.model.reorder(ids)
        row = self.model.row_of(keep) if keep is not None else None
        if row is not None:
            self.panels.claims.table.scrollTo(self.model.index(row, 0))

    # The current claim ---------------------------------------------------------

    def _on_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.show_claim(self.model.claim_id_at(current.row()))

    def select_claim(self, claim_id: int) -> None:
        """Make ``claim_id`` current, widening the filters if they hide it."""
        row = self.model.row_of(claim_id)
        if row is None:
            claims = self.panels.claims
            for combo in (claims.status, claims.source_type, claims.links):
                combo.blockSignals(True)
                combo.setCurrentIndex(0)
                combo.blockSignals(False)
            claims.scope.blockSignals(True)
            claims.scope.setCurrentIndex(claims.scope.findData(SCOPE_CASE))
            claims.scope.blockSignals(False)
            claims.clear_search()
            if claims.source_id is not None:
                claims.set_source(None, announce=False)
                claims.source_cleared.emit()
            self.requery(keep=claim_id)
            row = self.model.row_of(claim_id)
        if row is not None:
            self.panels.claims.select_row(row)

    def step(self, delta: int) -> None:
        """Next (+1) or previous (-1) claim of the table."""
        count = self.model.rowCount()
        if not count:
            return
        current = self.panels.claims.table.currentIndex()
        row = current.row() + delta if current.isValid() else 0
        self.panels.claims.select_row(max(0, min(count - 1, row)))

    def open_article(self, article_id: int) -> None:
        """Show an article and select its first claim (the table follows when it can)."""
        self.panels.claims.set_article(article_id)
        claims = self.case.claims(ClaimQuery(article_ids=(article_id,)))
        for claim in claims:
            if self.model.row_of(claim.id) is not None:
                self.select_claim(claim.id)
                return
        self._show_article(self.case.article(article_id), claims)
        self.current = None
        self._show_detail(None)

    def show_claim(self, claim_id: int | None) -> None:
        try:
            claim = self.case.claim(claim_id) if claim_id is not None else None
        except WorkbenchError:
            claim = None
        self.current = claim
        if claim is not None and (self.article is None or self.article.id != claim.article_id):
            article = self.case.article(claim.article_id)
            self._show_article(article, self.case.claims(ClaimQuery(article_ids=(article.id,))))
        self.panels.reader.view.set_current(claim.id if claim else None)
        self._show_detail(claim)
        if claim is not None:
            self.claim_shown.emit(claim.id)

    def _show_article(self, article: Article, claims: list[Claim]) -> None:
        self.article = article
        self.panels.reader.show_heading(article)
        self.panels.reader.view.show_article(article, claims, self._conflicted)
        self.panels.articles.select_article(article.id)
        self.panels.claims.set_article(article.id)

    def _show_detail(self, claim: Claim | None) -> None:
        if claim is None:
            self.panels.detail.show_claim(None, [], [], self.statuses)
            self.panels.compare.show_claim(None, [])
            return
        self.panels.detail.show_claim(
            claim, self.case.evidence(claim.id), self.case.history(claim.id), self.statuses
        )
        links = self.case.links_of(claim.id)
        others = {c.id: c for c in self.case.claims_by_ids([k.other(claim.id) for k in links])}
        linked = [
            LinkedClaim(k, other, self._article_label(other))
            for k in links
            if (other := others.get(k.other(claim.id))) is not None
        ]
        self.panels.compare.show_claim(claim, linked)

    def _article_label(self, claim: Claim) -> str:
        return self.titles.get(claim.article_id, f"Article {claim.article_id}")

    def refresh_links(self, claim_id: int) -> None:
        """After a link decision: conflict marks and support counts change too."""
        self._conflicted = self._conflict_ids()
        self.refresh_claim(claim_id, spans=True)
        self.load_support()

    def refresh_claim(self, claim_id: int, *, spans: bool = False) -> None:
        """Show the result of an edit of ``claim_id`` everywhere it appears."""
        self.model.set_evidence_counts(self.case.evidence_counts())
        self.model.refresh_claim(claim_id)
        if spans and self.article is not None:
            article = self.article
            self.article = None
            self._show_article(article, self.case.claims(ClaimQuery(article_ids=(article.id,))))
        if self.current is not None and self.current.id == claim_id:
            self.show_claim(claim_id)
        elif self.current is not None:
            self._show_detail(self.current)
        self.panels.articles.model.set_articles(self.case.articles())
        if self.article is not None:
            self.panels.articles.select_article(self.article.id)

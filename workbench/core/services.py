"""The use cases of the workbench: the CLI and the GUI call these and nothing below.

A :class:`Case` is one open case file. Each method is one thing a person
does (import files, set a status, find similar claims...), written in terms
of the store, the extractor and the matcher, none of which the callers see.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from itertools import islice
from pathlib import Path
from typing import Any

from workbench.core.case_report import report_snapshot
from workbench.core.claims_io import ClaimsImportReport, import_claims
from workbench.core.clock import now_iso
from workbench.core.config import Settings
from workbench.core.corrections import (
    article_changes,
    check_spans,
    choice,
    correction_changes,
    marked_extraction,
    span_changes,
    trimmed_span,
)
from workbench.core.domain import (
    ALL_CLAIMS,
    Article,
    ArticleSummary,
    CaseSnapshot,
    Claim,
    ClaimQuery,
    Evidence,
    Extraction,
    HistoryEntry,
    Link,
    Origin,
    Relation,
    Source,
    SourceEdit,
    SourceMerge,
    SourceSummary,
    SourceType,
    Status,
    SupportCounts,
)
from workbench.core.embeddings import Embedder, load_embedder
from workbench.core.errors import InvalidInputError
from workbench.core.export import FORMATS, ExportOptions, render_text
from workbench.core.importing import ImportReport, import_paths, store_article
from workbench.core.ingest import ArticleMeta, pasted_article
from workbench.core.matching import CaseMatcher
from workbench.core.nlp import extract_many, read_marked
from workbench.core.progress import CancelFlag, Progress, never_cancelled, no_progress
from workbench.core.store import CaseStore, snapshots
from workbench.core.store.snapshots import Restored as Restored
from workbench.core.store.snapshots import Snapshot as Snapshot
from workbench.core.store.snapshots import SnapshotSummary as SnapshotSummary

NO_META = ArticleMeta()


class Case:
    """One open case: the facade over its store, extraction and matching."""

    def __init__(
        self,
        store: CaseStore,
        settings: Settings | None = None,
        *,
        embedder: Callable[[], Embedder | None] = load_embedder,
    ) -> None:
        self.store = store
        self.settings = settings or Settings()
        self.matcher = CaseMatcher(store, embedder)

    @classmethod
    def open(
        cls, path: str | Path, settings: Settings | None = None, *, check: bool = True
    ) -> Case:
        """Open (or create) the case; ``check`` runs SQLite's quick check on it first."""
        return cls(CaseStore.open(path, check=check), settings)

    @property
    def path(self) -> Path:
        return self.store.path

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Case:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # Import ------------------------------------------------------------------

    def import_paths(
        self,
        paths: Iterable[str | Path],
        meta: ArticleMeta = NO_META,
        *,
        match: bool = True,
        progress: Progress = no_progress,
        cancelled: CancelFlag = never_cancelled,
    ) -> ImportReport:
        """Import files and folders, extract their claims, match them into the case."""
        self.store.take_snapshot("before-import")
        report = import_paths(
            self.store,
            paths,
            meta,
            extract_many,
            max_bytes=self.settings.max_file_bytes,
            by=self.settings.user,
            progress=progress,
            cancelled=cancelled,
        )
        if match and report.imported:
            self.matcher.match_articles([i.id for i in report.imported], self.settings)
        return report

    def backup(self, target: Path | None = None) -> Path:
        """A checked copy of the case: at ``target``, else a snapshot kept until deleted."""
        if target is not None:
            self.store.save_copy(target)
            return target
        return snapshots.take(self.store.db.conn, self.path, snapshots.MANUAL).path

    def import_text(self, text: str, meta: ArticleMeta = NO_META) -> Article:
        """Store pasted text as an article; an identical text already stored is returned."""
        article = pasted_article(text, meta)
        stored = store_article(self.store, article, extract_many, by=self.settings.user)
        if isinstance(stored, int):
            return self.store.get_article(stored)
        self.matcher.match_articles([stored.id], self.settings)
        return stored

    # Reading -----------------------------------------------------------------

    def article(self, article_id: int) -> Article:
        return self.store.get_article(article_id)

    def fetched_page(self, article_id: int) -> tuple[str, bytes] | None:
        """The content type and bytes of the page an article was fetched as, if it was."""
        return self.store.fetched_page(article_id)

    def articles(self) -> list[ArticleSummary]:
        return self.store.article_summaries()

    def claim(self, claim_id: int) -> Claim:
        return self.store.get_claim(claim_id)

    def claims(self, query: ClaimQuery = ALL_CLAIMS) -> list[Claim]:
        self._check_query(query)
        return self.store.claims(query)

    def claim_ids(self, query: ClaimQuery = ALL_CLAIMS) -> list[int]:
        self._check_query(query)
        return self.store.claim_ids(query)

    def claims_by_ids(self, ids: Sequence[int]) -> list[Claim]:
        return self.store.claims_by_ids(ids)

    def statuses(self) -> list[Status]:
        return self.store.statuses()

    def history(self, claim_id: int) -> list[HistoryEntry]:
        self.store.require_claim(claim_id)
        return self.store.claim_history(claim_id)

    def evidence(self, claim_id: int) -> list[Evidence]:
        return self.store.evidence_for(claim_id)

    def evidence_counts(self) -> dict[int, int]:
        """How many evidence links each claim cites (claims with none are left out)."""
        return self.store.evidence_counts()

    def links(
        self, relation: Relation | str | None = None, decision: str | None = None
    ) -> list[Link]:
        """Stored links; ``decision`` is ``open``, ``accepted`` or ``rejected``."""
        if decision is not None and decision not in DECISIONS:
            raise InvalidInputError(
                f"unknown decision {decision!r}; use one of: {', '.join(DECISIONS)}"
            )
        return self.store.links(
            relation=None if relation is None else choice(Relation, str(relation), "relation"),
            decision=decision,
        )

    def conflicted_claim_ids(self) -> set[int]:
        """Claims in a conflict that nobody rejected."""
        return self.store.conflicted_claim_ids()

    def links_of(self, claim_id: int) -> list[Link]:
        return self.store.links(claim_id=claim_id)

    def link_between(self, a_id: int, b_id: int) -> Link | None:
        return self.store.link_between(a_id, b_id)

    def support(self) -> dict[int, SupportCounts]:
        return self.matcher.support()

    def snapshot(self, query: ClaimQuery = ALL_CLAIMS) -> CaseSnapshot:
        """Everything a report needs, for the claims ``query`` selects."""
        return report_snapshot(self.store, tuple(self.claims(query)), self.support())

    def export(self, fmt: str, query: ClaimQuery = ALL_CLAIMS, *, base_url: str = "") -> str:
        """The report in format ``fmt`` (for ``pdf``, the HTML the GUI layer paints)."""
        options = ExportOptions(
            base_url=base_url,
            organisation=self.settings.organisation,
            organisation_url=self.settings.organisation_url,
            generated_at=now_iso(),
        )
        return render_text(fmt, self.snapshot(query), options)

    @staticmethod
    def export_encoding(fmt: str) -> str:
        return FORMATS[fmt].encoding or "utf-8"

    def import_claims(self, path: Path) -> ClaimsImportReport:
        """Merge another case's export (or a JSONL of claims) and match what is new."""
        self.store.take_snapshot("before-import-claims")
        report = import_claims(self.store, path, by=self.settings.user)
        # The links the export carries are the other case's, proposals included: kept.
        self.matcher.match_claims(report.new_claim_ids, self.settings, withdraw=False)
        return report

    # Review ------------------------------------------------------------------

    def set_status(
        self, claim_id: int, status: str, *, note: str | None = None, by: str = ""
    ) -> Claim:
        return self.store.set_status(claim_id, status, note=note, by=by or self.settings.user)

    def set_note(self, claim_id: int, note: str, *, by: str = "") -> Claim:
        return self.store.set_note(claim_id, note, by=by or self.settings.user)

    def add_evidence(self, claim_id: int, url: str, comment: str = "") -> Evidence:
        return self.store.add_evidence(claim_id, url, comment, by=self.settings.user)

    def remove_evidence(self, evidence_id: int) -> Evidence:
        return self.store.remove_evidence(evidence_id, by=self.settings.user)

    def decide_link(self, link_id: int, confirmed: bool | None, *, by: str = "") -> Link:
        return self.store.decide_link(link_id, confirmed, by=by or self.settings.user)

    def link_claims(self, a_id: int, b_id: int, relation: Relation | str, *, by: str = "") -> Link:
        """Link two claims by hand (a pair the matcher missed, or one it got wrong): accepted."""
        kind = choice(Relation, str(relation), "relation")
        return self.matcher.link_by_hand(a_id, b_id, kind, by or self.settings.user)

    def put_link(self, link: Link) -> Link:
        """Put a link back as it was before a change by hand (undo)."""
        return self.store.put_link(link, by=self.settings.user)

    def delete_link(self, link_id: int) -> None:
        """Remove a link made by hand (undo); the matcher may propose the pair again."""
        self.store.delete_link(link_id, by=self.settings.user)

    def set_article(self, article_id: int, **changes: str | None) -> Article:
        """Correct an article's title, outlet, date, url or place (None leaves one as it is).

        A new date or outlet changes what matching knows of the article (its
        event's day, its own voice), so its claims are matched again.
        """
        checked = article_changes(changes)
        before = self.store.get_article(article_id)
        article = self.store.update_article(article_id, checked, by=self.settings.user)
        if (before.date, before.outlet) != (article.date, article.outlet):
            self.matcher.match_articles([article_id], self.settings)
        return article

    def correct_claim(
        self,
        claim_id: int,
        *,
        source_type: str | None = None,
        cue_span: tuple[int, int] | None = None,
        stance: str | None = None,
        anonymous: bool | None = None,
        source_type_override: bool | None = None,
    ) -> Claim:
        """Correct what the extractor read of a claim: its source's type, cue, stance, anonymity.

        A source type given here is the claim's own (``source_type_override``):
        a type later given to the claim's source as a whole does not replace it.
        Undo passes the old type with the old mark.
        """
        claim = self.store.get_claim(claim_id)
        text = self.store.get_article(claim.article_id).text if cue_span is not None else ""
        changes = correction_changes(text, source_type, cue_span, stance, anonymous)
        if source_type is not None and source_type_override is None:
            source_type_override = True
        extraction = replace(claim.extraction, **changes)
        return self.store.update_extraction(
            claim_id, extraction, by=self.settings.user, source_type_override=source_type_override
        )

    def edit_claim(
        self, claim_id: int, *, source_type_override: bool | None = None, **changes: Any
    ) -> Claim:
        """Correct a claim's fields or spans (offsets are checked against the text).

        A new ``source_type`` is this claim's own when it differs from its
        source's (``source_type_override`` True or False says so explicitly):
        retyping the source later leaves such a claim as it is.
        """
        claim = self.store.get_claim(claim_id)
        extraction = replace(claim.extraction, **changes)
        text = self.store.get_article(claim.article_id).text
        check_spans(text, extraction)
        if extraction.content != claim.content and "predicates" not in changes:
            # The parse read the old words; an undo gives back the old words' predicates.
            reading = read_marked(text, (extraction.content_start, extraction.content_end))
            extraction = replace(extraction, predicates=reading.predicates)
        return self.store.update_extraction(
            claim_id, extraction, by=self.settings.user, source_type_override=source_type_override
        )

    def set_span(self, claim_id: int, role: str, start: int, end: int) -> Claim:
        """Make ``start:end`` (a person's selection) a claim's source, content or cue
        (:func:`corrections.span_changes`)."""
        if role not in ("source", "content", "cue"):
            raise InvalidInputError(f"cannot set the {role} span; use source, content or cue")
        claim = self.store.get_claim(claim_id)
        text = self.store.get_article(claim.article_id).text
        start, end = trimmed_span(text, start, end, what=role)
        if role == "cue":
            return self.correct_claim(claim_id, cue_span=(start, end))
        return self.edit_claim(claim_id, **span_changes(text, claim, role, start, end))

    def mark_claim(self, article_id: int, start: int, end: int) -> Claim:
        """Words a person marked in the reader become a claim, read as extraction reads one
        (:func:`corrections.marked_extraction`)."""
        article = self.store.get_article(article_id)
        start, end = trimmed_span(article.text, start, end)
        return self.add_claim(article_id, marked_extraction(article, start, end), read=False)

    def add_claim(self, article_id: int, extraction: Extraction, *, read: bool = True) -> Claim:
        """A claim a person marked by hand; ``read`` False when its words were read already."""
        text = self.store.get_article(article_id).text
        check_spans(text, extraction)
        if read and not extraction.predicates:
            reading = read_marked(text, (extraction.content_start, extraction.content_end))
            extraction = replace(extraction, predicates=reading.predicates)
        (claim_id,) = self.store.add_claims(
            article_id, [extraction], origin=Origin.MANUAL, by=self.settings.user
        )
        self.matcher.match_claims([claim_id], self.settings)
        return self.store.get_claim(claim_id)

    def delete_claim(self, claim_id: int) -> tuple[Claim, list[Link], list[Evidence]]:
        """Delete a claim; returns it with the links and evidence that went with it.

        They are read in the deletion's own transaction, so that an undo
        (:meth:`restore_claim`) puts back exactly what was removed.
        """
        with self.store.write():
            removed = (
                self.store.get_claim(claim_id),
                self.store.links(claim_id=claim_id),
                self.store.evidence_for(claim_id),
            )
            self.store.delete_claim(claim_id, by=self.settings.user)
        return removed

    def restore_claim(
        self, claim: Claim, links: Sequence[Link] = (), evidence: Sequence[Evidence] = ()
    ) -> Claim:
        """Put back a deleted claim under its old id, with its links and evidence, and match it.

        Undo of a deletion; also redo of a claim added by hand (with neither).
        """
        check_spans(self.store.get_article(claim.article_id).text, claim.extraction)
        restored = self.store.restore_claim(
            claim, links=links, evidence=evidence, by=self.settings.user
        )
        self.matcher.match_claims([restored.id], self.settings)
        return restored

    # Sources -----------------------------------------------------------------

    def sources(self) -> list[Source]:
        """The case's source entities, one per referent, with their claims and mentions."""
        return self.store.sources()

    def source(self, source_id: int) -> Source:
        return self.store.get_source(source_id)

    def source_summaries(self) -> list[SourceSummary]:
        """The sources with claim, article, corroborated and conflicted counts (the panel's)."""
        return self.store.source_summaries()

    def set_source(
        self, source_id: int, *, source_type: str | None = None, name: str | None = None
    ) -> SourceEdit:
        """Retype or rename a source; its claims follow its type, except those typed alone."""
        if source_type is None and name is None:
            raise InvalidInputError("nothing to change: give a type, a name or both")
        return self.store.set_source(
            source_id, source_type=source_type, name=name, by=self.settings.user
        )

    def undo_source_edit(self, edit: SourceEdit) -> None:
        self.store.undo_source_edit(edit, by=self.settings.user)

    def merge_sources(self, keep: int, other: int) -> SourceMerge:
        """Join two sources that are one referent; ``keep`` keeps its id and name."""
        return self.store.merge_sources(keep, other, by=self.settings.user)

    def unmerge_sources(self, merge: SourceMerge) -> None:
        self.store.unmerge_sources(merge, by=self.settings.user)

    # Matching ----------------------------------------------------------------

    def match(self, min_score: float | None = None) -> list[Link]:
        """Match the whole case and store the links; returns the case's proposed links."""
        settings = self.settings
        if min_score is not None:
            settings = replace(settings, match_min_score=min_score)
        self.store.take_snapshot("before-match")
        self.matcher.match_all(settings)
        self.store.set_meta("matched_at", now_iso())
        floor = settings.match_min_score
        return [k for k in self.store.links() if k.score >= floor and k.confirmed is not False]

    def similar(
        self,
        text: str,
        top: int = 10,
        progress: Progress = no_progress,
        cancelled: CancelFlag = never_cancelled,
    ) -> list[tuple[Claim, float]]:
        """The stored claims most like ``text``, by words and (with the model) meaning."""
        (ranked,) = self.matcher.similar_many([text], top, progress, cancelled)
        claims = {c.id: c for c in self.store.claims_by_ids([i for i, _ in ranked])}
        return [(claims[i], score) for i, score in ranked if i in claims]

    def ranks_by_meaning(self) -> bool:
        """Whether :meth:`similar` ranks by meaning too (the semantic extra is installed)."""
        return self.matcher.ranks_by_meaning()

    def similar_to_claim(
        self,
        claim_id: int,
        top: int = 10,
        progress: Progress = no_progress,
        cancelled: CancelFlag = never_cancelled,
    ) -> list[tuple[Claim, float]]:
        claim = self.store.get_claim(claim_id)
        hits = self.similar(claim.content, top + 1, progress, cancelled)
        return [(c, s) for c, s in hits if c.id != claim_id][:top]

    def similar_batch(
        self, queries: Iterable[tuple[str, str]], top: int = 10, progress: Progress = no_progress
    ) -> Iterator[tuple[str, list[tuple[int, float]]]]:
        """``(query_id, [(claim_id, score)...])`` for each ``(query_id, text)``.

        Queries are ranked in chunks, so that a model embeds many at once and
        results still stream out as they come.
        """
        pending = iter(queries)
        while chunk := list(islice(pending, 256)):
            ranked = self.matcher.similar_many([text for _, text in chunk], top, progress)
            yield from zip([query_id for query_id, _ in chunk], ranked, strict=True)

    @staticmethod
    def _check_query(query: ClaimQuery) -> None:
        unknown = [t for t in query.source_types if t not in {str(s) for s in SourceType}]
        if unknown:
            raise InvalidInputError(
                f"unknown source type {unknown[0]!r}; use one of: {', '.join(SourceType)}"
            )


# Snapshots -------------------------------------------------------------------


def case_snapshots(path: Path) -> list[SnapshotSummary]:
    """The case's snapshots, newest first, with what each holds."""
    return [snapshots.summarise(s) for s in snapshots.list_snapshots(path)]


def restore_case(path: Path, choice: str | Snapshot) -> Restored:
    """Restore the snapshot ``choice`` ('latest', a number from the list, a file, or one listed).

    The current file is kept beside the case, never written over; open
    connections (the app) see the restored case.
    """
    chosen = snapshots.resolve(path, choice) if isinstance(choice, str) else choice
    return snapshots.restore(path, chosen)


DECISIONS = ("open", "accepted", "rejected")
"""What ``links --decision`` selects: no decision yet, accepted, rejected."""

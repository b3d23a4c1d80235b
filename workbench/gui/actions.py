"""What a person does in the window: one keyword-only function per action.

Each wraps one call into :class:`~workbench.core.services.Case` so the widgets
and the undo commands never reach below the facade. They run on the GUI
thread's own case connection: every one is a single short write.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from workbench.core.domain import (
    Article,
    Claim,
    Evidence,
    Extraction,
    Link,
    SourceEdit,
    SourceMerge,
)
from workbench.core.services import Case, Restored, Snapshot, restore_case


def set_status(*, case: Case, claim_id: int, status: str) -> Claim:
    return case.set_status(claim_id, status)


def set_note(*, case: Case, claim_id: int, note: str) -> Claim:
    return case.set_note(claim_id, note)


def decide_link(*, case: Case, link_id: int, confirmed: bool | None) -> Link:
    return case.decide_link(link_id, confirmed)


def link_claims(*, case: Case, a_id: int, b_id: int, relation: str) -> Link:
    return case.link_claims(a_id, b_id, relation)


def put_link(*, case: Case, link: Link) -> Link:
    return case.put_link(link)


def delete_link(*, case: Case, link_id: int) -> None:
    case.delete_link(link_id)


def add_evidence(*, case: Case, claim_id: int, url: str, comment: str = "") -> Evidence:
    return case.add_evidence(claim_id, url, comment.strip())


def remove_evidence(*, case: Case, evidence_id: int) -> Evidence:
    return case.remove_evidence(evidence_id)


def set_span(*, case: Case, claim_id: int, role: str, start: int, end: int) -> Claim:
    """Make ``start:end`` of the article's text a claim's source, content or cue."""
    return case.set_span(claim_id, role, start, end)


def correct_claim(*, case: Case, claim_id: int, field: str, value: object) -> Claim:
    """Correct one thing extraction read: ``source_type``, ``stance`` or ``anonymous``."""
    if field == "anonymous":
        return case.correct_claim(claim_id, anonymous=bool(value))
    if field == "stance":
        return case.correct_claim(claim_id, stance=str(value))
    return case.correct_claim(claim_id, source_type=str(value))


def restore_extraction(
    *, case: Case, claim_id: int, extraction: Extraction, source_type_override: bool | None = None
) -> Claim:
    """Put back a claim's earlier extraction (undo of a span edit or a correction)."""
    fields = {name: getattr(extraction, name) for name in extraction.__slots__}
    return case.edit_claim(claim_id, source_type_override=source_type_override, **fields)


def mark_claim(*, case: Case, article_id: int, start: int, end: int) -> Claim:
    """Marked words become a claim, with the figures, source and cue extraction reads there."""
    return case.mark_claim(article_id, start, end)


def set_article(*, case: Case, article_id: int, changes: dict[str, str]) -> Article:
    return case.set_article(article_id, **changes)


def delete_claim(*, case: Case, claim_id: int) -> tuple[Claim, list[Link], list[Evidence]]:
    """Remove a claim (a wrong extraction, or undo of adding it by hand); returns what went."""
    return case.delete_claim(claim_id)


def restore_claim(
    *, case: Case, claim: Claim, links: Sequence[Link] = (), evidence: Sequence[Evidence] = ()
) -> Claim:
    """Put a removed claim back under its old id, with its links and evidence."""
    return case.restore_claim(claim, links, evidence)


def back_up(*, case: Case) -> Path:
    return case.backup()


def restore(*, case_path: Path, snapshot: Snapshot) -> Restored:
    return restore_case(case_path, snapshot)


def set_source(
    *, case: Case, source_id: int, source_type: str | None = None, name: str | None = None
) -> SourceEdit:
    return case.set_source(source_id, source_type=source_type, name=name)


def undo_source_edit(*, case: Case, edit: SourceEdit) -> None:
    case.undo_source_edit(edit)


def merge_sources(*, case: Case, keep: int, other: int) -> SourceMerge:
    return case.merge_sources(keep, other)


def unmerge_sources(*, case: Case, merge: SourceMerge) -> None:
    case.unmerge_sources(merge)

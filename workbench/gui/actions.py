"""What a person does in the window: one keyword-only function per action.

Each wraps one call into :class:`~workbench.core.services.Case` so the widgets
and the undo commands never reach below the facade. They run on the GUI
thread's own case connection: every one is a single short write.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from workbench.core.domain import (
    Claim,
    Evidence,
    Extraction,
    Link,
    SourceEdit,
    SourceMerge,
)
from workbench.core.errors import InvalidInputError
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
    url = url.strip()
    if not url:
        raise InvalidInputError("an evidence link needs a URL")
    return case.add_evidence(claim_id, url, comment.strip())


def remove_evidence(*, case: Case, evidence_id: int) -> Evidence:
    return case.remove_evidence(evidence_id)


def set_span(*, case: Case, claim_id: int, role: str, start: int, end: int) -> Claim:
    """Move a claim's source or content span to ``start:end`` of its article's text.

    Quantities outside a new content span are dropped (their offsets would
    point at text the claim no longer holds).
    """
    if role not in ("source", "content"):
        raise InvalidInputError(f"cannot set the {role} span; use source or content")
    claim = case.claim(claim_id)
    text = case.article(claim.article_id).text
    start, end = _trimmed(text, start, end)
    changes: dict[str, object] = {role: text[start:end], f"{role}_start": start, f"{role}_end": end}
    if role == "content":
        changes["numbers"] = tuple(n for n in claim.numbers if start <= n.start and n.end <= end)
    else:
        changes["attributed"] = True
        changes["source_resolved"] = text[start:end]
    return case.edit_claim(claim_id, **changes)


def restore_extraction(*, case: Case, claim_id: int, extraction: Extraction) -> Claim:
    """Put back a claim's earlier extraction (undo of a span edit)."""
    fields = {name: getattr(extraction, name) for name in extraction.__slots__}
    return case.edit_claim(claim_id, **fields)


def add_claim(*, case: Case, article_id: int, start: int, end: int) -> Claim:
    """A claim marked by hand: the selection is the content, in the article's own voice.

    The person then selects its source and presses the source key to attribute it.
    """
    article = case.article(article_id)
    start, end = _trimmed(article.text, start, end)
    content = article.text[start:end]
    extraction = Extraction.own_voice(content, start, article.outlet)
    return case.add_claim(article_id, extraction)


def delete_claim(*, case: Case, claim_id: int) -> tuple[Claim, list[Link], list[Evidence]]:
    """Remove a claim (a wrong extraction, or undo of adding it by hand); returns what went."""
    return case.delete_claim(claim_id)


def restore_claim(
    *, case: Case, claim: Claim, links: Sequence[Link] = (), evidence: Sequence[Evidence] = ()
) -> Claim:
    """Put a removed claim back under its old id, with its links and evidence."""
    return case.restore_claim(claim, links, evidence)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The selection without surrounding blanks; an empty one is refused."""
    start, end = sorted((max(0, start), min(len(text), end)))
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end:
        raise InvalidInputError("select some text of the article first")
    return start, end


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

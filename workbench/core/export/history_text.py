"""The audit history in words a person reads: "the content now ends at 307", "link accepted".

History rows keep machine values (field names, status names, offsets) so
that the trail stays exact; everything that shows a row to a person (the
app's history list, ``workbench history``) says it with these sentences.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

from workbench.core.domain import HistoryEntry
from workbench.core.export.labels import source_type_label, stance_label

CUT = 60
_SPANS = {"source": "source", "cue": "cue", "content": "content"}
_TEXTS = {
    "source": "the source now reads",
    "cue": "the cue now reads",
    "content": "the content now reads",
    "source_resolved": "the source is now taken to be",
    "note": "note",
}


def _quoted(value: str | None) -> str:
    text = " ".join((value or "").split())
    return f"“{text[:CUT]}…”" if len(text) > CUT else f"“{text}”"


def _figures(value: str | None) -> str:
    try:
        numbers = json.loads(value or "[]")
    except json.JSONDecodeError:
        return value or ""
    return ", ".join(str(n.get("text") or n.get("value")) for n in numbers) or "none"


def _field_change(field: str, old: str | None, new: str | None, labels: Mapping[str, str]) -> str:
    """One corrected field of a claim or an article."""
    if field == "status":
        was = labels.get(old or "", old or "")
        return f"status set to {labels.get(new or '', new or '')} (was {was})"
    if field == "note":
        return f"note written: {_quoted(new)}" if new else "note cleared"
    for role, name in _SPANS.items():
        for end, verb in (("start", "starts"), ("end", "ends")):
            if field == f"{role}_{end}":
                return f"the {name} now {verb} at character {new} (was {old})"
    if field in _TEXTS:
        return f"{_TEXTS[field]} {_quoted(new)}"
    if field == "source_type":
        return (
            f"source type set to {source_type_label(new or '')}"
            f" (was {source_type_label(old or '')})"
        )
    if field == "source_type_override":
        return (
            "source type set for this claim alone"
            if new == "1"
            else "source type follows its source again"
        )
    if field == "stance":
        return f"stance set to “{stance_label(new or '')}” (was “{stance_label(old or '')}”)"
    if field == "anonymous":
        return "source marked anonymous" if new in ("1", "True") else "source marked as named"
    if field == "attributed":
        return (
            "attributed to a source" if new in ("1", "True") else "now in the article's own voice"
        )
    if field == "quote":
        return "now a direct quote" if new == "direct" else "now an indirect quote"
    if field == "numbers":
        return f"figures now {_figures(new)} (were {_figures(old)})"
    if field in ("title", "outlet", "date", "url", "place"):
        if not new:
            return f"{field} cleared (was {_quoted(old)})"
        return f"{field} set to {_quoted(new)}" + (f" (was {_quoted(old)})" if old else "")
    return f"{field.replace('_', ' ')} changed from {_quoted(old)} to {_quoted(new)}"


def _link_change(entry: HistoryEntry) -> str:
    if entry.action == "insert":
        relation = (entry.new or "").split(",")[0]
        return f"linked by hand: {relation}"
    if entry.action == "delete":
        return "link removed"
    if entry.field == "confirmed":
        return {"accepted": "link accepted", "rejected": "link rejected"}.get(
            entry.new or "", "link reopened (no decision)"
        )
    if entry.field == "relation":
        return f"link now {entry.new} (was {entry.old})"
    return f"link {entry.action}"


def describe(entry: HistoryEntry, status_labels: Mapping[str, str] | None = None) -> str:
    """What one history row changed, in words; ``status_labels`` maps status names to labels."""
    labels = status_labels or {}
    if entry.entity == "link":
        return f"{_link_change(entry)} (link {entry.entity_id})"
    if entry.field == "evidence":
        return (
            f"evidence {'added' if entry.action == 'add' else 'removed'}: {entry.new or entry.old}"
        )
    if entry.field:
        return _field_change(entry.field, entry.old, entry.new, labels)
    what = {
        "create": "claim found",
        "delete": "claim deleted",
        "restore": "claim put back",
        "import": "article imported",
        "match": "claims matched",
    }.get(entry.action, entry.action)
    detail = entry.new or entry.old or ""
    return f"{what}: {_quoted(detail)}" if detail else what


def history_line(entry: HistoryEntry, status_labels: Mapping[str, str] | None = None) -> str:
    """``2024-05-01 12:00 ana: status set to Verified (was Unverified)``."""
    when = entry.at.replace("T", " ")[:16]
    who = f" {entry.by}" if entry.by else ""
    return f"{when}{who}: {describe(entry, status_labels)}"

"""Reading a file of claims for ``import-claims``: an export document or JSONL.

A line that is no claim (not JSON, no ``content``) is set aside with the
reason, never the whole file.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from workbench.core.errors import InvalidInputError

EXPORT_FORMAT = "claim-workbench"


@dataclass(slots=True)
class Item:
    """One claim of the file, with where it stands there (``FILE:LINE`` or ``FILE, claim ID``)."""

    where: str
    data: dict[str, Any]


def read_claims_file(
    path: Path,
) -> tuple[dict[str, Any] | None, list[Item], list[tuple[str, str]]]:
    """The export document (or None), the claims of ``path``, and the lines that are none.

    Raises:
        InvalidInputError: the file cannot be read or holds no claim at all.
    """
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InvalidInputError(f"{path}: cannot read ({exc})") from exc
    skipped: list[tuple[str, str]] = []
    if raw.lstrip().startswith("{"):
        try:
            document = json.loads(raw)
        except json.JSONDecodeError:
            document = None
        if isinstance(document, dict) and document.get("format") == EXPORT_FORMAT:
            items = []
            for number, claim in enumerate(document.get("claims") or [], start=1):
                name = claim.get("id", number) if isinstance(claim, dict) else number
                where = f"{path}, claim {name}"
                if _usable(claim, where, skipped):
                    items.append(Item(where, claim))
            return document, items, skipped
    lines: list[Item] = []
    for number, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            skipped.append((where, f"not JSON ({exc.msg})"))
            continue
        if _usable(item, where, skipped):
            lines.append(Item(where, item))
    if not lines:
        reasons = f" ({skipped[0][0]}: {skipped[0][1]})" if skipped else ""
        raise InvalidInputError(f"{path}: no claims in the file{reasons}")
    return None, lines, skipped


def _usable(item: object, where: str, skipped: list[tuple[str, str]]) -> bool:
    if not isinstance(item, dict) or not str(item.get("content") or "").strip():
        skipped.append((where, "a claim needs a 'content' field"))
        return False
    if item.get("article") is not None and not isinstance(item["article"], dict):
        skipped.append((where, "'article' must be an object with 'path' or 'url'"))
        return False
    return True

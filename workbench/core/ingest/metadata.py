"""Article metadata: options first, then a sidecar, then the file itself."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, fields
from datetime import date
from pathlib import Path

from workbench.core.errors import IngestError, InvalidInputError

SIDECAR_SUFFIX = ".meta.json"
TITLE_LIMIT = 200
META_KEYS = ("title", "outlet", "date", "url")


@dataclass(frozen=True, slots=True)
class ArticleMeta:
    """What a person can say about an article besides its text; empty means unknown."""

    title: str = ""
    outlet: str = ""
    date: str = ""
    url: str = ""
    place: str = ""

    def over(self, fallback: ArticleMeta) -> ArticleMeta:
        """This metadata, with gaps filled from ``fallback``."""
        return ArticleMeta(
            **{f.name: getattr(self, f.name) or getattr(fallback, f.name) for f in fields(self)}
        )


def first_line_title(text: str) -> str:
    """A text's first non-empty line, as a title (Markdown heading marks removed)."""
    for line in text.splitlines():
        # Control characters (a stray BEL, an escape sequence) have no place in a title.
        line = "".join(ch for ch in line if ch.isprintable() or ch == " ")
        line = line.strip().lstrip("#").strip()
        if line:
            return line[:TITLE_LIMIT]
    return ""


def check_date(value: str, what: str = "date") -> str:
    """Accept ``YYYY-MM-DD`` (or a longer ISO timestamp, cut to its date) or nothing."""
    value = value.strip()
    if not value:
        return ""
    match = re.match(r"^(\d{4}-\d{2}-\d{2})", value)
    if match:
        try:
            date.fromisoformat(match.group(1))
            return match.group(1)
        except ValueError:
            pass
    raise InvalidInputError(f"{what}: {value!r} is not a date of the form YYYY-MM-DD")


def sidecar_path(path: Path) -> Path:
    """``story.txt`` -> ``story.meta.json``."""
    return path.with_name(path.stem + SIDECAR_SUFFIX)


def is_sidecar(path: Path) -> bool:
    return path.name.endswith(SIDECAR_SUFFIX)


def read_sidecar(path: Path) -> ArticleMeta:
    """The metadata in ``NAME.meta.json`` beside ``path``, or nothing."""
    side = sidecar_path(path)
    if not side.is_file():
        return ArticleMeta()
    try:
        data = json.loads(side.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise IngestError(str(side), f"unreadable metadata file ({exc})") from exc
    if not isinstance(data, dict):
        raise IngestError(str(side), "metadata must be a JSON object")
    values = {key: str(data.get(key) or "").strip() for key in META_KEYS}
    try:
        values["date"] = check_date(values["date"])
    except InvalidInputError as exc:
        raise IngestError(str(side), str(exc)) from exc
    return ArticleMeta(**values)

"""Markdown front matter: the YAML block between ``---`` lines that static-site
generators and note apps put first ("title:", "date:", "outlet:", "url:").

Its keys are read as the article's metadata and the block is left out of the
text, so that neither the title "---" nor "date: 2016-09-12" is read as the
story. Any other key is ignored; a block that is not YAML mapping is text.
A block of "key: value" lines that YAML refuses, because a title has a colon
of its own ("title: Live: Storm Hestia makes landfall"), is read line by line,
as a person wrote it.
"""

from __future__ import annotations

import re
from datetime import date, datetime

import yaml

from workbench.core.errors import IngestError, InvalidInputError
from workbench.core.ingest.metadata import META_KEYS, ArticleMeta, check_date

_LINE = re.compile(r"^\s*([A-Za-z][\w-]*)\s*:\s*(.*?)\s*$")
_BLOCK = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
ALIASES = {"publisher": "outlet", "source": "outlet", "published": "date", "link": "url"}


def split_front_matter(text: str, path: str) -> tuple[str, ArticleMeta]:
    """The text after a front matter block, and the metadata the block gives."""
    match = _BLOCK.match(text)
    if match is None:
        return text, ArticleMeta()
    try:
        data = yaml.safe_load(match.group(1))
    except yaml.YAMLError:
        data = _key_lines(match.group(1))
    if not isinstance(data, dict):
        return text, ArticleMeta()
    values: dict[str, str] = {}
    for key, value in data.items():
        name = ALIASES.get(str(key).lower(), str(key).lower())
        if name in META_KEYS and value is not None and name not in values:
            values[name] = _plain(value)
    try:
        values["date"] = check_date(values.get("date", ""))
    except InvalidInputError as exc:
        raise IngestError(path, f"front matter {exc}") from exc
    return text[match.end() :].lstrip("\r\n"), ArticleMeta(**values)


def _key_lines(block: str) -> dict[str, str] | None:
    """A block of "key: value" lines read line by line (quotes around a whole value
    dropped), or None when any line is something else."""
    found: dict[str, str] = {}
    for line in block.splitlines():
        if not line.strip():
            continue
        match = _LINE.match(line)
        if match is None:
            return None
        key, value = match.groups()
        if len(value) > 1 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        found.setdefault(key, value)
    return found


def _plain(value: object) -> str:
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()

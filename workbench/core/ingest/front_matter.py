"""Markdown front matter: the YAML block between ``---`` lines that static-site
generators and note apps put first ("title:", "date:", "outlet:", "url:").

Its keys are read as the article's metadata and the block is left out of the
text, so that neither the title "---" nor "date: 2016-09-12" is read as the
story. Any other key is ignored; a block that is not YAML mapping is text.
"""

from __future__ import annotations

import re
from datetime import date, datetime

import yaml

from workbench.core.errors import IngestError, InvalidInputError
from workbench.core.ingest.metadata import META_KEYS, ArticleMeta, check_date

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
        return text, ArticleMeta()
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


def _plain(value: object) -> str:
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()

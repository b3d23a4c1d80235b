"""Article import: files and folders of text, Markdown, HTML, PDF, Word, OpenDocument
and e-mail, and web pages by address."""

from workbench.core.ingest.discover import Found, discover
from workbench.core.ingest.metadata import ArticleMeta, check_date
from workbench.core.ingest.readers import (
    SUPPORTED_SUFFIXES,
    pasted_article,
    read_article,
    web_article,
)

__all__ = [
    "SUPPORTED_SUFFIXES",
    "ArticleMeta",
    "Found",
    "check_date",
    "discover",
    "pasted_article",
    "read_article",
    "web_article",
]

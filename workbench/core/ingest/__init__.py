"""Article import: files and folders of text, Markdown and HTML."""

from workbench.core.ingest.discover import discover
from workbench.core.ingest.metadata import ArticleMeta, check_date
from workbench.core.ingest.readers import SUPPORTED_SUFFIXES, pasted_article, read_article

__all__ = [
    "SUPPORTED_SUFFIXES",
    "ArticleMeta",
    "check_date",
    "discover",
    "pasted_article",
    "read_article",
]

"""The case database: the one place that talks SQL."""

from workbench.core.store.articles import content_hash
from workbench.core.store.case import CaseStore
from workbench.core.store.migrations import SCHEMA_VERSION

__all__ = ["SCHEMA_VERSION", "CaseStore", "content_hash"]

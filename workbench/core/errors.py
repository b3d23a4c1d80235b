"""Errors a user can cause. The CLI and the GUI show their message as is.

Anything that is not a :class:`WorkbenchError` is a bug and may keep its
traceback; these never should.
"""

from __future__ import annotations


class WorkbenchError(Exception):
    """Base of every error with a message fit to show a user."""


class NotFoundError(WorkbenchError):
    """An id or name that the case does not hold."""


class InvalidInputError(WorkbenchError):
    """A value or option that cannot be used (bad status, bad date...)."""


class IngestError(WorkbenchError):
    """A file that cannot be imported; the message names the file and why."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class CaseFileError(WorkbenchError):
    """A file that is not a case this version can open; it is left untouched."""


class CaseDamagedError(CaseFileError):
    """A case file SQLite finds damaged; the message says how to restore a snapshot."""


class CaseStorageError(WorkbenchError):
    """SQLite could not write the case (disk I/O, disk full, damage); the change was rolled back."""


class CaseBusyError(WorkbenchError):
    """Another writer held the case longer than we were willing to wait."""


class Cancelled(WorkbenchError):
    """Long work stopped because the user asked it to."""


class ModelUnavailableError(WorkbenchError):
    """A language model that is installed but will not load (a broken install)."""

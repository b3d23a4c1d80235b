"""How long work reports progress and learns it should stop.

Core functions take a ``progress`` callable and a ``cancelled`` callable;
the CLI passes a progress bar, the GUI a worker's signals, tests nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from workbench.core.errors import Cancelled

Progress = Callable[[int, int, str], None]
"""``progress(done, total, message)``."""

CancelFlag = Callable[[], bool]
"""Returns True once the user asked to stop."""


def no_progress(done: int, total: int, message: str) -> None:
    """The progress sink for callers that do not show any."""


def never_cancelled() -> bool:
    return False


def check_cancelled(cancelled: CancelFlag) -> None:
    """Raise :class:`Cancelled` between two units of work if asked to stop."""
    if cancelled():
        raise Cancelled("stopped at the user's request")


@dataclass(frozen=True, slots=True)
class Watch:
    """The progress sink and cancel flag of one piece of long work, passed down as one."""

    progress: Progress = no_progress
    cancelled: CancelFlag = never_cancelled

    def check(self) -> None:
        check_cancelled(self.cancelled)


UNWATCHED = Watch()

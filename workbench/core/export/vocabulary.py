"""Reading a case's status vocabulary the way every exporter needs it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from workbench.core.config import RATING_BEST, RATING_WORST
from workbench.core.domain import Status
from workbench.core.export.safety import DEFAULT_COLOR, safe_color, text_on

UNKNOWN_POSITION = 10_000


class Vocabulary:
    """Statuses by name, tolerant of a claim whose status left the vocabulary.

    A status renamed or deleted after claims were given it must not break an
    export; such a claim shows its raw name in grey and is never final.
    """

    def __init__(self, statuses: Iterable[Status]) -> None:
        self.statuses = tuple(sorted(statuses, key=lambda status: status.position))
        self._by_name = {status.name: status for status in self.statuses}

    def get(self, name: str) -> Status:
        """The status called ``name``, or a neutral stand-in for an unknown one."""
        known = self._by_name.get(name)
        if known is not None:
            return known
        middle = (self.worst + self.best) // 2
        return Status(name, name, DEFAULT_COLOR, False, name, middle, UNKNOWN_POSITION)

    def is_final(self, name: str) -> bool:
        """Whether ``name`` is a finished verdict (what ClaimReview publishes)."""
        return self.get(name).final

    @property
    def worst(self) -> int:
        """The low end of the rating scale, widened if a status rates below it."""
        return min([RATING_WORST, *(status.value for status in self.statuses)])

    @property
    def best(self) -> int:
        """The high end of the rating scale, widened if a status rates above it."""
        return max([RATING_BEST, *(status.value for status in self.statuses)])


@dataclass(frozen=True, slots=True)
class Badge:
    """A status as shown: its label on its (checked) colour."""

    name: str
    label: str
    color: str
    text_color: str
    final: bool


def badge(vocabulary: Vocabulary, name: str) -> Badge:
    """The badge of status ``name``, with a colour safe to put in a style attribute."""
    status = vocabulary.get(name)
    color = safe_color(status.color)
    return Badge(status.name, status.label or status.name, color, text_on(color), status.final)

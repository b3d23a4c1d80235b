"""Undoable changes to sources: retype, rename, merge.

Each command holds what the store returned when it ran (the old name and
type, the claims that followed, the claims that moved), so that undo puts
back exactly that; redo runs the change anew. ``changed`` refreshes the
window (the Sources panel, the claims table and the reader's colours).
"""

from __future__ import annotations

from collections.abc import Callable

from workbench.core.domain import SourceEdit, SourceMerge
from workbench.core.services import Case
from workbench.gui import actions
from workbench.gui.undo import StepCommand

Changed = Callable[[], None]


class SourceCommand(StepCommand):
    """A change to sources; the first run happens in :func:`workbench.gui.undo.push`."""

    def __init__(self, case: Case, changed: Changed, text: str) -> None:
        super().__init__(text)
        self._case = case
        self._changed = changed

    def changed(self, verb: str = "") -> None:
        self._changed()


class SetSourceCommand(SourceCommand):
    """Retype or rename a source (its claims follow its type)."""

    def __init__(
        self,
        case: Case,
        source_id: int,
        changed: Changed,
        *,
        source_type: str | None = None,
        name: str | None = None,
    ) -> None:
        text = f"retype source as {source_type}" if source_type else f"rename source to {name}"
        super().__init__(case, changed, text)
        self._source_id, self._type, self._name = source_id, source_type, name
        self.edit: SourceEdit | None = None

    def forward(self) -> None:
        self.edit = actions.set_source(
            case=self._case, source_id=self._source_id, source_type=self._type, name=self._name
        )

    def backward(self) -> None:
        if self.edit is not None:
            actions.undo_source_edit(case=self._case, edit=self.edit)


class MergeSourcesCommand(SourceCommand):
    """Join one source into another; undo gives the merged one its claims back."""

    def __init__(self, case: Case, keep: int, other: int, changed: Changed) -> None:
        super().__init__(case, changed, "merge sources")
        self._keep, self._other = keep, other
        self.merge: SourceMerge | None = None

    def forward(self) -> None:
        self.merge = actions.merge_sources(case=self._case, keep=self._keep, other=self._other)

    def backward(self) -> None:
        if self.merge is not None:
            actions.unmerge_sources(case=self._case, merge=self.merge)

"""Undoable edits: each command calls an action forwards and backwards.

The commands hold ids and plain values, never widgets; after each step they
call ``changed(claim_id)`` so the window refreshes what shows that claim.
Undo writes a new history row (the audit trail is append-only), so the
history shows both the change and its reversal; undoing a claim added by
hand deletes it, and redo restores it under the same id; undoing a deleted
claim puts it back with its links and evidence; undoing a link made by hand
removes it, or puts back the proposal it replaced.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack

from workbench.core.domain import Article, Claim, Evidence, Extraction, Link
from workbench.core.errors import WorkbenchError
from workbench.core.services import Case
from workbench.gui import actions

Changed = Callable[[int], None]
Failed = Callable[[str], None]
Revealed = Callable[[int, str], None]
"""Called after an undo or a redo with the claim it changed and what was done, in words."""


def push(
    stack: QUndoStack, command: StepCommand, failed: Failed, revealed: Revealed | None = None
) -> None:
    """Do ``command`` once, then put it on ``stack``.

    Qt calls ``redo`` inside ``push`` and cannot pass an exception back, so the
    first run happens here, where a refused edit (a bad span) raises to the
    caller and leaves the stack untouched. Later undo and redo steps that the
    case refuses (another program deleted the claim) report to ``failed``; those
    that go through report to ``revealed``, so that the window can show the
    claim they changed, wherever it is, and say what changed.
    """
    command.forward()
    command.ran_once = True
    command.failed = failed
    command.revealed = revealed
    stack.push(command)


class StepCommand(QUndoCommand):
    """A change with a way forward and a way back; :meth:`changed` shows each step."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.ran_once = False
        self.failed: Failed | None = None
        self.revealed: Revealed | None = None

    def forward(self) -> None:
        raise NotImplementedError

    def backward(self) -> None:
        raise NotImplementedError

    def changed(self, verb: str = "") -> None:
        """Show the step's effect; ``verb`` ("Undone", "Redone") when a person stepped."""
        raise NotImplementedError

    def redo(self) -> None:
        if self.ran_once:  # push() already did it
            self.ran_once = False
            self.changed()
        else:
            self._step(self.forward, "Redone")

    def undo(self) -> None:
        self._step(self.backward, "Undone")

    def _step(self, step: Callable[[], None], verb: str) -> None:
        try:
            step()
        except WorkbenchError as exc:
            self.setObsolete(True)  # Qt drops it from the stack: it cannot be replayed
            if self.failed is not None:
                self.failed(f"Cannot {self.text()}: {exc}")
            return
        self.changed(verb)


class _ClaimCommand(StepCommand):
    def __init__(self, case: Case, claim: Claim | None, changed: Changed, text: str) -> None:
        super().__init__(text)
        self._case = case
        self._claim_id = claim.id if claim is not None else 0
        self._changed = changed

    def changed(self, verb: str = "") -> None:
        self._changed(self._claim_id)
        if verb and self.revealed is not None:
            self.revealed(self._claim_id, f"{verb}: {self.text()}{self._about()}")

    def _about(self) -> str:
        return f" (claim {self._claim_id})" if self._claim_id else ""


class SetStatusCommand(_ClaimCommand):
    def __init__(
        self, case: Case, claim: Claim, status: str, changed: Changed, label: str = ""
    ) -> None:
        super().__init__(case, claim, changed, f"set the status to {label or status}")
        self._old, self._new = claim.status, status

    def forward(self) -> None:
        actions.set_status(case=self._case, claim_id=self._claim_id, status=self._new)

    def backward(self) -> None:
        actions.set_status(case=self._case, claim_id=self._claim_id, status=self._old)


class SetNoteCommand(_ClaimCommand):
    def __init__(self, case: Case, claim: Claim, note: str, changed: Changed) -> None:
        super().__init__(case, claim, changed, "write the note")
        self._old, self._new = claim.note, note

    def forward(self) -> None:
        actions.set_note(case=self._case, claim_id=self._claim_id, note=self._new)

    def backward(self) -> None:
        actions.set_note(case=self._case, claim_id=self._claim_id, note=self._old)


class DecideLinkCommand(_ClaimCommand):
    """Accept (True), reject (False) or reopen (None) a proposed link."""

    def __init__(
        self,
        case: Case,
        claim: Claim,
        link_id: int,
        old: bool | None,
        new: bool | None,
        changed: Changed,
    ) -> None:
        verb = {True: "accept", False: "reject", None: "reopen"}[new]
        super().__init__(case, claim, changed, f"{verb} the link")
        self._link_id, self._old, self._new = link_id, old, new

    def forward(self) -> None:
        actions.decide_link(case=self._case, link_id=self._link_id, confirmed=self._new)

    def backward(self) -> None:
        actions.decide_link(case=self._case, link_id=self._link_id, confirmed=self._old)


class LinkClaimsCommand(_ClaimCommand):
    """Two claims linked by hand: undo puts back what was there (no link, or the proposal)."""

    def __init__(
        self, case: Case, claim: Claim, other_id: int, relation: str, changed: Changed
    ) -> None:
        super().__init__(case, claim, changed, f"link by hand as {relation}")
        self._other, self._relation = other_id, relation
        self._before = case.link_between(claim.id, other_id)
        self.made: Link | None = None

    def forward(self) -> None:
        self.made = actions.link_claims(
            case=self._case, a_id=self._claim_id, b_id=self._other, relation=self._relation
        )

    def backward(self) -> None:
        if self._before is not None:
            actions.put_link(case=self._case, link=self._before)
        elif self.made is not None:
            actions.delete_link(case=self._case, link_id=self.made.id)


class _ReadingCommand(_ClaimCommand):
    """A correction of what extraction read of a claim; undo puts the whole earlier reading
    back, with whether its source type was the claim's own."""

    def __init__(self, case: Case, claim: Claim, changed: Changed, text: str) -> None:
        super().__init__(case, claim, changed, text)
        self._old: Extraction = claim.extraction
        self._old_override = claim.source_type_override

    def backward(self) -> None:
        actions.restore_extraction(
            case=self._case, claim_id=self._claim_id, extraction=self._old,
            source_type_override=self._old_override,
        )  # fmt: skip


class SetSpanCommand(_ReadingCommand):
    """Move the source, content or cue span of a claim to a new selection."""

    def __init__(
        self, case: Case, claim: Claim, role: str, start: int, end: int, changed: Changed
    ) -> None:
        super().__init__(case, claim, changed, f"correct the {role}")
        self._role, self._start, self._end = role, start, end

    def forward(self) -> None:
        actions.set_span(
            case=self._case,
            claim_id=self._claim_id,
            role=self._role,
            start=self._start,
            end=self._end,
        )


class CorrectClaimCommand(_ReadingCommand):
    """Correct one thing extraction read of a claim (source type, stance, anonymity)."""

    def __init__(
        self, case: Case, claim: Claim, field: str, value: object, changed: Changed, words: str
    ) -> None:
        super().__init__(case, claim, changed, words)
        self._field, self._value = field, value

    def forward(self) -> None:
        actions.correct_claim(
            case=self._case, claim_id=self._claim_id, field=self._field, value=self._value
        )


class SetArticleCommand(_ClaimCommand):
    """Correct an article's metadata; undo puts the old values back."""

    def __init__(
        self, case: Case, article: Article, changes: dict[str, str], changed: Changed
    ) -> None:
        super().__init__(case, None, changed, f"correct the details of “{article.title}”")
        self._article_id = article.id
        self._new = changes
        self._old = {name: getattr(article, name) for name in changes}

    def forward(self) -> None:
        actions.set_article(case=self._case, article_id=self._article_id, changes=self._new)

    def backward(self) -> None:
        actions.set_article(case=self._case, article_id=self._article_id, changes=self._old)


class AddClaimCommand(_ClaimCommand):
    """A claim marked by hand: undo removes it, redo puts it back under the same id.

    Keeping the id keeps later commands on the stack (a status set on the new
    claim) pointing at the right claim.
    """

    def __init__(self, case: Case, article_id: int, start: int, end: int, changed: Changed):
        super().__init__(case, None, changed, "mark a claim")
        self._where = (article_id, start, end)
        self.added: Claim | None = None

    def forward(self) -> None:
        if self.added is None:
            article_id, start, end = self._where
            self.added = actions.mark_claim(
                case=self._case, article_id=article_id, start=start, end=end
            )
            self._claim_id = self.added.id
        else:
            actions.restore_claim(case=self._case, claim=self.added)

    def backward(self) -> None:
        actions.delete_claim(case=self._case, claim_id=self._claim_id)


class DeleteClaimCommand(_ClaimCommand):
    """A claim removed (a wrong extraction): undo puts it back as it was.

    Its status, note, evidence and links (decided ones included) come back
    under their old ids.
    """

    def __init__(self, case: Case, claim: Claim, changed: Changed) -> None:
        super().__init__(case, claim, changed, "delete the claim")
        self._claim = claim
        self._links: list[Link] = []
        self._evidence: list[Evidence] = []

    def forward(self) -> None:
        # What went with the claim each time: it may have changed since an undo.
        self._claim, self._links, self._evidence = actions.delete_claim(
            case=self._case, claim_id=self._claim_id
        )

    def backward(self) -> None:
        actions.restore_claim(
            case=self._case, claim=self._claim, links=self._links, evidence=self._evidence
        )

"""The person's edits: panel signals and keys turned into undoable commands.

Statuses, notes, corrections of what extraction read, link decisions, links
and claims made by hand, span corrections and article details go on the
undo stack; evidence is a plain action (removing it is the way back). An
undo or redo shows the claim it changed (widening the filters if they hide
it) and says in the status bar what it did. A refused edit shows its
message and changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from workbench.core.domain import Link
from workbench.core.errors import WorkbenchError
from workbench.core.export.labels import source_type_label, stance_label
from workbench.gui import actions
from workbench.gui.review_controller import ReviewController
from workbench.gui.undo import (
    AddClaimCommand,
    CorrectClaimCommand,
    DecideLinkCommand,
    DeleteClaimCommand,
    LinkClaimsCommand,
    SetArticleCommand,
    SetNoteCommand,
    SetSpanCommand,
    SetStatusCommand,
    _ClaimCommand,
    push,
)

VERBS = {True: "accepted", False: "rejected", None: "reopened"}


class Editor(QObject):
    """Applies edits to the controller's current claim.

    Signals:
        failed: an edit was refused (the message).
        done: an edit went through (a short description for the status bar).
        evidence_stored: an evidence link typed in the detail pane was stored.
    """

    failed = Signal(str)
    done = Signal(str)
    evidence_stored = Signal()

    def __init__(self, review: ReviewController, stack: QUndoStack, parent: QObject) -> None:
        super().__init__(parent)
        self.review = review
        self.case = review.case
        self.stack = stack
        detail = review.panels.detail
        detail.status_chosen.connect(self.set_status)
        detail.note_saved.connect(self.set_note)
        detail.evidence_added.connect(self.add_evidence)
        detail.evidence_removed.connect(self.remove_evidence)
        detail.corrected.connect(self.correct)
        detail.cue_requested.connect(lambda: self.set_span("cue"))
        review.panels.compare.decided.connect(self.decide_link)

    def _run(self, what: str, work: Callable[[], object]) -> None:
        try:
            work()
        except WorkbenchError as exc:
            self.failed.emit(str(exc))
        else:
            self.done.emit(what)

    def _push(self, what: str, command: _ClaimCommand) -> None:
        self._run(what, lambda: push(self.stack, command, self.failed.emit, self._reveal))

    def _reveal(self, claim_id: int, message: str) -> None:
        """After an undo or redo: the claim it changed is current, and the person is told."""
        current = self.review.current
        if claim_id and (current is None or current.id != claim_id):
            try:
                self.case.store.require_claim(claim_id)
            except WorkbenchError:
                pass  # an added claim undone: nothing left to show
            else:
                self.review.select_claim(claim_id)
        self.done.emit(message)

    def set_status(self, status: str) -> None:
        claim = self.review.current
        if claim is None or claim.status == status:
            return
        label = next((s.label for s in self.review.statuses if s.name == status), status)
        command = SetStatusCommand(self.case, claim, status, self.review.refresh_claim, label)
        self._push(f"Status: {label}", command)

    def set_status_number(self, number: int) -> None:
        """Keys 1..9 pick the status at that place in the vocabulary."""
        if 1 <= number <= len(self.review.statuses):
            self.set_status(self.review.statuses[number - 1].name)

    def set_note(self, note: str) -> None:
        claim = self.review.current
        if claim is None or claim.note == note:
            return
        command = SetNoteCommand(self.case, claim, note, self.review.refresh_claim)
        self._push("Note saved (Ctrl+Z takes it back)", command)

    def correct(self, field: str, value: object) -> None:
        """The detail pane corrected what extraction read: source type, stance, anonymity."""
        claim = self.review.current
        if claim is None:
            return
        if field == "source_type":
            words = f"set the source type to {source_type_label(str(value))}"
        elif field == "stance":
            words = f"set the stance to “{stance_label(str(value))}”"
        else:
            words = "mark the source anonymous" if value else "mark the source named"
        command = CorrectClaimCommand(
            self.case, claim, field, value, self.review.refresh_claim, words
        )
        self._push(words[0].upper() + words[1:], command)

    def decide_link(self, link_id: int, confirmed: bool | None) -> None:
        claim = self.review.current
        if claim is None:
            return
        old = next((k.confirmed for k in self.case.links_of(claim.id) if k.id == link_id), None)
        command = DecideLinkCommand(
            self.case, claim, link_id, old, confirmed, self.review.refresh_links
        )
        self._push(f"Link {VERBS[confirmed]}", command)
        left = self.review.panels.compare.open_count()
        if confirmed is not None and not left:
            self.done.emit(f"Link {VERBS[confirmed]}; no proposal left on this claim (J: next)")

    def decide_current(self, confirmed: bool) -> None:
        """A and R: accept or reject the framed proposal of the compare pane."""
        card = self.review.panels.compare.current()
        if card is None:
            self.failed.emit("No proposal left to decide on this claim")
            return
        self.decide_link(card.link.id, confirmed)

    def link_claims(self, claim_id: int, other_id: int, relation: str) -> Link | None:
        """Link two claims by hand (from the similar-claims window); None if it was refused."""
        made: list[Link] = []

        def work() -> None:
            claim = self.case.claim(claim_id)
            command = LinkClaimsCommand(
                self.case, claim, other_id, relation, self.review.refresh_links
            )
            push(self.stack, command, self.failed.emit, self._reveal)
            if command.made is not None:
                made.append(command.made)

        self._run(f"Linked claims {claim_id} and {other_id}: {relation}", work)
        return made[0] if made else None

    def set_span(self, role: str) -> None:
        """Make the reader's selection the current claim's ``role`` span (source, content, cue)."""
        claim = self.review.current
        selection = self.review.panels.reader.view.selection_range()
        if claim is None or selection is None:
            self.failed.emit(f"Select the {role} in the text of the current claim's article first")
            return

        def changed(claim_id: int) -> None:
            self.review.refresh_claim(claim_id, spans=True)

        command = SetSpanCommand(self.case, claim, role, *selection, changed)
        self._push(f"{role.capitalize()} corrected", command)

    def add_claim(self) -> None:
        """The reader's selection becomes a new claim of the shown article (undoable)."""
        article = self.review.article
        selection = self.review.panels.reader.view.selection_range()
        if article is None or selection is None:
            self.failed.emit("Select the claimed text in the reader first")
            return

        def changed(claim_id: int) -> None:
            # Added, removed or back: the table, reader and counts all change.
            self.review.load()
            if self.review.model.row_of(claim_id) is not None:
                self.review.select_claim(claim_id)

        command = AddClaimCommand(self.case, article.id, *selection, changed)

        def work() -> None:
            push(self.stack, command, self.failed.emit, self._reveal)
            added = command.added
            if added is not None and added.attributed:
                self.done.emit(f"Claim added, attributed to {added.source_resolved}")
            else:
                self.done.emit("Claim added: select its source and press S to attribute it")

        try:
            work()
        except WorkbenchError as exc:
            self.failed.emit(str(exc))

    def delete_claim(self) -> None:
        """Remove the current claim, a wrong extraction (undoable, links and evidence too)."""
        claim = self.review.current
        if claim is None:
            self.failed.emit("Select the claim to delete first")
            return

        was_at = self.review.model.row_of(claim.id) or 0

        def changed(claim_id: int) -> None:
            self.review.load()
            if self.review.model.row_of(claim_id) is not None:
                self.review.select_claim(claim_id)  # undone: back where it was
            elif count := self.review.model.rowCount():
                self.review.panels.claims.select_row(min(was_at, count - 1))  # the next one

        command = DeleteClaimCommand(self.case, claim, changed)
        self._push(f"Claim {claim.id} deleted (Ctrl+Z puts it back)", command)

    def set_article(self, article_id: int, changes: dict[str, str]) -> None:
        """Correct an article's title, outlet, date, url or place (undoable)."""
        article = self.case.article(article_id)
        changes = {k: v for k, v in changes.items() if getattr(article, k) != v}
        if not changes:
            return

        def changed(_claim_id: int) -> None:
            self.review.load()  # keeps the current claim
            current = self.review.current
            if current is None or current.article_id != article_id:
                self.review.open_article(article_id)

        command = SetArticleCommand(self.case, article, changes, changed)
        self._push("Article details saved", command)

    def add_evidence(self, url: str, comment: str) -> None:
        claim = self.review.current
        if claim is None:
            return

        def work() -> None:
            actions.add_evidence(case=self.case, claim_id=claim.id, url=url, comment=comment)
            self.review.refresh_claim(claim.id)
            self.review.panels.detail.clear_evidence_fields()
            self.evidence_stored.emit()

        self._run("Evidence added", work)

    def remove_evidence(self, evidence_id: int) -> None:
        claim = self.review.current
        if claim is None:
            return

        def work() -> None:
            actions.remove_evidence(case=self.case, evidence_id=evidence_id)
            self.review.refresh_claim(claim.id)

        self._run("Evidence removed", work)

"""Compare: the selected claim beside each claim linked to it.

One card per link, the two claims side by side with the words and
quantities that differ marked, and what the matcher said: relation, score,
reasons, whether the sources are independent. Accept and Reject record a
person's decision (undoable); pressing the lit button again reopens it. The
best proposal nobody has decided yet is framed: the A and R keys decide it.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from workbench.core.domain import Claim, Link, Relation
from workbench.core.export.labels import reason_text, source_type_label
from workbench.gui import theme
from workbench.gui.diff_marks import pieces_html, word_diff

EMPTY = "Select a claim to compare it with the claims other articles make about the same thing."
NO_LINKS = (
    "No other article says something close to this claim (no links)."
    " Press F to search the case for similar claims in other words."
)


@dataclass(frozen=True, slots=True)
class LinkedClaim:
    """A link seen from the selected claim, with the claim at its other end."""

    link: Link
    other: Claim
    other_article: str


class LinkCard(QFrame):
    """One link: header, two claims side by side, reasons, decision buttons."""

    def __init__(self, claim: Claim, item: LinkedClaim, panel: ComparePanel) -> None:
        super().__init__(panel)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.link = item.link
        palette = self.palette()
        link = item.link
        if link.update:  # a later figure of a running count revises the earlier one
            relation, hue = "update (a later figure)", theme.DIFF_HUE
        elif link.relation == Relation.CONFLICTS:
            relation, hue = str(link.relation), theme.CONFLICT_HUE
        else:
            relation, hue = str(link.relation), theme.CORROBORATE_HUE
        verdict = {True: "accepted", False: "rejected", None: "proposed"}[link.confirmed]
        independence = "independent sources" if link.independent else "same source repeated"
        self.header = QLabel(
            f'<b style="color:{theme.accent(hue, palette).name()}">{relation}</b>'
            f" · score {link.score:.0f} · {independence} · <i>{verdict}</i>"
        )
        self.undecided = link.confirmed is None
        changed = theme.tint(theme.DIFF_HUE, palette, 0.35).name()
        quantity = theme.tint(theme.CONFLICT_HUE, palette, 0.35).name()
        mine, theirs = word_diff(claim.content, item.other.content)
        self.left = _claim_label(claim, "This claim", pieces_html(mine, changed, quantity))
        self.right = _claim_label(
            item.other, html.escape(item.other_article), pieces_html(theirs, changed, quantity)
        )
        reasons = "".join(f"<li>{html.escape(reason_text(r))}</li>" for r in link.reasons)
        self.reasons = QLabel(f"<ul style='margin:0'>{reasons}</ul>" if reasons else "")
        self.reasons.setWordWrap(True)
        self.accept_button = QPushButton("Accept (A)")
        self.reject_button = QPushButton("Reject (R)")
        self.open_button = QPushButton("Go to claim")
        for button, state in ((self.accept_button, True), (self.reject_button, False)):
            button.setCheckable(True)
            button.setChecked(link.confirmed is state)
            button.clicked.connect(
                lambda _=False, s=state: panel.decided.emit(
                    link.id, None if link.confirmed is s else s
                )
            )
        self.open_button.clicked.connect(lambda: panel.open_claim.emit(item.other.id))
        grid = QGridLayout()
        grid.addWidget(self.left, 0, 0)
        grid.addWidget(self.right, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.reject_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(grid)
        layout.addWidget(self.reasons)
        layout.addLayout(buttons)


def _claim_label(claim: Claim, heading: str, content_html: str) -> QLabel:
    who = html.escape(claim.source_resolved or claim.source or "the article")
    kind = source_type_label(str(claim.source_type))
    cue = html.escape(claim.cue)
    label = QLabel(
        f"<small>{heading}</small><br><b>{who}</b> <small>({kind})</small> {cue}:<br>{content_html}"
    )
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    return label


class ComparePanel(QScrollArea):
    """The cards for the selected claim, best score first.

    Signals:
        decided: a link's new decision (link id, True/False/None).
        open_claim: the user wants to go to the other claim (its id).
    """

    decided = Signal(int, object)
    open_claim = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.cards: list[LinkCard] = []
        self.message = QLabel(EMPTY)
        self.message.setWordWrap(True)
        self.show_claim(None, [])

    def current(self) -> LinkCard | None:
        """The proposal the A and R keys decide: the best one nobody has decided yet."""
        return next((card for card in self.cards if card.undecided), None)

    def open_count(self) -> int:
        return sum(card.undecided for card in self.cards)

    def show_claim(self, claim: Claim | None, linked: Sequence[LinkedClaim]) -> None:
        body = QWidget()
        layout = QVBoxLayout(body)
        self.cards = []
        self.message = QLabel(EMPTY if claim is None else NO_LINKS)
        self.message.setWordWrap(True)
        if claim is None or not linked:
            layout.addWidget(self.message)
        else:
            ordered = sorted(linked, key=lambda i: (i.link.relation, -i.link.score))
            for item in ordered:
                card = LinkCard(claim, item, self)
                self.cards.append(card)
                layout.addWidget(card)
        layout.addStretch(1)
        self.setWidget(body)
        current = self.current()
        if current is not None:
            current.setFrameShape(QFrame.Shape.Box)
            current.setLineWidth(2)
            current.setToolTip("The proposal to decide: A accepts it, R rejects it")
            self.ensureWidgetVisible(current)

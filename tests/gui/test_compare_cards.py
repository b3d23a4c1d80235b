"""A link card's header says what the link is: a later figure is an update, not a dispute."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from workbench.core.domain import Claim, Extraction, Link, Relation
from workbench.gui.widgets.compare import ComparePanel, LinkedClaim


def _claim(claim_id: int, content: str) -> Claim:
    return Claim(claim_id, claim_id, Extraction.from_dict({"content": content}), "unverified")


def test_a_later_toll_is_headed_update_and_a_rival_figure_conflicts(qtbot: QtBot) -> None:
    panel = ComparePanel()
    qtbot.addWidget(panel)
    first, later, rival = (_claim(1, "12 bodies had been recovered"),
                           _claim(2, "the toll has risen to 18"),
                           _claim(3, "We have counted 30 bodies"))  # fmt: skip
    update = Link(1, 1, 2, Relation.CONFLICTS, 60, (
        "different figures: 12 vs 18 (dead)", "update: 12 on 2026-03-14, 18 on 2026-03-15",
    ), True)  # fmt: skip
    dispute = Link(2, 1, 3, Relation.CONFLICTS, 99, ("different figures: 12 vs 30 (dead)",), True)
    panel.show_claim(first, [LinkedClaim(update, later, "Daily Monitor"),
                             LinkedClaim(dispute, rival, "National Wire")])  # fmt: skip
    cards = {card.link.id: card for card in panel.cards}
    assert "update (a later figure)" in cards[1].header.text()
    assert ">conflicts<" not in cards[1].header.text()
    assert ">conflicts<" in cards[2].header.text()
    assert "update: 12 on 2026-03-14, 18 on 2026-03-15" in cards[1].reasons.text()

"""Small cases for GUI tests, built straight through the store (no language model)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from workbench.core.domain import (
    ClaimQuery,
    Extraction,
    LinkDraft,
    NewArticle,
    Quantity,
    QuoteKind,
    Relation,
    SourceType,
    Stance,
)
from workbench.core.services import Case

ARMY_TEXT = (
    "Clashes near the border\n\n"
    "The army said 12 soldiers were wounded in the attack. "
    "Residents said the bridge had collapsed."
)
MEDIC_TEXT = (
    "Hospital counts the wounded\n\n"
    "A medic said 30 soldiers were wounded in the attack. "
    "The governor said the bridge had collapsed."
)


def said(text: str, source: str, content: str, kind: SourceType) -> Extraction:
    """``SOURCE said CONTENT`` located in ``text``, with any number in the content."""
    s = text.index(source)
    c = text.index(content)
    cue = text.index("said", s)
    numbers: tuple[Quantity, ...] = ()
    for word in content.split():
        if word.isdigit():
            start = text.index(word, c)
            numbers = (Quantity(float(word), word, "wounded", start, start + len(word)),)
    return Extraction(
        True, source, s, s + len(source), source, kind, False, "said", cue, cue + 4,
        content, c, c + len(content), QuoteKind.INDIRECT, Stance.ASSERTS, numbers,
    )  # fmt: skip


@dataclass(frozen=True)
class SmallCase:
    """Ids of the claims of the two-article case, by what they say."""

    path: Path
    army: int
    residents: int
    medic: int
    governor: int
    conflict_link: int
    corroborate_link: int


def build_small_case(path: Path) -> SmallCase:
    """Two articles that disagree on a number and agree on a bridge."""
    with Case.open(path) as case:
        store = case.store
        first = store.add_article(
            NewArticle(ARMY_TEXT, "Clashes near the border", "Daily A", "2024-05-01", path="a.txt"),
            [
                said(ARMY_TEXT, "The army", "12 soldiers were wounded in the attack",
                     SourceType.MILITARY_SECURITY),
                said(ARMY_TEXT, "Residents", "the bridge had collapsed", SourceType.WITNESS),
            ],
        )  # fmt: skip
        second = store.add_article(
            NewArticle(MEDIC_TEXT, "Hospital counts the wounded", "Daily B", "2024-05-02",
                       path="b.txt"),
            [
                said(MEDIC_TEXT, "A medic", "30 soldiers were wounded in the attack",
                     SourceType.WITNESS),
                said(MEDIC_TEXT, "The governor", "the bridge had collapsed",
                     SourceType.GOVERNMENT),
            ],
        )  # fmt: skip
        army, residents = store.claim_ids(ClaimQuery(article_ids=(first.id,)))
        medic, governor = store.claim_ids(ClaimQuery(article_ids=(second.id,)))
        store.save_links(
            [
                LinkDraft(army, medic, Relation.CONFLICTS, 82.0,
                          ("different quantity: 12 vs 30 wounded",
                           "independent sources: military_security vs witness"), True),
                LinkDraft(residents, governor, Relation.CORROBORATES, 91.0,
                          ("same content", "independent sources: witness vs government"), True),
            ]
        )  # fmt: skip
        links = {k.relation: k.id for k in store.links()}
        return SmallCase(
            path, army, residents, medic, governor,
            links[Relation.CONFLICTS], links[Relation.CORROBORATES],
        )  # fmt: skip

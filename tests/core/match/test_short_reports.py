"""Short reports of one event, whose claims name almost nothing, still tell one story: their
claims meet, and the claims that say the same are linked."""

from __future__ import annotations

from pathlib import Path

from workbench.core.claim_views import claim_views
from workbench.core.domain import Relation
from workbench.core.embeddings import load_embedder
from workbench.core.ingest.metadata import ArticleMeta
from workbench.core.match.pair_features import ClaimView
from workbench.core.match.stories import stories
from workbench.core.services import Case

FIRE = (
    ("Fire at Verano garment factory kills at least 19", "Coastline Wire", "2026-11-03", (
        "VERANO, Nov 3 (Coastline Wire) - At least 19 workers were killed when a fire swept "
        "through a garment factory in the industrial district of Verano on Tuesday, the fire "
        "service said.",
        "Fire service spokesman Dario Lentz said the blaze started at about 9:15 a.m. on the "
        "ground floor, where rolls of fabric were stored, and spread quickly to the upper "
        'floors. "The stairwells filled with smoke within minutes," Lentz said.',
        "The factory's owner, Halden Textiles, said in a statement that all emergency exits were "
        "open and that the building had passed a safety inspection in August.",
        'Workers told a different story. "The door at the back was locked, as it always is," '
        "said Mira Osk, a seamstress who escaped by climbing through a window.",
        "The labour ministry said about 400 people were working in the building when the fire "
        "broke out.",
    )),
    ("Survivors of Verano fire describe locked doors, no alarm", "The Northern Ledger",
     "2026-11-04", (
        "Survivors of Tuesday's fire at the Halden Textiles factory in Verano said they heard no "
        "alarm before smoke filled the workrooms.",
        '"There was no alarm. We only knew because people were screaming," said Tomas Reyes, '
        "31, who worked on the third floor.",
        "The fire service said 19 people had died at the scene and that 41 were treated in "
        "hospital for burns and smoke inhalation. Regional governor Ana Belmonte said the "
        "government would pay compensation to the families of the dead.",
        "The company said the building had passed an inspection in August. Inspectors at the "
        "labour ministry said no inspection had taken place at the factory since 2024.",
    )),
)  # fmt: skip


def imported(
    case: Case, reports: tuple[tuple[str, str, str, tuple[str, ...]], ...]
) -> list[ClaimView]:
    """The reports imported into ``case`` (each paragraph a line), its claims as matching
    reads them."""
    for title, outlet, date, paragraphs in reports:
        case.import_text("\n\n".join(paragraphs), ArticleMeta(title, outlet, date))
    return claim_views(case.store, case.claims(), load_embedder())


def test_two_short_reports_of_one_fire_are_one_story_and_their_claims_meet(
    case_path: Path,
) -> None:
    with Case.open(case_path) as case:
        views = imported(case, FIRE)
        assert len(stories(views)) == 1
        ids = {c.id: c.content for c in case.claims()}
        found = {
            frozenset(ids[i][:20] for i in (link.a_id, link.b_id)): link.relation
            for link in case.links()
        }
    toll = frozenset({"At least 19 workers ", "19 people had died a"})
    inspection = frozenset({"all emergency exits ", "the building had pas"})
    assert found.get(toll) is Relation.CORROBORATES
    assert found.get(inspection) is Relation.CORROBORATES


RECALL = (
    ("Norvik Motors announces voluntary recall", "Norvik Motors", "2026-11-02", (
        "GOTHENBURG, November 2 - Norvik Motors today announced a voluntary recall of about "
        "84,000 sport utility vehicles built since March 2024 to replace a fuel pump.",
        '"We are not aware of any accidents or injuries," said Chief Executive Linnea Sund.',
    )),
    ("What owners need to know about the recall", "Consumer Weekly", "2026-11-04", (
        "Which cars are affected? Norvik Motors says about 84,000 sport utility vehicles built "
        "since March 2024 are included in the recall.",
        "Is it dangerous? The Transport Safety Agency says a failing pump can stall the engine.",
    )),
)  # fmt: skip


def test_reports_that_name_nothing_but_the_body_they_quote_are_one_story(
    case_path: Path,
) -> None:
    with Case.open(case_path) as case:
        views = imported(case, RECALL)
        assert not any(v.reading.names for v in views)  # their claims name nothing
        assert len(stories(views)) == 1
        content = {c.id: c.content for c in case.claims()}
        linked = [(content[k.a_id][:20], k.relation) for k in case.links()]
    assert ("a voluntary recall o", Relation.CORROBORATES) in linked

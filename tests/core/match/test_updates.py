"""A count said to have risen revises a lower figure, whatever the articles' dates: "the
death toll rose to 23" against "19 people died" is an update a reviewer must see, not two
sources contradicting each other; and each figure counts what its own verb says."""

from __future__ import annotations

from match_builders import parsed_views

from workbench.core.domain import Article, Link, Relation
from workbench.core.match.pair_features import ClaimView
from workbench.core.match.relation import relate


def relate_on(
    a: ClaimView, b: ClaimView, first: str, second: str
) -> tuple[Relation, tuple[str, ...]]:
    """The relation of claims of articles 1 and 2, dated ``first`` and ``second``."""
    articles = {
        n: Article(n, f"A{n}", "Wire", date, "", f"{n}.txt", "txt", "h", "text", "")
        for n, date in ((1, first), (2, second))
    }
    return relate(a, b, articles)


def test_a_toll_said_to_have_risen_is_an_update_of_a_lower_one_on_the_same_day() -> None:
    risen, died, counted = parsed_views(
        "The death toll from Tuesday's fire at the factory rose to 23 on Wednesday",
        "19 people had died at the scene and 41 were treated in hospital",
        "We have counted 30 bodies",
    )
    assert risen.reading.risen == (23.0,) and not died.reading.risen
    relation, reasons = relate_on(risen, died, "2026-11-04", "2026-11-04")
    assert relation is Relation.CONFLICTS
    assert reasons == (
        "different figures: 23 vs 19 (dead)",
        "update: 19, then risen to 23 on 2026-11-04",
    )
    assert Link(1, 1, 2, relation, 97.0, reasons, True).update
    # Undated articles: the update is still read from the words.
    assert relate_on(died, risen, "", "")[1][1] == "update: 19, then risen to 23"
    # A higher figure that never rose is a rival count, not an update.
    relation, reasons = relate_on(risen, counted, "2026-11-04", "2026-11-04")
    assert relation is Relation.CONFLICTS and len(reasons) == 1


def test_a_figure_counts_what_its_own_verb_says() -> None:
    died, held = parsed_views(
        "19 people had died at the scene and 41 were treated in hospital",
        "roughly 350 people had been detained on Saturday and 212 remained in custody",
    )
    assert died.reading.counted == ((19.0, "dead"), (41.0, "injured"))
    assert held.reading.counted == ((212.0, "detained"), (350.0, "detained"))


def test_the_sick_are_a_count_of_their_own() -> None:
    outbreak, cases, toll = parsed_views(
        "A cholera outbreak has killed 23 people and sickened more than 400",
        "the number of cholera cases had reached 650",
        "23 people have died of cholera",
    )
    assert outbreak.reading.counted == ((23.0, "dead"), (400.0, "ill"))
    assert cases.reading.counted == ((650.0, "ill"),)
    relation, reasons = relate_on(outbreak, cases, "2026-10-03", "2026-10-05")
    assert relation is Relation.CONFLICTS and reasons[0].endswith("(ill)")
    assert relate_on(outbreak, toll, "2026-10-03", "2026-10-03")[0] is Relation.CORROBORATES


def test_not_knowing_of_a_thing_denies_it() -> None:
    unaware, none_known, hurt = parsed_views(
        "We are not aware of any accidents or injuries related to this condition",
        "it knows of no injuries",
        "the crash injured two people",
    )
    assert {"accident", "injury"} <= set(unaware.reading.denied)
    # two claims that no one was hurt agree; neither denies the other
    assert relate_on(unaware, none_known, "2026-11-02", "2026-11-04")[0] is Relation.CORROBORATES
    assert relate_on(none_known, hurt, "2026-11-02", "2026-11-04")[0] is Relation.CONFLICTS


def test_a_sources_later_figure_of_any_count_is_its_own_revision() -> None:
    first, final = parsed_views("Turnout was 61 percent", "Turnout was 60.4 percent")
    articles = {
        n: Article(n, f"A{n}", "Wire", date, "", f"{n}.txt", "txt", "h", "text", "")
        for n, date in ((1, "2026-10-12"), (2, "2026-10-15"))
    }
    relation, reasons = relate(first, final, articles, one_voice=True)
    assert relation is Relation.CONFLICTS
    assert reasons == (
        "different figures: 61 vs 60.4 (turnout)",
        "update: 61 on 2026-10-12, 60.4 on 2026-10-15",
    )
    # another source's figure is a rival version, and one day's two figures are no revision
    assert relate(first, final, articles, one_voice=False)[1] == reasons[:1]
    assert relate_on(first, final, "2026-10-12", "2026-10-12")[1] == reasons[:1]

"""Facts, not only pairs: the claims that give one story's death toll are linked, whatever
their words, and the relation says whether the figures agree, differ or update."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from workbench.core.claim_views import claim_views
from workbench.core.domain import Link, Relation
from workbench.core.ingest.metadata import ArticleMeta
from workbench.core.match.pair_scorer import WEIGHTS_ENV, load_models
from workbench.core.services import Case

FERRY = (
    ("Ferry capsizes on Lake Marova, dozens feared dead", "Lakeside Courier", "2026-03-14", (
        "A passenger ferry capsized on Lake Marova on Friday morning, and rescuers were still "
        "searching the water late into the evening.",
        "District administrator Paul Okello said 12 bodies had been recovered by the afternoon. "
        "He said around 200 people were on the ferry when it left the port of Banda.",
        '"The boat was overloaded and the weather was bad," Okello told reporters at the jetty.',
        "Survivors said the ferry began to tilt shortly after it left the port.",
    )),
    ("Police say 30 bodies recovered after Marova ferry disaster", "National Wire", "2026-03-14", (
        "Police in Banda district said on Friday that at least 30 people died when a ferry sank "
        "on Lake Marova.",
        '"We have counted 30 bodies so far," police commander Ruth Nansubuga said. She said at '
        "least 250 people had been on board the vessel, which was licensed to carry 100.",
        "The ferry's owner denied that the boat was overloaded.",
    )),
    ("Marova ferry toll rises to 18", "Daily Monitor", "2026-03-15", (
        "The death toll from the sinking of a ferry on Lake Marova has risen to 18, the district "
        "administrator said on Saturday.",
        "Paul Okello said more than 200 people had been on board. Rescue teams said two of the "
        "dead were found on the shore. An army spokesman said three soldiers were killed in the "
        "rescue.",
        "Transport officials said the vessel was overloaded when it left Banda.",
    )),
)  # fmt: skip


def _case(path: Path) -> Case:
    case = Case.open(path)  # with the meaning model, as installed
    for title, outlet, date, paragraphs in FERRY:
        text = "\n\n".join(paragraphs)
        case.import_text(text, ArticleMeta(title=title, outlet=outlet, date=date))
    return case


def _link(links: list[Link], case: Case, first: str, second: str) -> Link | None:
    ids = {c.id: c.content for c in case.claims()}
    for link in links:
        pair = {ids[link.a_id], ids[link.b_id]}
        if any(first in t for t in pair) and any(second in t for t in pair):
            return link
    return None


def _facts_only(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A scorer that proposes no pair of its own, so that what is linked is linked as one
    question's answers, whatever the shipped weights make of the pair."""
    shipped = load_models()
    never = {
        name: {**model.to_dict(), "coef": [0.0] * len(model.coef), "intercept": -30.0}
        for name, model in shipped.items()
    }
    path = folder / "never.json"
    path.write_text(json.dumps(never), encoding="utf-8")
    monkeypatch.setenv(WEIGHTS_ENV, str(path))


def test_every_claim_giving_the_toll_is_linked_with_the_others(
    case_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _facts_only(tmp_path, monkeypatch)
    case = _case(case_path)
    links = case.match()
    update = _link(links, case, "12 bodies", "risen to 18")
    assert update is not None and update.relation is Relation.CONFLICTS
    assert "update: 12 on 2026-03-14, 18 on 2026-03-15" in update.reasons
    assert "same question: how many dead" in update.reasons
    rival = _link(links, case, "12 bodies", "counted 30 bodies")
    assert rival is not None and rival.relation is Relation.CONFLICTS
    assert not any(r.startswith("update") for r in rival.reasons)  # the same day: two sources


def test_a_part_of_the_toll_or_a_named_group_answers_no_question(case_path: Path) -> None:
    case = _case(case_path)
    views = {v.claim.content: v.reading for v in claim_views(case.store, case.claims(), None)}
    totals = {content: reading.totals for content, reading in views.items()}
    assert totals[next(c for c in totals if "12 bodies" in c)] == ((12.0, "dead"),)
    assert totals[next(c for c in totals if "risen to 18" in c)] == ((18.0, "dead"),)
    assert totals[next(c for c in totals if "three soldiers" in c)] == ()
    assert totals[next(c for c in totals if "two of the dead" in c)] == ()
    soldiers = views[next(c for c in views if "three soldiers" in c)]
    assert soldiers.groups == ((3.0, "soldier"),)  # a named group: its own count
    links = case.match()
    for part in ("three soldiers", "two of the dead"):
        link = _link(links, case, part, "12 bodies")
        assert link is None or "same question: how many dead" not in link.reasons


def test_a_higher_bar_leaves_the_answers_to_one_question_out(
    case_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _facts_only(tmp_path, monkeypatch)
    case = _case(case_path)
    strict = case.match(min_score=95)
    assert not any("same question: how many dead" in k.reasons for k in strict)
    assert any("same question: how many dead" in k.reasons for k in case.match())


def test_the_people_on_board_answer_one_question(case_path: Path) -> None:
    case = _case(case_path)
    links = case.match()
    rival = _link(links, case, "around 200 people", "at least 250 people")
    assert rival is not None and rival.relation is Relation.CONFLICTS
    assert "different figures: 200 vs 250 (aboard)" in rival.reasons
    agrees = _link(links, case, "around 200 people", "more than 200 people")
    assert agrees is not None and agrees.relation is Relation.CORROBORATES


MARCH = (
    ("Thousands march against pension reform", "Northern Wire", "2026-05-03",
     "Police said about 18,000 people took part in the march through Orlev on Saturday."),
    ("Unions claim record turnout", "Union Daily", "2026-05-03",
     "Union leaders said more than 120,000 people had joined the march in Orlev."),
)  # fmt: skip


def test_the_size_of_a_crowd_is_one_question(
    case_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _facts_only(tmp_path, monkeypatch)
    case = Case.open(case_path)
    for title, outlet, date, text in MARCH:
        case.import_text(text, ArticleMeta(title=title, outlet=outlet, date=date))
    rival = _link(case.match(), case, "18,000 people took part", "120,000 people had joined")
    assert rival is not None and rival.relation is Relation.CONFLICTS
    assert "same question: how many people" in rival.reasons
    assert "different figures: 18,000 vs 120,000 (people)" in rival.reasons

"""Claims marked and corrected by hand are read as extraction reads its own claims."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.core.domain import NewArticle, SourceType
from workbench.core.errors import InvalidInputError
from workbench.core.services import Case
from workbench.core.store import CaseStore

TEXT = (
    "Ferry sinks on the Turag\n\n"
    "At least 12 people were killed when the ferry sank, officials said on Thursday.\n\n"
    "Rescuers pulled 30 survivors from the water, and witnesses described chaos on the bank.\n"
)


@pytest.fixture
def case(tmp_path: Path) -> Case:
    case = Case(CaseStore.open(tmp_path / "case.db"), embedder=lambda: None)
    case.store.add_article(NewArticle(text=TEXT, title="Ferry", outlet="Harbor Post", path="f"))
    return case


def span(words: str) -> tuple[int, int]:
    start = TEXT.index(words)
    return start, start + len(words)


def test_a_marked_claim_gets_its_figures_and_the_attribution_extraction_reads(
    case: Case,
) -> None:
    claim = case.mark_claim(1, *span("At least 12 people were killed"))
    assert [(n.value, n.qualifier, n.what) for n in claim.numbers] == [(12.0, "at least", "killed")]
    assert claim.attributed and claim.source == "officials" and claim.cue == "said"
    assert claim.source_type is SourceType.GOVERNMENT and claim.anonymous
    assert claim.extraction.predicates == ("kill people",)
    assert str(claim.origin) == "manual"


def test_a_marked_claim_without_attribution_waits_for_its_source(case: Case) -> None:
    claim = case.mark_claim(1, *span("Rescuers pulled 30 survivors from the water"))
    assert not claim.attributed and claim.source_resolved == "Harbor Post"
    assert [n.value for n in claim.numbers] == [30.0]
    sourced = case.set_span(claim.id, "source", *span("witnesses"))
    assert sourced.attributed and sourced.source == "witnesses"
    assert sourced.source_type is SourceType.WITNESS and sourced.anonymous
    assert sourced.cue == "described"


def test_a_hand_set_source_type_is_the_claims_own_and_wins_over_reading_again(
    case: Case,
) -> None:
    claim = case.mark_claim(1, *span("At least 12 people were killed"))
    fixed = case.correct_claim(claim.id, source_type="military_security")
    assert fixed.source_type is SourceType.MILITARY_SECURITY and fixed.source_type_override
    again = case.set_span(claim.id, "source", *span("officials"))
    assert again.source_type is SourceType.MILITARY_SECURITY  # the person's type stays
    back = case.edit_claim(
        claim.id, source_type=SourceType.GOVERNMENT, source_type_override=False
    )  # what undo does
    assert back.source_type is SourceType.GOVERNMENT and not back.source_type_override


def test_a_cue_span_is_checked_against_the_text(case: Case) -> None:
    claim = case.mark_claim(1, *span("At least 12 people were killed"))
    with pytest.raises(InvalidInputError, match="outside the article's text"):
        case.correct_claim(claim.id, cue_span=(5, 10**6))
    with pytest.raises(InvalidInputError, match="only blanks"):
        case.correct_claim(claim.id, cue_span=(TEXT.index("\n\n"), TEXT.index("\n\n") + 2))
    moved = case.set_span(claim.id, "cue", *span(" said "))
    assert moved.cue == "said"


def test_a_marked_claim_is_parsed_once(case: Case, monkeypatch: pytest.MonkeyPatch) -> None:
    from workbench.core.extract import marked

    parses: list[str] = []
    real = marked.parse

    def counting(text: str) -> object:
        parses.append(text)
        return real(text)

    monkeypatch.setattr(marked, "parse", counting)
    claim = case.mark_claim(1, *span("chaos on the bank"))  # no verb, no predicate
    assert len(parses) == 1
    case.set_span(claim.id, "content", *span("described chaos on the bank"))
    case.set_span(claim.id, "source", *span("witnesses"))
    assert len(parses) == 3  # one reading per correction

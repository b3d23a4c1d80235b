"""A person's correction of a claim's words: what the parse read follows the new words."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from workbench.core.domain import Extraction, NewArticle
from workbench.core.services import Case
from workbench.core.store import CaseStore

TEXT = "Officials said the cabinet was considering targeted sanctions on Monday."


def _case(path: Path) -> tuple[Case, int]:
    case = Case(CaseStore.open(path), embedder=lambda: None)
    content = "the cabinet was considering targeted sanctions on Monday"
    parsed = replace(
        Extraction.own_voice(content, TEXT.index(content), "Daily A"),
        predicates=("consider sanction",),
    )
    stored = case.store.add_article(NewArticle(text=TEXT, path="a.txt"), [parsed])
    (claim,) = case.store.claims()
    assert claim.article_id == stored.id
    return case, claim.id


def test_editing_the_content_reads_the_new_words_and_undo_brings_the_old_back(
    tmp_path: Path,
) -> None:
    case, claim_id = _case(tmp_path / "case.db")
    original = case.claim(claim_id).extraction
    case.set_note(claim_id, "checked")  # not the words: the parse still holds
    assert case.claim(claim_id).extraction.predicates == ("consider sanction",)
    start = TEXT.index("the cabinet")
    edited = case.edit_claim(claim_id, content="the cabinet", content_start=start,
                             content_end=start + len("the cabinet"))  # fmt: skip
    assert edited.extraction.predicates == ()  # no act in "the cabinet"
    whole = "Officials said the cabinet was considering targeted sanctions"
    again = case.edit_claim(claim_id, content=whole, content_start=0, content_end=len(whole))
    assert again.extraction.predicates == ("consider sanction",)
    fields = {name: getattr(original, name) for name in original.__slots__}
    restored = case.edit_claim(claim_id, **fields)  # what the app's undo does
    assert restored.extraction == original
    case.close()


def test_a_claim_marked_by_hand_gets_its_predicates(tmp_path: Path) -> None:
    case, _ = _case(tmp_path / "case.db")
    (article,) = case.articles()
    content = "considering targeted sanctions"
    start = TEXT.index(content)
    marked = Extraction.own_voice(content, start, "Daily A")
    claim = case.add_claim(article.id, marked)
    assert claim.extraction.predicates == ("consider sanction",)
    case.close()

"""A person's correction of a claim's words drops what the parse read from the old words."""

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


def test_editing_the_content_drops_its_predicates_and_undo_brings_them_back(
    tmp_path: Path,
) -> None:
    case, claim_id = _case(tmp_path / "case.db")
    original = case.claim(claim_id).extraction
    case.set_note(claim_id, "checked")  # not the words: the parse still holds
    assert case.claim(claim_id).extraction.predicates == ("consider sanction",)
    shorter = "the cabinet was considering targeted sanctions"
    edited = case.edit_claim(claim_id, content=shorter,
                             content_end=original.content_start + len(shorter))  # fmt: skip
    assert edited.extraction.predicates == ()
    fields = {name: getattr(original, name) for name in original.__slots__}
    restored = case.edit_claim(claim_id, **fields)  # what the app's undo does
    assert restored.extraction == original
    case.close()

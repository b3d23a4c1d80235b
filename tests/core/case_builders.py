"""Small cases built straight through the store: no language model, no matcher run."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from workbench.core.domain import Extraction, NewArticle
from workbench.core.services import Case
from workbench.core.store import CaseStore


def own_voice_case(path: Path, texts: Sequence[tuple[str, str]]) -> Case:
    """One article per (text, outlet); its claim is what follows "said " in the text."""
    case = Case(CaseStore.open(path), embedder=lambda: None)
    for number, (text, outlet) in enumerate(texts):
        content = text[text.index("said ") + 5 : -1]
        claim = Extraction.own_voice(content, text.index(content), outlet)
        article = NewArticle(text=text, outlet=outlet, date="2011-04-23", path=f"{number}.txt")
        case.store.add_article(article, [claim])
    return case

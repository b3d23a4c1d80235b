"""Check-worthy statements in the article's own voice.

Besides what sources say, an article asserts things itself: "Two hundred
members of the ruling party resigned on Wednesday". Those can be checked
when they carry a quantity or a named actor doing something. Background,
analysis and colour ("The upheaval could have major repercussions", "It was
not clear how many ...") are left out: modal or hedged sentences, questions,
quotations and sentences already inside an attribution.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span

from workbench.core.extract.context import DocContext
from workbench.core.extract.quantities import find_quantities

MODALS = frozenset(["could", "would", "may", "might", "should", "must", "can"])
HEDGES = frozenset(
    ["perhaps", "possibly", "likely", "unlikely", "probably", "seems", "appears", "clear"]
)
ACTOR_LABELS = frozenset(("PERSON", "ORG", "GPE", "NORP"))
_QUOTE_MARKS = ('"', "\u201c", "\u201d")
_MIN_TOKENS = 5
_MAX_TOKENS = 70


def voice_sentences(ctx: DocContext, taken: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Character spans of own-voice sentences worth checking, in text order.

    ``taken`` holds the character spans already claimed by attributions,
    sorted; sentences overlapping them are skipped.
    """
    k = 0
    for sent in ctx.doc.sents:
        start, end = _trimmed(sent)
        if end <= start:
            continue
        while k < len(taken) and taken[k][1] <= start:
            k += 1
        if k < len(taken) and taken[k][0] < end:
            continue
        if _checkable(sent, ctx.text[start:end]):
            yield start, end


def _trimmed(sent: Span) -> tuple[int, int]:
    tokens = [t for t in sent if not t.is_space]
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    if not tokens:
        return 0, 0
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _checkable(sent: Span, text: str) -> bool:
    n = len(sent)
    last = next((t for t in reversed(sent) if not t.is_space), sent[-1])
    if n < _MIN_TOKENS or n > _MAX_TOKENS or text.endswith("?") or "?" in last.text:
        return False  # a question, also a heading's ("... contained?" and its blank line)
    if any(mark in text for mark in _QUOTE_MARKS):
        return False
    root = sent.root
    if not root.tag_.startswith("VB") or root.tag_ == "VB":
        return False
    for child in root.children:
        if child.dep_ in ("aux", "neg") and (child.lower_ in MODALS or child.dep_ == "neg"):
            return False
        if child.lower_ in HEDGES or child.dep_ == "expl":
            return False
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.lower_ in ("it", "this", "that", "there"):
        return False
    actor = subject is not None and any(
        t.ent_type_ in ACTOR_LABELS for t in sent[subject.left_edge.i - sent.start :][:8]
    )
    if actor and root.lower_ not in ("is", "was", "are", "were", "be", "been"):
        return True
    return any(q.what for q in find_quantities(text))

"""Reading what a person marked by hand, as extraction reads what it finds itself.

A claim marked in the reader ("at least 12 people were killed") or given
its source by hand ("officials") gets what an extracted claim has: its
figures, its predicates, and, once its source is known, the source's type,
its anonymity and the cue that attributes the words to it, with its stance.
One parse of the paragraphs around the marked words serves all of it (the
extractor's own cue, source and typing rules on that parse); nothing is
read a second time.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from workbench.core.domain import Extraction, Quantity, SourceType, Stance
from workbench.core.extract.context import DocContext
from workbench.core.extract.coref import Resolver
from workbench.core.extract.cues import Cue, find_cues
from workbench.core.extract.extractor import Extractor
from workbench.core.extract.markup import mask_markup, restore
from workbench.core.extract.model import parse
from workbench.core.extract.predicates import predicates_in
from workbench.core.extract.quantities import find_quantities
from workbench.core.extract.sources import SourceSpan

Range = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who a marked claim is attributed to, with offsets into the whole article."""

    source: Range
    resolved: str
    source_type: SourceType
    anonymous: bool
    cue: Range | None
    stance: Stance


@dataclass(frozen=True, slots=True)
class MarkedReading:
    """What one parse tells of marked words: figures, predicates, and their attribution."""

    numbers: tuple[Quantity, ...]
    predicates: tuple[str, ...]
    attribution: Attribution | None


def read_marked(text: str, content: Range, source: Range | None = None) -> MarkedReading:
    """Figures, predicates and attribution of the words ``content`` of ``text``.

    With ``source`` (a person selected it), the attribution describes that
    mention and finds the cue it speaks through; without, it is the
    attribution extraction finds for words overlapping ``content``, if any.
    """
    ends = [*content, *(source or ())]
    first = text.rfind("\n", 0, min(ends)) + 1
    last = text.find("\n", max(ends))
    last = len(text) if last < 0 else last
    piece = text[first:last]
    masked = mask_markup(piece)
    doc = parse(masked)  # as extraction reads it: Markdown's marks hidden
    start, end = content[0] - first, content[1] - first
    numbers = tuple(find_quantities(text[content[0] : content[1]], content[0]))
    predicates = predicates_in(doc, start, end)
    if source is None:
        found = _extracted(doc, (start, end), piece)
    else:
        found = _described(doc, (source[0] - first, source[1] - first), (start, end))
    return MarkedReading(numbers, predicates, _shifted(found, first) if found else None)


def _extracted(doc: Doc, content: Range, written: str) -> Attribution | None:
    """The attribution extraction gives words overlapping ``content``, the largest overlap;
    ``doc`` is a parse of ``written`` with its marks hidden."""
    best: tuple[int, Extraction] | None = None
    for claim in Extractor().from_doc(doc):
        overlap = min(claim.content_end, content[1]) - max(claim.content_start, content[0])
        if claim.attributed and overlap > 0 and (best is None or overlap > best[0]):
            best = (overlap, claim)
    if best is None:
        return None
    claim = best[1] if doc.text == written else restore(best[1], written, doc.text)
    return Attribution(
        (claim.source_start, claim.source_end), claim.source_resolved, claim.source_type,
        claim.anonymous, (claim.cue_start, claim.cue_end), claim.stance,
    )  # fmt: skip


def _described(doc: Doc, source: Range, content: Range) -> Attribution | None:
    span = doc.char_span(source[0], source[1], alignment_mode="expand")
    if span is None or not len(span):
        return None
    ctx = DocContext(doc)
    mention = Resolver(ctx).resolve(SourceSpan(span.root, span.start, span.end), content)
    cue = _cue_of(span, find_cues(doc))
    return Attribution(
        (span.start_char, span.end_char), mention.resolved, mention.source_type,
        mention.anonymous,
        (doc[cue.start].idx, doc[cue.end - 1].idx + len(doc[cue.end - 1])) if cue else None,
        cue.stance if cue else Stance.ASSERTS,
    )  # fmt: skip


def _cue_of(source: Span, cues: list[Cue]) -> Cue | None:
    """The cue ``source`` speaks through: the verb it is the subject of, else the nearest one."""
    sentence = source.root.sent
    inside = [c for c in cues if sentence.start <= c.start < sentence.end]
    for cue in inside:
        if source.root.head == cue.head or cue.head in source.root.ancestors:
            return cue
    return min(inside, key=lambda c: abs(c.start - source.start), default=None)


def _shifted(found: Attribution, by: int) -> Attribution:
    cue = (found.cue[0] + by, found.cue[1] + by) if found.cue else None
    return Attribution(
        (found.source[0] + by, found.source[1] + by), found.resolved, found.source_type,
        found.anonymous, cue, found.stance,
    )  # fmt: skip

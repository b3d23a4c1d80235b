"""Names the entity recogniser runs across a dateline's dash.

"GOTHENBURG, November 2 - Norvik Motors today announced ..." came out with
one date entity "November 2 - Norvik Motors", and "SOLVENNA, Maradia
(Northgate) - Thousands of people" with one body "Maradia (Northgate) -
Thousands": the company that announces, the first name of the story, was no
name at all, and "the company" later had nothing to refer to. A dateline
ends at its dash; here an entity that runs past it is cut there, and the
lead sentence's names are read again without the dateline beside them.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from workbench.core.extract.leads import dateline_span

DATELINE_ENTS = "workbench_dateline_ents"


@Language.component(DATELINE_ENTS)
def dateline_entities(doc: Doc) -> Doc:
    """Read the names up to the end of the lead sentence again, the dateline's dash a full
    stop, when an entity runs across it."""
    _, end = dateline_span(doc.text)
    if not end or not any(e.start_char < end < e.end_char for e in doc.ents):
        return doc
    lead_end = next((s.end_char for s in doc.sents if s.end_char > end), len(doc.text))
    head = doc.text[:end]
    cut = len(head.rstrip(" \t-:\u2013\u2014"))
    # the same characters but for the dash, so that the offsets are the article's own
    text = head[:cut] + "." * (end - cut) + doc.text[end:lead_end]
    from workbench.core.extract.model import load_nlp

    found = [e for e in doc.ents if e.start_char >= lead_end]
    for ent in load_nlp()(text).ents:
        span = doc.char_span(ent.start_char, ent.end_char, ent.label_, alignment_mode="contract")
        if span is not None:
            found.append(span)
    doc.set_ents(_apart(found))
    return doc


def _apart(spans: list[Span]) -> list[Span]:
    """The spans in text order, without any that overlaps one before it."""
    kept: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if not kept or span.start >= kept[-1].end:
            kept.append(span)
    return kept

"""A fact-check's claim line: the claim it checks, quoted, with who made it.

Fact-checks print the claim they check on a line of its own:

    **Claim:** "The outbreak is contained." (Deputy health minister Irena Sokol, 21 August)
    Claim: "Crime has doubled since 2020" - Mayor Eva Brand

There is no verb of saying; the quoted words are the claim and the name in
brackets (or after a dash) is who made it, so the line is that person's
claim, in their words, and it meets the claim where the speaker said it in
another article. A line without quoted words or without a name claims for no
one the workbench can name and is left to the other rules.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from workbench.core.domain import QuoteKind
from workbench.core.extract.content import ContentSpan
from workbench.core.extract.cues import Cue
from workbench.core.extract.labels import LabelledLine
from workbench.core.extract.sources import SourceSpan

_CLAIM_LINE = re.compile(
    r"^[ \t*_#>]*(?P<label>(?:the\s+)?claim)[ \t*_]*:[ \t*_]*(?P<rest>[^\n]*\S)",
    re.IGNORECASE | re.MULTILINE,
)
_QUOTED = re.compile(r"[\"\u201c](?P<said>[^\"\u201d\n]{3,})[\"\u201d]")
_BRACKETED = re.compile(r"^[\s*_.,]*\((?P<who>[^,()\n]{2,80}?)\s*(?:,[^()\n]*)?\)")
_DASHED = re.compile(r"^[\s*_.,]*[\u2014\u2013-]+\s*(?P<who>[^,()\n]{2,80}?)\s*(?:,|$)")


def claim_lines(doc: Doc) -> list[LabelledLine]:
    """The claims a fact-check names on lines of their own, in text order."""
    text = doc.text
    found = []
    for line in _CLAIM_LINE.finditer(text):
        quoted = _QUOTED.search(text, line.start("rest"), line.end("rest"))
        if quoted is None:
            continue
        after = text[quoted.end() : line.end("rest")]
        named = _BRACKETED.match(after) or _DASHED.match(after)
        if named is None:
            continue
        start = quoted.end() + named.start("who")
        source = doc.char_span(start, start + len(named["who"]), alignment_mode="expand")
        label = doc.char_span(line.start("label"), line.end("label"), alignment_mode="expand")
        said_start, said_end = quoted.span("said")
        while said_end > said_start and text[said_end - 1] in " .":
            said_end -= 1
        if source is None or label is None or said_end <= said_start:
            continue
        cue = Cue(label.root, label.start, label.end, "claim", True)
        found.append(
            LabelledLine(
                cue,
                SourceSpan(source.root, source.start, source.end),
                ContentSpan(said_start, said_end, QuoteKind.DIRECT),
            )
        )
    return found

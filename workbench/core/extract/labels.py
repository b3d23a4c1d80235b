"""Lines that open with who speaks and a colon: headlines and interview transcripts.

"Pence: Flowers won't be at the debate" is a headline's way of saying "Pence
said"; "WALLACE: Let's start with the news." is a transcript's. Neither has a
verb of saying for the parser-based rules to find, so lines are read here:

- a **transcript speaker** is a label in capitals that opens at least two
  lines of the article ("WALLACE:", "PENCE:"), in full or by its last word
  ("MINISTER KARLOV:", then "KARLOV:"), or once with a role in brackets
  among other speakers' turns ("ANNA BERG (safety director):"). One
  capitalised label alone is most likely a dateline ("BEIRUT:") or a rubric
  ("UPDATE:");
- a **headline speaker** is a short label in title case that names someone
  the article names (a person, an organisation, a group) or a source the
  lexicon knows ("Poll:", "Officials:"). A place opens a dateline, not a claim.

What follows the colon to the end of the line is the content, and it must
say something: three words or more, and a verb unless the line is the
headline (title case hides verbs from the tagger) or a transcript's turn.
"Clinton: 46 percent" is a table row, "Christie: Now or never" a list of
aims. A turn runs on over the paragraphs before the next turn.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from workbench.core.domain import QuoteKind, SourceType
from workbench.core.extract.content import ContentSpan
from workbench.core.extract.cues import Cue
from workbench.core.extract.quotes import QuoteIndex
from workbench.core.extract.source_types import classify
from workbench.core.extract.sources import SourceSpan

_LINE = re.compile(
    r"^[ \t]*[\"\u201c]?(?P<label>[^\W\d_][^:\n]{0,60}?)[ \t]*:[ \t]+(?P<rest>[^\n]*\S)[ \t]*$",
    re.MULTILINE,
)
"""A line opening with a label and a colon; a transcript quoted whole opens with a mark."""
MAX_LABEL_WORDS = 5
MIN_CONTENT_WORDS = 3
RUBRICS = frozenset({
    "update", "updated", "note", "editor's note", "editors note", "correction", "clarification",
    "photo", "photos", "video", "watch", "listen", "related", "read more", "see also", "more",
    "source", "sources", "credit", "image", "tags", "share", "breaking", "exclusive", "opinion",
    "analysis", "live", "warning", "disclaimer", "q", "a", "question", "answer", "background",
    "context", "bottom line", "why it matters", "what's next", "the big picture", "summary",
    "location", "date", "time", "title", "subject", "transcript", "caption", "file",
})  # fmt: skip
"""Labels that head a rubric or a field, never a speaker."""
_SPEAKERS = frozenset({"PERSON", "ORG", "NORP"})
_PLACES = frozenset({"GPE", "LOC", "FAC"})
_TITLE_WORDS = frozenset({"of", "the", "and", "for", "de", "al", "van", "von", "bin", "'s"})


@dataclass(frozen=True, slots=True)
class LabelledLine:
    """A line's speaker label, its colon and what follows it."""

    cue: Cue
    source: SourceSpan
    content: ContentSpan


def labelled_lines(
    doc: Doc, quotes: QuoteIndex, ents: Sequence[Span] | None = None
) -> list[LabelledLine]:
    """The attributions made by speaker labels in ``doc``, in text order.

    ``ents`` are the document's entities when the caller has them already
    (building ``doc.ents`` walks the whole document).
    """
    text = doc.text
    matches = [
        m
        for m in _LINE.finditer(text)
        if len(m["label"].split()) <= MAX_LABEL_WORDS
        and " ".join(m["label"].lower().split()) not in RUBRICS
        and len(m["rest"].split()) >= MIN_CONTENT_WORDS
    ]
    if not matches:
        return []
    # one speaker's turns may be labelled in full once and by surname after
    # ("MINISTER KARLOV:", "KARLOV:")
    capitals = Counter(_last_word(m["label"]) for m in matches if _capitals(m["label"]))
    # Words of the people and bodies the article names: "Pence:" heads a story about
    # "Mike Pence", while "Stealth Over Health:" names no one. Title case makes the
    # tagger read any heading as a name, so entities in the label's own line do not count.
    entities = doc.ents if ents is None else ents
    named = Counter(t.lower_ for e in entities if e.label_ in _SPEAKERS for t in e)
    found: list[LabelledLine] = []
    turns: list[tuple[int, re.Match[str]]] = []  # transcript lines: (index in found, match)
    for m in matches:
        label = m["label"].strip()
        source = doc.char_span(m.start("label"), m.end("label"), alignment_mode="expand")
        colon = doc.char_span(m.end("label"), m.start("rest"), alignment_mode="expand")
        if source is None or colon is None:
            continue
        colon_token = next((t for t in colon if t.text == ":"), None)
        if colon_token is None:
            continue
        kinds = {t.ent_type_ for t in source if t.ent_type_}
        transcript = _capitals(label)
        if transcript:
            # a label with the speaker's role in brackets speaks once too, in a transcript
            # of other turns ("ANNA BERG (Valrail safety director):")
            once = bool(_AFFILIATION.search(label)) and max(capitals.values()) >= 2
            speaks = (capitals[_last_word(label)] >= 2 or once) and not kinds & _PLACES
        else:
            line = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            own = Counter(t.lower_ for t in line or () if t.ent_type_ in _SPEAKERS)
            elsewhere = all(
                named[t.lower_] > own[t.lower_] or t.lower_ in _TITLE_WORDS for t in source
            )
            speaks = (
                _title_case(label)
                and not kinds & _PLACES
                # The head word decides: "Poll:" is a source, "Relief for Refugees:" a heading;
                # a label before a whole quotation is a speaker ('Mayor Eva Brand: "..."')
                and (
                    elsewhere
                    or classify(source.root.text) is not SourceType.OTHER
                    or _quoted(m, quotes)
                )
            )
        if not speaks or not (transcript or _headline(text, m.start()) or _has_verb(doc, m)):
            continue  # "Christie: Now or never" is a list of aims, not words said
        cue = Cue(colon_token, colon_token.i, colon_token.i + 1, ":", True)
        span = SourceSpan(source.root, source.start, source.end)
        if transcript:
            turns.append((len(found), m))
        found.append(LabelledLine(cue, span, _content(m, quotes, transcript=transcript)))
    for (index, turn), (_, following) in zip(turns, turns[1:], strict=False):
        end = _turn_end(text, turn.end(), following.start())
        if end is not None:
            said = found[index]
            found[index] = LabelledLine(
                said.cue, said.source, ContentSpan(said.content.start, end, QuoteKind.DIRECT)
            )
    return found


def _last_word(label: str) -> str:
    words = _unaffiliated(label).split()
    return words[-1] if words else ""


_AFFILIATION = re.compile(r"\s*\([^)]*\)")
"""A speaker's outlet or party in brackets after the label: "REPORTER (National Radio):",
"SEN. HALE (D-Ohio):"."""


def _unaffiliated(label: str) -> str:
    return _AFFILIATION.sub("", label)


_STAGE = re.compile(r"^\W*\(.*\)\W*$")
"""A stage direction in a transcript: "(CROSSTALK)", "(LAUGHTER)"."""


def _turn_end(text: str, start: int, next_turn: int) -> int | None:
    """Where a transcript turn ends when it runs on over paragraphs before the next turn.

    Unlabelled paragraphs between two turns are the first speaker's, stage
    directions aside, up to another speaker's label; the last turn of a
    transcript keeps to its own line, as the article may resume after it.
    """
    end = None
    for line in re.finditer(r"[^\n]+", text[start:next_turn]):
        label = _LINE.match(line[0])
        if label is not None and _capitals(label["label"]):
            break  # a speaker who speaks once ("REPORTER: Were any of them ...?")
        if line[0].strip() and not _STAGE.match(line[0]):
            end = start + line.end()
    if end is None:
        return None
    while text[end - 1] in ' \t"\u201d.;,':
        end -= 1
    return end


def _content(match: re.Match[str], quotes: QuoteIndex, *, transcript: bool) -> ContentSpan:
    """The rest of the line: a quotation's words if it is one quotation, else the line.

    A transcript gives the speaker's own words, so its lines are direct speech.
    """
    start, end = match.start("rest"), match.end("rest")
    quote = quotes.at(start)
    if quote is not None and quote.start == start and quote.end >= end - 1:
        return ContentSpan(quote.inner_start, quote.inner_end, QuoteKind.DIRECT)
    text = match.string
    while end > start and text[end - 1] in ".;,":
        end -= 1
    return ContentSpan(start, end, QuoteKind.DIRECT if transcript else QuoteKind.INDIRECT)


def _quoted(match: re.Match[str], quotes: QuoteIndex) -> bool:
    """Whether the rest of a labelled line is one quotation: a roundup's 'Body: "..."'."""
    quote = quotes.at(match.start("rest"))
    return quote is not None and quote.start == match.start("rest") and quote.end >= match.end() - 1


def _headline(text: str, start: int) -> bool:
    """Whether a line is the article's first: its headline, whose title case hides verbs."""
    return not text[:start].strip()


def _has_verb(doc: Doc, match: re.Match[str]) -> bool:
    rest = doc.char_span(match.start("rest"), match.end("rest"), alignment_mode="expand")
    return rest is not None and any(t.pos_ in ("VERB", "AUX") for t in rest)


def _capitals(label: str) -> bool:
    label = _unaffiliated(label)
    letters = [c for c in label if c.isalpha()]
    return len(label.split()) <= 3 and bool(letters) and all(c.isupper() for c in letters)


def _title_case(label: str) -> bool:
    """Every word capitalised, short function words ("of", "the") aside."""
    return all(w[0].isupper() or w.lower() in _TITLE_WORDS for w in label.split())

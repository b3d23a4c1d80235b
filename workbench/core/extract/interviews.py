"""Interviews printed as questions and answers: each answer is the interviewee's claim.

"**Were you warned?** / No. Nobody came to the harbour." has no verb of
saying; the answer is in the interviewee's own words, given to the question
before it. An article is read as an interview when

- at least :data:`MIN_QUESTIONS` lines are questions alone (one or two
  sentences ending in "?", bold or after "Q:" as may be), each followed by an
  answer;
- the paragraphs before the first question name a person (the interviewee
  is introduced: "Tomas Reyes, 52, has fished out of Porto Vell ...");
- most answers speak in the first person ("I", "we", "my"): an explainer's
  headings ("How many have died?") are answered by the writer, who says who
  says what in the answer itself.

An answer is attributed to the first mention of the person the introduction
names, its cue is the question it answers, and its content, in quotation (the
interviewee's own words), runs over the answer's lines up to the next
question.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from workbench.core.domain import QuoteKind
from workbench.core.extract.content import ContentSpan
from workbench.core.extract.cues import Cue
from workbench.core.extract.sources import SourceSpan

MIN_QUESTIONS = 2
MAX_QUESTION_CHARS = 300
FIRST_PERSON = frozenset({"i", "we", "my", "our", "me", "us", "i'm", "i've", "we're"})
_LINE = re.compile(r"[^\n]+")
_MARKS = re.compile(r"^\W*(?:q\s*[:.-]\s*)?|\W*$", re.IGNORECASE)
_Q_MARK = re.compile(r"q", re.IGNORECASE)
_Q_LINE = re.compile(r"^\W*q\s*[:.-]", re.IGNORECASE)
_BOLD_LINE = re.compile(r"^(\*\*|__|  )(?=\S)(?:(?!\*\*|__).)*\S\1$")
_ANSWER_MARK = re.compile(r"^\s*(?:\*\*)?a\s*[:.-]\s*(?:\*\*)?", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Answer:
    """An interviewee's answer: who, the question as the cue, and the answer."""

    cue: Cue
    source: SourceSpan
    content: ContentSpan
    marked: bool = False
    """Whether its question is marked as the interviewer's (in bold, after "Q:"): then the
    article is surely an interview, and a claim with a cue of its own inside the answer
    leaves the rest of the answer the interviewee's (:func:`answer_pieces`)."""


def interview_answers(doc: Doc, ents: Sequence[Span]) -> list[Answer]:
    """The answers of an article printed as an interview, else none."""
    text = doc.text
    paragraphs = [(m.start(), m.end()) for m in _LINE.finditer(text) if m[0].strip()]
    questions = [k for k, (s, e) in enumerate(paragraphs) if _question(text[s:e])]
    if len(questions) >= MIN_QUESTIONS:  # an interview's prompts in bold ("**Ms Varga says ...**")
        prompts = [k for k, (s, e) in enumerate(paragraphs) if _prompt(text[s:e])]
        questions = sorted(set(questions) | set(prompts))
    turns = [
        (k, questions[n + 1] if n + 1 < len(questions) else len(paragraphs))
        for n, k in enumerate(questions)
    ]
    turns = [(k, stop) for k, stop in turns if stop > k + 1]
    if len(turns) < MIN_QUESTIONS:
        return []
    person = _interviewee(doc, ents, paragraphs[questions[0]][0])
    if person is None:
        return []
    answers = [(paragraphs[k + 1][0], paragraphs[stop - 1][1], k) for k, stop in turns]
    spoken = [_first_person(doc, start, end) for start, end, _ in answers]
    if sum(spoken) * 2 < len(spoken):
        return []
    source = SourceSpan(person.root, person.start, person.end)
    found = []
    for start, end, k in answers:
        mark = doc.char_span(paragraphs[k][0], paragraphs[k][1], alignment_mode="expand")
        asking = text[slice(*paragraphs[k])]
        prompt = _prompt(asking)
        asked = next((t for t in reversed(mark or ()) if t.text == "?"), None)
        if asked is None and mark is not None and prompt:
            asked = next((t for t in reversed(mark) if t.is_punct and "*" not in t.text), None)
        content = _content(text, start, end)
        if asked is None or content is None:
            continue
        first = next((t for t in mark or () if t.is_alpha and not _Q_MARK.fullmatch(t.text)), asked)
        cue = Cue(asked, first.i, asked.i + 1, "?", True)  # the question, marks aside
        marked = prompt or _Q_LINE.match(asking) is not None
        found.append(Answer(cue, source, content, marked))
    return found


_NOT_PEOPLE = frozenset({"GPE", "LOC", "ORG", "NORP", "FAC", "DATE", "TIME", "EVENT"})


def _interviewee(doc: Doc, ents: Sequence[Span], intro_end: int) -> Span | None:
    """The person the introduction names: its first person, or else its first proper name
    that is no place or body (the tagger misses "Mayor Eva Brand")."""
    person = next((e for e in ents if e.label_ == "PERSON" and e.end_char <= intro_end), None)
    if person is not None:
        return person
    return next(
        (
            chunk
            for chunk in doc.noun_chunks
            if chunk.end_char <= intro_end
            and chunk.root.pos_ == "PROPN"
            and chunk.root.ent_type_ not in _NOT_PEOPLE
        ),
        None,
    )


def _question(paragraph: str) -> bool:
    """A paragraph that is a question alone: "**Were you warned?**", "Q: Did you go?"."""
    bare = _MARKS.sub("", paragraph.strip())
    return (
        len(paragraph) <= MAX_QUESTION_CHARS
        and paragraph.rstrip("* \t").endswith("?")
        and len(re.findall(r"[.!?]\s", bare)) <= 1  # "The mayor says 2,300. Did you go?"
    )


def _prompt(paragraph: str) -> bool:
    """A paragraph wholly in bold, as an interview prints the interviewer's turn, question
    or not ("**Ms Varga says everyone will be offered a transfer.**"); the parser reads
    the marks as spaces (:mod:`markup`)."""
    line = paragraph.rstrip("\r")
    return len(line) <= MAX_QUESTION_CHARS and _BOLD_LINE.match(line) is not None


def _first_person(doc: Doc, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(t.lower_ in FIRST_PERSON for t in span)


def answer_pieces(doc: Doc, answer: Answer, taken: Sequence[tuple[int, int]]) -> list[ContentSpan]:
    """The runs of an answer's sentences that no other claim (``taken``, character ranges of
    contents and cues) holds: "... not 1,400. The company leaves out the 250 agency workers.
    We estimate at least 3,000 jobs" is the interviewee's claim up to the sentence with a verb
    of saying of its own."""
    content = answer.content
    sentences = [s for s in doc.sents if s.end_char > content.start and s.start_char < content.end]
    pieces: list[ContentSpan] = []
    run: list[tuple[int, int]] = []
    for sentence in [*sentences, None]:
        if sentence is not None:
            start = max(sentence.start_char, content.start)
            end = min(sentence.end_char, content.end)
            if not any(a < end and start < b for a, b in taken):
                run.append((start, end))
                continue
        if run:
            piece = _content(doc.text, run[0][0], run[-1][1])
            if piece is not None and any(c.isalpha() for c in doc.text[piece.start : piece.end]):
                pieces.append(piece)
            run = []
    return pieces


def in_first_person(source: str) -> bool:
    """Whether a claim's source is the speaker themselves ("We estimate ...", "I saw ..."):
    in an answer, the interviewee."""
    return source.lower() in FIRST_PERSON


def _content(text: str, start: int, end: int) -> ContentSpan | None:
    """The answer without an "A:" mark or a final full stop."""
    mark = _ANSWER_MARK.match(text, start)
    if mark is not None:
        start = mark.end()
    while end > start and text[end - 1] in " \t.*":
        end -= 1
    return ContentSpan(start, end, QuoteKind.DIRECT) if end > start else None

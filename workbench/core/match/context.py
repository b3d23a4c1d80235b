"""What a claim's article and sentence say about the event it belongs to.

A claim such as "had killed 500 people" says little on its own: which
killings, where, when? The article around it does. Matching borrows two
things from there: the *event context* of the article (the places it names
and its date), so that two stories about different countries or years are
never linked however alike two claims read, and the claim's *sentence*, whose
words stand in for the topic of a claim too short to carry one.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from workbench.core.domain import Article, Claim
from workbench.core.match.countries import countries_in
from workbench.core.match.lexicon import COUNT_CLASSES, canonical
from workbench.core.match.text import clause_spans, places, words

_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*\s+|\n")
_DEFINITE = frozenset({"the", "these", "those", "this", "that"})
ANTECEDENT_SENTENCES = 3
"""How many sentences back a definite "the killings" may find what it refers to."""


@dataclass(frozen=True, slots=True)
class EventContext:
    """Where and when an article's story happens, as far as its text tells."""

    places: frozenset[str]
    day: int | None
    country: str


NO_CONTEXT = EventContext(frozenset(), None, "")


def article_day(article: Article) -> int | None:
    """The article's date as a day number, or None when missing or unreadable."""
    try:
        return date.fromisoformat(article.date.strip()[:10]).toordinal()
    except ValueError:
        return None


def event_context(article: Article | None) -> EventContext:
    """The places (named places and countries) and the date of an article.

    ``country`` is the country the article names most, the state its unnamed
    officials ("the Interior Ministry") most likely speak for.
    """
    if article is None:
        return NO_CONTEXT
    text = f"{article.title}\n{article.text}"
    mentioned = countries_in(words(text))
    named = {p for p in places(text) if not countries_in(p.split())}
    counts = Counter(mentioned)
    country = min(counts, key=lambda c: (-counts[c], c)) if counts else ""
    return EventContext(frozenset(named | set(mentioned)), article_day(article), country)


@lru_cache(maxsize=64)
def _breaks(text: str) -> tuple[list[int], list[int]]:
    """Starts and ends of the sentence breaks in a whole text, found once per article.

    Every claim of an article looks up its sentence; scanning the text from
    the start for each of them made a long article's cost grow with the
    square of its length.
    """
    starts: list[int] = []
    ends: list[int] = []
    for match in _SENTENCE_END.finditer(text):
        starts.append(match.start())
        ends.append(match.end())
    return starts, ends


def sentence_start(text: str, limit: int) -> int:
    """Where the sentence holding ``limit`` begins: the end of the last break before it.

    The same as scanning ``text[:limit]`` for breaks, including a break cut
    short by ``limit`` (a claim starting inside the spaces after a full stop).
    """
    starts, ends = _breaks(text)
    last = bisect_left(starts, limit) - 1
    if last < 0:
        return 0
    if ends[last] <= limit:
        return ends[last]
    cut = _SENTENCE_END.match(text, starts[last], limit)
    if cut is not None:
        return cut.end()
    return ends[last - 1] if last > 0 else 0


def sentence_span(claim: Claim, article: Article | None) -> tuple[int, int] | None:
    """Where the sentence(s) holding a claim's content lie in its article, if known."""
    text = article.text if article is not None else ""
    start, end = claim.extraction.content_start, claim.extraction.content_end
    if not text or not 0 <= start <= end <= len(text):
        return None
    after = _SENTENCE_END.search(text, end)
    return sentence_start(text, start), after.start() + 1 if after else len(text)


def context_of(claim: Claim, article: Article | None) -> str:
    """The clause of its sentence that holds a claim, without its own source and cue.

    Other clauses of the sentence ("It was not clear how many were hurt, but
    sources said...") tell other things. "Lebanese security sources said"
    tells who speaks, not what about; left in, a short claim would meet
    every claim that merely mentions its source.
    """
    span = sentence_span(claim, article)
    if span is None or article is None:
        return claim.content
    begin, end = span
    x = claim.extraction
    first = min(x.source_start, x.content_start) if claim.attributed else x.content_start
    last = max(x.source_end, x.content_end) if claim.attributed else x.content_end
    sentence = article.text[begin:end]
    kept = [
        (begin + a, begin + b)
        for a, b in clause_spans(sentence)
        if begin + a < last and first < begin + b
    ]
    if kept:  # an empty content at a clause's very start overlaps none
        begin, end = kept[0][0], kept[-1][1]
    chars = list(article.text[begin:end])
    if claim.attributed:
        for start, stop in ((x.source_start, x.source_end), (x.cue_start, x.cue_end)):
            for i in range(max(start, begin), min(stop, end)):
                chars[i - begin] = " "
    return "".join(chars)


def referred_kinds(claim: Claim) -> frozenset[str]:
    """The counted happenings a claim's opening definite noun names ("the killings")."""
    head = words(claim.content[:80])[:3]
    if len(head) < 2 or head[0] not in _DEFINITE:
        return frozenset()
    return frozenset({canonical(w) for w in head[1:]} & COUNT_CLASSES)


def antecedent_of(claim: Claim, article: Article | None) -> str:
    """The earlier sentence a claim's opening "the resignations" refers back to, or "".

    "The official said the resignations had been handed in on Wednesday"
    dates resignations told of a sentence or two before ("About 200 members
    ... have resigned"); that sentence says whose and where. Only a definite
    noun naming a counted happening (killings, resignations, crossings) is
    followed back, to the nearest of the previous few sentences naming it.
    """
    text = article.text if article is not None else ""
    start = claim.extraction.content_start
    kinds = referred_kinds(claim)
    if not kinds or not text or not 0 <= start <= len(text):
        return ""
    starts, ends = _breaks(text)
    last = bisect_left(ends, sentence_start(text, start) + 1) - 1
    for k in range(last, max(-1, last - ANTECEDENT_SENTENCES), -1):
        sentence = text[ends[k - 1] if k > 0 else 0 : starts[k]]
        if kinds & {canonical(w) for w in words(sentence)}:
            return sentence
    return ""


def speaker_prefix(claim: Claim, article: Article | None) -> str:
    """Sentence text before the source's name, which may place it ("In Washington, ...")."""
    text = article.text if article is not None else ""
    start = claim.extraction.source_start
    if not claim.attributed or not text or not 0 <= start <= len(text):
        return ""
    return text[sentence_start(text, start) : start]

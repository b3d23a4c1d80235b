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
from workbench.core.match.gazetteer import countries_in
from workbench.core.match.text import places, words

_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*\s+|\n")


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


def sentence_of(claim: Claim, article: Article | None) -> str:
    """The article text of the sentence(s) holding a claim's content, or the content."""
    text = article.text if article is not None else ""
    start, end = claim.extraction.content_start, claim.extraction.content_end
    if not text or not 0 <= start <= end <= len(text):
        return claim.content
    begin = sentence_start(text, start)
    after = _SENTENCE_END.search(text, end)
    return text[begin : after.start() + 1 if after else len(text)]


def speaker_prefix(claim: Claim, article: Article | None) -> str:
    """Sentence text before the source's name, which may place it ("In Washington, ...")."""
    text = article.text if article is not None else ""
    start = claim.extraction.source_start
    if not claim.attributed or not text or not 0 <= start <= len(text):
        return ""
    return text[sentence_start(text, start) : start]

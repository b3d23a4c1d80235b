"""Text normalisation shared by the similarity index and the claim matcher.

Claims arrive as news sentences, tweets or pasted text. Matching must not care
about URLs, @handles, #CamelCaseHashtags, emoji, thousands separators or
inflection, so everything that compares two texts goes through these helpers
first. Pure Python, no model: it must run over a whole case in seconds.
"""

from __future__ import annotations

import html
import re
import threading
from functools import lru_cache

import snowballstemmer

from workbench.core.match.reading import WEEKDAYS

# fmt: off
STOPWORDS = frozenset((
    "a", "about", "above", "according", "after", "again", "against", "all", "also", "am",
    "amp", "an", "and", "any", "are", "aren", "as", "at", "be", "because", "been", "before",
    "being", "below", "between", "both", "but", "by", "can", "could", "couldn", "did",
    "didn", "do", "does", "doesn", "doing", "don", "down", "during", "each", "few", "for",
    "from", "further", "get", "got", "had", "hadn", "has", "hasn", "have", "haven",
    "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i",
    "if", "in", "into", "is", "isn", "it", "its", "itself", "just", "like", "ll", "me",
    "might", "more", "most", "must", "my", "myself", "now", "of", "off", "on", "once",
    "one", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own", "re",
    "rt", "s", "said", "same", "say", "saying", "says", "shall", "she", "should", "so",
    "some", "such", "t", "tells", "than", "that", "the", "their", "theirs", "them",
    "themselves", "then", "there", "these", "they", "this", "those", "through", "to",
    "told", "too", "under", "until", "up", "ve", "very", "via", "was", "wasn", "we", "were",
    "weren", "what", "when", "where", "which", "while", "who", "whom", "why", "will",
    "with", "would", "you", "your", "yours", "yourself", "yourselves",
))
# fmt: on
"""Function words and attribution verbs: they say who speaks, not what is claimed."""

NEGATIONS = frozenset({
    "not", "no", "never", "nobody", "none", "nothing", "neither", "nor",
    # verbs that say the thing after them does not happen: "refused to answer" is
    # "did not answer", as "declined to comment" is "did not comment"
    "refuse", "refused", "refuses", "refusing", "decline", "declined", "declines", "declining",
    # "avoided paying taxes" did not pay them; "failed to find" did not find
    "avoid", "avoided", "avoids", "avoiding", "fail", "failed", "fails", "failing",
})  # fmt: skip
"""Words that flip an assertion; kept out of STOPWORDS' way by checking raw words."""

# fmt: off
MONTHS = frozenset((
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
))
# fmt: on

_SYMBOLS_FROM = "\u2100"
"""Characters from here on may be symbols; below it every character is kept."""
_URL = re.compile(r"(?:https?://|www\.|pic\.twitter\.com/)\S+", re.IGNORECASE)
_HANDLE = re.compile(r"[@#](\w+)")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[A-Za-z])(?=\d)")
_THOUSANDS = re.compile(r"(?<=\d)[,.](?=\d{3}\b)")
_WORD = re.compile(r"[a-z0-9]+(?:\.[0-9]+)?")
_APOSTROPHE = re.compile(r"['\u2019](?:s|d|ll|re|ve|m)\b")
_NT = re.compile(r"n['\u2019]t\b")
_NAME = re.compile(r"\b[A-Z][\w\-]*(?:['\u2019]s)?(?:\s+(?:of\s+|al-|bin\s+)?[A-Z][\w\-]*)*")
_PLACE = re.compile(
    r"\b(?:in|at|near|from|into|outside|across|to)\s+(?:the\s+)?"
    r"((?:[A-Z][\w\-]+)(?:\s+[A-Z][\w\-]+)*)"
)

# fmt: off
_CLAUSE_VERBS = (
    r"[a-z]{2,}ed|set|put|sent|took|made|gave|went|came|told|left|kept|held|brought|began|"
    r"fled|shot|fought|hit|led|met|paid|ran|saw|sought|spent|stood|struck|threw|won|cut|"
    r"will|would|could|can|may|might|must|should|had|has|have|was|were|is|are|did|does"
)
# fmt: on
_CLAUSE_BREAK = re.compile(
    r";\s*|,?\s+(?:but|while|whereas)\s+"
    r"|,?\s+and\s+(?=(?:also\s+|then\s+|later\s+)?(?:" + _CLAUSE_VERBS + r")\b)",
    re.IGNORECASE,
)

_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100,
    "dozen": 12, "dozens": 24, "hundreds": 200, "thousand": 1000, "thousands": 2000,
}  # fmt: skip
_MULTIPLIERS = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 10**9}


def _split_tag(match: re.Match[str]) -> str:
    return " " + _CAMEL.sub(" ", match.group(1).replace("_", " ")) + " "


def clean(text: str) -> str:
    """Readable text without URLs, markup or emoji; handles and hashtags become words.

    Case is kept because names are read from capitals afterwards.
    """
    text = html.unescape(text)
    text = _URL.sub(" ", text)
    if "@" in text or "#" in text:
        text = _HANDLE.sub(_split_tag, text)
    # Emoji and other symbols carry no searchable content. Most text has none of
    # them, and ``max`` finds that out at C speed.
    if not text or max(text) < _SYMBOLS_FROM:
        return text
    return "".join(ch if ch.isalnum() or ch.isspace() or ord(ch) < 0x2100 else " " for ch in text)


def words(text: str) -> list[str]:
    """Lower-case word tokens; "1,500" is one token, "didn't" gives "did not"."""
    # The substitutions are skipped when their character is absent: this runs
    # several times on every claim of a case at each match.
    text = text.lower()
    if "," in text or "." in text:
        text = _THOUSANDS.sub("", text)
    if "'" in text or "\u2019" in text:
        text = _NT.sub(" not", text)
        text = _APOSTROPHE.sub("", text)
    return _WORD.findall(text)


_PORTER = snowballstemmer.stemmer("porter")
_PORTER_LOCK = threading.Lock()
"""A Snowball stemmer keeps its word in the object: one call at a time across threads."""


@lru_cache(maxsize=100_000)
def term(word: str) -> str:
    """The index form of one lower-case word: its Porter stem, so "killed" meets "kills".

    Lemmas would need the spaCy model, which a plain-text query does not get
    and which is too slow to run over a whole case at match time; suffix
    stripping is cheap and deterministic. Snowball's "porter" is the original
    1980 algorithm. Short words and tokens with digits pass through ("us"
    stays "us", "1990s" stays a decade). Cached: news vocabulary repeats.
    """
    if len(word) <= 2 or not word.isalpha():
        return word
    with _PORTER_LOCK:
        return str(_PORTER.stemWord(word))


def terms(text: str, *, keep_stopwords: bool = False) -> list[str]:
    """Stemmed content words of a cleaned text, in order, stopwords dropped."""
    return [term(w) for w in words(text) if keep_stopwords or w not in STOPWORDS]


def is_negated(raw_words: list[str]) -> bool:
    """Whether a content reads as a negative statement ("did not", "no one")."""
    return any(w in NEGATIONS for w in raw_words)


def clause_spans(text: str) -> list[tuple[int, int]]:
    """Where the coordinated clauses of a text lie: one span when it has one clause.

    A clause starts after a semicolon, at "but", "while" or "whereas", or at
    "and" followed by a verb (a past form, an irregular one, or an
    auxiliary). Noun phrases joined by "and" ("checkpoints and police
    stations") stay whole, and a clause needs two content words of its own.
    Needs no parser: it runs on every claim in a candidate pair.
    """
    spans: list[tuple[int, int]] = []
    begin = 0
    for match in _CLAUSE_BREAK.finditer(text):
        if len(terms(text[begin : match.start()])) >= 2:
            spans.append((begin, match.start()))
            begin = match.end()
    if spans and len(terms(text[begin:])) < 2:
        begin = spans.pop()[0]
    spans.append((begin, len(text)))
    return spans


def clauses(text: str) -> list[str]:
    """The coordinated clauses of a claim, or just the claim when it has one.

    "it had reinforced its patrols along the border and set up new
    checkpoints" tells two things; another report may confirm either.
    """
    return [text[a:b] for a, b in clause_spans(text)]


def names(text: str) -> set[str]:
    """Capitalised names in ``text``, lower-cased, without a leading sentence word.

    A rough stand-in for named entities that needs no model: "Interior
    Ministry", "Tel Kelakh", "Assad". A capitalised first word of a sentence is
    kept only when it is part of a longer name or not a stopword.
    """
    found: set[str] = set()
    for match in _NAME.finditer(text):
        parts = [p for p in words(match.group(0)) if p not in STOPWORDS]
        if not parts:
            continue
        if all(p in WEEKDAYS or p in MONTHS for p in parts):
            continue
        found.add(" ".join(parts))
    return found


def places(text: str) -> set[str]:
    """Capitalised names after a preposition of place ("in Deraa", "into Lebanon")."""
    found: set[str] = set()
    for match in _PLACE.finditer(text):
        parts = [p for p in words(match.group(1)) if p not in STOPWORDS]
        if parts and not any(p in WEEKDAYS or p in MONTHS for p in parts):
            found.add(" ".join(parts))
    return found


def weekdays(raw_words: list[str]) -> frozenset[str]:
    """Weekday names mentioned, which date an event within a week."""
    return frozenset(w for w in raw_words if w in WEEKDAYS)


def numbers(raw_words: list[str]) -> list[float]:
    """Numeric values written in digits or simple words ("two hundred", "1.5 million")."""
    values: list[float] = []
    for i, word in enumerate(raw_words):
        value: float | None = None
        if word[0].isdigit():
            try:
                value = float(word)
            except ValueError:
                continue
        elif word in _NUMBER_WORDS and not (i and raw_words[i - 1] in _NUMBER_WORDS):
            value = float(_NUMBER_WORDS[word])
        if value is None:
            continue
        nxt = raw_words[i + 1] if i + 1 < len(raw_words) else ""
        if nxt in _MULTIPLIERS and word not in _MULTIPLIERS:
            value *= _MULTIPLIERS[nxt]
        values.append(value)
    return values


def format_number(value: float) -> str:
    """A quantity as people write it: 1500 -> "1,500", 2.5 -> "2.5"."""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")

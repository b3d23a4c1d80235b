"""Words of a text as similar-claim search indexes them.

A query arrives as a news sentence, a tweet or pasted text, and has no parse:
search must not care about URLs, @handles, #CamelCaseHashtags, emoji,
thousands separators or inflection, so the index and its queries go through
these helpers. Pure Python, no model: it runs over a whole case in seconds.
Matching claims to claims reads their stored parse instead (:mod:`reading`).
"""

from __future__ import annotations

import html
import re
import threading
from functools import lru_cache

import snowballstemmer

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

_SYMBOLS_FROM = "\u2100"
"""Characters from here on may be symbols; below it every character is kept."""
_URL = re.compile(r"(?:https?://|www\.|pic\.twitter\.com/)\S+", re.IGNORECASE)
_HANDLE = re.compile(r"[@#](\w+)")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[A-Za-z])(?=\d)")
_THOUSANDS = re.compile(r"(?<=\d)[,.](?=\d{3}\b)")
_WORD = re.compile(r"[a-z0-9]+(?:\.[0-9]+)?")
_APOSTROPHE = re.compile(r"['\u2019](?:s|d|ll|re|ve|m)\b")
_NT = re.compile(r"n['\u2019]t\b")


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

"""Keys that name a source's referent for the whole case, written at extraction.

A key is plain text derived from what the parse said of the referent:
``person:tomas rellik`` for a named person, ``body:orsanne minerals`` for a
named body, ``body:kestr:emergency ministry`` for a state body the story
describes without naming (with its country's stem, so that Kestria's
emergency ministry and Tarsovia's are two), and ``anon:...`` for an
anonymous source, which the case never joins across articles.
"""

from __future__ import annotations

import re

from workbench.core.domain import SourceType
from workbench.core.extract.roles import ORG_HEADS
from workbench.core.extract.wordlists import words

PERSON_KEY, BODY_KEY, ANON_KEY, VOICE_KEY = "person:", "body:", "anon:", "outlet:"
_WORD = re.compile(r"[^\W_][\w-]*")
_DROP = frozenset(words("the a an of for and its his her their mr mrs ms dr sir dame prof rev"))
_STATE = frozenset((SourceType.GOVERNMENT, SourceType.MILITARY_SECURITY))
POSSESSIVE = re.compile(r"['\u2019]s?$")
"""A possessive ending, stripped from a word or name ("Carmel Motors'", "Kestria's")."""


def stem(word: str) -> str:
    """A place name's stem: "Kestria" and "Kestrian" share "kestr" (first five letters)."""
    return word.lower()[:5]


def _name_words(text: str) -> list[str]:
    return [w for w in _WORD.findall(text.lower().replace("\u2019", "'")) if w not in _DROP]


def person_key(name: str) -> str:
    """``person:`` and the name's words: "Tomas Rellik" -> ``person:tomas rellik``."""
    return PERSON_KEY + " ".join(_name_words(name))


ONE_BODY = {
    "doctors without borders": "medecins sans frontieres",
    "médecins sans frontières": "medecins sans frontieres",
    "reporters without borders": "reporters sans frontieres",
    "reporters sans frontières": "reporters sans frontieres",
    "international committee red cross": "icrc",
}
"""Names of one body in two languages or spellings, keyed as one: the case joins what
they say into one source. (An acronym joins its full name in the case: "MSF".)"""


def body_key(name: str, country: str = "") -> str:
    """``body:`` with the country's stem when given, and the name's words."""
    words = " ".join(_name_words(name))
    words = next((one for other, one in ONE_BODY.items() if other in words), words)
    return f"{BODY_KEY}{stem(country)}:{words}" if country else f"{BODY_KEY}{words}"


DOCUMENT_HEADS = frozenset(("study", "report", "survey", "poll", "analysis", "audit", "review"))
_FIGURE = re.compile(r"\d[\d,.]*\d|\d")
_DOCUMENT_OPENERS = frozenset(("a", "an", "the", "its", "their", "this", "that", "new", "latest"))


def document_key(text: str) -> str:
    """The key of a study or report told by its figure ("a study of 48,000 adults led by
    researchers at the University of Tarrow", "The study of about 48,000 adults"): one
    document across the case, whatever else each article says of it; "" for any other
    mention. Three articles quoting one study are one source, not three."""
    words = text.lower().split()
    while words and words[0] in _DOCUMENT_OPENERS:
        words = words[1:]
    if not words or words[0] not in DOCUMENT_HEADS:
        return ""
    figure = _FIGURE.search(text)
    if figure is None:
        return ""
    return f"{BODY_KEY}{words[0]} {figure.group().replace(',', '')}"


def anonymous_key(text: str) -> str:
    return ANON_KEY + " ".join(_name_words(text))


def outlet_key(outlet: str) -> str:
    return VOICE_KEY + " ".join(_name_words(outlet))


def qualify(text: str, country_named: str, country: str, source_type: SourceType) -> str:
    """A state body's name with its country: "the army" -> "the army (Kestria)".

    ``country_named`` is the place the phrase itself names ("" when none);
    "the country's ministry" becomes "Kestria's ministry".
    """
    if source_type not in _STATE or not country:
        return text
    if country_named == "the country":
        return re.sub(r"\bthe country(?='|\u2019)", country, text, count=1, flags=re.IGNORECASE)
    if country_named or not country or stem(country) in {stem(w) for w in text.split()}:
        return text
    return f"{text} ({country})"


_TITLE_WORD = re.compile(r"^[A-Z][\w'\u2019-]*$")
_BODY_TYPES = frozenset(
    (
        SourceType.GOVERNMENT,
        SourceType.MILITARY_SECURITY,
        SourceType.INTERNATIONAL_ORG,
        SourceType.NGO,
        SourceType.MEDIA,
        SourceType.COMPANY,
    )
)


def fallback_key(resolved: str, source_type: SourceType, anonymous: bool, attributed: bool) -> str:
    """A key for a claim that has none, from its resolved source.

    The article's own voice is its outlet's; an anonymous source keeps its
    words (within its article); a resolved source ending in two or three
    capitalised words that name no body is a person ("Interior Minister Tomas
    Rellik" -> ``person:tomas rellik``); anything else is a body by its words.
    """
    if not attributed:
        # an outlet's own voice; an article with no outlet speaks for itself alone
        return outlet_key(resolved) if resolved != "the article" else anonymous_key(resolved)
    if anonymous:
        return anonymous_key(resolved)
    name = resolved.split(",")[0].split()
    trailing: list[str] = []
    for word in reversed(name):
        if not _TITLE_WORD.match(word) or word.lower() in ORG_HEADS or len(trailing) == 3:
            break
        trailing.insert(0, word)
    if len(trailing) >= 2 or (trailing and source_type not in _BODY_TYPES and len(name) == 1):
        return person_key(" ".join(trailing))
    return body_key(resolved)

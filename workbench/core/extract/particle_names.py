"""Names with a lower-case particle, kept whole for the parser: "Diario do Vale".

Portuguese, Spanish, Dutch, German and Arabic names carry particles ("do",
"da", "de", "van", "von der", "bin") that the English model reads as English
words: "The newspaper Diario do Vale, citing two firefighters, reports that
..." comes out with "do" as a verb taking "Vale" as its object, and the
newspaper loses both its name and its verb. Joined into one token before the
tagger, the name reads like any other ("The newspaper Correio Popular,
citing ..."), and the sentence parses as it should. After the tagger the
joined token is marked a proper noun, which is what the tagger cannot tell
from a shape it never saw.

A run is joined only between two capitalised words that are not function
words or titles ("The de Blasio administration" keeps "The" out; "Mr. de
Blasio" keeps "Mr." out), so a particle never swallows ordinary English.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span

from workbench.core.extract.roles import NEUTRAL_ROLES, ORG_HEADS, PERSON_ROLES, TITLES

JOIN_NAMES = "workbench_join_names"
MARK_NAMES = "workbench_mark_names"

_PARTICLES = r"(?:do|da|dos|das|de|del|della|di|du|van|von|der|den|ter|bin|ibn|al|el)"
_NAME = re.compile(
    rf"\b[A-Z][\w']+(?: {_PARTICLES}(?: (?:la|der|den|het))? [A-Z][\w']+)+",
)
"""A capitalised word, then one or more particles each followed by a capitalised word."""
_NOT_FIRST = (
    STOP_WORDS
    | frozenset(t.rstrip(".") for t in TITLES)
    | frozenset(PERSON_ROLES)
    | NEUTRAL_ROLES
    | frozenset(ORG_HEADS)
)
"""Capitalised words that open a sentence ("They do Friday prayers"), title a person
("Mayor de Blasio") or name a body's kind ("Radio Voz da Serra"): never a name's first
word."""
_JOINED = "workbench_joined_names"
"""``Doc.user_data`` key: the indices of the joined tokens, for the tagging step."""


@Language.component(JOIN_NAMES)
def join_particle_names(doc: Doc) -> Doc:
    """Join each name with a particle into one token (runs before the tagger)."""
    spans: list[Span] = []
    for match in _NAME.finditer(doc.text):
        start = match.start()
        first = match.group().split(" ", 1)[0]
        if first.lower().rstrip(".") in _NOT_FIRST:
            start += len(first) + 1  # "Mayor Ana de Souza": the title stays a word of its own
            if not re.match(rf"[A-Z][\w']+ {_PARTICLES} ", doc.text[start : match.end()]):
                continue
        span = doc.char_span(start, match.end())
        if span is not None and len(span) > 1:
            spans.append(span)
    if spans:
        # where each name will stand once joined: its first token less those joined before it
        at = [span.start - sum(len(s) - 1 for s in spans[:n]) for n, span in enumerate(spans)]
        with doc.retokenize() as retokenizer:
            for span in spans:
                retokenizer.merge(span)
        doc.user_data[_JOINED] = at
    return doc


@Language.component(MARK_NAMES)
def mark_particle_names(doc: Doc) -> Doc:
    """Tag the joined names as proper nouns (runs after the tagger)."""
    for i in doc.user_data.pop(_JOINED, ()):
        doc[i].tag_ = "NNP"
        doc[i].pos_ = "PROPN"
    return doc

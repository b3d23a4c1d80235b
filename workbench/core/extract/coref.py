"""Who a pronoun or a short name stands for: light, rule-based resolution.

"He said" after "One diplomat said ..." is the diplomat; "allegations they
have denied" after "accused politicians in Lebanon" is the politicians. We keep
a list of earlier mentions (sources found so far, named entities, plural
nouns for people) and take the nearest earlier one that fits the pronoun in
number and kind, preferring recent speakers, as news prose does. Surnames
("Rudd said") resolve to the fuller name met before ("Foreign Minister Kevin
Rudd").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from spacy.tokens import Span

from workbench.core.domain import SourceType
from workbench.core.extract.context import DocContext
from workbench.core.extract.source_types import classify
from workbench.core.extract.sources import SourceSpan
from workbench.core.extract.wordlists import words as _words

PERSON_PRONOUNS = frozenset(("he", "she", "him", "her"))
PLURAL_PRONOUNS = frozenset(("they", "them"))
THING_PRONOUNS = frozenset(("it",))
NAMED_LABELS = frozenset(("PERSON", "ORG", "GPE", "LOC", "FAC"))
ALWAYS_ANONYMOUS = frozenset(
    _words(
        "source sources official officials diplomat diplomats aide aides person people insider "
        "insiders"
    )
)
PEOPLE_WORDS = frozenset(
    _words(
        "official officials diplomat diplomats minister ministers spokesman spokeswoman "
        "spokesperson politician politicians lawmaker lawmakers senator senators president "
        "leader leaders analyst analysts expert experts witness witnesses resident residents "
        "activist activists source sources aide aides officer officers soldier soldiers troops "
        "police protesters rebels groups group authorities people residents journalists "
        "reporter reporters candidate candidates governor mayor ambassador envoy secretary "
        "director chairman chief commander member members democrats republicans voters critics "
        "supporters opponents advocates investigators prosecutors doctors researchers "
        "economists scientists parents students workers executives"
    )
)
_PLURAL_TAGS = frozenset(("NNS", "NNPS"))
_RECENT_SENTENCES = 3


@dataclass(frozen=True, slots=True)
class Mention:
    """Someone who could be referred to later, with what we know of them."""

    start: int
    sent: int
    resolved: str
    plural: bool
    kind: str  # "person", "org", "place" or "group"
    source: bool
    source_type: SourceType
    anonymous: bool


@dataclass(slots=True)
class Resolver:
    """Resolves sources in text order; feed it each claim's source as you go."""

    ctx: DocContext
    entities: list[Mention] = field(default_factory=list)
    sources: list[Mention] = field(default_factory=list)
    full_names: dict[str, Mention] = field(default_factory=dict)
    ruling: frozenset[str] = frozenset()
    _starts: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        doc = self.ctx.doc
        self.ruling = _ruling_parties(self.ctx.text)
        seen: set[int] = set()
        for ent in doc.ents:
            if ent.label_ in ("PERSON", "ORG", "GPE", "NORP"):
                self.entities.append(self._entity(ent))
                seen.update(range(ent.start, ent.end))
        for token in doc:
            if token.i not in seen and token.lower_ in PEOPLE_WORDS and token.pos_ == "NOUN":
                start = token.left_edge.i if token.left_edge.i >= token.i - 4 else token.i
                self.entities.append(self._noun(doc[start : token.i + 1], token.tag_))
        self.entities.sort(key=lambda m: m.start)
        self._starts = [m.start for m in self.entities]

    def _entity(self, ent: Span) -> Mention:
        label = ent.label_
        kind = {"PERSON": "person", "ORG": "org", "GPE": "place"}.get(label, "group")
        plural = label == "NORP" or ent[-1].tag_ == "NNPS"
        mention = Mention(
            ent.start_char,
            self.ctx.sent_index[ent.start],
            ent.text,
            plural,
            kind,
            False,
            classify(ent.text, frozenset((label,))),
            label == "NORP",
        )
        if label == "PERSON" and len(ent) > 1:
            self.full_names[ent[-1].lower_] = mention
        return mention

    def _noun(self, span: Span, tag: str) -> Mention:
        plural = tag in _PLURAL_TAGS or span[-1].lower_ in ("police", "people", "troops")
        return Mention(
            span.start_char,
            self.ctx.sent_index[span.start],
            span.text,
            plural,
            "group" if plural else "person",
            False,
            classify(span.text),
            True,
        )

    def resolve(self, source: SourceSpan, exclude: tuple[int, int]) -> Mention:
        """The mention ``source`` refers to; remembered as a speaker for later pronouns."""
        doc = self.ctx.doc
        span = doc[source.start : source.end]
        lower = span.text.lower()
        mention: Mention | None = None
        if lower in PERSON_PRONOUNS or lower in PLURAL_PRONOUNS or lower in THING_PRONOUNS:
            mention = self._antecedent(
                lower, span.start_char, self.ctx.sent_index[source.start], exclude
            )
        if mention is None and source.antecedent is not None:
            antecedent = source.antecedent
            mention = self._describe(doc[antecedent.start : antecedent.end], antecedent)
        if mention is None:
            mention = self._describe(span, source)
        else:
            mention = Mention(
                span.start_char,
                self.ctx.sent_index[source.start],
                mention.resolved,
                mention.plural,
                mention.kind,
                True,
                mention.source_type,
                mention.anonymous,
            )
        self.sources.append(mention)
        return mention

    def _describe(self, span: Span, source: SourceSpan) -> Mention:
        """A mention for a named or described source, expanding a bare surname."""
        labels = frozenset(t.ent_type_ for t in span if t.ent_type_)
        text = span.text
        head = source.head
        # A speaker label ("PENCE:", a headline's "Pence:") names someone the story
        # introduces, often only after the label.
        label = span.end < len(span.doc) and span.doc[span.end].text == ":"
        if len(span) == 1 and (head.ent_type_ == "PERSON" or label):
            earlier = self.full_names.get(head.lower_)
            if earlier is not None and (label or earlier.start < span.start_char):
                text = earlier.resolved
        elif span[0].lower_ == "the" and len(span) <= 3:
            for previous in reversed(self.sources):
                if head.lower_ in previous.resolved.lower().split():
                    return previous
        plural = head.tag_ in _PLURAL_TAGS or head.lower_ in ("police", "people")
        if head.ent_type_ == "PERSON" or (head.lower_ in PEOPLE_WORDS and not plural):
            kind = "person"
        elif head.ent_type_ in ("ORG",):
            kind = "org"
        elif head.ent_type_ == "GPE":
            kind = "place"
        else:
            kind = "group" if plural else "org"
        named = any(t.ent_type_ in NAMED_LABELS or t.pos_ == "PROPN" for t in span)
        anonymous = not named or head.lower_ in ALWAYS_ANONYMOUS and head.ent_type_ == ""
        if head.pos_ == "PRON":
            anonymous = False
        source_type = classify(text, labels)
        if source_type is SourceType.POLITICIAN and _names_party(text, self.ruling):
            source_type = SourceType.GOVERNMENT  # the party in power speaks for the state
        mention = Mention(
            span.start_char,
            self.ctx.sent_index[source.start],
            text,
            plural,
            kind,
            True,
            source_type,
            anonymous,
        )
        if head.ent_type_ == "PERSON" and len(span) > 1:
            self.full_names[head.lower_] = mention
        return mention

    def _antecedent(
        self, pronoun: str, pos: int, sent: int, exclude: tuple[int, int]
    ) -> Mention | None:

        def fits(m: Mention) -> bool:
            if m.start >= pos or exclude[0] <= m.start < exclude[1]:
                return False
            if pronoun in PERSON_PRONOUNS:
                return m.kind == "person" and not m.plural
            if pronoun in PLURAL_PRONOUNS:
                return m.plural
            return not m.plural and m.kind in ("org", "place")

        for m in reversed(self.sources):
            if sent - m.sent > _RECENT_SENTENCES - 1:
                break
            if fits(m):
                return m
        i = bisect_left(self._starts, pos) - 1
        while i >= 0:
            m = self.entities[i]
            if sent - m.sent > _RECENT_SENTENCES:
                break
            if fits(m):
                return m
            i -= 1
        for m in reversed(self.sources):
            if fits(m):
                return m
        return None


_PARTY = re.compile(r"\b((?:[A-Z][\w\u2019'-]*\s+){1,4})Party\b")
_RULING = re.compile(r"\bruling\s+((?:[A-Z][\w\u2019'-]*\s+){1,4})Party\b")


def _ruling_parties(text: str) -> frozenset[str]:
    """Names of the parties an article presents as the ones in power.

    A party the article calls "ruling" ("Syria's ruling Baath Party"), or, when
    it speaks of "the ruling party" and names a single party, that one. Such a
    party's statements are the government's, not one politician's among others.
    """
    ruling = {m.group(1).split()[-1].lower() for m in _RULING.finditer(text)}
    if not ruling and re.search(r"\bruling party\b", text, re.IGNORECASE):
        named = {m.group(1).split()[-1].lower() for m in _PARTY.finditer(text)}
        named.discard("the")
        if len(named) == 1:
            ruling = named
    return frozenset(ruling)


def _names_party(text: str, ruling: frozenset[str]) -> bool:
    """Whether a source mention is one of ``ruling`` ("The Baath Party", "Baath officials")."""
    if not ruling:
        return False
    words = {w.lower().strip(".,'\u2019s") for w in text.split()}
    return bool(words & ruling)

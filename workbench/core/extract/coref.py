"""Whom a source mention refers to: pronouns, surnames and descriptions, resolved.

"He said" after "One diplomat said ..." is the diplomat; "Korvel said" after
"Defence Minister Stefan Korvel" is the minister; "the company" after
"Orsanne Minerals, which operates the mine" is Orsanne Minerals; "his
office" after "President Arvid Tollen" is the president's office. The
article's candidates (:mod:`referents`) are read once; each source is
resolved in text order, preferring recent speakers, as news prose does, and
a pronoun only goes to someone of its number, kind and (when the text says)
gender. Each resolved mention carries a key that names its referent for the
case (a person's full name, a body's name and country) and the body it
speaks for, so that sources can be followed across articles.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from workbench.core.domain import SourceType
from workbench.core.extract.context import DocContext
from workbench.core.extract.coref_base import (
    ALWAYS_ANONYMOUS,
    NAMED_LABELS,
    PERSON_PRONOUNS,
    PLURAL_PRONOUNS,
    THING_PRONOUNS,
    Mention,
    merge_profiles,
    specific_roles,
)
from workbench.core.extract.coref_bodies import LEAD_SENTENCES, SPOKESPEOPLE, BodyResolution
from workbench.core.extract.coref_pronouns import PronounResolution
from workbench.core.extract.leads import dateline_places
from workbench.core.extract.mentions import (
    COMMON_WORDS,
    GROUP,
    ORG,
    PERSON,
    POSSESSIVE_PRONOUNS,
    Profile,
)
from workbench.core.extract.mentions import read_mention as _read
from workbench.core.extract.parties import names_party, ruling_parties
from workbench.core.extract.referents import Candidate, weight
from workbench.core.extract.source_keys import (
    anonymous_key,
    body_key,
    document_key,
    person_key,
    qualify,
)
from workbench.core.extract.source_types import BODY_WINS, role_keeps_type, type_of
from workbench.core.extract.sources import SourceSpan
from workbench.core.extract.wordlists import words as _words

DOCUMENTS = frozenset(
    ("statement", "report", "letter", "communique", "release", "filing", "notice", "memo")
)
"""What a speaker issues; "the statement said" is its author speaking."""
FIGURES = frozenset(("data", "figures", "figure", "records", "statistics", "estimate",
                     "estimates", "count", "tally", "survey", "study", "analysis"))  # fmt: skip
"""What a body's numbers are given as: "the office's data" speak for the office."""
DOCUMENT_SENTENCES = 5
"""How far back "the statement" looks for the sentence its author issued it in."""
KIN = frozenset(
    _words(
        "son sons daughter daughters child children husband wife mother father brother "
        "sister grandson granddaughter grandmother grandfather parents family"
    )
)
_LOCALS = frozenset(("residents", "locals", "townspeople", "villagers"))
"""People of a place: with no fuller mention, the place is the dateline's."""


COUNSEL = frozenset(
    _words("lawyer lawyers attorney attorneys counsel solicitor solicitors barrister")
)
"""Who speaks in court for a client."""
FORMER = frozenset(("former", "ex", "retired", "onetime", "erstwhile"))
"""Words that make a role one a person no longer holds: no voice of its body."""
MEMBER_WORDS = frozenset(("one", "some", "many", "several", "most", "all", "each", "few", "none"))
"""Words that take members of a group named after "of": "one of them", "some of us"."""


class Resolver(BodyResolution, PronounResolution):
    """Resolves sources in text order; feed it each claim's source as you go."""

    def __init__(self, ctx: DocContext) -> None:
        super().__init__(ctx)
        self.ruling = ruling_parties(ctx.text)

    def resolve(self, source: SourceSpan, exclude: tuple[int, int]) -> Mention:
        """The mention ``source`` refers to; remembered as a speaker for later pronouns."""
        doc = self.ctx.doc
        span = doc[source.start : source.end]
        lower = span.text.lower()
        sent = self.ctx.sent_index[source.start]
        mention: Mention | None = None
        if lower in PERSON_PRONOUNS or lower in PLURAL_PRONOUNS or lower in THING_PRONOUNS:
            mention = self._antecedent(lower, span.start_char, sent, exclude)
            if mention is not None:
                mention = replace(mention, start=span.start_char, sent=sent, source=True)
        if mention is None:
            mention = self._document_author(span, sent) or self._owner_of(span, sent)
        if mention is None and source.antecedent is not None:
            antecedent = source.antecedent
            mention = self._describe(doc[antecedent.start : antecedent.end], antecedent)
        if mention is None:
            mention = self._describe(span, source)
        if mention.source_type is SourceType.OTHER:
            group = self._group_of_member(span, sent)
            if group is not None:  # "one of them, Karin Lund" after "Two owners said ..."
                mention = replace(mention, source_type=group.source_type)
        self.sources.append(mention)
        return mention

    def _group_of_member(self, span: Span, sent: int) -> Mention | None:
        """The group a member is taken from by "of them" ("one of them", "two of us"): its
        members are what it is (owners who were there are witnesses)."""
        root = span[0] if span[0].lower_ in MEMBER_WORDS or span[0].like_num else None
        if root is None:
            return None
        of = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        them = of is not None and any(
            o.dep_ == "pobj" and o.lower_ in ("them", "us") for o in of.children
        )
        return (
            self._antecedent("they", span.start_char, sent, (span.start, span.end))
            if them
            else None
        )

    def _document_author(self, span: Span, sent: int) -> Mention | None:
        """ "the statement said" after "In a statement, Dunmore police said": its author.

        A document named with "the" speaks for the speaker of a recent
        sentence that mentions such a document; it stays a thing, so that a
        later "it said" goes to it.
        """
        head = span.root.lower_
        if head not in DOCUMENTS or span[0].lower_ != "the" or len(span) > 3:
            return None
        doc = self.ctx.doc
        author: Mention | None = None
        for m in reversed(self.sources):
            if m.sent >= sent or sent - m.sent > DOCUMENT_SENTENCES:
                continue
            if author is not None:
                if m.sent == author.sent:
                    author = m  # the sentence's first speaker, not one it reports
                    continue
                break
            first = self.ctx.sent_first.get(m.sent, 0)
            if any(t.lower_ == head for t in doc[first : self.ctx.sent_end[first]]):
                author = m
        if author is None:
            return None
        return replace(author, start=span.start_char, sent=sent, plural=False, kind=ORG)

    def _role_named_next(self, span: Span, profile: Profile) -> Mention | None:
        """A headline's or lead's role that the next sentences name with the same role
        ("Former mayor denies taking bribes", then "Former mayor Lars Hedin pleaded not
        guilty"): that person."""
        sent = self.ctx.sent_index[span.start]
        if sent > self._lead_end():
            return None
        registry = self.registry
        for candidate in registry.candidates:  # in text order
            if candidate.sent > sent + LEAD_SENTENCES:
                break
            if candidate.char <= span.start_char:
                continue
            other = registry.profile(candidate)
            if other.kind == PERSON and other.name and set(other.roles) & set(profile.roles):
                doc = self.ctx.doc
                found = self._person(doc[candidate.start : candidate.end], other)
                return replace(found, start=span.start_char, sent=sent)
        return None

    def _owner_of(self, span: Span, sent: int) -> Mention | None:
        """ "the office's data", "the statistics office's figures": whose they are speaks.

        A possessed document or figure is its owner's word; the owner is resolved as a
        source of its own ("the office" is the statistics office named before)."""
        root = span.root
        if root.lower_ not in DOCUMENTS | FIGURES:
            return None
        owner = next((c for c in root.children if c.dep_ == "poss" and c.i >= span.start), None)
        if owner is None or owner.lower_ in POSSESSIVE_PRONOUNS:
            return None
        end = owner.i + 1
        doc = self.ctx.doc
        found = self._describe(doc[owner.left_edge.i : end],
                               SourceSpan(owner, owner.left_edge.i, end))  # fmt: skip
        return replace(found, start=span.start_char, sent=sent)

    # Named and described sources ------------------------------------------

    def _describe(self, span: Span, source: SourceSpan) -> Mention:
        profile = self.registry.settle(_read(source.head, source.start, source.end))
        if not profile.name and self._known_surname(span):
            # "0905 GMT: Lenart says": a surname the tagger took for a common noun
            profile = replace(profile, kind=PERSON, name=span.text)
        if profile.kind == PERSON and profile.name:
            return self._person(span, profile)
        if profile.kind == PERSON and profile.roles and profile.determiner in ("", "the"):
            named = self._role_named_next(span, profile)
            if named is not None:
                return named
        if span[0].lower_ in POSSESSIVE_PRONOUNS and len(span) > 1:
            found = self._possessed(span, profile)
            if found is not None:
                return found
        if profile.kind == ORG and profile.name:
            return self._named_body(span, profile)
        if profile.kind == ORG:
            named = self._named_after(span)
            if named is not None:
                return named
            found = self._described_body(span, profile)
            if found is not None:
                return found
        if profile.kind == GROUP and not profile.proper:
            found = self._fuller_group(span, profile)
            if found is not None:
                return found
        return self._as_written(span, profile)

    def _person(self, span: Span, profile: Profile) -> Mention:
        """A named person: the story's fullest mention of them gives the name and the type."""
        registry = self.registry
        surname = profile.name.split()[-1].lower()
        label = span.end < len(span.doc) and span.doc[span.end].text == ":"
        sent = self.ctx.sent_index[span.start]
        mentions = registry.person_mentions(surname, profile.name)
        fullest = registry.fullest_person(surname, profile.name)
        merged = merge_profiles(profile, [registry.profile(c) for c in mentions])
        body = self._body_mention(profile, span.start_char, sent)
        for candidate in mentions:
            if body is None:
                body = self._body_mention(
                    registry.profile(candidate), candidate.char, candidate.sent
                )
        text, name = span.text, profile.name
        if fullest is not None:
            full = registry.profile(fullest)
            ahead = fullest.char > span.start_char
            if weight(full) > weight(profile) and (not ahead or label or not self._seen(surname)):
                text = _person_text(registry.text(fullest), full, body)
            if len(full.name.split()) > len(name.split()):
                name = full.name
        source_type = type_of(merged, text)
        if body is not None and self._body_types(merged, source_type, body.source_type):
            source_type = body.source_type
        kin = [(span.end, span.root.i)] + [(c.end, c.head) for c in mentions]
        if (
            source_type is SourceType.OTHER
            and body is None
            and not merged.roles
            and any(self._with_kin(end, head) for end, head in kin)
        ):
            source_type = SourceType.WITNESS  # "X sat beside a photograph of her son"
        voice = (body.voice or body.key) if body is not None else self._office_voice(merged)
        if not voice and merged.body and merged.body.islower():
            # "The city's police chief, Marco Deni" speaks for the police the story names
            voice = body_key(merged.body.split()[-1])
        elif not voice and merged.body and not merged.roles and source_type is not SourceType.OTHER:
            voice = body_key(merged.body)  # "Anna Berg of Amnesty International", a known kind
        voice = voice or self._client_voice(merged)
        if merged.words & FORMER:
            voice = ""  # "former central bank governor Mira Tasso" speaks for no bank now
        mention = Mention(
            span.start_char,
            sent,
            text,
            False,
            PERSON,
            True,
            source_type,
            False,
            merged.gender or self._gender_of(surname),
            person_key(name),
            voice,
        )
        if len(span) > 1 or text != span.text:
            self.full_names[surname] = mention
        return mention

    def _client_voice(self, profile: Profile) -> str:
        """A lawyer speaks for the client the text names ("Halm's lawyer, Oskar Brandt",
        "Halm's lawyers"): the client's voice, not an independent source."""
        if not set(profile.roles) & COUNSEL or not profile.body:
            return ""
        surname = profile.body.split()[-1].lower()
        client = self.registry.fullest_person(surname, profile.body)
        return person_key(self.registry.profile(client).name) if client is not None else ""

    def _with_kin(self, end: int, head: int) -> bool:
        """Whether a private person's sentence speaks of their kin: "her son", "his wife".

        A relative of the people a story is about tells what the family lived:
        a witness's account, by the annotation convention.
        """
        doc = self.ctx.doc
        for token in doc[end : self.ctx.sent_end[head]]:
            if token.lower_ in KIN and any(
                c.dep_ == "poss" and c.lower_ in ("his", "her", "their") for c in token.children
            ):
                return True
        return False

    def _known_surname(self, span: Span) -> bool:
        """Whether a lone capitalised word is the surname of a person the story names."""
        if len(span) != 1 or not span[0].is_title or span[0].pos_ in ("PRON", "DET"):
            return False
        word = span[0].lower_
        return word not in COMMON_WORDS and bool(self.registry.person_mentions(word))

    def _seen(self, surname: str) -> bool:
        return surname in self.full_names

    def _fuller_group(self, span: Span, profile: Profile) -> Mention | None:
        """A bare plural ("Residents") after a fuller mention ("residents of Lower Dessel")."""
        if len(span) > 2:
            return None
        registry = self.registry
        best: Candidate | None = None
        for candidate in registry.by_word.get(profile.head, ()):
            if candidate.char >= span.start_char:
                break
            if candidate.end - candidate.start > len(span) + 1:
                best = candidate
        if best is None:
            return self._local_group(span, profile)
        text = registry.text(best)
        for word in ("many ", "some ", "most ", "the ", "several ", "other "):
            if text.lower().startswith(word):
                text = text[len(word) :]
        mention = self._as_written(span, profile)
        return replace(mention, resolved=text, key=anonymous_key(text))

    def _local_group(self, span: Span, profile: Profile) -> Mention | None:
        """ "Residents" with no fuller mention: the residents of the dateline's place."""
        place, _ = dateline_places(self.ctx.text)
        if profile.head not in _LOCALS or not place:
            return None
        text = f"{span.text} of {place}"
        return replace(self._as_written(span, profile), resolved=text, key=anonymous_key(text))

    def _possessed(self, span: Span, profile: Profile) -> Mention | None:
        """ "his office", "its spokesman": a body or a role of whom the pronoun stands for."""
        pronoun = span[0].lower_
        wanted = {"his": "he", "her": "she", "its": "it", "their": "they"}[pronoun]
        owner = self._antecedent(wanted, span.start_char, self.ctx.sent_index[span.start], (0, 0))
        if owner is None:
            return None
        rest = span[1:].text
        own = type_of(profile, span.text)
        source_type = (
            own if own not in (SourceType.OTHER, SourceType.GOVERNMENT) else owner.source_type
        )
        return Mention(
            span.start_char,
            self.ctx.sent_index[span.start],
            f"{rest} of {owner.resolved}",
            profile.plural,
            profile.kind,
            True,
            source_type,
            owner.anonymous,
            profile.gender,
            f"{owner.key}/{profile.head}",
            owner.voice or owner.key,
        )

    def _as_written(self, span: Span, profile: Profile) -> Mention:
        """A source as the text gives it, with its own type: "a diplomat", "Residents"."""
        labels = frozenset(t.ent_type_ for t in span if t.ent_type_)
        head = span.root if profile.head != span.root.lower_ else span.root
        named = any(t.ent_type_ in NAMED_LABELS or t.pos_ == "PROPN" for t in span)
        anonymous = not named or (profile.head in ALWAYS_ANONYMOUS and head.ent_type_ == "")
        if head.pos_ == "PRON":
            anonymous = False
        source_type = self._typed(profile, _without_clause(span), labels)
        if source_type is SourceType.POLITICIAN and names_party(span.text, self.ruling):
            source_type = SourceType.GOVERNMENT
        text = span.text
        sent = self.ctx.sent_index[span.start]
        body = None
        if profile.kind == PERSON and profile.body:  # "A Vantis spokeswoman": Vantis Pharma's
            body = self._body_mention(profile, span.start_char, sent)
            if body is not None and self._body_types(profile, source_type, body.source_type):
                source_type = body.source_type
        country = self._country(profile, sent)
        if profile.kind == ORG and profile.determiner in ("the", ""):
            anonymous = False  # "the provincial emergency service": a body, though unnamed
            text = qualify(text, profile.country, country, source_type)
            key = self._described_key(profile, sent)
            voice = key
        elif anonymous or not named:
            # "officials who declined to be named" speak for a state: which one
            text = qualify(text, profile.country, country, source_type)
            key, voice = anonymous_key(text), ""
        else:
            key, voice = body_key(text), body_key(text)
        if profile.kind == ORG and (document := document_key(span.text)):
            key = voice = document  # "a study of 48,000 adults", wherever it is told
        if body is not None:
            voice = body.voice or body.key
            if profile.kind == PERSON and not profile.name and set(profile.roles) & SPOKESPEOPLE:
                # "A spokesperson for Northline": someone unnamed, though the body is named
                key, anonymous = anonymous_key(text), True
        elif client := self._client_voice(profile):
            voice = client  # "Halm's lawyers"
        elif profile.kind == PERSON and profile.body and not profile.name:
            # "A spokesman for the education ministry": someone unnamed, in the body's voice
            key, voice = anonymous_key(text), body_key(profile.body, country)
        return Mention(
            span.start_char,
            self.ctx.sent_index[span.start],
            text,
            profile.plural,
            profile.kind,
            True,
            source_type,
            anonymous,
            profile.gender,
            key,
            voice,
        )

    def _typed(
        self, profile: Profile, text: str, labels: frozenset[str] = frozenset()
    ) -> SourceType:
        return type_of(profile, text, labels)

    @staticmethod
    def _body_types(profile: Profile, own: SourceType, body: SourceType) -> bool:
        """Whether a person speaks with the type of the body they are of: a company's or a
        party's people always, a state body's unless their role says more."""
        return (
            body is not SourceType.OTHER
            and (body in BODY_WINS or not specific_roles(profile))
            and not role_keeps_type(own, body)
        )


def _without_clause(span: Span) -> str:
    """A mention's words without the clause after its head, which tells what the source
    did, not what it is: "Two owners interviewed by a reporter" are owners."""
    root = span.root
    starts = [
        c.left_edge.i
        for c in root.children
        if c.dep_ in ("acl", "relcl") and c.i > root.i and c.left_edge.i > span.start
    ]
    return span.doc[span.start : min(starts)].text if starts else span.text


def _person_text(text: str, profile: Profile, body: Mention | None) -> str:
    """A person's fullest mention as a referent: "Jonas Peder, a truck driver".

    A mention that does not hold the name ("Its director", with the name in
    apposition) gives "Paulo Strand, director of Civic Watch Maradia".
    """
    if profile.name and profile.name not in text:
        role = profile.role_text or text
        of = f" of {body.resolved}" if body is not None and profile.possessor else ""
        return f"{profile.name}, {role}{of}"
    if profile.role_text and profile.role_text.lower() not in text.lower():
        return f"{text}, {profile.role_text}"
    return text

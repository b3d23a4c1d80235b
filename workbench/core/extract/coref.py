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

from dataclasses import dataclass, field, replace

from spacy.tokens import Span

from workbench.core.domain import SourceType
from workbench.core.extract.context import DocContext
from workbench.core.extract.leads import dateline_places
from workbench.core.extract.mentions import GROUP, ORG, PERSON, POSSESSIVE_PRONOUNS, Profile
from workbench.core.extract.mentions import read_mention as _read
from workbench.core.extract.parties import names_party, ruling_parties
from workbench.core.extract.referents import Candidate, Registry, weight
from workbench.core.extract.roles import NEUTRAL_ROLES, ORG_HEADS, PERSON_ROLES
from workbench.core.extract.source_keys import anonymous_key, body_key, person_key, qualify, stem
from workbench.core.extract.source_types import BODY_WINS, type_of
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
_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
_RECENT_SENTENCES = 3
_LEAD_SENTENCES = 2
"""Sentences of the lead, where a story may describe a body before naming it."""
_FORWARD_SENTENCES = 8
_COMPANY_HEADS = frozenset(("company", "firm", "operator", "corporation", "employer"))
_STATE_TYPES = frozenset((SourceType.GOVERNMENT, SourceType.MILITARY_SECURITY))
_LOCALS = frozenset(("residents", "locals", "townspeople", "villagers"))
"""People of a place: with no fuller mention, the place is the dateline's."""
_NGO_HEADS = frozenset(("union", "group", "organisation", "organization", "charity"))


@dataclass(frozen=True, slots=True)
class Mention:
    """Whom a source refers to, with what we know of them."""

    start: int
    sent: int
    resolved: str
    plural: bool
    kind: str  # "person", "org", "place" or "group"
    source: bool
    source_type: SourceType
    anonymous: bool
    gender: str = ""
    key: str = ""
    """The referent across the case: "person:tomas rellik", "body:kestr:emergency ministry"."""
    voice: str = ""
    """The key of the body the referent speaks for (a minister's ministry), else ""."""


@dataclass(slots=True)
class Resolver:
    """Resolves sources in text order; feed it each claim's source as you go."""

    ctx: DocContext
    sources: list[Mention] = field(default_factory=list)
    full_names: dict[str, Mention] = field(default_factory=dict)
    ruling: frozenset[str] = frozenset()
    registry: Registry = field(init=False)

    def __post_init__(self) -> None:
        self.ruling = ruling_parties(self.ctx.text)
        self.registry = Registry(self.ctx)

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
        if mention is None and source.antecedent is not None:
            antecedent = source.antecedent
            mention = self._describe(doc[antecedent.start : antecedent.end], antecedent)
        if mention is None:
            mention = self._describe(span, source)
        self.sources.append(mention)
        return mention

    # Named and described sources ------------------------------------------

    def _describe(self, span: Span, source: SourceSpan) -> Mention:
        profile = _read(source.head, source.start, source.end)
        if profile.kind == PERSON and profile.name:
            return self._person(span, profile)
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
        mentions = registry.person_mentions(surname)
        fullest = registry.fullest_person(surname)
        merged = _merge(profile, [registry.profile(c) for c in mentions])
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
        body_type = SourceType.OTHER if body is None else body.source_type
        if body_type is not SourceType.OTHER and (
            body_type in BODY_WINS or not _specific_roles(merged)
        ):
            source_type = body_type
        voice = (body.voice or body.key) if body is not None else self._minister_voice(merged)
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

    def _body_mention(self, profile: Profile, position: int, sent: int) -> Mention | None:
        """The body a person's role belongs to, resolved in the story.

        "commission spokeswoman" after "The World Rights Commission", "Its
        director" after "Civic Watch Maradia", "union chairman" after "The
        Kestrian Federation of Mine Workers".
        """
        registry = self.registry
        doc = self.ctx.doc
        if profile.body:
            found = registry.body_named(profile.body)
            if found is None:
                head = profile.body.split()[-1].lower()
                described = Profile(
                    kind=ORG, head=head, words=frozenset(profile.body.lower().split())
                )
                found = registry.antecedent_body(described, position, head in _COMPANY_HEADS)
                if found is None and head in _NGO_HEADS:
                    found = self._nearest_named_of(SourceType.NGO, position)
            if found is not None:
                span = doc[found.start : found.end]
                mention = self._describe(span, SourceSpan(doc[found.head], found.start, found.end))
                return replace(mention, source=False)
        if profile.possessor in ("its", "their"):
            return self._antecedent("it", position, sent, (0, 0))
        return None

    def _minister_voice(self, profile: Profile) -> str:
        """A minister speaks with his ministry's voice: "Interior Minister" -> interior ministry."""
        if "minister" not in profile.roles:
            return ""
        before = profile.role_text.lower().split()
        qualifier = (
            [w for w in before[: before.index("minister")] if w.isalpha()]
            if "minister" in before
            else []
        )
        return body_key(" ".join([*qualifier, "ministry"]), self.registry.country)

    def _seen(self, surname: str) -> bool:
        return surname in self.full_names

    def _named_body(self, span: Span, profile: Profile) -> Mention:
        registry = self.registry
        single = profile.name.lower()
        if " " not in single and registry.person_mentions(single):
            # "Korvel insisted": a surname the tagger took for a body
            return self._person(span, replace(profile, kind=PERSON))
        if registry.is_place(profile.name) and profile.head not in ORG_HEADS:
            key = body_key("government", profile.name)
            return Mention(
                span.start_char,
                self.ctx.sent_index[span.start],
                f"{span.text} (government)",
                False,
                ORG,
                True,
                SourceType.GOVERNMENT,
                False,
                "",
                key,
                key,
            )
        fullest = registry.body_named(profile.name)
        text = span.text
        key_name = profile.name
        merged = profile
        if fullest is not None:
            full_profile = registry.profile(fullest)
            if len(full_profile.name) > len(profile.name):
                text = registry.text(fullest)
                key_name = full_profile.name
            merged = _merge(profile, [full_profile])
        source_type = self._typed(merged, text, frozenset(t.ent_type_ for t in span if t.ent_type_))
        owner = self._owner_type(merged)
        if owner is not None:
            source_type = owner
        elif source_type is SourceType.POLITICIAN and names_party(text, self.ruling):
            source_type = SourceType.GOVERNMENT  # the party in power speaks for the state
        key = body_key(key_name)
        if source_type in _STATE_TYPES:
            # "the Interior Ministry" is Maradia's: the same key as "the ministry" there
            country = self._country(merged, self.ctx.sent_index[span.start])
            if country and stem(country) not in {stem(w) for w in key_name.split()}:
                key = body_key(key_name, country)
        return Mention(
            span.start_char,
            self.ctx.sent_index[span.start],
            text,
            profile.plural,
            ORG,
            True,
            source_type,
            False,
            "",
            key,
            key,
        )

    def _owner_type(self, profile: Profile) -> SourceType | None:
        """A person's party is of the person's camp: "Orvell's Alliance for Change".

        A body a politician owns (by the possessive) is the opposition's when
        the owner is in opposition, a politician's (a party) otherwise.
        """
        if not profile.body or " " in profile.body.strip():
            return None
        mentions = self.registry.person_mentions(profile.body.lower())
        if not mentions:
            return None
        registry = self.registry
        owner = _merge(registry.profile(mentions[0]), [registry.profile(c) for c in mentions])
        kind = type_of(owner, registry.text(mentions[0]))
        if kind is SourceType.OPPOSITION:
            return kind
        if kind in (SourceType.GOVERNMENT, SourceType.POLITICIAN):
            return SourceType.POLITICIAN
        return None

    def _described_body(self, span: Span, profile: Profile) -> Mention | None:
        """A body described, not named: "the ministry", "the company", "a miners' union"."""
        registry = self.registry
        sent = self.ctx.sent_index[span.start]
        found: Candidate | None = None
        if profile.determiner in ("the", ""):
            found = registry.antecedent_body(
                profile, span.start_char, profile.head in _COMPANY_HEADS
            )
            if found is None and profile.head in _NGO_HEADS:
                found = self._nearest_named_of(SourceType.NGO, span.start_char)
        if found is None and sent <= self._lead_end():
            own = type_of(profile, span.text)
            for candidate in registry.named_bodies_after(span.end_char, sent, _FORWARD_SENTENCES):
                if registry.body_kind(candidate) is own:
                    found = candidate
                    break
        if found is None:
            return None
        other = registry.profile(found)
        text = registry.text(found)
        source_type = registry.body_kind(found)
        if source_type is SourceType.OTHER:
            source_type = type_of(profile, span.text)
        if other.name:
            key = body_key(other.name)
        else:
            text = qualify(text, other.country, self._country(other, found.sent), source_type)
            key = self._described_key(other, found.sent)
        return Mention(
            span.start_char, sent, text, profile.plural, ORG, True, source_type, False, "", key, key
        )

    def _named_after(self, span: Span) -> Mention | None:
        """ "The rights group Civic Watch Maradia": a description the body's name follows."""
        doc = span.doc
        k = span.end
        if k >= len(doc) or doc[k].pos_ != "PROPN":
            return None
        end = k
        while end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN":
            end += 1
        name = doc[end]
        if name.dep_ not in ("nsubj", "appos", "compound") or name.head.i not in (
            span.root.i,
            span.root.head.i,
        ):
            return None
        named = self._describe(doc[k : end + 1], SourceSpan(name, k, end + 1))
        return replace(named, start=span.start_char)

    def _nearest_named_of(self, kind: SourceType, before: int) -> Candidate | None:
        registry = self.registry
        for candidate in reversed(registry.candidates):
            if candidate.char >= before:
                continue
            profile = registry.profile(candidate)
            if profile.kind == ORG and profile.name and registry.body_kind(candidate) is kind:
                return candidate
        return None

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
        source_type = self._typed(profile, span.text, labels)
        if source_type is SourceType.POLITICIAN and names_party(span.text, self.ruling):
            source_type = SourceType.GOVERNMENT
        text = span.text
        sent = self.ctx.sent_index[span.start]
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

    def _country(self, profile: Profile, sent: int) -> str:
        """The country a described body belongs to: its own words', the sentence's, the story's."""
        named = profile.country
        if named and named != "the country" and self.registry.is_place(named):
            return named
        return self.registry.sentence_place(sent) or self.registry.country

    def _described_key(self, profile: Profile, sent: int) -> str:
        """The key of a body described, not named, with its country."""
        country = self._country(profile, sent)
        return body_key(_described_name(profile, country), country)

    def _typed(
        self, profile: Profile, text: str, labels: frozenset[str] = frozenset()
    ) -> SourceType:
        return type_of(profile, text, labels)

    # Pronouns -----------------------------------------------------------------

    def _antecedent(
        self, pronoun: str, pos: int, sent: int, exclude: tuple[int, int]
    ) -> Mention | None:
        gender = _GENDER.get(pronoun, "")

        def fits(m: Mention) -> bool:
            if m.start >= pos or exclude[0] <= m.start < exclude[1]:
                return False
            if pronoun in PERSON_PRONOUNS:
                return (
                    m.kind == PERSON
                    and not m.plural
                    and not (gender and m.gender and m.gender != gender)
                )
            if pronoun in PLURAL_PRONOUNS:
                return m.plural
            return not m.plural and m.kind in (ORG, "place")

        subject = self._subject_before(pronoun, gender, pos, sent, exclude)
        if subject is not None:
            return subject
        recent = [m for m in reversed(self.sources) if sent - m.sent <= _RECENT_SENTENCES - 1]
        if gender:
            for m in recent:
                if fits(m) and m.gender == gender:
                    return m
        for m in recent:
            if fits(m):
                return m
        found = self._candidate_antecedent(pronoun, gender, pos, sent, exclude)
        if found is not None:
            return found
        for m in reversed(self.sources):
            if fits(m):
                return m
        return None

    def _subject_before(
        self, pronoun: str, gender: str, pos: int, sent: int, exclude: tuple[int, int]
    ) -> Mention | None:
        """The subject of a clause earlier in the pronoun's own sentence, if it fits.

        "President Arvid Tollen ordered an inquiry, his office said": within a
        sentence the subject before the pronoun is its likeliest antecedent,
        more than the last speaker of the sentences before.
        """
        return self._candidate_antecedent(pronoun, gender, pos, sent, exclude, same_sentence=True)

    def _candidate_antecedent(
        self,
        pronoun: str,
        gender: str,
        pos: int,
        sent: int,
        exclude: tuple[int, int],
        same_sentence: bool = False,
    ) -> Mention | None:
        """The nearest mention in the text (not only a speaker) that fits the pronoun."""
        registry = self.registry
        doc = self.ctx.doc
        for candidate in reversed(registry.candidates):
            if candidate.char >= pos or exclude[0] <= candidate.char < exclude[1]:
                continue
            if sent - candidate.sent > (0 if same_sentence else _RECENT_SENTENCES):
                break
            if same_sentence and doc[candidate.head].dep_ not in ("nsubj", "nsubjpass"):
                continue
            if self.ctx.quotes.at(candidate.char) is not None:
                continue  # a name inside someone's quotation is rarely the next speaker
            profile = registry.profile(candidate)
            if pronoun in PERSON_PRONOUNS:
                if profile.kind != PERSON or profile.plural:
                    continue
                if gender and profile.gender and profile.gender != gender:
                    continue
                if (
                    gender
                    and profile.name
                    and self._gender_of(profile.name.split()[-1].lower()) not in ("", gender)
                ):
                    continue
            elif pronoun in PLURAL_PRONOUNS:
                if not profile.plural:
                    continue
            elif profile.kind != ORG or profile.plural:
                continue
            span = doc[candidate.start : candidate.end]
            source = SourceSpan(doc[candidate.head], candidate.start, candidate.end)
            mention = self._describe(span, source)
            return replace(mention, source=False)
        return None

    def _gender_of(self, surname: str) -> str:
        """The gender the text gives a person: a pronoun right after one of their mentions."""
        doc = self.ctx.doc
        ctx = self.ctx
        for candidate in self.registry.person_mentions(surname):
            end = ctx.sent_end[candidate.head]
            for token in doc[candidate.end : end]:
                if token.pos_ == "PROPN" and token.ent_type_ == "PERSON":
                    break
                if token.pos_ == "PRON" and token.lower_ in _GENDER:
                    return _GENDER[token.lower_]
        return ""

    def _lead_end(self) -> int:
        """The last sentence index of the story's lead (after a headline line, if any)."""
        doc = self.ctx.doc
        first = self.ctx.sent_index[0] if len(doc) else 0
        if len(doc) and "\n" in self.ctx.text[: self.ctx.text.find("\n") + 1]:
            first += 1  # a headline line
        return first + _LEAD_SENTENCES - 1


def _merge(own: Profile, others: list[Profile]) -> Profile:
    """One person's facts from all their mentions: roles, body, age, deeds, gender."""
    roles = list(own.roles)
    words = set(own.words)
    deeds = set(own.deeds)
    body, gender, age, role_text = own.body, own.gender, own.age, own.role_text
    for other in others:
        roles.extend(r for r in other.roles if r not in roles)
        words |= other.words
        deeds |= other.deeds
        body = body or other.body
        gender = gender or other.gender
        age = age or other.age
        role_text = role_text or other.role_text
    return replace(
        own,
        roles=tuple(roles),
        words=frozenset(words),
        deeds=frozenset(deeds),
        body=body,
        gender=gender,
        age=age,
        role_text=role_text,
    )


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


def _specific_roles(profile: Profile) -> bool:
    """Whether a person holds a role of its own kind (a governor), not only a place in a body."""
    return any(r in PERSON_ROLES and r not in NEUTRAL_ROLES for r in profile.roles)


_DESCRIPTION_NOISE = frozenset(
    ("the", "a", "an", "its", "his", "her", "their", "country", "national", "state", "said")
)


def _described_name(profile: Profile, country: str) -> str:
    """A described body's distinguishing words and head: "emergency ministry"."""
    place = stem(country) if country else ""
    words = [
        w
        for w in sorted(profile.words - {profile.head})
        if w.isalpha() and w not in _DESCRIPTION_NOISE and not (place and stem(w) == place)
    ]
    return " ".join([*words, profile.head])

"""Bodies a source names or describes: "the ministry", "the company", "Halvenia said".

A described body refers back to the body the story named ("the company"
after "Orsanne Minerals, which operates the mine"), or, in the lead,
forward to the one it names next ("a miners' union said" before "The
Kestrian Federation of Mine Workers"); a state body carries its country
(its own words', the sentence's "In Halvenia,", else the story's); a
person's role belongs to the body it names or its possessive stands for
("Its director"); a minister speaks with his ministry's voice.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from workbench.core.domain import SourceType
from workbench.core.extract import referents
from workbench.core.extract.coref_base import Mention, ResolverBase, merge_profiles
from workbench.core.extract.mentions import ORG, PERSON, Profile
from workbench.core.extract.parties import names_party
from workbench.core.extract.referents import Candidate
from workbench.core.extract.roles import ORG_HEADS
from workbench.core.extract.source_keys import body_key, qualify, stem
from workbench.core.extract.source_types import body_type, type_of
from workbench.core.extract.sources import SourceSpan

LEAD_SENTENCES = 2
"""Sentences of the lead, where a story may describe a body before naming it."""
FORWARD_SENTENCES = 8
COMPANY_HEADS = referents.COMPANY_HEADS - {"group"}
"""Descriptions of a company; "the group" is a civil-society body's here (:data:`NGO_HEADS`)."""
NGO_HEADS = frozenset(("union", "group", "organisation", "organization", "charity"))
STATE_HEADS = frozenset(("agency", "regulator", "authority", "watchdog", "inspectorate"))
"""Descriptions of any state body: "the agency" is whichever one the story named last."""
_STATE_TYPES = frozenset((SourceType.GOVERNMENT, SourceType.MILITARY_SECURITY))


SPOKESPEOPLE = frozenset(("spokesman", "spokeswoman", "spokesperson"))
"""Roles that speak for a body: named alone, for the body whose statement they give."""
OFFICE_BODIES = {"minister": "ministry", "administrator": "administration",
                 "inspector": "inspectorate", "commissioner": "commission"}  # fmt: skip
"""Offices named for the body their holder speaks for."""


class BodyResolution(ResolverBase):
    """The rules for bodies, named and described."""

    def _body_mention(self, profile: Profile, position: int, sent: int) -> Mention | None:
        """The body a person's role belongs to, resolved in the story.

        "commission spokeswoman" after "The World Rights Commission", "Its
        director" after "Civic Watch Maradia", "union chairman" after "The
        Kestrian Federation of Mine Workers".
        """
        registry = self.registry
        doc = self.ctx.doc
        if profile.body:
            # "Health Minister": the health ministry, not the World Health Organization
            office = next((OFFICE_BODIES[r] for r in profile.roles if r in OFFICE_BODIES), "")
            found = registry.body_named(f"{profile.body} {office}".strip())
            if found is None:
                head = profile.body.split()[-1].lower()
                described = Profile(
                    kind=ORG, head=head, words=frozenset(profile.body.lower().split())
                )
                found = registry.antecedent_body(described, position, head in COMPANY_HEADS)
                if found is None and head in NGO_HEADS:
                    found = self._nearest_named_of(SourceType.NGO, position)
            if found is not None:
                span = doc[found.start : found.end]
                mention = self._describe(span, SourceSpan(doc[found.head], found.start, found.end))
                return replace(mention, source=False)
        if profile.possessor in ("its", "their"):
            return self._antecedent("it", position, sent, (0, 0))
        if set(profile.roles) & SPOKESPEOPLE and not profile.body:
            return self._spoken_for(position, sent)
        return None

    def _spoken_for(self, position: int, sent: int) -> Mention | None:
        """The body a spokesperson named alone speaks for: the one whose statement they give,
        named or described just before ("The rail operator, Lenkrail, said ... 'Our data show
        ...,' spokesman Petr Havel told reporters"; "The ministry said ... A spokeswoman,
        Ida Berg, said")."""
        found = self._body_just_before(position, sent)
        if found is None:
            return None
        doc = self.ctx.doc
        span = doc[found.start : found.end]
        profile = self.registry.profile(found)
        if not profile.name:
            body = self._described_body(span, profile) or self._describe(
                span, SourceSpan(doc[found.head], found.start, found.end)
            )
            return replace(body, source=False)
        mention = self._named_body(span, profile)
        of = doc[found.head].head if doc[found.head].dep_ == "appos" else None
        if mention.source_type is SourceType.OTHER and of and of.lower_ in COMPANY_HEADS:
            # "The rail operator, Lenkrail": the description says what the name is
            mention = replace(mention, source_type=SourceType.COMPANY)
        return replace(mention, source=False)

    def _body_just_before(self, position: int, sent: int) -> Candidate | None:
        """The body last named or described before ``position`` in its sentence or the one
        before, if no person was mentioned after it."""
        registry = self.registry
        for candidate in reversed(registry.candidates):
            if candidate.char >= position:
                continue
            if candidate.sent < sent - 1:
                return None
            profile = registry.profile(candidate)
            if profile.kind == ORG and not (profile.name and registry.is_place(profile.name)):
                return candidate
            if profile.kind == PERSON:
                return None
        return None

    def _office_voice(self, profile: Profile) -> str:
        """The holder of an office named for its body speaks with the body's voice: "Interior
        Minister" -> the interior ministry, "District administrator" -> the district
        administration, "the chief inspector" -> the inspectorate (:data:`OFFICE_BODIES`)."""
        before = profile.role_text.lower().split()
        for office, body in OFFICE_BODIES.items():
            if office not in profile.roles:
                continue
            qualifier = (
                [w for w in before[: before.index(office)] if w.isalpha()]
                if office in before
                else []
            )
            return body_key(" ".join([*qualifier, body]), self.registry.country)
        return ""

    def _named_body(self, span: Span, profile: Profile) -> Mention:
        registry = self.registry
        single = profile.name.lower()
        described = profile.head in ORG_HEADS and profile.head != single
        if " " not in single and not described and registry.person_mentions(single):
            # "Korvel insisted": a surname the tagger took for a body; not "The mobile
            # operator Ventra", which the words call a body
            return self._person(span, replace(profile, kind=PERSON))
        said_body = (profile.words - set(single.split())) & ORG_HEADS.keys()
        if registry.is_place(profile.name) and profile.head not in ORG_HEADS and not said_body:
            # "Halvenia said", not "Breathe Dorva, the residents' group, said"
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
        # "the aid agency Northwind Relief": the name, not the description before it
        text = span.text if profile.name in span.text else profile.name
        key_name = profile.name
        merged = profile
        if fullest is not None:
            full_profile = registry.profile(fullest)
            if len(full_profile.name) > len(profile.name):
                text = registry.text(fullest)
                key_name = full_profile.name
            merged = merge_profiles(profile, [full_profile])
        labels = frozenset(t.ent_type_ for t in span if t.ent_type_)
        if "GPE" in labels and not registry.is_place(profile.name):
            labels -= {"GPE"}  # "Northline denied reports that it planned ...": a body
        source_type = self._typed(merged, text, labels)
        whole = span.root.head
        if (
            source_type is SourceType.OTHER
            and span.root.dep_ == "compound"
            and whole.i > span.root.i
        ):
            # "RMTU" of "the RMTU union": what it names is what the noun says it is
            source_type = body_type(f"{span.text} {whole.text}")
        owner = self._owner_type(merged)
        if source_type is SourceType.OTHER and registry.is_company(merged.name):
            source_type = SourceType.COMPANY  # "Ammovar said ..." and later "the company"
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
        profiles = [registry.profile(c) for c in mentions]
        owner = merge_profiles(profiles[0], profiles)
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
                profile, span.start_char, profile.head in COMPANY_HEADS
            )
            if found is None and profile.head in NGO_HEADS:
                found = self._nearest_named_of(SourceType.NGO, span.start_char)
            if found is None and profile.head in STATE_HEADS:
                # "The agency said" after "the State Water Inspectorate said"
                found = self._nearest_named_of(SourceType.GOVERNMENT, span.start_char)
        own = type_of(profile, span.text)
        if found is None and sent <= self._lead_end() and own is not SourceType.OTHER:
            # "a miners' union said" before "the Federation of Mine Workers"; a description
            # of no known kind ("the man's family") waits for no name
            for candidate in registry.named_bodies_after(span.end_char, sent, FORWARD_SENTENCES):
                if registry.body_kind(candidate) is own:
                    found = candidate
                    break
        if sent <= self._lead_end() and (found is None or registry.no_more_than(found, profile)):
            # "police said" in the lead (or a headline's "Police"), "Dunmore police said" next
            found = (
                registry.fuller_body_after(profile, span.end_char, sent, LEAD_SENTENCES) or found
            )
        if found is None:
            return None
        found = registry.named_in_apposition(found)
        other = registry.profile(found)
        if other.name:
            # the body the story named, as its own mention would be resolved
            doc = self.ctx.doc
            named = self._named_body(doc[found.start : found.end], other)
            if named.source_type is SourceType.OTHER:
                named = replace(named, source_type=type_of(profile, span.text))
            return replace(named, start=span.start_char, sent=sent, plural=profile.plural)
        text = registry.text(found)
        source_type = registry.body_kind(found)
        if source_type is SourceType.OTHER:
            source_type = type_of(profile, span.text)
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

    def _country(self, profile: Profile, sent: int) -> str:
        """The country a described body belongs to: its own words', the sentence's, the story's."""
        named = profile.country
        if named and named != "the country" and self.registry.is_place(named):
            return named
        return self.registry.sentence_place(sent) or self.registry.country

    def _described_key(self, profile: Profile, sent: int) -> str:
        """The key of a body described, not named, with its country."""
        country = self._country(profile, sent)
        return body_key(described_name(profile, country), country)

    def _lead_end(self) -> int:
        """The last sentence index of the story's lead (after a headline line, if any)."""
        doc = self.ctx.doc
        first = self.ctx.sent_index[0] if len(doc) else 0
        if len(doc) and "\n" in self.ctx.text[: self.ctx.text.find("\n") + 1]:
            first += 1  # a headline line
        return first + LEAD_SENTENCES - 1


_DESCRIPTION_NOISE = frozenset(
    ("the", "a", "an", "its", "his", "her", "their", "country", "national", "state", "said")
)


def described_name(profile: Profile, country: str) -> str:
    """A described body's distinguishing words and head: "emergency ministry"."""
    place = stem(country) if country else ""
    words = [
        w
        for w in sorted(profile.words - {profile.head})
        if w.isalpha() and w not in _DESCRIPTION_NOISE and not (place and stem(w) == place)
    ]
    return " ".join([*words, profile.head])

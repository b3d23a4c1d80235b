"""Who is who in one article: the people and bodies it mentions, listed once per document.

Every person or body the article mentions is a *candidate*: the head of a
run of proper nouns ("Piet Anholm", "Orsanne Minerals") or a noun naming a
role or a body ("spokeswoman", "ministry", "union"). Candidates are indexed
by surname and by head noun as the document is read once; their profiles
(:mod:`mentions`) are read only when a source needs them. The resolver asks
here for the fullest mention of a person ("Defence Minister Stefan Korvel"
for "Korvel"), the body a definite description refers back to ("the
ministry", "the company"), and the country the article's state bodies
belong to.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace

from workbench.core.countries import is_country
from workbench.core.domain import SourceType
from workbench.core.extract.candidates import ROLES, is_candidate, names_of_bodies, phrase_span
from workbench.core.extract.context import DocContext
from workbench.core.extract.home_places import home_country, places_and_peoples, without_the
from workbench.core.extract.leads import dateline_places, dateline_span
from workbench.core.extract.mentions import (
    ORG,
    PERSON,
    Profile,
    proper,
    read_mention,
    says_it_did,
)
from workbench.core.extract.roles import COMPANY_TRADES, ORG_HEADS
from workbench.core.extract.source_keys import stem
from workbench.core.extract.source_types import type_of

COMPANY_HEADS = (
    frozenset(("company", "firm", "operator", "corporation", "group", "employer")) | COMPANY_TRADES
)
"""Descriptions that refer back to whichever company the story named."""
LOCATIVES = frozenset(("near", "outside", "around", "across", "in", "into", "inside"))
"""Prepositions whose object is where something is: "near Velka" names a town."""
_VAGUE = frozenset(("the", "a", "an", "its", "his", "her", "their", "country's", "country\u2019s"))
_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")


@dataclass(frozen=True, slots=True)
class Candidate:
    """One mention of a person or a body: its head token and its phrase's token range."""

    head: int
    start: int
    end: int
    sent: int
    char: int


class Registry:
    """The candidates of one document, indexed by surname and by head noun."""

    def __init__(self, ctx: DocContext) -> None:
        self.ctx = ctx
        doc = ctx.doc
        self.candidates: list[Candidate] = []
        self.by_word: dict[str, list[Candidate]] = defaultdict(list)
        self._profiles: dict[int, Profile] = {}
        first, last = dateline_span(ctx.text)
        self._bodies_acting: frozenset[str] | None = None
        acting = self._acting_bodies()
        for token in doc:
            # the dateline's place and agency ("(CPA) -") are the wire's, not the story's
            body = is_candidate(token) or (token.lower_ in acting and token.ent_type_ == "GPE")
            if body and not first <= token.idx < last:
                start, end = phrase_span(token)
                while start < token.i and first <= doc[start].idx < last:
                    start += 1  # "DORVA, Keldia (Wire) - Kwame Tetteh": the name alone
                candidate = Candidate(token.i, start, end, ctx.sent_index[token.i], doc[start].idx)
                self.candidates.append(candidate)
                self.by_word[token.lower_].append(candidate)
                if not proper(token):
                    # "Its director, Paulo Strand": the role is found under the surname too
                    holder = self.profile(candidate).name if token.lower_ in ROLES else ""
                    if holder:
                        self.by_word[holder.split()[-1].lower()].append(candidate)
        self._bodies_by_name: frozenset[str] | None = None
        self._country: str | None = None
        self._companies: frozenset[int] | None = None
        self._name_words: dict[str, list[Candidate]] | None = None
        self._places: frozenset[str] | None = None
        self._place_names: frozenset[str] = frozenset()

    def profile(self, candidate: Candidate) -> Profile:
        found = self._profiles.get(candidate.head)
        if found is None:
            doc = self.ctx.doc
            found = self.settle(read_mention(doc[candidate.head], candidate.start, candidate.end))
            self._profiles[candidate.head] = found
        return found

    def settle(self, profile: Profile) -> Profile:
        """A one-word "person" the story only ever uses as a body's name is that body.

        The tagger calls "Velnor" a person; "the Velnor plant" and "the plant's
        operator, Velnor", with no first name or title anywhere, say it is a body.
        """
        if profile.kind != PERSON or " " in profile.name or profile.roles:
            return profile
        if self._bodies_by_name is None:
            self._bodies_by_name = names_of_bodies(self.ctx.doc)
        if profile.name.lower() not in self._bodies_by_name:
            return profile
        return replace(profile, kind=ORG)

    def text(self, candidate: Candidate) -> str:
        doc = self.ctx.doc
        return doc[candidate.start : candidate.end].text

    # People -----------------------------------------------------------------

    def person_mentions(self, surname: str, name: str = "") -> list[Candidate]:
        """Every mention of a person with this surname, in text order.

        With a full ``name``, only mentions that may name the same person:
        "Hannah Pell" is not "Leo Pell", though "Pell" may be either.
        """
        found = []
        for candidate in self.by_word.get(surname, ()):
            profile = self.profile(candidate)
            if profile.kind == PERSON and profile.name and _same_person(name, profile.name):
                found.append(candidate)
        return found

    def fullest_person(self, surname: str, name: str = "") -> Candidate | None:
        """The mention that says most about a person: full name, role, body, age."""
        mentions = self.person_mentions(surname, name)
        if not mentions:
            return None
        return max(mentions, key=lambda c: (weight(self.profile(c)), -c.start))

    # Bodies -----------------------------------------------------------------

    def body_named(self, name: str) -> Candidate | None:
        """The fullest mention of a named body whose name contains or is contained in ``name``."""
        wanted = _name_words(name)
        if not wanted:
            return None
        best: Candidate | None = None
        # by the head word ("Pharma" of "Vantis Pharma"), and by any word of a name that
        # holds all of ``name`` ("Vantis" of "A Vantis spokeswoman")
        for word in wanted:
            for candidate in (*self.by_word.get(word, ()), *self._by_name_word().get(word, ())):
                profile = self.profile(candidate)
                if profile.kind != ORG or not profile.name:
                    continue
                have = _name_words(profile.name)
                if (wanted <= have or have <= wanted) and (
                    best is None or len(have) > len(_name_words(self.profile(best).name))
                ):
                    best = candidate
        return best

    def _by_name_word(self) -> dict[str, list[Candidate]]:
        """Named bodies by every word of their name, made once."""
        if self._name_words is None:
            found: dict[str, list[Candidate]] = defaultdict(list)
            for candidate in self.candidates:
                profile = self.profile(candidate)
                if profile.kind == ORG and profile.name:
                    for word in _name_words(profile.name):
                        found[word].append(candidate)
            self._name_words = found
        return self._name_words

    def antecedent_body(self, profile: Profile, before: int, company: bool) -> Candidate | None:
        """The earlier body a definite description ("the ministry", "the company") refers to.

        The nearest earlier mention with the same head noun whose modifiers
        agree; for "the company" (or firm, operator), the nearest named body
        the story presents as a company, else the nearest named body of no
        other known kind.
        """
        if company:
            named = self._nearest_company(before)
            if named is not None:
                return named
        mods = _modifiers(profile)
        best: Candidate | None = None
        for candidate in self.by_word.get(profile.head, ()):
            if candidate.char >= before:
                break
            other = self.profile(candidate)
            if other.kind != ORG:
                continue
            if mods <= _modifiers(other):
                best = (
                    candidate  # "the ministry" after "the emergency ministry", not the foreign one
                )
        return None if best is None else self._fullest_like(best, before)

    def _fullest_like(self, candidate: Candidate, before: int) -> Candidate:
        """Among earlier mentions with the same head and agreeing modifiers, the fullest."""
        profile = self.profile(candidate)
        mods = _modifiers(profile)
        best, most = candidate, weight(profile) + len(mods)
        for other in self.by_word.get(profile.head, ()):
            if other.char >= before:
                break
            theirs = self.profile(other)
            if theirs.kind == ORG and mods <= _modifiers(theirs):
                w = weight(theirs) + len(_modifiers(theirs))
                if w > most:
                    best, most = other, w
        return best

    def _nearest_company(self, before: int) -> Candidate | None:
        """The nearest earlier body whose own words make it a company ("Vantis Pharma"),
        else the nearest the story calls one, else the nearest of no other kind: a name
        in between ("its drug Cardiol") is no rival of a company named as one."""
        called: list[Candidate] = []
        fallback: list[Candidate] = []
        for candidate in reversed(self.candidates):
            if candidate.char >= before:
                continue
            profile = self.profile(candidate)
            if profile.kind != ORG or not profile.name or self._outlet(candidate):
                continue
            if type_of(profile, self.text(candidate)) is SourceType.COMPANY:
                return candidate
            kind = self.body_kind(candidate)
            if kind is SourceType.COMPANY:
                called.append(candidate)
            elif kind is SourceType.OTHER and not self._located(candidate):
                fallback.append(candidate)
        return self._first_named(called) or self._first_named(fallback)

    def _outlet(self, candidate: Candidate) -> bool:
        """Whether a name is the outlet the article is of ("told Nordic Consumer"): the
        reporter, not a body the story tells of. A company's own press release has the
        company for its outlet ("Norvik Motors"), and there "the company" is the company."""
        outlet = self.ctx.outlet.lower()
        profile = self.profile(candidate)
        return (
            bool(outlet)
            and outlet in (self.text(candidate).lower(), profile.name.lower())
            and type_of(profile, self.text(candidate)) is not SourceType.COMPANY
        )

    def _located(self, candidate: Candidate) -> bool:
        """Whether a name is where something happened ("the derailment near Velka"), a place
        the tagger took for a body."""
        head = self.ctx.doc[candidate.head]
        return head.dep_ == "pobj" and head.head.lower_ in LOCATIVES

    def _modifier(self, candidate: Candidate) -> bool:
        """Whether a name only modifies another noun ("Orvik airport", "Orvik police"): the
        airport is the thing named, not a body called Orvik."""
        head = self.ctx.doc[candidate.head]
        return head.dep_ == "compound" and head.head.i >= candidate.end

    def body_kind(self, candidate: Candidate) -> SourceType:
        found = type_of(self.profile(candidate), self.text(candidate))
        if found is SourceType.OTHER and self.called_company(candidate):
            return SourceType.COMPANY
        return found

    def called_company(self, candidate: Candidate) -> bool:
        """Whether the story calls this named body "the company" (or firm, operator) later.

        "In a statement, Ammovar said ..." and, further on, "... than the
        company reported": the nearest named body of no other kind before a
        "the company" is the company, wherever that phrase stands.
        """
        if self._companies is None:
            found: set[int] = set()
            for word in COMPANY_HEADS:
                for mention in self.by_word.get(word, ()):
                    if self.profile(mention).determiner != "the":
                        continue
                    if self.profile(mention).name:  # "the train operator Northline": itself
                        found.add(mention.head)
                        continue
                    named = self._nearest_named(mention.char)
                    if named is not None:
                        found.add(named.head)
            # a name the story gives once with its trade ("Carmaker Veloran") is the
            # company's wherever it stands alone ("Veloran said")
            found.update(
                c.head
                for c in self.candidates
                if self.profile(c).name
                and type_of(self.profile(c), self.text(c)) is SourceType.COMPANY
            )
            self._companies = frozenset(found)
        return self.profile(candidate).name in self._company_names(self._companies)

    def _company_names(self, heads: frozenset[int]) -> frozenset[str]:
        return frozenset(self._profiles[h].name for h in heads if h in self._profiles)

    def is_company(self, name: str) -> bool:
        """Whether the story calls the body of this name "the company" (:meth:`called_company`)."""
        for candidate in self.by_word.get(name.split()[-1].lower(), ()):
            if self.profile(candidate).name == name:
                return self.called_company(candidate)
        return False

    def _nearest_named(self, before: int) -> Candidate | None:
        """The nearest earlier named body of no other kind than a company's (see
        :meth:`_first_named`)."""
        found: list[Candidate] = []
        for candidate in reversed(self.candidates):
            if candidate.char >= before:
                continue
            profile = self.profile(candidate)
            if profile.kind == ORG and profile.name and not self._located(candidate):
                kind = type_of(profile, self.text(candidate))
                if kind in (SourceType.OTHER, SourceType.COMPANY):
                    found.append(candidate)  # bodies of another kind (a hospital) are passed
        return self._first_named(found)

    def _first_named(self, found: list[Candidate]) -> Candidate | None:
        """The first that names a body; a name only modifying a noun ("Orvik airport") when
        there is no other ("the Nitrovar fertiliser plant")."""
        return next((c for c in found if not self._modifier(c)), found[0] if found else None)

    def fuller_body_after(
        self, profile: Profile, after: int, sent: int, sentences: int
    ) -> Candidate | None:
        """A later mention of a described body that says more of it, within ``sentences``.

        "police said" in a lead, then "Dunmore police said": the same head
        noun with the same modifiers and more.
        """
        mods = _modifiers(profile)
        for candidate in self.by_word.get(profile.head, ()):
            if candidate.char <= after or candidate.sent > sent + sentences:
                continue
            other = self.profile(candidate)
            if other.kind == ORG and mods < _modifiers(other):
                return candidate
        return None

    def no_more_than(self, candidate: Candidate, profile: Profile) -> bool:
        """Whether a body's mention says no more than ``profile``: no name, no other modifier."""
        other = self.profile(candidate)
        return not other.name and _modifiers(other) <= _modifiers(profile)

    def named_in_apposition(self, candidate: Candidate) -> Candidate:
        """The named body a description stands in apposition to, else the candidate itself.

        "Dunmore Live, the local station that first broadcast the clip": a
        later "the station" is Dunmore Live.
        """
        token = self.ctx.doc[candidate.head]
        if token.dep_ != "appos" or self.profile(candidate).name:
            return candidate
        for other in self.by_word.get(token.head.lower_, ()):
            if other.head == token.head.i:
                named = self.profile(other)
                return other if named.kind == ORG and named.name else candidate
        return candidate

    def named_bodies_after(self, after: int, sent: int, sentences: int) -> list[Candidate]:
        """Named bodies mentioned after char ``after`` up to ``sentences`` sentences on."""
        found = []
        for candidate in self.candidates:
            if candidate.char <= after or candidate.sent > sent + sentences:
                continue
            profile = self.profile(candidate)
            if profile.kind == ORG and profile.name:
                found.append(candidate)
        return found

    # Places -----------------------------------------------------------------

    def is_place(self, name: str) -> bool:
        """Whether a name is one of the story's places (a country speaking for its state)."""
        if self._places is None:
            doc = self.ctx.doc
            places = places_and_peoples(doc, self.ctx.ents)
            stems = {stem(e[-1].text) for e in places}
            place, region = dateline_places(doc.text)
            stems.update(stem(p) for p in (place, region) if p)
            self._places = frozenset(stems)
            self._place_names = frozenset(without_the(e.text) for e in places if e.label_ == "GPE")
        words = name.split()
        if len(words) == 1:
            word = words[0].strip(".,")
            return stem(word) in self._places and word.lower() not in self._acting_bodies()
        return without_the(name) in self._place_names

    def _acting_bodies(self) -> frozenset[str]:
        """One-word names the tagger took for places that the story shows to be bodies: one
        that says "it" did something ("Northline denied reports that it planned ..."), or one
        called a body ("the train operator Northline"). A country stays a place."""
        if self._bodies_acting is None:
            found = set()
            for ent in self.ctx.ents:
                if ent.label_ != "GPE" or len(ent) != 1:
                    continue
                token = ent[0]
                described = (
                    token.dep_ in ("appos", "compound") and token.head.lower_ in ORG_HEADS
                ) or any(
                    c.dep_ in ("appos", "compound") and c.lower_ in ORG_HEADS
                    for c in token.children
                )
                if (described or says_it_did(token)) and not is_country(token.text):
                    found.add(token.lower_)
            self._bodies_acting = frozenset(found)
        return self._bodies_acting

    def sentence_place(self, sent: int) -> str:
        """The place a sentence opens on: "In Halvenia, the interior ministry said"."""
        doc = self.ctx.doc
        start = self.ctx.sent_first.get(sent)
        if start is None or start + 2 >= len(doc) or doc[start].lower_ != "in":
            return ""
        k = start + 1
        while k < len(doc) and proper(doc[k]):
            k += 1
        if k == start + 1 or k >= len(doc) or doc[k].text != ",":
            return ""
        name = doc[start + 1 : k].text
        return name if self.is_place(name) else ""

    @property
    def country(self) -> str:
        """The country the article is about: its most mentioned place name or people."""
        if self._country is None:
            self._country = home_country(self.ctx.doc, self.ctx.ents)
        return self._country


def weight(profile: Profile) -> int:
    """How much a mention says about whom it names."""
    return (
        2 * len(profile.name.split())
        + 2 * bool(profile.roles)
        + bool(profile.body)
        + bool(profile.age)
        + bool(profile.country)
    )


def _same_person(name: str, other: str) -> bool:
    """Whether two names may be one person's: one holds the other's words."""
    mine, theirs = set(name.lower().split()), set(other.lower().split())
    return len(mine) < 2 or len(theirs) < 2 or mine <= theirs or theirs <= mine


def _modifiers(profile: Profile) -> frozenset[str]:
    """The words that tell one body of a kind from another: "emergency" ministry."""
    return frozenset(
        w for w in profile.words if w not in _VAGUE and w != profile.head and w.isalpha()
    ) - {"national", "state", "country", "said", "says"}


def _name_words(name: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _WORD.findall(name) if w.lower() not in _VAGUE)

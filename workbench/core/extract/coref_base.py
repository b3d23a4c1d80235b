"""What the resolver's parts share: the resolved mention, the vocabulary, the state they read.

:class:`ResolverBase` holds the document's context, its candidates and the
speakers resolved so far; the body rules (:mod:`coref_bodies`), the pronoun
rules (:mod:`coref_pronouns`) and the resolver (:mod:`coref`) build on it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Span

from workbench.core.domain import SourceType
from workbench.core.extract.context import DocContext
from workbench.core.extract.mentions import Profile
from workbench.core.extract.referents import Registry
from workbench.core.extract.roles import NEUTRAL_ROLES, PERSON_ROLES
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


class ResolverBase:
    """The state every resolution rule reads; the rules call each other through it."""

    def __init__(self, ctx: DocContext) -> None:
        self.ctx = ctx
        self.registry = Registry(ctx)
        self.sources: list[Mention] = []
        """The speakers resolved so far, in text order."""
        self.full_names: dict[str, Mention] = {}
        """By surname, the fullest mention of each person met so far."""
        self.ruling: frozenset[str] = frozenset()

    def _describe(self, span: Span, source: SourceSpan) -> Mention:
        raise NotImplementedError

    def _person(self, span: Span, profile: Profile) -> Mention:
        raise NotImplementedError

    def _typed(
        self, profile: Profile, text: str, labels: frozenset[str] = frozenset()
    ) -> SourceType:
        raise NotImplementedError

    def _antecedent(
        self, pronoun: str, pos: int, sent: int, exclude: tuple[int, int]
    ) -> Mention | None:
        raise NotImplementedError


def merge_profiles(own: Profile, others: list[Profile]) -> Profile:
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


def specific_roles(profile: Profile) -> bool:
    """Whether a person holds a role of its own kind (a governor), not only a place in a body."""
    return any(r in PERSON_ROLES and r not in NEUTRAL_ROLES for r in profile.roles)

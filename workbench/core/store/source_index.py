"""Which source entity a claim joins: its referent key matched against the case's sources.

Extraction gives each claim a key for whom its source refers to (see
:mod:`workbench.core.extract.source_keys`). Here the case decides which
entity that is: the same key is the same source; a surname alone ("Rellik")
is the one person of the case with that surname ("Tomas Rellik") when there
is exactly one; a body's shorter name ("Orsanne") or a less specific
description of a state body ("the ministry" of Kestria) is the one body it
fits, when only one fits. An anonymous source ("a diplomat", "residents")
belongs to its article alone and is never joined across articles. Claims
with no key (imported, or stored before keys existed) get one from their
resolved source.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from workbench.core.extract.roles import NEUTRAL_ROLES, ORG_HEADS, PERSON_ROLES
from workbench.core.extract.source_keys import (
    ANON_KEY,
    BODY_KEY,
    PERSON_KEY,
    VOICE_KEY,
)


@dataclass(frozen=True, slots=True)
class KnownSource:
    """A source of the case as the index needs it."""

    id: int
    key: str
    article_id: int | None = None
    """The one article an anonymous source belongs to; None for the others."""
    name: str = ""
    """As written: "MSF" is an acronym, "the who" is not."""


PEOPLE_OF_BODIES = frozenset(PERSON_ROLES) | NEUTRAL_ROLES
"""Words that end a person's key, not a body's ("vantis spokeswoman")."""


def scoped(key: str) -> bool:
    """Whether sources with this key belong to one article (anonymous ones)."""
    return key.startswith(ANON_KEY)


class SourceIndex:
    """The case's sources by key, surname and body words, for joining new claims."""

    def __init__(self, known: list[KnownSource] | None = None) -> None:
        self._exact: dict[tuple[str, int | None], int] = {}
        self._persons: dict[str, list[KnownSource]] = defaultdict(list)
        self._bodies: dict[str, list[KnownSource]] = defaultdict(list)
        self._placed: dict[str, list[KnownSource]] = defaultdict(list)  # by name, any country
        self._by_initials: dict[str, list[KnownSource]] = defaultdict(list)
        self._one_word: dict[str, list[KnownSource]] = defaultdict(list)
        for source in known or ():
            self.add(source)

    def add(self, source: KnownSource) -> None:
        scope = source.article_id if scoped(source.key) else None
        self._exact.setdefault((source.key, scope), source.id)
        if source.key.startswith(PERSON_KEY):
            words = _words(source.key, PERSON_KEY)
            if words:
                self._persons[words[-1]].append(source)
        elif source.key.startswith(BODY_KEY):
            country, words = _body(source.key)
            for word in {words[0], words[-1]} if words else ():
                self._bodies[f"{country}:{word}"].append(source)
            if country and words:
                self._placed[" ".join(words)].append(source)
            if len(words) > 1:
                self._by_initials[initials(words)].append(source)
            elif acronym_of(source.key, source.name):
                self._one_word[words[0]].append(source)

    def find(self, key: str, article_id: int | None, name: str = "") -> int | None:
        """The source a claim with ``key`` (in ``article_id``, its source written ``name``)
        belongs to, or None for a new one."""
        scope = article_id if scoped(key) else None
        found = self._exact.get((key, scope))
        if found is not None or scoped(key) or key.startswith(VOICE_KEY):
            return found
        if key.startswith(PERSON_KEY):
            return self._person(key)
        if key.startswith(BODY_KEY):
            return self._body(key, name)
        return None

    def _person(self, key: str) -> int | None:
        words = _words(key, PERSON_KEY)
        if not words:
            return None
        mine = set(words)
        fits = {
            s.id
            for s in self._persons.get(words[-1], ())
            if _compatible(mine, set(_words(s.key, PERSON_KEY)))
        }
        return fits.pop() if len(fits) == 1 else None

    def _body(self, key: str, name: str) -> int | None:
        """The one body a body key fits; a described state body may fit a named one.

        "the board" of Sarrenia (``body:sarre:board``) is "the Independent
        Electoral Board" when that is the case's only named body ending in
        "board"; with two, it is neither. A body no country was read for is
        the one body of that name another article placed in a country. An
        acronym is the one body whose name's initials it spells.
        """
        country, words = _body(key)
        if not words:
            return None
        mine = set(words)
        fits = set()
        # a short name is a longer one's start ("orsanne" of "orsanne minerals"); a bare
        # description is not ("police" is not "police conduct authority")
        by_start = words[-1] not in ORG_HEADS
        for word in {words[0], words[-1]}:
            for source in self._bodies.get(f"{country}:{word}", ()):
                _, theirs = _body(source.key)
                # ... of a body, not of a person of it ("vantis" of "vantis spokeswoman")
                starts = by_start and theirs[0] == words[0] and theirs[-1] not in PEOPLE_OF_BODIES
                same_end = starts or theirs[-1] == words[-1]
                if same_end and (mine <= set(theirs) or set(theirs) <= mine):
                    fits.add(source.id)
        if not fits and country:
            for source in self._bodies.get(f":{words[-1]}", ()):
                _, theirs = _body(source.key)
                if theirs[-1] == words[-1] and mine <= set(theirs):
                    fits.add(source.id)
        if not fits and not country:
            # "the provincial health department" where another article placed it in Drevna
            fits = {source.id for source in self._placed.get(" ".join(words), ())}
        if not fits:
            # "MSF" and "Medecins Sans Frontieres", "WHO" and "the World Health Organization"
            others = (
                self._by_initials.get(acronym_of(key, name), ()) if len(words) == 1
                else self._one_word.get(initials(words), ())
            )  # fmt: skip
            fits = {s.id for s in others if _body(s.key)[0] in {country, ""} or not country}
        return fits.pop() if len(fits) == 1 else None


def key_ends(key: str) -> tuple[str, str]:
    """The first and last words under which a key is looked up ("" for anonymous ones).

    A person is found by surname, a body by the first or last word of its
    name; the store keeps both beside each source so that joining the claims
    of one article reads only the sources they may join.
    """
    if key.startswith(PERSON_KEY):
        words = _words(key, PERSON_KEY)
    elif key.startswith(BODY_KEY):
        words = _body(key)[1]
    else:
        return "", ""
    return (words[0], words[-1]) if words else ("", "")


def initials(words: list[str]) -> str:
    """The initials of a body's name words ("medecins sans frontieres": "msf"); the key
    has dropped "the", "of", "for" and "and", as acronyms do ("World Health Organization")."""
    return "".join(word[0] for word in words)


def body_initials(key: str) -> str:
    """The initials of a body key of two words or more, under which its acronym is found."""
    words = _body(key)[1] if key.startswith(BODY_KEY) else []
    return initials(words) if len(words) > 1 else ""


def acronym_of(key: str, resolved: str) -> str:
    """The acronym a body's one-word key is when its name writes it in capitals ("MSF"),
    else ""."""
    if not key.startswith(BODY_KEY):
        return ""
    words = _body(key)[1]
    if len(words) != 1 or not 2 <= len(words[0]) <= 6:
        return ""
    written = {w.strip(".,'’()") for w in resolved.split()}
    return words[0] if words[0].upper() in written else ""


def _words(key: str, prefix: str) -> list[str]:
    return key[len(prefix) :].split()


def _body(key: str) -> tuple[str, list[str]]:
    """A body key's country stem ("" when none) and its words."""
    rest = key[len(BODY_KEY) :]
    country, _, words = rest.rpartition(":")
    return country, words.split()


def _compatible(mine: set[str], theirs: set[str]) -> bool:
    """Two names of one person: one's words contain the other's ("rellik", "tomas rellik")."""
    return mine <= theirs or theirs <= mine


def fuller(key: str, than: str) -> bool:
    """Whether ``key`` names its referent more fully than ``than`` (more words)."""
    return len(key.split()) > len(than.split())

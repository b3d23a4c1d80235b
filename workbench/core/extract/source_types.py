"""Typing sources: what kind of speaker a mention is, from lexicons and entities.

A fact-checker weighs a ministry's figure differently from a rights group's or
a witness's, and the matcher counts sources as independent by type. Words are
checked in a fixed order, most specific first: "UN envoy" is the UN before it
is a diplomat, "security sources" are security before they are sources.
Acronyms are matched as written ("WHO", not "who").
"""

from __future__ import annotations

import re

from workbench.core.domain import SourceType

_WORD = re.compile(r"[A-Za-z][A-Za-z.'&-]*")


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _phrases(text: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in text.split(",") if p.strip())


_Entry = tuple[SourceType, frozenset[str], frozenset[str], tuple[str, ...]]
"""A type, its lower-case words, its acronyms (case-sensitive) and its phrases."""

_LEXICON: tuple[_Entry, ...] = (
    (
        SourceType.INTERNATIONAL_ORG,
        _words("unicef unhcr unesco interpol"),
        _words("UN U.N. NATO IMF WHO OCHA UNRWA WFP IAEA OPCW ICRC OSCE ASEAN EU"),
        _phrases(
            "united nations, security council, world bank, red cross, red crescent, "
            "european union, african union, arab league, european commission, "
            "world health organization, international monetary fund, human rights council, "
            "international criminal court, international atomic energy"
        ),
    ),
    (
        SourceType.MEDIA,
        _words(
            "newspaper newspapers reuters afp tv television radio journalist journalists "
            "reporter reporters correspondent correspondents magazine broadcaster tabloid "
            "editorial columnist anchor outlet blog xinhua al-jazeera jazeera politico axios "
            "breitbart"
        ),
        _words("AP CNN BBC MSNBC NBC ABC CBS NPR SANA"),
        _phrases(
            "news agency, state media, state television, state tv, the post, the times, "
            "the journal, the guardian, the telegraph, associated press, washington post, "
            "new york times, wall street journal, news network, fox news"
        ),
    ),
    (
        SourceType.MILITARY_SECURITY,
        _words(
            "army military police policeman policemen soldier soldiers troops security general "
            "colonel commander commanders pentagon intelligence forces navy marines officer "
            "officers militia brigade battalion sergeant lieutenant major-general guards "
            "gendarmerie"
        ),
        _words("FBI CIA NSA IDF"),
        _phrases("armed forces, defense ministry, defence ministry, secret service"),
    ),
    (
        SourceType.DIPLOMAT,
        _words("diplomat diplomats ambassador ambassadors envoy envoys embassy consul"),
        frozenset(),
        _phrases("diplomatic sources"),
    ),
    (
        SourceType.GOVERNMENT,
        _words(
            "minister ministers ministry government president premier official officials "
            "authorities administration cabinet kremlin mayor governor secretary chancellor "
            "king queen regime presidency prosecutor prosecutors judge court"
        ),
        frozenset(),
        _phrases("white house, prime minister, foreign office, state department, downing street"),
    ),
    (
        SourceType.POLITICIAN,
        _words(
            "politician politicians senator senators sen. sen rep. congressman congresswoman "
            "lawmaker lawmakers legislator legislators parliamentarian parliamentarians "
            "candidate candidates party democrat democrats republican republicans nominee "
            "campaign speaker democratic parliamentary"
        ),
        _words("MP MPs GOP"),
        _phrases("member of parliament, members of parliament, member of congress"),
    ),
    (
        SourceType.NGO,
        _words(
            "ngo ngos charity charities amnesty oxfam watchdog observatory campaigners "
            "advocates foundation group groups organisation organization"
        ),
        _words("NGO NGOs MSF"),
        _phrases(
            "rights group, human rights, rights watch, doctors without borders, aid group, "
            "save the children"
        ),
    ),
    (
        SourceType.OPPOSITION,
        _words(
            "opposition rebel rebels insurgents insurgent dissident dissidents activist "
            "activists protesters protester militants militant opponents"
        ),
        frozenset(),
        (),
    ),
    (
        SourceType.WITNESS,
        _words(
            "witness witnesses eyewitness eyewitnesses resident residents survivor survivors "
            "locals villager villagers bystander bystanders passenger passengers neighbour "
            "neighbours neighbor neighbors refugee refugees"
        ),
        frozenset(),
        (),
    ),
    (
        SourceType.EXPERT,
        _words(
            "analyst analysts expert experts professor researcher researchers economist "
            "economists scientist scientists study studies poll polls survey scholar scholars "
            "historian academic institute university doctor doctors think-tank"
        ),
        frozenset(),
        _phrases("think tank"),
    ),
    (
        SourceType.COMPANY,
        _words(
            "company companies firm firms corp corp. inc inc. ltd ltd. plc llc bank ceo "
            "executive executives airline manufacturer retailer"
        ),
        _words("CEO"),
        (),
    ),
    (
        # Roles that speak for whoever employs them; alone, they are the state's.
        SourceType.GOVERNMENT,
        _words("spokesman spokeswoman spokesperson department agency"),
        frozenset(),
        (),
    ),
)


def classify(text: str, entity_labels: frozenset[str] = frozenset()) -> SourceType:
    """The type of a source mention from its words, else from its entity labels.

    ``entity_labels`` are the spaCy labels inside the mention; a bare country
    or city (GPE) speaks for its government.
    """
    raw = set(_WORD.findall(text))
    words = {w.lower() for w in raw}
    padded = f" {' '.join(text.lower().split())} "
    for source_type, singles, acronyms, phrases in _LEXICON:
        if words & singles or raw & acronyms or any(f" {p} " in padded for p in phrases):
            return source_type
    if "GPE" in entity_labels:
        return SourceType.GOVERNMENT
    return SourceType.OTHER

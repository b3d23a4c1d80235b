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
from workbench.core.extract.mentions import Profile
from workbench.core.extract.roles import (
    AGENT_BODIES,
    ARMED_WORDS,
    CIVIL_WORDS,
    COMPANY_DEEDS,
    CORPORATE_TITLES,
    DEEDS_OF_WITNESSES,
    EMERGENCY_WORDS,
    GLOBAL_WORDS,
    MEMBER_STATES,
    NEUTRAL_ROLES,
    OBSERVERS,
    OPPOSITION_WORDS,
    ORG_HEADS,
    PERSON_ROLES,
    SECURITY_BODIES,
    STATE_WORDS,
)
from workbench.core.extract.source_keys import POSSESSIVE

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
        _phrases(
            "white house, prime minister, foreign office, state department, downing street, "
            "central bank, reserve bank, federal reserve"
        ),
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
            "save the children, medecins sans frontieres, médecins sans frontières, "
            "greenpeace, caritas, refugee council, rescue committee, transparency international"
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


_NAMES = tuple(
    (source_type, re.compile(rf"\b{re.escape(phrase)}\b", re.IGNORECASE))
    for source_type, _, _, phrases in _LEXICON
    for phrase in phrases
)


def named_type(text: str) -> SourceType | None:
    """The type of a body the mention names in capitals ("Doctors Without Borders", "the
    Norwegian Refugee Council"): a name says what it is before any of its words ("doctors"
    who were there are witnesses; Doctors Without Borders is not)."""
    for source_type, pattern in _NAMES:
        found = pattern.search(text)
        if found and all(w[0].isupper() for w in found.group().split() if len(w) > 3):
            return source_type
    return None


_KNOWN_FIRST = frozenset((SourceType.INTERNATIONAL_ORG, SourceType.MEDIA))
"""Types the lexicon's names decide before structure: "UN envoy", "a news agency"."""


def type_of(profile: Profile, text: str, entity_labels: frozenset[str] = frozenset()) -> SourceType:
    """The type of a mention read from its structure, else from its words.

    A role inside a body outside the state speaks for that body (a union
    chairman is the union's, a company spokesman the company's); a role of the
    state keeps its own type (a governor is the government's); a private
    person who was there (an age, "who escaped ...", a truck driver) is a
    witness.
    """
    known = classify(text)
    if known in _KNOWN_FIRST or known is named_type(text):
        return known
    words = profile.words
    if words & OPPOSITION_WORDS:
        return SourceType.OPPOSITION
    if profile.kind != "person" and words & ARMED_WORDS:
        return SourceType.OTHER  # an armed group: neither civil society nor a state's
    if (
        profile.kind == "org"
        and "GPE" in entity_labels
        and not profile.words & ORG_HEADS.keys()  # "Breathe Dorva, the residents' group"
    ):
        return SourceType.GOVERNMENT  # a country speaks through its government
    org = profile.kind == "org"
    if org and profile.head in AGENT_BODIES and profile.body:
        return body_type(profile.body)  # the Concord's monitoring mission is the Concord's
    if org and profile.deeds & COMPANY_DEEDS and not profile.deeds & {"who"}:
        kind = body_type(text, profile.head, words)
        return SourceType.COMPANY if kind is SourceType.OTHER else kind
    found = body_type(text, profile.head, words) if org else _person_type(profile)
    if found is SourceType.OTHER and not org and profile.body and profile.roles:
        return found  # "spokesman for IG Metall Nord": the body's, of no kind known
    if found is SourceType.OTHER and not org:
        # a person's lower-case words and acronyms only: "Orlek General Hospital" is a name
        known = classify(" ".join(w for w in text.split() if w.islower() or w.isupper()))
    if found is SourceType.OTHER:
        found = known
    if found is SourceType.OTHER and "GPE" in entity_labels and profile.kind == "org":
        return SourceType.GOVERNMENT
    if org and profile.nations > 1 and found in (SourceType.GOVERNMENT, SourceType.OTHER):
        return SourceType.INTERNATIONAL_ORG  # a commission "for Keldia and Dorvia"
    return found


def _lower_words(text: str) -> list[str]:
    """A name's words in lower case, without possessive endings ("the hospital's": hospital)."""
    return [POSSESSIVE.sub("", w.lower()) for w in _WORD.findall(text)]


def body_type(text: str, head: str = "", words: frozenset[str] | None = None) -> SourceType:
    """The type of a body from its name or description: its head noun and modifiers."""
    lowered = _lower_words(text)
    all_words = frozenset(lowered) | (words or frozenset())
    if not lowered and not head:
        return SourceType.OTHER
    known = classify(text)
    if known in _KNOWN_FIRST:
        return known
    if all_words & OPPOSITION_WORDS:
        return SourceType.OPPOSITION
    head = head or _org_head(lowered)
    if head == "bank" and known is SourceType.GOVERNMENT:
        return known  # "the central bank", "the Reserve Bank": the state's, not a company
    if all_words & SECURITY_BODIES and ({"ministry", "minister"} & all_words):
        return SourceType.MILITARY_SECURITY
    own_name = _ONE_COUNTRY.sub("", text)  # "the United States Geological Survey" is one state's
    if any(w.lower() in MEMBER_STATES for w in _WORD.findall(own_name) if w[:1].isupper()):
        return SourceType.INTERNATIONAL_ORG  # "the Concord of Northern States", "... Nations"
    if head in AGENT_BODIES:
        lowered = [w for w in lowered if w != head]
        head = ""
    kind = ORG_HEADS.get(head)
    owner = next((w for w in lowered if w in ORG_HEADS and w not in UNITS), None)
    if head in UNITS and owner is not None:
        kind = ORG_HEADS[owner]  # "the hospital's emergency department" is the hospital's
    if kind is None:
        kind = next(
            (ORG_HEADS[w] for w in reversed(lowered) if w in ORG_HEADS and w not in AGENT_BODIES),
            None,
        )
    if kind in (None, SourceType.MILITARY_SECURITY) and all_words & EMERGENCY_WORDS:
        return SourceType.GOVERNMENT  # the fire brigade, "Fire chief Marta Lenz"
    if kind is None:
        return known
    if all_words & GLOBAL_WORDS and kind not in _NOT_STATES:
        return SourceType.INTERNATIONAL_ORG  # an international charity is civil society
    if kind is SourceType.NGO and all_words & ARMED_WORDS:
        return SourceType.OTHER  # "an armed group"
    if kind is SourceType.GOVERNMENT and all_words & CIVIL_WORDS and not all_words & STATE_WORDS:
        return SourceType.NGO  # an aid agency, not the State Environmental Inspectorate
    if kind is SourceType.NGO and all_words & STATE_WORDS and head in _STATE_PANELS:
        return SourceType.GOVERNMENT
    return kind


UNITS = frozenset(("department", "service", "services", "office", "unit", "division", "desk"))
"""Heads of a unit of a body, which is of its body's kind: "the hospital's emergency
department", "the company's press office", "the police department"."""
NEWS_WORDS = frozenset(w for w, kind in ORG_HEADS.items() if kind is SourceType.MEDIA) | frozenset(
    _words("press news post review weekly monitor media broadcasting report")
)
"""Words of a news outlet's name ("Harbor Post", "Press Association", "Health News Service")."""


def outlet_type(outlet: str) -> SourceType:
    """What an article's outlet is: a news outlet, unless its name is a body's ("Regional
    Health Authority" for its own statement, "Norvik Motors" for its press release), whose
    statements in its own voice are that body's."""
    words = set(_lower_words(outlet))
    if not words or words & NEWS_WORDS:
        return SourceType.MEDIA
    kind = body_type(outlet)
    return SourceType.MEDIA if kind in (SourceType.OTHER, SourceType.WITNESS) else kind


_NOT_STATES = frozenset((SourceType.COMPANY, SourceType.MEDIA, SourceType.NGO))
"""Kinds of body that stay what they are when global: a multinational, an international
charity or rights group. Only a body of states is an international organisation."""
_ONE_COUNTRY = re.compile(r"\bUnited (?:States|Arab Emirates)\b")
_STATE_PANELS = frozenset(("committee", "council", "commission", "board"))


def _org_head(lowered: list[str]) -> str:
    """The head noun of a body's name: the last word before "of" ("Federation of ...")."""
    if "of" in lowered:
        lowered = lowered[: lowered.index("of")]
    return lowered[-1] if lowered else ""


def _person_type(profile: Profile) -> SourceType:
    found = _role_type(profile)
    return FORMER_TYPES.get(found, found) if _former(profile.role_text.lower()) else found


def _role_type(profile: Profile) -> SourceType:
    words = profile.words
    role_text = f" {profile.role_text.lower()} "
    if any(f" {t} " in role_text for t in CORPORATE_TITLES) or words & {"ceo", "cfo", "coo"}:
        return SourceType.COMPANY
    body = body_type(profile.body) if profile.body else SourceType.OTHER
    specific = [r for r in profile.roles if r in PERSON_ROLES and r not in NEUTRAL_ROLES]
    if not specific and any(r.endswith(("ologist", "ologists")) for r in profile.roles):
        return SourceType.EXPERT  # a toxicologist, a pathologist
    neutral = [r for r in profile.roles if r in NEUTRAL_ROLES or r in OBSERVERS]
    if specific:
        role = PERSON_ROLES[specific[-1]]
        if role is SourceType.GOVERNMENT and words & SECURITY_BODIES:
            return SourceType.MILITARY_SECURITY  # a defence minister
        if role is SourceType.GOVERNMENT and body is SourceType.MILITARY_SECURITY:
            return body  # a police inspector is the police's
        if body in BODY_WINS and not role_keeps_type(role, body):
            return body
        return role
    if neutral:
        if body is not SourceType.OTHER or profile.body:
            return body  # "spokesman for IG Metall Nord": that body's, whatever it is
        if neutral[-1] in PERSON_ROLES:
            return PERSON_ROLES[neutral[-1]]  # a president, an official, with no body named
        if neutral[-1] in ("spokesman", "spokeswoman", "spokesperson"):
            return SourceType.GOVERNMENT  # alone, they are the state's
        return SourceType.OTHER
    if profile.kind == "person" and (profile.age or profile.deeds & DEEDS_OF_WITNESSES):
        return SourceType.WITNESS
    if profile.body:
        return body
    return SourceType.OTHER


FORMER_TYPES = {
    SourceType.GOVERNMENT: SourceType.POLITICIAN,
    SourceType.MILITARY_SECURITY: SourceType.EXPERT,
    SourceType.DIPLOMAT: SourceType.EXPERT,
}
"""A former office holder no longer speaks for the state: a former mayor or minister is a
politician; a retired general or a former ambassador, an expert who knows the trade."""


def _former(role_text: str) -> bool:
    """Whether a role as written is one held before ("Former mayor", "ex-minister")."""
    return bool(re.search(r"\b(?:former|retired|ex-)", role_text))


BODY_WINS = frozenset(
    (
        SourceType.INTERNATIONAL_ORG,
        SourceType.MEDIA,
        SourceType.COMPANY,
        SourceType.NGO,
        SourceType.OPPOSITION,
    )
)
"""Bodies whose people speak for them whatever their role: a UN envoy is the UN's."""


def role_keeps_type(role: SourceType, body: SourceType) -> bool:
    """Whether a person's role says more than the body they are of.

    A witness or an expert speaks for themselves wherever they work; a
    lawmaker's alliance or movement is a party, not civil society ("a lawmaker
    from the governing Progressive Alliance").
    """
    if role in (SourceType.WITNESS, SourceType.EXPERT):
        return True
    return role is SourceType.POLITICIAN and body is SourceType.NGO

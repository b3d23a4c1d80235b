"""Reading a mention's structure from the parse: its name, role, body and what is told of it.

"Velmora Governor Piet Anholm" is a person (Piet Anholm) with a role
(governor) of a place; "union chairman Oskar Dahlin" holds a role in a body
(the union); "Marta Ilves, 52, who escaped with her grandson" is a private
person who was there; "Telcora, the country's largest mobile operator" is a
company. The parse gives the pieces: pre-modifiers and compounds, appositions,
relative clauses, possessors and prepositional phrases. Named-entity labels
help, but a model that has never seen "Orsanne" or "Ilves" often gets them
wrong, so structure comes first.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from workbench.core.domain import SourceType
from workbench.core.extract.roles import (
    COMPANY_DEEDS,
    COMPANY_TRADES,
    FEMININE,
    LEADING_DEEDS,
    MASCULINE,
    NEUTRAL_ROLES,
    OBSERVERS,
    ORG_HEADS,
    PERSON_ROLES,
    TITLES,
)

PERSON, ORG, GROUP = "person", "org", "group"
COMMON_WORDS = frozenset(PERSON_ROLES) | NEUTRAL_ROLES | frozenset(ORG_HEADS)
_PLURAL_TAGS = frozenset(("NNS", "NNPS"))
_BODY_PREPS = frozenset(("of", "for", "at", "from", "with"))
_DETERMINERS = frozenset(("the", "a", "an", "this", "that", "these", "those", "one", "another"))
POSSESSIVE_PRONOUNS = frozenset(("his", "her", "its", "their"))
_PLACE_LABELS = frozenset(("GPE", "NORP", "LOC"))
_DESCRIBING = COMPANY_TRADES - {"carrier"}
"""Trades that open a sentence before a company's name ("Carmaker Veloran"), never part of it
("Carrier" is a company's name)."""
BODY_ADJECTIVES = frozenset(("central", "federal", "national", "reserve", "supreme"))
"""Adjectives that name what a body is ("central bank", "supreme court"), not describe it."""
_SPECIALISTS = ("ologist", "ologists")
"""A toxicologist, a pathologist: a role by its ending."""


@dataclass(frozen=True, slots=True)
class Profile:
    """What a mention's own structure says about whom it names."""

    kind: str
    """``person``, ``org`` (a body) or ``group`` (several people)."""
    name: str = ""
    """The proper name as written ("Piet Anholm", "Orsanne Minerals"), "" for a description."""
    roles: tuple[str, ...] = ()
    """Role words, lower case ("governor", "chairman", "truck driver" gives "driver")."""
    role_text: str = ""
    """The role as written, titles included ("Velmora Governor", "a truck driver")."""
    body: str = ""
    """The body the role belongs to, as written ("union", "St. Aurel Hospital")."""
    words: frozenset[str] = frozenset()
    """Every lower-case word of the phrase, its appositions and its body."""
    head: str = ""
    """The head noun, lower case."""
    age: bool = False
    deeds: frozenset[str] = frozenset()
    """Verbs of relative clauses about the person ("escaped", "heads")."""
    gender: str = ""
    """``f``, ``m`` or "" when the words do not say."""
    plural: bool = False
    determiner: str = ""
    """``the``, ``a`` or a possessive pronoun opening the phrase; "" for a bare name."""
    country: str = ""
    """A place the phrase names as its own ("Kestria's", "Kestrian"), "the country" for
    "the country's"."""
    proper: bool = False
    """Whether the phrase holds a proper noun (a name)."""
    possessor: str = ""
    """A possessive pronoun the role hangs on: "Its director" gives "its"."""
    nations: int = 0
    """Countries a relative clause says the body serves: "which monitors the river for
    Keldia and Dorvia" gives 2."""

    @property
    def named(self) -> bool:
        return bool(self.name)


def read_mention(head: Token, start: int, end: int) -> Profile:
    """The profile of the phrase ``doc[start:end]`` whose syntactic head is ``head``.

    Appositions and relative clauses of the head are read even when they lie
    outside the span: a source mention is trimmed to the name, the clause
    after it still describes the person.
    """
    doc = head.doc
    inside = [t for t in doc[start:end] if not t.is_space]
    if head.i < start or head.i >= end:
        head = inside[-1] if inside else head
    left = [t for t in inside if t.i < head.i]
    determiner = ""
    if left and left[0].lower_ in _DETERMINERS | POSSESSIVE_PRONOUNS:
        determiner = "a" if left[0].lower_ in ("a", "an", "one", "another") else left[0].lower_
    # a relative clause tells what the source did, not who it is ("the study she cited")
    told = {t.i for c in head.children if c.dep_ == "relcl" for t in c.subtree}
    words = {t.lower_ for t in inside if not t.is_punct and t.i not in told}
    body_head = head.lower_ in ORG_HEADS and head.lower_ not in PERSON_ROLES
    # "The Maradian Doctors' Association": a body whose name holds a role word
    role_index = None if body_head else _last_role(left + [head])
    roles: list[str] = []
    body_tokens: list[Token] = []
    name_tokens: list[Token] = []
    if role_index is not None:
        pre = (left + [head])[: role_index + 1]
        roles = [t.lower_ for t in pre if _is_role(t)]
        body_tokens = [
            t
            for t in pre
            if not _is_role(t) and t.pos_ in ("PROPN", "NOUN") and t.lower_ not in TITLES
        ]
        # and what makes the body what it is: "central bank governor" (not a bank's)
        body_tokens = sorted(
            [*body_tokens, *(t for t in pre if t.dep_ == "amod" and t.head in body_tokens
                             and t.lower_ in BODY_ADJECTIVES)],
            key=lambda t: t.i,
        )  # fmt: skip
        if _expert(roles):  # "a security researcher": a field, not a body ("a Sargs researcher")
            body_tokens = [t for t in body_tokens if proper(t) or t.lower_ in ORG_HEADS]
        name_tokens = [t for t in (left + [head])[role_index + 1 :] if proper(t)]
        role_text = doc[pre[0].i : pre[-1].i + 1].text if pre else ""
        role_text = _strip_det(role_text)
    else:
        role_text = ""
        if proper(head):
            name_tokens = [t for t in left if proper(t) and t.i >= _name_start(head)]
            name_tokens.append(head)
            if head.ent_type_ != "PERSON":  # "Marcis Liepa of Sargs Labs": his body, not his name
                name_tokens.extend(_name_of_part(head))
    age = False
    deeds: set[str] = set()
    body = " ".join(t.text for t in body_tokens)
    appos_kind = ""
    possessor = ""
    nations = 0
    if roles and not name_tokens:
        name_tokens = _name_after_of(head)
    for child in head.children:
        if child.dep_ == "poss" and child.i < head.i and child.lower_ in POSSESSIVE_PRONOUNS:
            possessor = child.lower_
        elif child.dep_ == "poss" and child.i < head.i:
            if not body and child.ent_type_ not in _PLACE_LABELS and child.lower_ != "country":
                body = _phrase(child)
        elif child.dep_ == "appos" and child.i > head.i:
            words.update(t.lower_ for t in child.subtree if not t.is_punct)
            if child.like_num or child.text[:1].isdigit():
                age = True
                continue
            if proper(child) and not name_tokens and not _holder_of_role(head):
                # "A company spokesman, Tobias Lind", "the aid agency Northwind Relief":
                # the name stands in apposition
                name_tokens = [t for t in child.lefts if proper(t)] + [child]
                continue
            role, role_body, kind = _apposition(child)
            appos_kind = appos_kind or kind
            if role:
                roles.append(role)
                role_text = role_text or _strip_det(_phrase(child, stop_clauses=True))
            body = body or role_body
            deeds.update(_deeds(child))
        elif child.dep_ == "relcl" and child.i > head.i:
            deeds.update(_deeds(head))
            nations = max(nations, _places_in(child))
        elif (
            child.dep_ == "prep"
            and child.i > head.i
            and child.lower_ in _BODY_PREPS
            and (not proper(head) or roles or _affiliation(head, child))
        ):
            body = body or _pobj_phrase(child)
    if not body:
        for child in head.children:
            if child.dep_ == "relcl" and child.lower_ in LEADING_DEEDS:
                body = next((_phrase(c) for c in child.children if c.dep_ == "dobj"), "")
    deeds.update(_deeds(head))
    name = " ".join(t.text for t in name_tokens)
    kind = _kind(head, roles, name_tokens, appos_kind, age, deeds)
    if kind == ORG and not name and proper(head):
        name = _strip_det(doc[start:end].text)
    return Profile(
        kind=kind,
        name=name,
        roles=tuple(roles),
        role_text=role_text,
        body=body,
        words=frozenset(words | {w.lower() for w in body.split()}),
        head=head.lower_,
        age=age,
        deeds=frozenset(deeds),
        gender=_gender(words, roles),
        plural=head.tag_ in _PLURAL_TAGS or head.lower_ in ("police", "people", "troops"),
        determiner=determiner,
        country=_country(head, left),
        proper=any(proper(t) for t in inside),
        possessor=possessor,
        nations=nations,
    )


def proper(token: Token) -> bool:
    """A proper noun as written: capitalised, and not a common word that opens a sentence.

    The tagger calls "ministry" a proper noun, and "Evacuees" or "Police" when
    they open a sentence; a role or body word counts as a name only inside a
    longer name ("the Interior Ministry", "Kestrian Unity Party").
    """
    if token.pos_ != "PROPN" or token.is_lower:
        return False
    if token.lower_ not in COMMON_WORDS:
        return True
    if token.lower_ in _DESCRIBING and token.dep_ == "compound" and token.head.i > token.i:
        return False  # "Carmaker Veloran" opening a sentence: a description, then the name
    return any(c.pos_ == "PROPN" for c in token.children) or (
        token.dep_ in ("compound", "flat") and token.head.pos_ == "PROPN"
    )


def _expert(roles: list[str]) -> bool:
    """Whether a person's role is an expert's, whose common nouns before it name a field."""
    return bool(roles) and (
        PERSON_ROLES.get(roles[-1]) is SourceType.EXPERT or roles[-1].endswith(_SPECIALISTS)
    )


def _is_role(token: Token) -> bool:
    lower = token.lower_
    return (
        lower in PERSON_ROLES
        or lower in NEUTRAL_ROLES
        or lower in TITLES
        or lower in OBSERVERS
        or lower.endswith(_SPECIALISTS)
    )


def _last_role(tokens: list[Token]) -> int | None:
    """Index of the last role word of a pre-name title ("Velmora Governor Piet Anholm")."""
    found = None
    last = len(tokens) - 1
    for k, token in enumerate(tokens):
        if token.dep_ == "poss" and k < last:
            continue  # "the kidnapped engineers' employer": the possessor's role, not the mention's
        if _is_role(token) and not (k == last and proper(token)):
            found = k
    return found


def _name_start(head: Token) -> int:
    """Where the run of proper nouns ending at ``head`` starts."""
    k = head.i
    doc = head.doc
    while k > 0 and proper(doc[k - 1]) and doc[k - 1].head.i >= k - 1:
        k -= 1
    return k


def _holder_of_role(head: Token) -> bool:
    """Whether a noun closes a role's "of" phrase: "The head of the Concord's mission, X".

    The name after it, which the parser hangs on that noun, is the role's holder.
    """
    prep = head.head
    role = prep.head
    one_person = role.tag_ == "NN" and role.lower_ not in ("staff", "personnel")
    return head.dep_ == "pobj" and prep.lower_ == "of" and _is_role(role) and one_person


def _name_of_part(head: Token) -> list[Token]:
    """The rest of a body's name after "of" or "for": "Alliance for Change"."""
    for prep in head.rights:
        if prep.dep_ == "prep" and prep.lower_ in ("of", "for") and prep.i == head.i + 1:
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is not None and proper(pobj) and pobj.ent_type_ not in _PLACE_LABELS:
                return [prep, *[t for t in pobj.lefts if proper(t)], pobj]
    return []


def _name_after_of(head: Token) -> list[Token]:
    """ "The head of the Concord's monitoring mission, Ingrid Valtonen": the parser hangs
    the name on the last noun of the role's "of" phrase; it names the role's holder."""
    for prep in head.rights:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for pobj in prep.children:
            for child in pobj.rights:
                if child.dep_ == "appos" and proper(child) and child.ent_type_ == "PERSON":
                    return [t for t in child.lefts if proper(t)] + [child]
    return []


def _apposition(child: Token) -> tuple[str, str, str]:
    """The role, the body and the kind an apposition gives: "a surgeon at St. Aurel Hospital"."""
    lower = child.lower_
    body = ""
    for c in child.children:
        if c.dep_ == "prep" and c.lower_ in _BODY_PREPS:
            found = _pobj_phrase(c)
            pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
            if not body or (pobj is not None and proper(pobj)):
                body = found  # "head of intensive care at Orlek General Hospital": the name
        if c.dep_ == "poss" and c.lower_ not in POSSESSIVE_PRONOUNS and c.lower_ != "country":
            body = _phrase(c)
    if lower in PERSON_ROLES or lower in NEUTRAL_ROLES or lower.endswith(_SPECIALISTS):
        return lower, body, PERSON
    if lower in ORG_HEADS:
        return "", body, ORG
    return "", body, ""


def _deeds(token: Token) -> set[str]:
    """Verbs of the relative clauses hanging on ``token`` (and the pronoun heading them)."""
    found: set[str] = set()
    for child in token.children:
        if child.dep_ != "relcl" or child.i < token.i:
            continue
        found.add(child.lower_)
        for c in child.children:
            if (
                c.dep_ in ("nsubj", "nsubjpass")
                and c.lower_ in ("who", "which", "that")
                or c.dep_ == "conj"
                and c.pos_ == "VERB"
            ):
                found.add(c.lower_)
    return found


def _kind(
    head: Token,
    roles: list[str],
    name: list[Token],
    appos_kind: str,
    age: bool,
    deeds: set[str],
) -> str:
    lower = head.lower_
    plural = head.tag_ in _PLURAL_TAGS
    name_words = {t.lower_ for t in name}
    if name and name_words & ORG_HEADS.keys() and not roles:
        return ORG
    if roles:
        if not proper(head) and lower in ORG_HEADS and lower not in PERSON_ROLES:
            return ORG  # "a government official" has a role; "the ministry" is a body
        return GROUP if plural and not name else PERSON
    if proper(head):
        if age or appos_kind == PERSON or "who" in deeds:
            return PERSON
        if appos_kind == ORG or "which" in deeds or deeds & COMPANY_DEEDS:
            return ORG
        if len(name) == 1 and says_it_did(head):
            return ORG  # "Lenkrail denied that it had received any complaints"
        if head.ent_type_ == "PERSON":
            return PERSON
        before = head.doc[name[0].i - 1] if name and name[0].i > 0 else None
        if before is not None and before.lower_ in ORG_HEADS and before.lower_ not in PERSON_ROLES:
            return ORG  # "the metalworkers' union IG Metall Nord": a body's noun, then its name
        if 1 < len(name) <= 3 and before is not None and before.pos_ == "NOUN":
            return PERSON  # "Opposition challenger Nadia Orvell": a description, then a name
        if head.ent_type_ in ("ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT"):
            return ORG
        return PERSON if len(name) > 1 else ORG
    if lower in ORG_HEADS:
        return ORG
    if plural or lower in ("police", "people"):
        return GROUP
    if lower in PERSON_ROLES or lower in NEUTRAL_ROLES or "who" in deeds:
        return PERSON
    return ORG


def _places_in(clause: Token) -> int:
    """How many places a clause names: "for Keldia and Dorvia" is two (tagged or joined)."""
    places = {t.i for t in clause.subtree if t.ent_type_ == "GPE"}
    for i in list(places):
        places.update(c.i for c in clause.doc[i].conjuncts if c.pos_ == "PROPN")
    return len(places)


def _gender(words: set[str], roles: list[str]) -> str:
    if words & FEMININE:
        return "f"
    if words & MASCULINE:
        return "m"
    return ""


def _country(head: Token, left: list[Token]) -> str:
    """The place a phrase names as its own: "Kestria's", "Kestrian", "the country's".

    A capitalised possessor ("Halvenia's government") is given too, place or
    not; the resolver knows the story's places and keeps it only if it is one.
    """
    for token in left:
        if token.ent_type_ in _PLACE_LABELS and token.dep_ in ("poss", "compound", "amod", "nmod"):
            return token.text
        if token.lower_ == "country" and token.dep_ == "poss":
            return "the country"
        if token.dep_ == "poss" and proper(token) and token.head == head:
            return token.text
    return ""


def _phrase(token: Token, stop_clauses: bool = False) -> str:
    """The text of ``token``'s subtree, without edge punctuation (and clauses, if asked)."""
    start, end = token.left_edge.i, token.right_edge.i + 1
    if stop_clauses:
        for child in token.rights:
            if child.dep_ in ("relcl", "acl", "prep") and child.i > token.i:
                end = min(end, child.left_edge.i)
                break
    doc = token.doc
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    while start < end and doc[start].is_punct:
        start += 1
    text = doc[start:end].text
    return text[:-2] if text.endswith(("'s", "\u2019s")) else text


def _affiliation(head: Token, prep: Token) -> bool:
    """Whether a named person's "of" phrase names the body they belong to: "Anna Berg of
    Amnesty International" (not "Hanna Ek of Malmo", a place)."""
    return head.ent_type_ == "PERSON" and any(
        c.dep_ == "pobj" and proper(c) and c.ent_type_ not in _PLACE_LABELS for c in prep.children
    )


def _pobj_phrase(prep: Token) -> str:
    """The body a preposition names: "a surgeon at St. Aurel Hospital".

    "head of intensive care at Orlek General Hospital": a common noun whose
    own "at"/"of" phrase names something is that name's part; the name is
    the body.
    """
    for child in prep.children:
        if child.dep_ != "pobj" or child.like_num:
            continue  # "a mother of two": children, not a body
        if not proper(child):
            for inner in child.rights:
                if inner.dep_ == "prep" and inner.lower_ in ("at", "of", "in"):
                    named = next((c for c in inner.children if c.dep_ == "pobj"), None)
                    if named is not None and proper(named):
                        return _phrase(named)
        return _phrase(child, stop_clauses=not proper(child))
    return ""


def _strip_det(text: str) -> str:
    first, _, rest = text.partition(" ")
    drop = first.lower() in _DETERMINERS or first.lower() in POSSESSIVE_PRONOUNS
    return rest if drop and rest else text


_IMPERSONAL = frozenset({"be", "seem", "appear", "take", "remain", "happen", "matter", "rain"})
"""Verbs whose subject "it" is mostly no one ("it was clear", "it would take weeks")."""


def says_it_did(head: Token) -> bool:
    """Whether a one-word name says of itself "it" did something: "Lenkrail denied that it
    had received any complaints", a body, whatever the tagger thought. A surname a person
    was given in full before stays a person (the registry turns it back)."""
    from workbench.core.extract.model import lemma

    if head.dep_ != "nsubj":
        return False
    verb = head.head
    # what it says ("denied that it had received"), or what a report it denies says ("denied
    # reports that it planned to use agency staff")
    clauses = [c for c in verb.children if c.dep_ == "ccomp"] + [
        a
        for o in verb.children
        if o.dep_ == "dobj"
        for a in o.children
        if a.dep_ in ("acl", "ccomp")
    ]
    return any(
        lemma(clause) not in _IMPERSONAL
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "it" for c in clause.children)
        for clause in clauses
    )

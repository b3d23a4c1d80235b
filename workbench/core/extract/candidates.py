"""Which words of a document name a person or a body, and the phrase each heads.

A candidate is the head of a run of proper nouns ("Piet Anholm", "Orsanne
Minerals") or a noun naming a role or a body ("spokeswoman", "ministry");
its phrase takes its pre-modifiers, an "of" name part and, for a group, the
place it is of. The registry (:mod:`referents`) indexes them once per document.
"""

from __future__ import annotations

from spacy import symbols
from spacy.attrs import IS_TITLE, POS
from spacy.tokens import Doc, Token

from workbench.core.extract.mentions import proper
from workbench.core.extract.roles import NEUTRAL_ROLES, OBSERVERS, ORG_HEADS, PERSON_ROLES, TITLES
from workbench.core.extract.sources import NOMINAL_SUBJECTS

_SKIP_LABELS = frozenset(
    (
        "GPE", "LOC", "DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY",
        "EVENT", "LAW", "LANGUAGE", "WORK_OF_ART",
    )
)  # fmt: skip
_NOUNS = frozenset(ORG_HEADS) | frozenset(PERSON_ROLES) | NEUTRAL_ROLES | OBSERVERS
ROLES = frozenset(PERSON_ROLES) | NEUTRAL_ROLES

_PEOPLES_NOUNS = frozenset(
    ("administration", "campaign", "government", "family", "camp", "team", "aides", "allies")
)
"""Nouns a person's name modifies as well as a body's: "the Marsk campaign"."""


def names_of_bodies(doc: Doc) -> frozenset[str]:
    """One-word names the story uses as bodies' and never with a first name or title.

    A body's name modifies a thing ("the Velnor plant"), stands in apposition
    to a body's noun ("the plant's operator, Velnor") or follows one as its
    title ("telecom operator Teliko"); a person's comes with a
    first name or a title somewhere ("Radek Velnor", "Mr. Velnor").
    """
    marks = doc.to_array([POS, IS_TITLE])  # one pass in C: only title-case proper nouns are read
    names = [doc[int(i)] for i in (marks[:, 0] == symbols.PROPN).nonzero()[0] if marks[i, 1]]
    bodily: set[str] = set()
    for token in names:
        before = doc[token.i - 1] if token.i else None
        if (
            before is not None
            and before.head.i == token.i
            and before.dep_ == "compound"
            and (before.lower_ in ORG_HEADS)
        ):
            bodily.add(token.lower_)  # "Latvian telecom operator Teliko"
        if token.dep_ not in ("compound", "appos"):
            continue
        head = token.head
        if head.pos_ != "NOUN" or head.lower_ in ROLES:
            continue
        if token.dep_ == "compound" and head.lower_ not in _PEOPLES_NOUNS:
            bodily.add(token.lower_)  # "the Velnor plant"
        elif token.dep_ == "appos" and head.lower_ in ORG_HEADS:
            bodily.add(token.lower_)  # "the plant's operator, Velnor"
    if not bodily:
        return frozenset()
    personal = set()
    for token in names:
        if token.lower_ in bodily and token.i:
            before = doc[token.i - 1]
            if proper(before) or before.lower_ in TITLES:
                personal.add(token.lower_)  # "Radek Velnor", "Mr. Velnor"
    return frozenset(bodily - personal)


def is_candidate(token: Token) -> bool:
    if proper(token):
        if token.ent_type_ in _SKIP_LABELS:
            return False
        head = token.head
        if token.dep_ in ("compound", "flat") and proper(head) and head.i > token.i:
            return False  # inside a name: the run's last word stands for it
        if token.dep_ == "pobj" and head.lower_ == "of" and proper(head.head):
            return False  # "Federation of Mine Workers": part of the body's name
        if token.dep_ == "poss" and proper(head) and head.lower_ in ORG_HEADS:
            return False  # "The Chemical Workers' Union": part of the union's name
        return token.dep_ != "amod"
    if token.pos_ in ("NOUN", "PROPN") and token.lower_ in _NOUNS:
        return token.dep_ != "compound"
    return False


def phrase_span(head: Token) -> tuple[int, int]:
    """The phrase of a candidate head: its pre-modifiers and an "of" name part."""
    doc = head.doc
    start = head.left_edge.i
    while start < head.i and (doc[start].is_punct or doc[start].is_space):
        start += 1
    before = doc[start - 1] if start else None
    if (
        before is not None
        and proper(before)
        and before.dep_ in NOMINAL_SUBJECTS
        and head.dep_ in NOMINAL_SUBJECTS
        and before.head == head.head
    ):
        # no verb has two subjects: "Norvia spokesman Jon Hale rejected that", parsed with
        # "Norvia" as a second subject, is the company's spokesman
        start = before.left_edge.i
    end = head.i + 1
    if head.tag_ == "NNS":
        end = _place_phrase_end(head)
    if proper(head):
        for child in head.rights:
            if child.dep_ == "prep" and child.lower_ == "of":
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None and proper(pobj):
                    end = pobj.i + 1
            break
    return start, end


_GROUP_PREPS = frozenset(("of", "in", "from", "at", "around", "near"))


def _place_phrase_end(head: Token) -> int:
    """Where a group's phrase ends with the place or body it is of.

    "residents of the village of Lower Dessel", "politicians in neighbouring
    Lebanon" (whose "in" the parser may hang on the verb): the preposition
    right after the noun and the noun phrase after it, up to eight words.
    """
    doc = head.doc
    end = head.i + 1
    k = end
    while k < len(doc) and k - head.i <= 8 and doc[k].lower_ in _GROUP_PREPS:
        k += 1
        while (
            k < len(doc)
            and doc[k].pos_ in ("DET", "ADJ", "NUM")
            or (k < len(doc) and doc[k].tag_ == "VBG" and doc[k + 1 : k + 2].text[:1].isupper())
        ):
            k += 1
        nouns = k
        while k < len(doc) and doc[k].pos_ in ("PROPN", "NOUN") and not doc[k].is_space:
            k += 1
        if k == nouns or k - head.i > 8:
            break
        end = k
    return end

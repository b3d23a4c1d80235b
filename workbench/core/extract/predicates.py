"""What a claim says is done to what: its verbs with their objects, read from the parse.

"The administration was considering targeted sanctions against senior
officials, including freezing their assets" and "it is considering tightening
sanctions" share few words, but they share their act: *consider sanction*.
Two reports that tell of one act on one thing are much likelier to say the
same thing than two that merely share words, so the matcher compares these
pairs besides the bag of words.

A pair is the lemma of a verb and the lemma of the noun it acts on: its
direct object, or the subject of a passive ("water was cut" is *cut
water*). A verb governed by another through an open clause passes its object
up ("considering tightening sanctions" gives *tighten sanction* and
*consider sanction*), and nouns joined by "and" share the verb ("attacked
checkpoints and police stations"). Light verbs (be, have, make, take...)
say too little on their own to count. Only verbs inside the content are
read: the cue verb ("said", "blamed") is the attribution, not the claim.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from workbench.core.extract.model import lemma

OBJECT_DEPS = frozenset({"dobj", "obj", "nsubjpass"})
"""Dependency labels of the noun a verb acts on."""
LIGHT_VERBS = frozenset({
    "be", "have", "do", "make", "take", "get", "give", "go", "come", "put", "let",
    "seem", "become", "say", "tell", "use", "want", "need", "keep",
})  # fmt: skip
"""Verbs whose meaning lies in their object: "take action", "make sense", "have views"."""
_NOUNS = frozenset({"NOUN", "PROPN"})


def predicates_in(doc: Doc, start: int, end: int) -> tuple[str, ...]:
    """The "verb object" lemma pairs of the content at characters ``start``..``end``, sorted."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return ()
    found: set[str] = set()
    for token in span:
        if token.pos_ not in _NOUNS:
            continue
        acted_on = _object_of(token)
        if acted_on is None:
            continue
        verb, noun = acted_on, lemma(token)
        while start <= verb.idx < end:
            verb_lemma = lemma(verb)
            if verb_lemma not in LIGHT_VERBS and verb_lemma.isalpha():
                found.add(f"{verb_lemma} {noun}")
            if verb.dep_ != "xcomp" or verb.head.pos_ != "VERB" or verb.head is verb:
                break
            verb = verb.head
    return tuple(sorted(found))


def _object_of(noun: Token) -> Token | None:
    """The verb a noun is the object of, directly or as a conjunct of that object."""
    while noun.dep_ == "conj" and noun.head.pos_ in _NOUNS and noun.head is not noun:
        noun = noun.head
    if noun.dep_ in OBJECT_DEPS and noun.head.pos_ == "VERB":
        return noun.head
    return None

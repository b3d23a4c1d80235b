"""What a claim says is not so, and who does what in it, read from its parse.

A claim is negated when its main statement is ("had not been warned"); it
denies words when any of its clauses says they are not so ("it did not
sound", "a phone, not a weapon"). Who does each act ("Mr. Trump should
release", "Romney for not releasing") keeps a negation of one actor's act
from denying another's.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the parser is loaded only when claims are read
    from spacy.tokens import Doc, Span, Token

NEGATIONS = frozenset(
    {"not", "no", "never", "nothing", "none", "nobody", "without", "n't", "deny", "neither", "nor"}
)  # fmt: skip
NEGATING_VERBS = frozenset({"refuse", "decline", "avoid", "fail"})
"""Verbs that say the act after them did not happen: "refused to answer" did not answer,
"failed to find" did not find."""
FALSE_WORDS = frozenset({
    "false", "untrue", "wrong", "baseless", "unfounded", "incorrect", "inaccurate",
    "fabricated", "fake", "groundless", "nonsense", "lie", "lies",
})  # fmt: skip
"""Words that say what a report says is not so ("reports that the bridge has collapsed are
false", "claims that 300 homes burned were untrue")."""
TRUE_WORDS = frozenset({"true", "correct", "accurate", "right"})
NO_GROUNDS = frozenset({"truth", "evidence", "basis", "proof", "foundation", "substance"})
"""What "there is no ... that" denies a clause with: "no truth to reports that ..."."""
_REPORT_WORDS = frozenset({"report", "claim", "rumour", "rumor", "allegation", "suggestion",
                           "account", "story", "medium", "social", "online", "post"})  # fmt: skip
_STOP_LEMMAS = frozenset({"be", "have", "do"})
_NO_ONE = frozenset({"nobody", "nothing", "none"})
_NOT_A_DENIAL = frozenset({"only", "just", "least"})
DISPUTING = frozenset({"contradict", "dispute", "contest", "refute", "rebut"})
"""Verbs by which a claim sets itself against another's account."""
TELLING = frozenset({"say", "state", "acknowledge", "admit", "report", "claim", "announce",
                     "tell", "insist", "suggest", "put"})  # fmt: skip
"""Verbs of telling whose subject's account a claim may contradict ("than X stated")."""
_ACCOUNT_WORDS = frozenset({"account", "assurance", "statement", "claim", "version", "tally",
                            "figure", "result", "report", "word", "count", "estimate",
                            "assertion", "narrative", "story", "explanation", "what"})  # fmt: skip
_NOT_THINGS = NO_GROUNDS | {"one"}
"""Nouns a negation is written with that are not what it denies ("no one", "no truth to")."""


def denied(doc: Doc) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """What each negation in the claim says is not so, as lemmas, and the things "no" denies
    among them ("no bank details were stolen" denies stealing bank details, not stealing;
    "were never given any report recommending ..." denies the recommending as well).

    The word it negates and its object ("did not sound", "never pay ransoms",
    "nobody offered an escort", "refused to answer questions"); a noun with
    "no" and its verb ("pay no ransom": "ransom", "pay"); or, when the
    negation follows its word, the noun after it ("a phone, not a weapon").
    """
    from workbench.core.extract.model import lemma, verb_token

    found: list[Token] = []
    things: list[Token] = []  # what "no" denies ("no bank details"), not a verb's objects
    for token in doc:
        head = token.head
        if token.i + 1 < len(doc) and doc[token.i + 1].lower_ in _NOT_A_DENIAL:
            continue  # "not only killed but also wounded", "not least"
        if token.dep_ == "det" and token.lower_ == "no":  # "no ransom demand": the whole noun
            # "no passwords or bank details": each; "normal oxygen levels and no pollutants":
            # the pollutants alone, "no" reaching only forward
            for noun in (head, *(c for c in head.conjuncts if c.i > head.i)):
                found += _with_children(noun, "compound")
                things += _with_children(noun, "compound")
            if head.head.pos_ == "VERB" and head.dep_ in {"dobj", "nsubjpass", "attr"}:
                found.append(head.head)
        elif (
            (token.dep_ == "neg" and head.i > token.i) or token.lower_ in _NO_ONE or _refused(token)
        ):
            head = token if token.dep_ == "xcomp" else head  # "refused to answer": answer
            # and what is not done: "never pay ransoms", "never given any report recommending";
            # what cannot be done is no denial of the thing ("could not take new patients")
            objects = [] if _unable(head) else [t for t in head.children if t.dep_ == "dobj"]
            acts = [t for o in objects for t in o.children if t.dep_ == "acl"]
            found += (head, *objects, *acts, *_known_of(head))
        elif token.dep_ == "neg":
            after = (t for t in doc[token.i + 1 : token.i + 4] if t.pos_ in {"NOUN", "VERB"})
            found += itertools.islice(after, 1)
            found += _known_of(head)  # "we are not aware of any injuries"
        elif (undone := _UNDONE.match(token.lower_)) and token.tag_ in {"JJ", "VBN"}:
            found.append(verb_token(undone.group(1)))  # "the building was undamaged": damage
    said_false = _said_false(doc)
    if said_false is not None:  # what the report it calls false says was done, and to what
        acts = [t for t in said_false if t.pos_ == "VERB"]
        done_to = [
            c for t in acts for c in t.children
            if c.dep_ in {"dobj", "nsubjpass"} and c.pos_ in {"NOUN", "PROPN"}
        ]  # fmt: skip
        found += (t for t in (*acts, *done_to) if lemma(t) not in _REPORT_WORDS)
    return _lemmas(found), _lemmas(t for t in things if t.lower_ not in _NOT_THINGS)


def refused(doc: Doc) -> tuple[str, ...]:
    """The acts the claim says someone refused, declined or failed to do ("had refused to
    put the offer to a ballot": "put"). What such an act is done to is denied only with the
    act: the refusal says nothing against the offer itself."""
    return _lemmas(t for t in doc if _refused(t) and t.pos_ == "VERB")


def disputed(doc: Doc) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Whose account the claim says it contradicts, as lemmas: "contradicting the police
    account that ..." (police), "which contradicts what Teliko has said" (teliko), "contrary
    to the governor of Kerewa" (governor, kerewa), "far more than the company has
    acknowledged" (company). The account's own words ("account", "tally") name no one.
    And what that account says, when the claim tells it ("the police account that the
    driver had accelerated": driver, accelerate): the source's other claims are not
    contradicted.

    Read from the words after the verb, not from the parse: the small model hangs "the
    police account that ..." on the clause after it.
    """
    from workbench.core.extract.model import lemma

    found: list[Token] = []
    told: list[Token] = []
    for token in doc:
        after = doc[token.i + 1 :]
        if lemma(token) in DISPUTING and token.pos_ == "VERB" and token.dep_ != "amod":
            found += _teller(after)
            told += _account(after)
        elif token.lower_ == "contrary" and len(after) and after[0].lower_ == "to":
            found += _teller(after[1:])
            told += _account(after[1:])
        elif token.lower_ == "than":
            verb = next((t for t in after[:6] if lemma(t) in TELLING and t.pos_ == "VERB"), None)
            between = doc[token.i + 1 : verb.i] if verb is not None else doc[:0]
            if not any(t.like_num for t in between):  # "more than 200 people said": a count
                found += _teller(between)
    tellers = _lemmas(t for t in found if lemma(t) not in _ACCOUNT_WORDS)
    account = _lemmas(t for t in told if t.is_alpha and not t.is_stop and len(t.text) > 1)
    return tellers, account if tellers else ()


def _account(words: Span) -> list[Token]:
    """The words of the clause an account's noun opens ("the police account that the driver
    had accelerated towards officers"), up to the next comma."""
    from workbench.core.extract.model import lemma

    for k, token in enumerate(words[:8]):
        if token.lower_ == "that" and k and lemma(words[k - 1]) in _ACCOUNT_WORDS:
            clause = []
            for word in words[k + 1 :]:
                if word.text in {",", ";"}:
                    break
                clause.append(word)
            return clause
        if token.text in {",", ";"}:
            break
    return []


def _teller(words: Span) -> list[Token]:
    """The nouns of the phrase that opens ``words``, up to the clause or comma after it
    ("the police account that the driver ...": police, account; "what Teliko has said":
    Teliko; "the governor of Kerewa": governor, Kerewa)."""
    found = []
    for token in words:
        if token.lower_ in {"that", "who", "which", "when", ","} or (
            token.pos_ in {"VERB", "AUX"} and token.lower_ != "what"
        ):
            break
        if token.pos_ in {"PROPN", "NOUN", "ADJ"}:
            found.append(token)
    return found


def _refused(token: Token) -> bool:
    """Whether a word is what a negating verb says was not done ("refused to answer")."""
    from workbench.core.extract.model import lemma

    return token.dep_ == "xcomp" and lemma(token.head) in NEGATING_VERBS


def _lemmas(tokens: Iterable[Token]) -> tuple[str, ...]:
    from workbench.core.extract.model import lemma

    words = {lemma(t) for t in tokens}
    return tuple(sorted(w for w in words if w.isalpha() and w not in _STOP_LEMMAS))


def _said_false(doc: Doc) -> list[Token] | None:
    """The words of what the claim's main statement says is false, if it says so:

    - a report called false: "reports that the bridge has collapsed are false";
    - a clause called false or not true: "it is false that ...", "it is not true that ...";
    - a clause with no truth or evidence to it: "there is no truth to reports that ...".
    """
    for token in doc:
        verb = token.head
        if token.dep_ not in {"acomp", "attr"} or verb.lemma_ != "be":
            continue
        if not (verb.dep_ == "ROOT" or verb.head.dep_ == "ROOT"):
            continue
        negated = any(c.dep_ == "neg" for c in verb.children)
        clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > token.i), None)
        if token.lower_ in FALSE_WORDS and not negated:
            return list(clause.subtree) if clause is not None else list(doc[: verb.i])
        if token.lower_ in TRUE_WORDS and negated and clause is not None:
            return list(clause.subtree)  # "it is not true that ..."
        if token.lower_ in NO_GROUNDS and any(c.lower_ == "no" for c in token.children):
            return [t for t in token.subtree if t.i > token.i]  # "no truth to reports that"
    return None


_UNDONE = re.compile(r"un([a-z]{3,}(?:ed|en)|hurt)$")
"""A participle with "un" says its act was not done to the thing: "undamaged", "unharmed",
"unpaid", "unbroken"."""


KNOWING = frozenset({"aware", "know", "hear", "informed", "notified"})
"""Words of knowing: not knowing of a thing says it is not so, for the one who would know
("We are not aware of any accidents or injuries", "it knows of no injuries")."""


def _known_of(negated: Token) -> list[Token]:
    """What a negated word of knowing says one does not know of: "injuries" and
    "accidents" in "not aware of any accidents or injuries", "had not heard of a fire"."""
    from workbench.core.extract.model import lemma

    knowing = [w for w in (negated, *negated.children) if lemma(w) in KNOWING]
    return [
        thing
        for word in knowing
        for prep in word.children
        if prep.dep_ == "prep" and prep.lower_ in ("of", "about")
        for noun in prep.children
        if noun.dep_ == "pobj"
        for thing in (noun, *noun.conjuncts)
    ]


def _unable(verb: Token) -> bool:
    """Whether a negated verb says what cannot be done ("could not take", "cannot pay")."""
    return any(c.dep_ == "aux" and c.lower_ in {"can", "could", "ca"} for c in verb.children)


def _with_children(token: Token, dep: str) -> list[Token]:
    """``token`` and its children of dependency ``dep``."""
    return [token, *(t for t in token.children if t.dep_ == dep)]


def negated(doc: Doc) -> bool:
    """Whether the claim's main statement is negated ("had not been warned", "never received",
    "refused to answer").

    Only the negation of the first sentence's main verb counts: "there were
    clashes, but no sign of defections" still asserts the clashes.
    """
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None:
        return False
    heads = {root, *(t for t in root.children if t.dep_ in {"ccomp", "xcomp", "aux", "auxpass"})}
    from workbench.core.extract.model import lemma

    if any(
        lemma(h) in NEGATING_VERBS and any(c.dep_ == "xcomp" for c in h.children) for h in heads
    ):
        return True
    for token in doc:
        if token.head in heads and (token.dep_ == "neg" or token.lower_ in NEGATIONS):
            return True
        if token.dep_ == "det" and token.lower_ == "no" and token.head.head in heads:
            return True
    if _said_false(doc) is not None:
        return True  # "reports that the bridge has collapsed are false"
    return root.lemma_.lower() == "deny" or root.lower_ in {"denied", "denies", "deny"}


_CLAUSES = frozenset({"xcomp", "pcomp", "advcl", "acl", "relcl", "conj", "csubj", "ccomp"})


SPEAKER = frozenset({"we", "i"})
SELF = "@self"
"""The actor of an act the speaker says they do themselves ("We do not pay ransoms")."""


def actors(doc: Doc) -> tuple[tuple[str, str], ...]:
    """Each act the claim names and what it is done to, with who does it, when a name says
    so: ("release", "trump") and ("return", "trump") for "Mr. Trump should release his
    returns", ("release", "romney") for "Romney for not releasing his returns". A pronoun,
    a common noun, a passive ("no civilians had been hurt") or an unsaid actor gives none."""
    from workbench.core.extract.model import lemma

    found: set[tuple[str, str]] = set()
    for token in doc:
        if token.pos_ != "VERB":
            continue
        actor = _actor(token)
        if actor is not None:  # the act, and what it is done to ("release" "returns")
            done_to = [c for c in token.children if c.dep_ == "dobj"]
            who = SELF if actor.lower_ in SPEAKER else lemma(actor).lower()
            found.update((lemma(t), who) for t in (token, *done_to))
    return tuple(sorted(found))


def _actor(verb: Token) -> Token | None:
    """Who does the act, when a name says so: the verb's subject, or the name its clause
    hangs from ("Romney for not releasing"); None for a pronoun, a common noun, a passive, or
    when the parse says no one."""
    for _ in range(3):  # through clauses without a subject of their own
        if any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children):
            return None
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject if _named(subject) or subject.lower_ in SPEAKER else None
        if verb.dep_ not in _CLAUSES or verb.head is verb:
            return None
        verb = verb.head.head if verb.head.pos_ == "ADP" else verb.head  # "Romney for ..."
        if verb.pos_ in {"NOUN", "PROPN"}:
            return verb if _named(verb) else None
    return None


def _named(token: Token) -> bool:
    """Whether a word names someone ("Trump", "Romney" even where the tagger takes it for a
    noun): two named actors who differ are two people. Common nouns are not compared: "the
    army" and "soldiers" may be one side."""
    return token.pos_ == "PROPN" or (token.pos_ == "NOUN" and token.is_title)


def acts_on(doc: Doc) -> tuple[tuple[str, str], ...]:
    """Each act the claim names with the things it is done to: ("steal", "name") and
    ("steal", "address") for "hackers had stolen the names and addresses", ("steal",
    "password") for "passwords were stolen". Two claims of one act done to other things
    ("stole names", "no passwords were stolen") speak of two matters."""
    from workbench.core.extract.model import lemma

    found: set[tuple[str, str]] = set()
    for token in doc:
        if token.pos_ not in ("NOUN", "PROPN"):
            continue
        act: Token | None = None
        if token.dep_ in ("dobj", "nsubjpass") and token.head.pos_ in ("VERB", "AUX"):
            act = token.head
        else:  # "were passwords stolen", "data stolen in the attack": a participle's noun
            act = next((c for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN"), None)
        if act is None:
            continue
        for thing in (token, *token.conjuncts):
            if thing.pos_ in ("NOUN", "PROPN"):
                found.add((lemma(act), lemma(thing)))
    return tuple(sorted(found))


REPORT_NOUNS = frozenset({"statement", "claim", "report", "assertion", "account", "allegation",
                          "suggestion", "accusation", "rumour", "rumor", "story"})  # fmt: skip
"""Nouns that name what someone said ("reports that ...", "Veloran's statement that ...")."""


def reported_act(doc: Doc) -> tuple[str, ...]:
    """The act a statement the claim names tells, then the words of who does it and to what,
    as lemmas: ("tell",) for "Veloran's statement that it had been told of the plan to close
    the plant"; ("urge", "party", "supporter", "building", "storm") for "claims that her
    party had urged supporters to storm public buildings"; () when it names no statement."""
    from workbench.core.extract.model import lemma

    roots = [t for t in doc if t.dep_ == "ROOT"]
    if len(roots) != 1 or lemma(roots[0]) not in REPORT_NOUNS:
        return ()
    told = next(
        (c for c in roots[0].children if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX")),
        None,
    )
    # "that" marks what the statement says; "the statement that he issued" tells no act
    if told is None or not any(c.lower_ == "that" and c.dep_ == "mark" for c in told.children):
        return ()
    acts = [told, *(c for c in told.children if c.dep_ == "xcomp")]
    roles = ("nsubj", "nsubjpass", "dobj")
    words = [lemma(c) for a in acts for c in a.children if c.dep_ in roles and c.pos_ != "PRON"]
    return (lemma(told), *dict.fromkeys([*words, *(lemma(a) for a in acts[1:])]))

"""The cue lexicon and finding attribution cues on a parse.

A cue is the word that turns a clause into someone's claim: ``said``,
``denied``, ``according to``. The lexicon lists lemmas; we match word forms
(generated below) so the lemmatizer can stay switched off. Which lemmas need a
clause as their content and which also take a plain object is recorded here
too, because "denied the allegations" is a claim while "said something" is not.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from workbench.core.domain import Stance
from workbench.core.extract.wordlists import words as _words

SPEECH = (
    "say tell add claim confirm deny insist state note explain argue write tweet declare "
    "comment ask reply respond answer assert contend maintain stress emphasize emphasise "
    "acknowledge admit concede announce report allege warn caution testify recall reveal "
    "disclose suggest indicate predict estimate mention remark observe reiterate repeat "
    "complain boast joke quip retort counter agree conclude speculate assure inform "
    "promise pledge vow threaten urge demand propose recommend accuse blame charge "
    "criticize criticise condemn praise dismiss reject dispute question describe call "
    "post brief signal hint insinuate guarantee imply surmise rebut chastise "
    "deride scold rebuke demur reaffirm vouch concede"
)
"""Verbs of saying: the core of what a fact-checker must see attributed."""

BELIEF = "believe hope fear expect feel know doubt worry suspect learn realize assume"
"""Verbs of holding a view; cues only when a clause follows (``believes that ...``)."""

EVIDENCE = "show find reveal suggest indicate"
"""Polls and studies "show" or "find"; cues only with a clause."""

INTENT = "vow promise pledge refuse decline seek intend threaten"
"""Verbs of stated intention; cues only with an infinitive (``vowed to veto``)."""

STANCE_TAKING = (
    "praise slam blast attack mock defend endorse cite discuss welcome applaud "
    "denounce decry lambast ridicule label dub tout hail highlight"
)
"""Verbs of taking a public stand on something; their object is what they say about."""
STANCE_LEMMAS = frozenset(STANCE_TAKING.split())

ESTIMATE_AT = "put peg measure"
ESTIMATE_AT_LEMMAS = frozenset(ESTIMATE_AT.split())
"""Verbs that give a figure as someone's estimate: ``put the toll at 11``, ``measured the
quake at magnitude 6.4``; cues only
with an object and an ``at`` followed by a number."""
FIGURE_LABELS = frozenset(("CARDINAL", "PERCENT", "MONEY", "QUANTITY"))

ABOUT = "talk joke complain point refer focus weigh lash respond react testify"
"""Verbs whose content is a prepositional object: ``talked about X``, ``pointed to X``."""
ABOUT_PREPS = frozenset(("about", "to", "on", "at", "over", "of"))

PLEA_DENIED, PLEA_ADMITTED = "plead not guilty", "plead guilty"
PLEA_LEMMAS = frozenset((PLEA_DENIED, PLEA_ADMITTED))
"""A plea as a cue's lemma: "pleaded not guilty" (or "innocent") denies the charge,
"pleaded guilty" admits it (:func:`plea_of`)."""
ANSWERED_NO, ANSWERED_YES = "say no", "say yes"
ANSWER_LEMMAS = frozenset((ANSWERED_NO, ANSWERED_YES))
"""An answer to the question before as a cue's lemma: "Were passwords stolen? TeleNord says
no." denies what the question asks; "says yes" asserts it (:func:`answer_of`)."""

_NOUN_OK_VERBS = (
    "deny confirm announce report acknowledge admit reveal estimate reject dismiss dispute "
    "propose promise predict criticize criticise condemn praise demand describe blame accuse "
    "urge call claim allege warn question disclose threaten pledge vow recommend "
)
NOUN_OK = frozenset((_NOUN_OK_VERBS + STANCE_TAKING).split()) | PLEA_LEMMAS | ANSWER_LEMMAS
"""Lemmas whose direct object alone is a claim (``denied the allegations``, ``pleaded
guilty to fraud``)."""

STANCES: dict[str, Stance] = {
    **{
        w: Stance.DENIES
        for w in ["deny", "reject", "dismiss", "dispute", "counter", "retort", "oppose", "doubt"]
    },
    **{
        w: Stance.ACCUSES
        for w in _words(
            "accuse blame allege charge criticize criticise condemn insinuate slam blast attack "
            "denounce decry lambast ridicule"
        )
    },
    **{w: Stance.CALLS_FOR for w in ["call", "urge", "demand", "propose", "recommend"]},
    PLEA_DENIED: Stance.DENIES,
    ANSWERED_NO: Stance.DENIES,
    **{w: Stance.WARNS for w in ["warn", "caution", "threaten"]},
}

_IRREGULAR: dict[str, tuple[str, ...]] = {
    "say": ("say", "says", "said", "saying"),
    "tell": ("tell", "tells", "told", "telling"),
    "write": ("write", "writes", "wrote", "written", "writing"),
    "think": ("think", "thinks", "thought", "thinking"),
    "feel": ("feel", "feels", "felt", "feeling"),
    "know": ("know", "knows", "knew", "known", "knowing"),
    "find": ("find", "finds", "found", "finding"),
    "show": ("show", "shows", "showed", "shown", "showing"),
    "deny": ("deny", "denies", "denied", "denying"),
    "reply": ("reply", "replies", "replied", "replying"),
    "testify": ("testify", "testifies", "testified", "testifying"),
    "worry": ("worry", "worries", "worried", "worrying"),
    "quip": ("quip", "quips", "quipped", "quipping"),
    "admit": ("admit", "admits", "admitted", "admitting"),
    "signal": ("signal", "signals", "signaled", "signalled", "signaling", "signalling"),
    "put": ("put", "puts", "putting"),
    "peg": ("peg", "pegs", "pegged", "pegging"),
}


def _forms(lemma: str) -> tuple[str, ...]:
    """Regular English inflections; good enough for this closed list."""
    if lemma in _IRREGULAR:
        return _IRREGULAR[lemma]
    if lemma.endswith("e"):
        return (lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing")
    if lemma.endswith(("sh", "ch", "ss", "x")):
        return (lemma, lemma + "es", lemma + "ed", lemma + "ing")
    return (lemma, lemma + "s", lemma + "ed", lemma + "ing")


def _table(lemmas: str) -> dict[str, str]:
    return {form: lemma for lemma in lemmas.split() for form in _forms(lemma)}


SPEECH_FORMS = {**_table(SPEECH + " " + STANCE_TAKING), "continued": "continue"}
"""Word forms of saying; of "continue" only the past, as in '"...," he continued.'"""
BELIEF_FORMS = _table(BELIEF)
INTENT_FORMS = _table(INTENT)
ABOUT_FORMS = _table(ABOUT)
EVIDENCE_FORMS = _table(EVIDENCE)
ESTIMATE_AT_FORMS = _table(ESTIMATE_AT)

CLAUSE_DEPS = frozenset(("ccomp", "xcomp", "parataxis"))


@dataclass(frozen=True, slots=True)
class Cue:
    """A cue found in a parse: ``start``/``end`` are token indices (end exclusive)."""

    head: Token
    start: int
    end: int
    lemma: str
    speech: bool

    @property
    def stance(self) -> Stance:
        return STANCES.get(self.lemma, Stance.ASSERTS)

    @property
    def according(self) -> bool:
        return self.lemma == "according to"


def cue_lemma(token: Token) -> tuple[str, bool] | None:
    """The lexicon lemma of a verb token and whether it is a verb of saying."""
    if not token.tag_.startswith("VB"):
        return None
    lower = token.lower_
    lemma = SPEECH_FORMS.get(lower)
    if lemma is not None:
        return lemma, True
    lemma = BELIEF_FORMS.get(lower) or EVIDENCE_FORMS.get(lower)
    if lemma is not None and any(c.dep_ == "ccomp" for c in token.rights):
        return lemma, False
    lemma = EVIDENCE_FORMS.get(lower)
    if lemma is not None and _evidence_subject(token):
        if any(c.dep_ == "dobj" for c in token.rights):
            return lemma, False  # "the poll shows Clinton ahead"
        if any(c.dep_ == "ccomp" for c in token.lefts) or trailing_conjunct(token):
            return lemma, False  # "Filters cut sick days, a study has found"
    lemma = INTENT_FORMS.get(lower)
    if lemma is not None and any(c.dep_ == "xcomp" for c in token.rights):
        return lemma, False
    lemma = ABOUT_FORMS.get(lower)
    if lemma is not None and _about_object(token) is not None:
        return lemma, False
    lemma = ESTIMATE_AT_FORMS.get(lower)
    if lemma is not None and figure_at(token) is not None:
        return lemma, False
    return None


def figure_at(token: Token) -> Token | None:
    """The ``at`` of "put turnout at 68 percent" when "put" has an object and a figure there.

    "put the meeting at 3 p.m." or "put the blame at his door" set a time or a
    place, not an estimate; only a count, a share, a sum or a measure makes one.
    """
    if not any(c.dep_ == "dobj" for c in token.rights):
        return None
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ == "at":
            for pobj in child.children:
                if pobj.dep_ == "pobj" and (
                    _a_figure(pobj)
                    or (pobj.ent_type_ not in {"TIME", "DATE"} or pobj.lower_ in SPANS)
                    and any(c.dep_ == "nummod" and _a_figure(c) for c in pobj.children)
                ):  # "at 11", "at 68 percent", "at magnitude 6.4", "at two hours"
                    return child
    return None


SPANS = frozenset(_words("minutes hours days weeks months years"))
"""Units of a length of time, which "put at" estimates ("puts the repair at two hours"),
unlike a clock time it sets ("put the meeting at 3 p.m.")."""


def _a_figure(token: Token) -> bool:
    return token.like_num or token.ent_type_ in FIGURE_LABELS


EVIDENCE_SOURCES = frozenset(
    _words(
        "poll polls survey surveys study studies data report reports records figures numbers "
        "analysis research results review investigation audit documents emails census"
    )
)


def _evidence_subject(token: Token) -> bool:
    """Whether a study, a poll or records are what finds or shows: the subject, or the last
    noun of its own words ("The University of Lorvik study she cited found ...")."""
    for subject in (c for c in token.children if c.dep_ == "nsubj"):
        own = [t for t in subject.subtree if t.i < token.i and not _in_relative(t, subject)]
        nouns = [t for t in own if t.pos_ in ("NOUN", "PROPN")]
        if subject.lower_ in EVIDENCE_SOURCES or (nouns and nouns[-1].lower_ in EVIDENCE_SOURCES):
            return True
    return False


def trailing_conjunct(verb: Token) -> bool:
    """Whether a verb is parsed as a conjunct of the clause before it, set off by a comma:
    "Filters cut sick days by a fifth, a study has found, although ..." (the clause is
    what the study found)."""
    if verb.dep_ != "conj" or verb.head.i > verb.i:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    first = subject.left_edge.i if subject is not None else verb.i
    return first > 0 and verb.doc[first - 1].lower_ == ","


def _in_relative(token: Token, top: Token) -> bool:
    """Whether ``token`` is inside a relative clause of the phrase ``top`` heads."""
    while token.i != top.i:
        if token.dep_ == "relcl":
            return True
        token = token.head
    return False


def _about_object(token: Token) -> Token | None:
    """The object of ``about``/``to``... after a verb like "talked", if any."""
    for child in token.rights:
        if child.dep_ in ("prep", "prt") and child.lower_ in ABOUT_PREPS:
            for grandchild in child.children:
                if grandchild.dep_ in ("pobj", "pcomp"):
                    return grandchild
    return None


def about_object(token: Token) -> Token | None:
    """Public form of :func:`_about_object` for the content rules."""
    return _about_object(token)


def find_cues(doc: Doc) -> list[Cue]:
    """Every cue in the document, in text order; one linear pass over tokens."""
    cues: list[Cue] = []
    n = len(doc)
    for token in doc:
        lower = token.lower_
        if lower == "according" and token.i + 1 < n and doc[token.i + 1].lower_ == "to":
            cues.append(Cue(token, token.i, token.i + 2, "according to", True))
            continue
        plea = plea_of(token) or answer_of(token)
        if plea is not None:  # "pleaded not guilty to taking bribes": a denial, in court
            cues.append(Cue(token, token.i, plea[1], plea[0], True))
            continue
        found = cue_lemma(token)
        if found is None:
            continue
        lemma, speech = found
        if token.dep_ == "amod" or token.tag_ == "VBN" and token.dep_ == "acl":
            continue  # "the said document", "a report written by ..."
        if token.dep_ in ("dobj", "pobj", "poss") and token.tag_ != "VBG":
            continue  # a noun the tagger took for a verb: "dismisses claims that ..."
        if source_aside(token) or _price(token, lemma) or _duty(token, lemma):
            continue
        if lemma in PEOPLE_TAKEN and _takes_people(token):
            continue
        if lemma in STRUCK and _struck(token):
            continue
        cues.append(Cue(token, token.i, token.i + 1, lemma, speech))
    return cues


PEOPLE_TAKEN = frozenset(("admit", "dismiss"))
"""Cues that, done to people, take them in or let them go, and say nothing: "the hospital
had admitted 180 patients", "it had dismissed Dusek in 2022"."""
PEOPLE = frozenset(_words(
    "patient people person child man woman victim student refugee migrant applicant member "
    "casualty worker employee staff official manager officer"
))  # fmt: skip


def _takes_people(token: Token) -> bool:
    """Whether "admit" or "dismiss" is done to people, not to what was said: its object is
    people, counted ("had admitted 180 patients") or named ("dismissed Dusek"), and it has no
    clause of what was conceded."""
    if any(c.dep_ == "ccomp" for c in token.children):
        return False
    from workbench.core.extract.model import lemma as model_lemma

    return any(
        c.dep_ == "dobj"
        and (
            c.ent_type_ == "PERSON"
            or model_lemma(c) in PEOPLE
            or any(n.dep_ == "nummod" for n in c.children)
        )
        for c in token.children
    )


STRUCK = frozenset(("attack", "blast", "slam"))
"""Cues that, done with a weapon or to people or places, are blows, not words: "a small
group that attacked officers with stones", "gunmen attacked the convoy"."""
TARGETS = PEOPLE | frozenset(_words(
    "police soldier troop protester demonstrator guard village town convoy base checkpoint "
    "station building house home car vehicle bus"
))  # fmt: skip


def _struck(token: Token) -> bool:
    """Whether "attacked" and the like are a blow: done with something ("with stones") or to
    people or places named by a common noun (a named person is attacked in words: "Clinton
    attacked Trump over his taxes")."""
    if any(c.dep_ == "ccomp" for c in token.children):
        return False
    from workbench.core.extract.model import lemma as model_lemma

    return any(
        (c.dep_ == "prep" and c.lower_ == "with")
        or (c.dep_ == "dobj" and c.ent_type_ != "PERSON" and model_lemma(c) in TARGETS)
        for c in token.children
    )


DUTIES = frozenset(("must", "should", "shall", "ought"))
"""Modals that make a verb of saying a duty: "Companies must report breaches within 72 hours"
says what the law asks, not what anyone reported."""
OBLIGED = frozenset(("have", "need", "require", "oblige", "obligate"))


def _duty(token: Token, lemma: str) -> bool:
    """Whether a verb of saying is a duty, not a saying: "must report", "are required to
    disclose", "have to tell". "I must tell you that ..." and "I should say that ..." say it.
    ``lemma`` is the cue's, as :func:`cue_lemma` gives it."""
    if lemma in ("say", "tell") and any(
        c.dep_ == "nsubj" and c.lower_ == "i" for c in token.children
    ):
        return False
    if any(c.dep_ == "aux" and c.lower_ in DUTIES for c in token.children):
        return True
    from workbench.core.extract.model import lemma as model_lemma

    return token.dep_ == "xcomp" and model_lemma(token.head) in OBLIGED


PLEAS = frozenset(("plead", "pleads", "pleaded", "pled", "pleading"))
PLEADED = frozenset(("guilty", "innocent"))


def plea_of(token: Token) -> tuple[str, int] | None:
    """A plea the verb enters and where its words end: "pleaded not guilty" (a denial of
    the charge), "pleaded innocent" (the same), "pleaded guilty" (an admission)."""
    if token.lower_ not in PLEAS or not token.tag_.startswith("VB"):
        return None
    word = next((c for c in token.rights if c.lower_ in PLEADED), None)
    if word is None:
        return None
    denied = word.lower_ == "innocent" or any(c.dep_ == "neg" for c in word.children)
    return (PLEA_DENIED if denied else PLEA_ADMITTED), word.i + 1


def answer_of(token: Token) -> tuple[str, int] | None:
    """An answer to the question the sentence before asks, and where its words end: "Were
    passwords stolen? TeleNord says no." (a denial of what is asked), "says yes"."""
    if SPEECH_FORMS.get(token.lower_) != "say" or not token.tag_.startswith("VB"):
        return None
    word = next((c for c in token.rights if c.lower_ in ("no", "yes")), None)
    if word is None or word.i != token.i + 1 or question_before(token) is None:
        return None
    return (ANSWERED_NO if word.lower_ == "no" else ANSWERED_YES), word.i + 1


def question_before(token: Token) -> tuple[int, int] | None:
    """The tokens of the question the sentence before ``token``'s asks, without its mark."""
    last = token.sent.start - 1
    while last >= 0 and token.doc[last].is_space:  # a Markdown mark read as spaces
        last -= 1
    if last < 0 or token.doc[last].text != "?":
        return None
    asked = token.doc[last].sent
    start = next((t.i for t in asked if not t.is_space), last)
    if last - start < 2:
        return None
    return start, last


def plea_charge(cue: Cue) -> Token | None:
    """What a plea answers: "to taking bribes", "to charges of murder", "to fraud"."""
    verb = cue.head
    pleaded = cue.head.doc[cue.end - 1]
    for owner in (pleaded, verb):
        for child in owner.rights:
            if child.dep_ == "prep" and child.lower_ == "to":
                return next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
    return None


PRICING = frozenset(("ask", "charge"))


def _price(token: Token, lemma: str) -> bool:
    """ "The seller was asking $150,000 for the records", "charged $50 a head": a price
    asked, not a question or an accusation."""
    return lemma in PRICING and any(
        c.dep_ == "dobj" and c.ent_type_ == "MONEY" for c in token.rights
    )


SOURCE_ASIDES = frozenset(("citing", "quoting"))


def source_aside(token: Token) -> bool:
    """ "The paper, citing two firefighters, reports ...": who the source heard it from.

    A participle set off by a comma before the verb it hangs on (or on the
    speaker's noun) names the source's own sources; the claim is the main
    verb's. After its verb it gives a reason ("resigned, citing ill health").
    """
    if token.lower_ not in SOURCE_ASIDES or token.i == 0 or token.doc[token.i - 1].text != ",":
        return False
    head = token.head
    return head.i > token.i or head.pos_ in ("NOUN", "PROPN")


def is_cue_token(token: Token) -> bool:
    """Whether a token would be a cue itself (used to stop a content span)."""
    return cue_lemma(token) is not None

"""The clause a verb of saying governs, mended where the parser errs.

The complement is the clause after the cue, or one hung on what the cue names
("says in a statement that ..."); a name the parser took for a verb, a
contrast that is the writer's, a subject stolen from the next clause and
clauses coordinated with the complement are put right here, for
:mod:`content` to cut the content from.
"""

from __future__ import annotations

from spacy.tokens import Token

from workbench.core.extract.context import DocContext


def complement(verb: Token) -> Token | None:
    """The clausal complement, preferring one after the verb (the usual order)."""
    before = None
    for child in verb.children:
        if child.dep_ == "ccomp" and not time_relative(child) and not adverbial(child):
            if child.i > verb.i:
                return child
            before = child
    if before is None:
        # "says in a statement that ...": the clause hung on the statement
        for child in verb.rights:
            if child.dep_ != "prep":
                continue
            for pobj in child.children:
                for clause in pobj.rights:
                    if clause.dep_ in ("acl", "ccomp") and any(
                        c.dep_ == "mark" and c.lower_ == "that" for c in clause.children
                    ):
                        return clause
                    if clause.dep_ == "relcl" and _no_relative(clause):
                        return clause  # "told supporters in the capital that the count was ..."
    return before


def _no_relative(clause: Token) -> bool:
    """Whether a clause the parser made relative ("the capital that the count was riddled
    with ...") cannot be one: its "that" opens it, and it has a subject of its own while
    being passive or a copula's, so that "that" has no place in it but as a conjunction."""
    first = clause.left_edge
    subject = any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ != "that" for c in clause.children)
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in clause.children)
    return first.lower_ == "that" and subject and (passive or clause.lemma_ == "be")


TIME_NOUNS = frozenset({"day", "time", "moment", "minute", "hour", "week", "month", "year",
                        "night", "morning", "evening", "afternoon", "instant"})  # fmt: skip


ADVERBIAL_MARKS = frozenset({"after", "before", "when", "while", "since", "because",
                             "although", "though", "until", "once", "whereas"})  # fmt: skip
"""Words that open a clause saying when or why, never what was said."""


def adverbial(clause: Token) -> bool:
    """Whether a clause the parser took for a complement says when or why: "the office said
    on Monday, a day after the prime minister told his party that crime had fallen"; what
    the office said is the clause before."""
    return any(c.dep_ == "mark" and c.lower_ in ADVERBIAL_MARKS for c in clause.children)


def time_relative(clause: Token) -> bool:
    """Whether a clause the parser took for a complement tells when, as a that-less relative
    of the time phrase before it: "informed the agency the same day it confirmed the
    contamination" informed of nothing said; "it confirmed" dates the informing."""
    doc = clause.doc
    k = clause.left_edge.i - 1
    while k >= 0 and doc[k].is_punct:
        k -= 1
    if k < 0:
        return False
    noun = doc[k]
    return clause.dep_ == "ccomp" and noun.head == clause.head and relative_time(noun)


def relative_time(noun: Token) -> bool:
    """Whether a time phrase set in the clause is one a that-less relative clause follows:
    "the same day", "the moment" ("the same day it confirmed ..."), not "the next morning"
    ("told residents the next morning the dam had held": when they were told)."""
    return (
        noun.lower_ in TIME_NOUNS
        and noun.dep_ == "npadvmod"
        and all(c.lower_ in _SAME for c in noun.children if c.dep_ == "amod")
    )


_SAME = frozenset(("same", "very", "exact"))


def unmarked_clause(verb: Token) -> Token | None:
    """The subject of a that-less clause the parser hung on the verb as an adverbial one
    when a phrase came between ("Trump said after the convention he would not accept
    ..."): a finite clause after the verb, with its own subject and no conjunction."""
    for clause in verb.rights:
        if clause.dep_ != "advcl" or clause.tag_ in ("VBG", "VBN"):
            continue
        if clause.tag_ == "VB" and not any(c.tag_ == "MD" for c in clause.children):
            continue  # "to accept": an infinitive, no clause of its own
        if any(c.dep_ == "mark" or c.tag_ == "WRB" for c in clause.children):
            continue  # "when she was secretary": when, not what
        subject = next((c for c in clause.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.pos_ not in ("PRON", "PROPN", "NOUN"):
            continue
        between = [c for c in clause.lefts if c.i < subject.left_edge.i]
        if between and all(c.dep_ == "prep" for c in between):
            return subject  # only "after the convention" between the verb and the clause
    return None


def misparsed_name(comp: Token) -> Token | None:
    """The real complement when the parser took a name for a verb.

    "said in a statement carried by the agency SANA that gangs attacked ...":
    "SANA" comes out as a subjectless verb taking the that-clause. A verb
    complement with no subject whose own that-clause follows it at once is
    such a name; the that-clause is what was said.
    """
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in comp.children):
        return None
    if not (comp.is_title or comp.is_upper) or comp.i + 1 >= len(comp.doc):
        return None
    mark = comp.doc[comp.i + 1]
    if mark.lower_ != "that" or mark.dep_ != "mark":
        return None
    clause = mark.head
    if clause.head == comp and clause.dep_ in ("ccomp", "advcl", "acl", "conj"):
        return clause
    return None


def cut_contrast(comp: Token, end: int) -> int:
    """End before ``, but <new subject> ...``: the writer turning to another view."""
    for child in comp.rights:
        if child.dep_ != "conj" or not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in child.children
        ):
            continue
        joiner = [t for t in comp.doc[comp.i + 1 : child.i] if t.dep_ == "cc" and t.head == comp]
        if joiner and joiner[-1].lower_ in ("but", "yet"):
            return joiner[-1].i
    return end


def cut_stolen_subject(comp: Token, end: int) -> int:
    """End before ``and <noun>`` that is really the subject of the clause after it.

    "says it is considering tightening sanctions and European governments will
    discuss Syria": the parser joins "governments" to "sanctions" and leaves
    "will discuss" without a subject. A verb right after the content with no
    subject of its own, preceded by a noun conjunct, takes that conjunct back.
    """
    doc = comp.doc
    if end >= len(doc) or doc[end].pos_ not in ("AUX", "VERB"):
        return end
    verb = doc[end] if doc[end].pos_ == "VERB" else doc[end].head
    if verb.pos_ != "VERB" or verb.i < end or verb.dep_ not in ("ccomp", "conj", "ROOT"):
        return end
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return end
    last = doc[end - 1]
    noun = (
        last if last.dep_ == "conj" else next((t for t in last.ancestors if t.dep_ == "conj"), last)
    )
    if noun.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN") or noun.right_edge.i != end - 1:
        return end
    joiner = doc[noun.left_edge.i - 1] if noun.left_edge.i > comp.i else None
    if joiner is None or joiner.lower_ not in ("and", "or") or joiner.dep_ != "cc":
        return end
    return joiner.i


def extend_over_conjuncts(verb: Token, end: int, ctx: DocContext) -> int:
    """Take in clauses coordinated with the complement, up to the next cue."""
    for child in verb.rights:
        if child.i < end:
            continue
        if child.dep_ == "conj":
            if child.i in ctx.cue_heads:
                break
            if not any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children):
                break  # "denies X and goes on to ...": the source acting, not claiming
            end = child.right_edge.i + 1
    return end

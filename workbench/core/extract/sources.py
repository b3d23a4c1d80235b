"""Who is speaking: the source mention of a cue, as it stands in the text.

The mention is the cue's grammatical subject with its modifiers; for a verb
that shares its subject with an earlier one ("called for sanctions and said")
or a participle ("..., saying ...") it is the governing verb's subject; in a
relative clause ("officials who said") it is the noun the clause hangs on.
Mentions that name no one, ``No one is saying``, ``it was reported``, yield
no source and therefore no claim.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from workbench.core.extract.cues import Cue, is_cue_token
from workbench.core.extract.quotes import QuoteIndex
from workbench.core.extract.wordlists import words as _words

SUBJECT_DEPS = frozenset(("nsubj", "nsubjpass", "csubj"))
NOMINAL_SUBJECTS = frozenset(("nsubj", "nsubjpass"))
NOBODY = frozenset(("no one", "nobody", "none", "noone", "no-one", "neither"))
RELATIVE = frozenset(("who", "that", "which", "whom"))
RELATIVE_AS_IS = frozenset(("who", "whom"))
"""Relative pronouns kept as the mention (``officials who said``); "that" and
"which" give way to the noun they stand for."""
EXPLETIVE = frozenset(("there", "this", "what", "that", "which", "nothing"))
PRONOUNS = frozenset(
    _words("he she they it we i you him her them us me his hers their one someone")
)
_INHERIT_DEPS = frozenset(("conj", "advcl", "xcomp"))
_EDGE_PUNCT = frozenset(("punct",))


@dataclass(frozen=True, slots=True)
class SourceSpan:
    """Token range ``start``..``end`` (exclusive) and its syntactic head."""

    head: Token
    start: int
    end: int
    antecedent: SourceSpan | None = None
    """For a relative pronoun (``officials who said``), the noun it stands for."""

    def text(self, doc: Doc) -> str:
        return doc[self.start : self.end].text


def _may_speak(token: Token) -> bool:
    """Whether a subject may say something: a name, a pronoun, a person or a body
    ("the ministry", "residents"), not a thing ("real wages", "prices")."""
    from workbench.core.extract.candidates import is_candidate

    return (
        token.pos_ in ("PROPN", "PRON")
        or token.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
        or is_candidate(token)
    )


def is_relative(token: Token) -> bool:
    """Whether a word is a relative pronoun ("officials who said"), not an acronym written
    like one: "The WHO says" is the World Health Organization."""
    return token.lower_ in RELATIVE and token.pos_ != "PROPN" and not token.text.isupper()


def find_source(cue: Cue, quotes: QuoteIndex | None = None) -> SourceSpan | None:
    """The source mention of ``cue``, or None when nobody is the source.

    With ``quotes``, a subject the parser found inside a quotation (the quote
    taken as subject of a trailing ``..., Trump said``) is replaced by the
    mention between the quotation and the cue.
    """
    span = _source(cue)
    if span is None or quotes is None:
        return span
    doc = cue.head.doc
    quote = quotes.at(doc[span.start].idx)
    if quote is None or quotes.at(doc[cue.start].idx) is not None:
        return span
    k = span.start
    while k < cue.start and doc[k].idx < quote.end:
        k += 1
    while k < cue.start and (doc[k].is_punct or doc[k].is_space):
        k += 1
    if k >= cue.start or doc[k].pos_ not in ("PROPN", "NOUN", "PRON", "DET", "ADJ"):
        return None
    head = doc[k]
    while head.head.i < cue.start and head.head.i > k and head.dep_ in ("compound", "det", "amod"):
        head = head.head
    end = min(head.right_edge.i + 1, cue.start)
    while end > k and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return SourceSpan(head, k, end) if end > k else None


def _reduced_relative_subject(verb: Token) -> Token | None:
    """The noun of "A post shared 40,000 times on social media says ...", when the parser took
    its participle for a clause of its own, running up to the cue: the cue's complement
    before it, or the verb the cue hangs from."""
    if verb.i == 0 or verb.doc[verb.i - 1].is_punct:
        return None
    before = verb.i - 1
    clauses = [c for c in verb.lefts if c.dep_ == "ccomp"]
    if verb.dep_ in ("parataxis", "conj") and verb.head.i < verb.i:
        clauses.append(verb.head)
    for clause in clauses:
        if clause.tag_ not in ("VBD", "VBN") or not any(t.i == before for t in clause.subtree):
            continue
        # the nearest ("Claim: A post shared ...": the post, not the rubric)
        subject = next((c for c in reversed(list(clause.lefts)) if c.dep_ == "nsubj"), None)
        if subject is not None and subject.pos_ in ("NOUN", "PROPN"):
            return subject
    return None


def _source(cue: Cue) -> SourceSpan | None:
    if cue.according:
        return _according_source(cue)
    verb = cue.head
    if any(c.dep_ == "neg" for c in verb.children) or _refused(verb):
        return None  # "did not say", "refused to confirm": not a claim
    quoted = _quoted_as(verb)
    if quoted is not None:
        return _noun_span(quoted)
    subject = _subject(verb)
    if subject is None and _passive_participle(verb):
        return None  # "Asked about the plan, she said ...": she was asked, by someone unnamed
    current = verb
    hops = 0
    while (
        subject is None and hops < 3 and (current.dep_ in _INHERIT_DEPS or set_off_saying(current))
    ):
        parent = current.head
        if parent.pos_ == "ADJ" and parent.dep_ == "acomp":
            parent = parent.head  # "Trump was quick to add that ..."
        if parent == current or parent.pos_ not in ("VERB", "AUX"):
            break
        if current.dep_ != "conj" and current.tag_ not in ("VBG", "VB", "VBN"):
            break  # only a participle or an infinitive borrows its governor's subject
        current = parent
        subject = _subject(current)
        hops += 1
    if (
        verb.dep_ == "conj"
        and current.dep_ == "ccomp"
        and subject is not None
        and not _may_speak(subject)
        and current.head.pos_ in ("VERB", "AUX")
    ):
        # "The federation said that real wages had fallen ... and called for a strike":
        # wages call for nothing; the parser hung the cue on the reported clause
        current = current.head
        subject = _subject(current)
    if hops == 1 and subject is not None and _set_off(verb):
        reporter = _reporter(current)
        if reporter is not None:
            return reporter
    if subject is None and current.dep_ == "ROOT" and current != verb:
        # "Trump summed up ..., denounced ... and said ...": the subject went to a
        # clause the parser put first
        for child in current.lefts:
            if child.dep_ == "advcl" and child.i < verb.i:
                subject = _subject(child)
                break
    if subject is None:
        subject = _number_subject(verb) or _reduced_relative_subject(verb)
    if subject is not None:
        subject = _past_time_stamp(subject, current)
    if subject is None:
        return _mistagged_name(verb) or _appositive_speaker(verb)
    if subject.dep_ == "nsubjpass":
        return None  # "it was reported", "he was told": the speaker is elsewhere
    if is_relative(subject) and current.dep_ == "relcl":
        antecedent = _noun_span(current.head, stop=current)
        if subject.lower_ in RELATIVE_AS_IS or antecedent is None:
            return SourceSpan(subject, subject.i, subject.i + 1, antecedent)
        return antecedent
    lower = subject.lower_
    if lower in EXPLETIVE and subject.pos_ in ("PRON", "DET", "SCONJ"):
        return None
    span = _noun_span(subject)
    if span is None:
        return None
    text = subject.doc[span.start : span.end].text.lower()
    if text in NOBODY or text.startswith(("no one", "nobody")):
        return None
    if any(t.lower_ == "no" and t.dep_ == "det" for t in subject.children):
        return None  # "no official said": a negative source
    return span


_TIME_LABELS = frozenset(("gmt", "utc", "est", "edt", "bst", "cet", "cest", "local"))


NOT_DONE = frozenset({
    "refuse", "decline", "fail", "unable", "reluctant", "unwilling", "avoid", "deny",
    "refrain", "hesitate", "resist", "neglect", "stop", "forget",
    "wait", "delay", "postpone", "plan", "intend", "want", "hope", "expect",
})  # fmt: skip
"""Words that make a verb of saying after them one not done, or not yet: "declined to say
how many died", "was unable to confirm", "avoided saying", "denied saying", "stopped short
of saying", "had delayed reporting the problem", "is expected to announce". Not "tried to
blame Lebanon": what is tried is said."""


def _refused(verb: Token) -> bool:
    """Whether the cue is what its source refused, avoided or has yet to do, or neither did
    ("would neither confirm nor deny")."""
    from workbench.core.extract.model import lemma

    if any(c.dep_ == "preconj" and c.lower_ == "neither" for c in verb.children):
        return True
    if verb.dep_ == "conj":
        return _refused(verb.head)
    if verb.dep_ not in ("xcomp", "pcomp"):
        return False
    governor = verb.head.head if verb.dep_ == "pcomp" else verb.head  # "short of saying"
    if any(c.lower_ == "yet" for c in verb.head.children):
        return True  # "has yet to say"
    return lemma(verb.head) in NOT_DONE or lemma(governor) in NOT_DONE


QUOTED_AS = frozenset({"quote", "cite", "report", "record", "hear", "film", "overhear"})


def _quoted_as(verb: Token) -> Token | None:
    """The speaker a passive names in "The minister was quoted as saying ...", "was heard
    saying ...": the subject of the passive, not someone unnamed."""
    from workbench.core.extract.model import lemma

    head = verb.head.head if verb.dep_ == "pcomp" and verb.head.lower_ == "as" else verb.head
    if verb.tag_ != "VBG" or head == verb or lemma(head) not in QUOTED_AS:
        return None
    return next((c for c in head.children if c.dep_ == "nsubjpass"), None)


def set_off_saying(verb: Token) -> bool:
    """A participle of saying after a comma that the parser hung on the cue before it as
    what was said ("The port authority disputed that, saying two terminals were working"):
    a second cue of the same speaker."""
    doc = verb.doc
    return (
        verb.dep_ == "ccomp"
        and verb.tag_ == "VBG"
        and verb.head.i < verb.i
        and verb.i > 0
        and doc[verb.i - 1].text == ","
        and is_cue_token(verb)
    )


def _past_time_stamp(subject: Token, verb: Token) -> Token | None:
    """A live blog's "0715 GMT: Police say ...": the time opens the entry, the speaker follows.

    The parser takes the time label before the colon for the subject; the
    speaker is the verb's other subject after the colon, or the label's
    apposition ("1015 GMT: The mayor of Varnica, Lidia Sorn, says").
    """
    doc = subject.doc
    colon = subject.i + 1
    if colon >= len(doc) or doc[colon].text != ":":
        return subject
    if subject.lower_ not in _TIME_LABELS and not subject.like_num:
        return subject
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS and child.i > colon:
            return child
    for child in subject.children:
        if child.dep_ == "appos" and child.i > colon:
            return child
    return None


def _passive_participle(verb: Token) -> bool:
    """A bare past participle heading an adverbial clause: ``Asked whether ...``."""
    return (
        verb.tag_ == "VBN"
        and verb.dep_ == "advcl"
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


def _set_off(verb: Token) -> bool:
    """Whether the cue follows a comma: ``..., rejecting ...``, ``..., and blamed ...``."""
    doc = verb.doc
    k = verb.i - 1
    if k >= 0 and doc[k].lower_ == "and":
        k -= 1
    return k >= 0 and doc[k].lower_ == ","


def _reporter(governor: Token) -> SourceSpan | None:
    """The speaker whose complement ``governor`` is, when a set-off cue hangs on it.

    "The ministry said 37 people had died, and blamed provocateurs": the parser
    joins "blamed" to "died", inside what the ministry said; a cue set off by a
    comma after a reported clause goes on with the reporter's own words.
    """
    head = governor.head
    if governor.dep_ != "ccomp" or head.i >= governor.i or not is_cue_token(head):
        return None
    return _source(Cue(head, head.i, head.i + 1, head.lower_, True))


def _subject(verb: Token) -> Token | None:
    """The verb's subject; of two, the one nearest before it (the parser may take the
    quotation's own subject for a second one: '"My reaction ...," Obama's strategist said')."""
    subjects = [child for child in verb.children if child.dep_ in SUBJECT_DEPS]
    before = [child for child in subjects if child.i < verb.i]
    return before[-1] if before else next(iter(subjects), None)


def _according_source(cue: Cue) -> SourceSpan | None:
    to = cue.head.doc[cue.start + 1]
    for child in to.children:
        if child.dep_ == "pobj":
            return _noun_span(child)
    # the parser sometimes hangs the object on "according" itself
    for child in cue.head.children:
        if child.dep_ == "pobj":
            return _noun_span(child)
    doc = cue.head.doc
    if cue.end < len(doc) and doc[cue.end].pos_ in ("PROPN", "NOUN", "DET", "PRON"):
        return _noun_span(doc[cue.end])
    return None


MAX_TAG_TOKENS = 4
"""Words a parenthesis after a name may hold and still be part of it: "(D-Wis.)", "(R)"."""


def _noun_span(head: Token, stop: Token | None = None) -> SourceSpan | None:
    """The head's phrase, trimmed of edge punctuation and of a trailing clause."""
    start = head.left_edge.i
    end = head.right_edge.i + 1
    if stop is not None:
        end = min(end, stop.left_edge.i)
    doc = head.doc
    # A long relative or participle clause describes the source; keep the core name.
    for child in head.rights:
        if child.dep_ in ("relcl", "acl") and child.i > head.i and child.right_edge.i - head.i > 6:
            end = min(end, child.left_edge.i)
            break
        if _set_off_participle(child):
            end = min(end, child.left_edge.i)  # "The broadcaster, citing a memo,": an aside
            break
        if child.dep_ == "npadvmod" and child.ent_type_ in ("DATE", "TIME"):
            end = min(end, child.left_edge.i)  # "Trump this week also said": when, not who
            break
        if child.dep_ == "prep" and any(
            o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME") for o in child.children
        ):
            end = min(end, child.left_edge.i)  # "Lebanese politicians on Friday rejected"
            break
    while end > start and (doc[end - 1].dep_ in _EDGE_PUNCT or is_relative(doc[end - 1])):
        end -= 1
    while start < end and doc[start].dep_ in _EDGE_PUNCT:
        start += 1
    end = _closed(doc, start, end)
    if end <= start:
        return None
    return SourceSpan(head, start, end)


def _closed(doc: Doc, start: int, end: int) -> int:
    """The end of a source whose parenthesis is left open: a short tag is closed ("Rep.
    Gwen Moore (D-Wis.)"), a longer aside is cut ("Mr. Burman (a view echoed by everyone
    I interviewed)" is Mr. Burman)."""
    opened = [k for k in range(start, end) if doc[k].text == "("]
    if len(opened) <= sum(doc[k].text == ")" for k in range(start, end)):
        return end
    k = opened[-1]
    if end < len(doc) and doc[end].text == ")" and end - k - 1 <= MAX_TAG_TOKENS:
        return end + 1
    while k > start and doc[k - 1].dep_ in _EDGE_PUNCT:
        k -= 1
    return k


def _set_off_participle(child: Token) -> bool:
    """A participle between commas after the speaker's noun: ", citing a leaked memo,"."""
    doc = child.doc
    first = child.left_edge.i
    return (
        child.dep_ in ("acl", "advcl")
        and child.tag_ in ("VBG", "VBN")
        and child.i > child.head.i
        and first > 0
        and doc[first - 1].text == ","
    )


def _mistagged_name(verb: Token) -> SourceSpan | None:
    """A capitalised name next to the cue that the tagger missed.

    ``Skelly said:`` and ``"...," said Skelly`` both occur with the name
    tagged as an adverb and no subject in the parse.
    """
    doc = verb.doc
    inverted = verb.i > 0 and doc[verb.i - 1].is_punct  # '"...," said Skelly'
    for k in (verb.i - 1, verb.i + 1):
        if not 0 <= k < len(doc) or not _loose_name(doc[k]) or k > verb.i and not inverted:
            continue
        start = end = k
        step = -1 if k < verb.i else 1
        while 0 <= end + step < len(doc) and _loose_name(doc[end + step], strict=False):
            end += step
        first, last = min(start, end), max(start, end)
        return SourceSpan(doc[k], first, last + 1)
    return None


def _appositive_speaker(verb: Token) -> SourceSpan | None:
    """The speaker of a cue set off after its content that the parser hung on the content
    as an apposition: "Two patients were treated at the hospital, a nurse there said", and
    '"...," the plant's director, Radovan Kuchar, told reporters' (the name an apposition
    of the apposition)."""
    doc = verb.doc
    k = verb.i - 1
    while k >= 0 and doc[k].pos_ == "ADV" and doc[k].head.i < verb.i:
        k -= 1  # "a nurse there said", "a spokesman later said"
    if k > 0 and doc[k].text == "," and doc[k - 1].dep_ == "appos":
        k -= 1  # "the plant's director, Radovan Kuchar, told"
    if k < 0 or doc[k].pos_ not in ("NOUN", "PROPN"):
        return None
    noun = doc[k] if doc[k].dep_ == "appos" else doc[k].head
    while noun.dep_ == "appos" and noun.head.dep_ == "appos" and noun.head.i < noun.i:
        noun = noun.head
    before = noun.left_edge.i - 1
    if noun.dep_ != "appos" or noun.i > k or before < 0 or not doc[before].is_punct:
        return None
    return _noun_span(noun)


def _loose_name(token: Token, strict: bool = True) -> bool:
    if not token.is_title or token.is_stop or token.is_sent_start and not strict:
        return False
    return not strict or token.dep_ in _NAME_DEPS


_NAME_DEPS = frozenset(("advmod", "npadvmod", "compound", "dep", "nmod", "dobj", "attr"))


def _number_subject(verb: Token) -> Token | None:
    """A poll share the parser hung on the verb as a number: "About 4 in 10 say ..."."""
    for child in verb.lefts:
        if child.dep_ in ("nummod", "npadvmod", "dep") and child.pos_ in ("NUM", "NOUN"):
            return child
    return None

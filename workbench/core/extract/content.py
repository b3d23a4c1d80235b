"""What is claimed: the content span of a cue.

Direct speech is found from the quotation marks next to the attribution
(:mod:`direct`), so a quotation that runs over several sentences is kept
whole. Indirect speech is read off
the parse: the cue's clausal complement (``said (that) ...``), its object for
cues that take one (``denied the allegations``, ``accused Y of Z``), the
clause an ``according to`` hangs on, or the clause before a trailing
``..., X said``. Spans never swallow a second cue coordinated with the first
(``called for sanctions and said ...`` gives two contents).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from workbench.core.domain import QuoteKind
from workbench.core.extract.complements import (
    complement,
    cut_contrast,
    cut_stolen_subject,
    extend_over_conjuncts,
    misparsed_name,
    relative_time,
    time_relative,
    unmarked_clause,
)
from workbench.core.extract.content_edges import (
    CONDITIONS,
    before_comparison,
    before_setting,
    message_start,
    past_when_said,
    setting,
    trim,
)
from workbench.core.extract.context import DocContext
from workbench.core.extract.cues import (
    ABOUT,
    ANSWER_LEMMAS,
    ESTIMATE_AT_LEMMAS,
    FIGURE_LABELS,
    NOUN_OK,
    PLEA_LEMMAS,
    STANCE_LEMMAS,
    Cue,
    about_object,
    figure_at,
    plea_charge,
    question_before,
    trailing_conjunct,
)
from workbench.core.extract.direct import quoted_content
from workbench.core.extract.sources import SourceSpan, is_relative, set_off_saying

OBJECT_DEPS = frozenset(("dobj", "dative", "xcomp", "ccomp", "oprd", "attr", "prep", "advcl"))
SKIP_DEPS = frozenset(("npadvmod", "advmod", "prt", "aux", "auxpass", "neg", "punct", "cc"))
CALL_PREPS = frozenset(("for", "on", "upon"))
JOINERS = frozenset(("but", "and", "while", "whereas", "although", "though", "because", "as"))
_MIN_TOKENS = 2
_NOTHING_SAID = frozenset(("little", "nothing", "much", "something", "anything"))
"""Objects that say how much was said, not what: "said little about the plan"."""
ABOUT_LEMMAS = frozenset(ABOUT.split())
TELLING = frozenset(("tell", "inform", "assure", "remind", "warn", "brief", "promise"))
"""Verbs whose object is the hearer, not what is said: "told reporters (that) ..."."""


@dataclass(frozen=True, slots=True)
class ContentSpan:
    """Character offsets of a content and whether it is quoted speech."""

    start: int
    end: int
    quote: QuoteKind


_SAID_THINGS = frozenset({"nothing", "something", "anything", "it", "this", "that", "so", "little"})
"""Objects of a cue that are what was said, not whom it was said to ("told reporters")."""


def find_content(cue: Cue, source: SourceSpan, ctx: DocContext) -> ContentSpan | None:
    """The content of ``cue`` said by ``source``, or None when there is none to claim."""
    direct = quoted_content(cue, source, ctx)
    if direct is not None:
        return ContentSpan(direct[0], direct[1], QuoteKind.DIRECT)
    tokens = _according(cue, source, ctx) if cue.according else _parsed(cue, source, ctx)
    if tokens is None:
        return None
    start, end = trim(tokens[0], before_comparison(tokens[0], tokens[1], ctx), ctx)
    start = past_when_said(start, end, cue.end, ctx)
    if tokens[0] < len(ctx.doc) and _indirect_question(ctx.doc[tokens[0]], cue):
        if cue.lemma not in ASKING:
            return None  # "would say on Monday whether the plant would reopen": nothing said
        start = tokens[0]  # "asked whether he would resign": a question, and reads as one
    if end - start < 1 or (end - start < _MIN_TOKENS and cue.lemma not in NOUN_OK):
        return None
    if cue.lemma not in NOUN_OK and _says_how_much(ctx.doc[start:end]):
        return None  # "demanded more money" is a claim; "said little about it" is not
    if _readers_question(ctx.doc[start:end]):
        return None  # "Cardiol recall: what we know", a headline's promise to the reader
    char_start, char_end = ctx.char_span(start, end)
    quote = ctx.quotes.at(char_start)
    if (
        quote is not None
        and quote.inner_end >= char_end - 1
        and quote.start < source_start(source, ctx)
    ):
        # the complement lies wholly inside a quotation: take the whole quotation
        return ContentSpan(quote.inner_start, quote.inner_end, QuoteKind.DIRECT)
    return ContentSpan(char_start, char_end, QuoteKind.INDIRECT)


ASKING = frozenset(("ask", "wonder", "question", "inquire", "query"))
"""Verbs whose whether-clause is the question asked; after any other verb of saying, a
whether-clause says nothing."""


def _indirect_question(first: Token, cue: Cue) -> bool:
    """Whether the content opens as an indirect question on the cue ("whether the border
    will reopen"), not a condition inside what was said ("if his candidate won, ...")."""
    clause = first.head
    return (
        first.lower_ in CONDITIONS
        and first.dep_ == "mark"
        and clause.dep_ == "ccomp"
        and clause.head == cue.head
    )


def _says_how_much(tokens: Span) -> bool:
    """A content like "little about the plan" or "a lot": an amount of talk, no claim."""
    words = [t for t in tokens if t.lower_ not in ("very", "so", "too")]
    return (
        bool(words)
        and words[0].lower_ in _NOTHING_SAID
        and not any(t.pos_ in ("VERB", "AUX") for t in tokens)
    )


def _readers_question(tokens: Span) -> bool:
    """A content that is only a question the writer answers for the reader ("what we know",
    "what you need to know"): a wh-word, then a clause whose subject is "we" or "you", and
    nothing more ("what we know is limited" says something)."""
    words = [t for t in tokens if not t.is_punct]
    root = tokens.root
    return (
        0 < len(words) <= 6
        and words[0].lower_ in _WH
        and any(c.dep_ == "nsubj" and c.lower_ in ("we", "you") for c in root.children)
    )


_WH = frozenset(("what", "how", "why", "where", "who", "when"))


def source_start(source: SourceSpan, ctx: DocContext) -> int:
    return ctx.doc[source.start].idx


def _according(cue: Cue, source: SourceSpan, ctx: DocContext) -> tuple[int, int] | None:
    """``According to X, ...`` and ``..., according to X.``: the rest of the sentence."""
    s_start, s_end = ctx.sent_start[cue.start], ctx.sent_end[cue.start]
    phrase_end = max(source.end, cue.end)
    attach = cue.head.head
    if attach != cue.head and attach.pos_ in ("VERB", "AUX"):
        # the clause the phrase modifies, on whichever side of it that clause lies
        if attach.i > cue.start:
            return phrase_end, max(attach.right_edge.i + 1, phrase_end)
        while attach.dep_ in _REPORTED and attach.head.i < attach.i:
            attach = attach.head  # "X said Y, according to Z": Z reports X saying Y
        return attach.left_edge.i, cue.start
    before = (s_start, cue.start)
    after = (phrase_end, s_end)
    if after[1] - after[0] >= before[1] - before[0]:
        return after
    return before


_REPORTED = frozenset(("ccomp", "xcomp"))


def _with_stolen_subject(verb: Token, comp: Token) -> int:
    """Where a complement after the verb starts, with its subject when the parser hung it on
    the verb: "suggested between 45,000 and 55,000 people had taken part" (a phrase of
    "suggested", and "had taken part" a clause without a subject), "said nothing in the
    footage would justify firing"."""
    start = comp.left_edge.i
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in comp.children):
        return start
    # the phrases just before the clause that the parser gave the verb: "said nothing in
    # the footage would justify firing" ("nothing" its object, "in the footage" its phrase)
    before = [c for c in verb.rights if c.i < start and c.dep_ in ("dobj", "prep")]
    for child in sorted(before, key=lambda c: c.i, reverse=True):
        if child.right_edge.i + 1 != start:
            break
        start = child.left_edge.i
    return start


def _parsed(cue: Cue, source: SourceSpan, ctx: DocContext) -> tuple[int, int] | None:
    verb = cue.head
    if _as_reported(cue):
        # "As the Post reported, the inspector issued subpoenas": the main clause
        head = verb.head
        if verb.left_edge.i <= head.left_edge.i:
            return verb.right_edge.i + 1, head.right_edge.i + 1
        return head.left_edge.i, verb.left_edge.i
    comp = complement(verb)
    if comp is not None and set_off_saying(comp):
        return None  # "disputed that, saying ...": what follows is the second cue's
    if comp is not None and comp.i > verb.i:
        comp = misparsed_name(comp) or comp
    if comp is None and (subject := unmarked_clause(verb)) is not None:
        clause = subject.head
        return subject.left_edge.i, extend_over_conjuncts(verb, clause.right_edge.i + 1, ctx)
    if comp is not None:
        if comp.i > verb.i:
            start = _with_stolen_subject(verb, comp)
            if start < verb.i:
                # "the crackdown that a group said had killed ...": the relative
                # pronoun heads the clause; the content starts after the cue
                start = cue.end
                for child in verb.rights:
                    if start <= child.i < comp.i:
                        start = child.right_edge.i + 1
            end = cut_stolen_subject(comp, cut_contrast(comp, comp.right_edge.i + 1))
            return start, extend_over_conjuncts(verb, end, ctx)
        first = min(source.start, cue.start)
        if not any(t.lower_ in JOINERS for t in ctx.doc[comp.right_edge.i + 1 : first]):
            last = max(source.end, cue.end)
            s_end = ctx.sent_end[cue.start]
            if last < s_end - 2 and ctx.doc[last].lower_ == "," and ctx.doc[last + 1].head != verb:
                return comp.left_edge.i, s_end  # "Take action now, they said, and you risk ..."
            return comp.left_edge.i, min(comp.right_edge.i + 1, first)
        return _following(cue, source, ctx)
    if verb.dep_ == "parataxis" and verb.head.i > verb.i:
        main = verb.head.head
        first = min(source.start, cue.start)
        if verb.head.dep_ == "conj" and main.i < first and ctx.doc[first - 1].is_punct:
            # "The toll rose to 23, the ministry said, after four workers died": parsed
            # with the cue hanging from the clause after it, a conjunct of the one before
            return main.left_edge.i, first - 1
        last = max(source.end, cue.end)
        before = ctx.doc[verb.head.left_edge.i : first]
        if (
            not _has_verb(before)
            and not any(t.dep_ in ("nsubj", "nsubjpass") and t.head == verb.head for t in before)
            and _has_verb(ctx.doc[last : verb.head.right_edge.i + 1])
        ):
            # "During his years in office, Mr. Obama said, a majority have come to ...":
            # what comes before the cue sets the scene; the clause after it is what was said
            return last, verb.head.right_edge.i + 1
        return verb.head.left_edge.i, verb.head.right_edge.i + 1  # "X, he said, Y"
    # "Petek took bribes, chief prosecutor Ana Mirkovic told reporters": the parser may hang
    # the cue on the clause before as its conjunct; with nothing said after it, that clause
    # is what was said
    said_after = any(
        c.dep_ in ("ccomp", "xcomp") or c.dep_ == "dobj" and c.lower_ in _SAID_THINGS
        for c in verb.children
    )  # "... , the minister said nothing": nothing of the clause before
    set_off = verb.dep_ in ("parataxis", "ccomp") or (
        (not cue.speech or not said_after) and trailing_conjunct(verb)
    )
    if set_off and verb.head.i < verb.i and not time_relative(verb):
        # "The plan will fail, he said." parsed with the content as the head; the
        # comma (or dash, or quotation mark) is what sets the clause off as said
        start = verb.head.left_edge.i
        end = min(source.start, cue.start)
        if start < end and ctx.doc[end - 1].is_punct:
            return start, end
    if verb.dep_ == "relcl" and not _whose_subject(verb) and not _relative_speaker(verb):
        return _embedded(cue, ctx)
    if cue.lemma in ANSWER_LEMMAS:
        return question_before(verb)
    if cue.lemma in PLEA_LEMMAS:
        charge = plea_charge(cue)
        return None if charge is None else (charge.left_edge.i, charge.right_edge.i + 1)
    if cue.lemma == "call":
        return _call(verb, ctx)
    if cue.lemma in ESTIMATE_AT_LEMMAS:
        return _estimate(verb)
    if cue.lemma in ABOUT_LEMMAS:
        target = about_object(verb)
        if target is not None:
            return target.left_edge.i, target.right_edge.i + 1
    if cue.lemma in NOUN_OK or not cue.speech:
        return _objects(cue, ctx)
    if verb.dep_ == "advcl" and verb.i < verb.head.i:
        # "Boasting 108,000 residents, the county seems ...": a participle opening the
        # sentence with no clause of its own says what its subject is, not what it said.
        return None
    return _trailing(cue, source, ctx)


def _has_verb(tokens: Span) -> bool:
    """Whether the tokens hold a verb or a modal: a clause, not a phrase."""
    return any(t.tag_.startswith(("VB", "MD")) for t in tokens)


def _as_reported(cue: Cue) -> bool:
    """An "as" clause whose cue vouches for the main clause: "As the Post reported, ...".

    "..., as the company denied it had been warned" is a second speaker with a
    claim of its own: a cue with its own complement reports that, not the
    clause the "as" hangs on ("as he told reporters" has none: "reporters" are told).
    """
    verb = cue.head
    as_mark = any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
    if verb.dep_ != "advcl" or not as_mark:
        return False
    own = ("ccomp", "dobj") if cue.lemma in NOUN_OK else ("ccomp",)
    return not any(c.dep_ in own and c.i > verb.i for c in verb.children)


def _whose_subject(verb: Token) -> bool:
    """``Mirescu, whose party claims 400,000 members``: the relative is the subject's.

    The noun the clause hangs on is then the owner of the speaker, not what is
    claimed; the cue's own object is.
    """
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and any(t.lower_ == "whose" for t in c.subtree)
        for c in verb.children
    )


def _relative_speaker(verb: Token) -> bool:
    """``an engineer who told local media ...``: the relative pronoun is the speaker.

    Then the noun the clause hangs on is who speaks, not what is said (as it
    is in "the repression that a rights group said had killed 500"); what the
    cue says is its own complement or object.
    """
    return any(c.dep_ == "nsubj" and is_relative(c) for c in verb.children)


def _embedded(cue: Cue, ctx: DocContext) -> tuple[int, int] | None:
    """``repression that a rights group said had killed 500 people``; ``claims they denied``."""
    doc = ctx.doc
    verb = cue.head
    k = cue.end
    sent_end = ctx.sent_end[verb.i]
    for child in verb.rights:
        if child.i == k and child.dep_ in ("prep", "npadvmod", "advmod"):
            k = child.right_edge.i + 1
    # "the study she cited found ...": a stand is taken on the noun, which does the finding
    if k < sent_end and doc[k].tag_.startswith(("VB", "MD")) and cue.lemma not in STANCE_LEMMAS:
        end = k
        while end < sent_end and not (doc[end].is_punct and doc[end].lower_ in (";", ":")):
            end += 1
        return k, end
    head = verb.head
    if head.pos_ in ("NOUN", "PROPN") and head.i < verb.i:
        # "records, which it estimated at 35 million customers": through the figure
        at = next((c for c in verb.rights if c.lower_ == "at" and _counts(c)), None)
        if at is not None:
            return head.left_edge.i, at.right_edge.i + 1
        # the noun's own words up to its clause ("The University of Lorvik study she cited")
        return head.left_edge.i, max(head.i + 1, verb.left_edge.i)
    return None


def _counts(prep: Token) -> bool:
    return any(t.like_num or t.ent_type_ in FIGURE_LABELS for t in prep.subtree)


def _call(verb: Token, ctx: DocContext) -> tuple[int, int] | None:
    """``called for X``: X; ``called on Y to Z``: Y to Z."""
    for child in verb.rights:
        if child.dep_ in ("prep", "prt") and child.lower_ in CALL_PREPS:
            objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            if child.lower_ == "for" and objects:
                return objects[0].left_edge.i, objects[0].right_edge.i + 1
            if child.lower_ in ("on", "upon") and objects:
                if objects[0].ent_type_ in ("DATE", "TIME"):
                    continue
                end = child.right_edge.i + 1
                for other in verb.rights:
                    if other.i > child.i and other.dep_ in ("xcomp", "advcl", "ccomp"):
                        end = other.right_edge.i + 1
                return objects[0].left_edge.i, end
        if child.dep_ in ("xcomp", "ccomp"):
            return child.left_edge.i, child.right_edge.i + 1
    objects = [c for c in verb.rights if c.dep_ in ("dobj", "oprd", "xcomp", "ccomp", "attr")]
    if objects and objects[0].dep_ == "dobj" and len(objects) > 1:
        # "called the new law 'much, much better'": the object and what it is called
        return objects[0].left_edge.i, objects[-1].right_edge.i + 1
    return None


def _estimate(verb: Token) -> tuple[int, int] | None:
    """``put the toll at 11 earlier in the day``: the object through the figure.

    What follows the figure says when or by whom it was put, not what it is.
    """
    at = figure_at(verb)
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if at is None or obj is None:
        return None
    return obj.left_edge.i, at.right_edge.i + 1


def _objects(cue: Cue, ctx: DocContext) -> tuple[int, int] | None:
    """The object and its complements: ``accused Y of Z``, ``denied the allegations``."""
    verb = cue.head
    start: int | None = None
    end = cue.end
    for child in verb.rights:
        if child.i < cue.end:
            continue
        if child.dep_ == "conj" or child.dep_ == "cc":
            break
        if child.dep_ in SKIP_DEPS:
            continue
        if child.dep_ == "prep" and start is None and _temporal(child):
            continue
        if child.dep_ not in OBJECT_DEPS or child.i in ctx.cue_heads or setting(child):
            break
        if start is None:
            start = child.left_edge.i
        end = child.right_edge.i + 1
    if start is None:
        return None
    if ctx.doc[start].pos_ == "PRON" and end - start == 1:
        return None  # "denied it": nothing a reader could check
    if cue.lemma in TELLING and start < (message := message_start(cue.head, cue.end)) < end:
        start = message
    return start, before_setting(start, end, ctx)


def _temporal(prep: Token) -> bool:
    return any(c.ent_type_ in ("DATE", "TIME") for c in prep.children)


def _trailing(cue: Cue, source: SourceSpan, ctx: DocContext) -> tuple[int, int] | None:
    """``..., X said.`` when the parser did not link the clause to the cue."""
    doc = ctx.doc
    first = min(source.start, cue.start)
    last = max(source.end, cue.end)
    s_start, s_end = ctx.sent_start[cue.start], ctx.sent_end[cue.start]
    comma_before = first > s_start + 1 and doc[first - 1].lower_ == ","
    if comma_before and last < s_end - 2 and doc[last].lower_ == ",":
        return s_start, s_end  # "Within marriages, they said, women now ..."
    dash_before = first > s_start + 2 and doc[first - 1].lower_ in (",", "\u2014", "--")
    if dash_before and (last >= s_end - 1 or doc[last].is_punct):
        return s_start, first - 1
    if last < s_end and doc[last].lower_ == ":":
        return last + 1, s_end
    return _following(cue, source, ctx)


def _following(cue: Cue, source: SourceSpan, ctx: DocContext) -> tuple[int, int] | None:
    """The rest of the sentence when it is a clause the parser did not attach."""
    doc = ctx.doc
    k = _past_recipient(cue, max(source.end, cue.end))
    s_end = ctx.sent_end[cue.start]
    if k < s_end and doc[k].lower_ == "that":
        k += 1
    tail = doc[k:s_end]
    has_verb = len(tail) >= 3 and _has_verb(tail)
    if has_verb and not tail[0].is_punct and tail[0].dep_ not in ("prep", "agent", "advmod"):
        if relative_time(tail[0] if tail[0].dep_ == "npadvmod" else tail[0].head):
            return None  # "informed the agency the same day it confirmed ...": when, not what
        return k, s_end
    return None


def _past_recipient(cue: Cue, k: int) -> int:
    """Where the said clause starts after whom it is told to: "told local media she had ...".

    A verb of telling names its hearer first; when the parser leaves the clause
    after the hearer unattached, the hearer is not part of what was said.
    """
    if cue.lemma not in TELLING:
        return k
    for child in cue.head.rights:
        if child.dep_ in ("dobj", "dative") and child.left_edge.i == k:
            return child.right_edge.i + 1
    return k

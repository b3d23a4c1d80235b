"""Where a content ends and starts: the edges a clause's parse gives it are trimmed of
what is not the source's claim.

Punctuation, complementizers and unpaired quotation marks at either edge; a writer's
comparison with another account after a comma ("..., contradicting the company's
statement that ..."); a closing clause that says when or why ("denies taking bribes as
the trial opened"); the day the source spoke ("said on Tuesday it had ..."); whom a
verb of telling is addressed to ("warned residents about flooding").
"""

from __future__ import annotations

from spacy.tokens import Token

from workbench.core.extract.context import DocContext

TRIM_START = frozenset(("that", ",", ":", "-", "--", "\u2014", "and", "but", "whether", "if"))
CONDITIONS = frozenset(("if", "whether"))
"""Trimmed when they open the content as a question ("asked whether he would resign"),
kept when they open a condition inside it."""
TRIM_END = frozenset(("that", "whether", "and", "but", "or"))
"""Words that open a clause, never end one: a content ending on them is cut short."""
_LEAD_MARKS = frozenset(('"', "\u201c", "\u201d", "'", "''", "``"))


def trim(start: int, end: int, ctx: DocContext) -> tuple[int, int]:
    """Strip edge punctuation, complementizers and quotation marks from a token span."""
    doc = ctx.doc
    while start < end and (
        (doc[start].lower_ in TRIM_START and doc[start].dep_ != "det")  # not "that claim"
        or doc[start].is_space
        or doc[start].text in _LEAD_MARKS
    ):
        if doc[start].lower_ in CONDITIONS and start <= doc[start].head.head.i < end:
            break  # "said if his candidate won, she would sign it": the "if" is said too
        start += 1
    while end > start and (
        doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].lower_ in TRIM_END
    ):
        if doc[end - 1].text in ("%", "$"):
            break
        end -= 1
    marks = sum(doc[i].text in _LEAD_MARKS for i in range(start, end))
    if marks % 2 and start > 0 and doc[start - 1].text in _LEAD_MARKS:
        # 'blamed "armed gangs" for the unrest': the quoted words open the content,
        # and their opening mark stays with the closing one
        start -= 1
    return start, end


def trimmed_chars(lo: int, hi: int, ctx: DocContext) -> tuple[int, int] | None:
    """The tokens wholly inside characters ``lo``..``hi``, trimmed as contents are."""
    span = ctx.doc.char_span(lo, hi, alignment_mode="contract")
    if span is None or len(span) == 0:
        return None
    start, end = trim(span.start, span.end, ctx)
    if end <= start:
        return None
    return ctx.char_span(start, end)


def before_comparison(start: int, end: int, ctx: DocContext) -> int:
    """Where the content ends when the writer sets it against another account after a
    comma ("contained bank numbers, contradicting the company's statement that no bank
    details had been taken"): the comparison is the writer's, and the account it cites is
    not the source's claim."""
    from workbench.core.extract.model import lemma

    doc = ctx.doc
    for k in range(start + 1, end - 1):
        word = doc[k + 1]
        if doc[k].text == "," and word.tag_ == "VBG" and lemma(word) in COMPARING:
            return k
    return end


COMPARING = frozenset(("contradict", "echo", "confirm", "reverse", "mirror", "undercut",
                       "contrast", "counter", "corroborate"))  # fmt: skip
"""Verbs a writer sets one account against another with ("..., contradicting", "...,
echoing")."""


def before_setting(start: int, end: int, ctx: DocContext) -> int:
    """Where an object ends before a closing clause that says when or why ("denied taking
    bribes as the trial opened"): the setting is the writer's, unless a relative clause
    inside the object holds it ("the claims, which surfaced as the vote neared")."""
    for token in ctx.doc[start + 1 : end]:
        clause = token.head
        if token.dep_ != "mark" or token.lower_ not in SETTING_MARKS or clause.dep_ != "advcl":
            continue
        held = any(t.dep_ in ("relcl", "acl") for t in clause.ancestors if t.i >= start)
        if clause.left_edge.i > start and clause.right_edge.i + 1 >= end and not held:
            return clause.left_edge.i
    return end


SETTING_MARKS = frozenset(("as", "when", "while", "because", "after", "before", "since",
                           "although", "though", "until", "once"))  # fmt: skip
"""Words opening a clause that says when or why, not what was said ("higher than officials
admitted, as the outbreak entered its third week")."""


def setting(child: Token) -> bool:
    """Whether a clause after the cue says when or why ("..., as the outbreak entered")."""
    return child.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in SETTING_MARKS for c in child.children
    )


_WHEN_WORDS = frozenset(("on", "in", "at", "late", "early", "last", "this", "earlier"))


def past_when_said(start: int, end: int, cue_end: int, ctx: DocContext) -> int:
    """Where the content starts when the day the source spoke comes between the cue and it
    ("said on Tuesday it had opened an inquiry", "said late on Friday the driver had
    fled"): the day is when it was said, which the parser hung on the clause."""
    doc = ctx.doc
    if start != cue_end or start >= end:
        return start
    k = start
    while k < end and (doc[k].lower_ in _WHEN_WORDS or doc[k].ent_type_ in ("DATE", "TIME")):
        k += 1
    dated = any(doc[i].ent_type_ in ("DATE", "TIME") for i in range(start, k))
    if not dated or k >= end or doc[k].is_punct or doc[k].lower_ == "that":
        return start
    rest = doc[k:end]
    if (
        len(rest) >= 3
        and any(t.tag_.startswith(("VB", "MD")) for t in rest)
        and any(t.dep_ in ("nsubj", "nsubjpass") for t in rest)
    ):
        return k
    return start


WARNED_OF = frozenset(("about", "of", "against"))


def message_start(verb: Token, cue_end: int) -> int:
    """Where what is said starts when a verb of telling names its hearer first and the
    message follows as "about", "of" or "against" ("warned residents about flooding",
    whether the parser hangs the preposition on the verb or on the hearer): the hearer
    is not what was said. The preposition's token index, or -1."""
    rights = [c for c in verb.rights if c.i >= cue_end]
    if not rights or rights[0].dep_ not in ("dobj", "dative"):
        return -1
    hearer = rights[0]
    after = [c for c in hearer.rights if c.dep_ == "prep"] + rights[1:2]
    if after and after[0].dep_ == "prep" and after[0].lower_ in WARNED_OF:
        return after[0].i
    return -1

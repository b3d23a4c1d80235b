"""Direct speech: the quotation an attribution introduces or follows.

Quotations are found on the characters (:mod:`quotes`); here we decide which
of them belong to a cue: the one just before the attribution
('"...," she said'), the one just after it ('she said: "..."'), or both when
the speaker goes on in the same sentence ('"...," she said, "..."'). A
quotation that has an attribution of its own, or that a governing cue already
claims, is left to that one.
"""

from __future__ import annotations

from workbench.core.extract.context import DocContext
from workbench.core.extract.cues import Cue
from workbench.core.extract.quotes import Quote
from workbench.core.extract.sources import NOMINAL_SUBJECTS, SourceSpan


def quoted_content(cue: Cue, source: SourceSpan, ctx: DocContext) -> tuple[int, int] | None:
    """Character offsets of the direct speech next to the attribution ``source + cue``."""
    doc = ctx.doc
    first = min(source.start, cue.start)
    last = max(source.end, cue.end)
    begin = doc[first].idx
    if ctx.quotes.at(begin) is not None or ctx.quotes.at(doc[cue.start].idx) is not None:
        return None  # the attribution itself is quoted speech
    if _has_clause(cue, ctx, len(ctx.text)):
        return None  # 'She says they are going ...': the clause after is the content
    before = ctx.quotes.ending_before(begin, ctx.text)
    if before is not None and (_follows_cue(cue, ctx) or _inline(before, ctx)):
        # '"...," Trump said, referring to Cruz': the quote is "said"'s; 'informed the agency
        # "the same day" it confirmed': words quoted inside the clause before, not speech
        before = None
    if before is not None and any(
        c.dep_ == "ccomp"
        and c.left_edge.i in (last, last + (doc[last].lower_ == "that"))
        and ctx.quotes.at(c.left_edge.idx) is None
        for c in cue.head.rights
    ):
        # '... of "fanatic recklessness." Park said Kim's state is "spiraling ..."': a cue
        # with its own clause says that, not the quotation before it
        before = None
    after = None
    clause_end = _clause_end(last, cue, ctx)
    if clause_end is not None:
        after = ctx.quotes.starting_after(clause_end, ctx.text)
        if after is not None and (
            not _opens_quote(clause_end, after, ctx) or _attributed_after(after, cue, ctx)
        ):
            after = None
    if before is not None and after is None:
        after = _resumed(last, cue, ctx)
    if before is not None and after is not None:
        return before.inner_start, after.inner_end
    if before is not None:
        return before.inner_start, before.inner_end
    if after is not None and not _has_clause(cue, ctx, after.start):
        return after.inner_start, after.inner_end
    return None


def _inline(quote: Quote, ctx: DocContext) -> bool:
    """Whether a quotation is a phrase of the clause it follows: its words hang on a word
    before it ("informed the agency "the same day""), as quoted speech's never do."""
    span = ctx.doc.char_span(quote.inner_start, quote.inner_end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    root = span.root
    return root.head.i < span.start and root.dep_ in _PHRASE_DEPS


_PHRASE_DEPS = frozenset(("npadvmod", "dobj", "pobj", "attr", "appos", "amod", "advmod"))


def _follows_cue(cue: Cue, ctx: DocContext) -> bool:
    """Whether the cue hangs on an earlier cue (``said, adding``, ``said, referring to``)."""
    verb = cue.head
    return (
        verb.dep_ in ("advcl", "conj", "xcomp")
        and verb.head.i < verb.i
        and verb.head.i in ctx.cue_heads
    )


_FULL_STOPS = frozenset((".", "!", "?"))
_NOMINAL = frozenset(("DET", "NOUN", "PROPN", "PRON", "ADJ", "NUM"))


def _resumed(last: int, cue: Cue, ctx: DocContext) -> Quote | None:
    """The quotation a speaker goes on with after '"...," X said Friday, ...'.

    The attribution between two quotations may carry a time, a venue or an
    aside ('Tester said, referring to the excuse, "..."'); a quotation that
    opens before the sentence ends, with no other cue or subject before it,
    continues the first one.
    """
    doc = ctx.doc
    s_end = ctx.sent_end[cue.head.i]
    k = last
    while k < len(doc) and k <= s_end:
        token = doc[k]
        if token.text in _FULL_STOPS or "\n" in token.text:
            return None  # the quotation after a full stop may be a new attribution's
        if token.dep_ in NOMINAL_SUBJECTS or token.i in ctx.cue_heads:
            return None  # someone else acting, or another attribution ("adding, ...")
        quote = ctx.quotes.at(token.idx)
        if quote is not None:
            return quote if quote.start >= doc[last - 1].idx else None
        k += 1
    return None


def _attributed_after(quote: Quote, cue: Cue, ctx: DocContext) -> bool:
    """Whether a cue right after the quotation claims it: '"...," a fan replied'."""
    end = min(quote.end + 40, len(ctx.text))
    span = ctx.doc.char_span(quote.end, end, alignment_mode="expand")
    if span is None:
        return False
    for token in span[:6]:
        if token.i in ctx.cue_heads and token.i != cue.head.i:
            return True
        if token.text in _FULL_STOPS or "\n" in token.text:
            break
        if not token.is_punct and token.pos_ not in _NOMINAL:
            break  # '"...," when Clinton blasted him': a clause, not an attribution
    return False


def _opens_quote(clause_end: int, quote: Quote, ctx: DocContext) -> bool:
    """Whether a quotation after the attribution clause is what it introduces.

    Across a paragraph break only a colon hands the floor to the quotation
    (``he said:`` then the quote on its own line); otherwise the next
    paragraph's quotation belongs to its own attribution (``"...," he told``).
    """
    gap = ctx.text[clause_end : quote.start]
    return "\n" not in gap or ":" in gap


def _clause_end(last: int, cue: Cue, ctx: DocContext) -> int | None:
    """Where the attribution clause stops: the first punctuation after it."""
    doc = ctx.doc
    limit = min(ctx.sent_end[cue.head.i] + 1, last + 8, len(doc))
    for i in range(last, limit):
        token = doc[i]
        if token.is_punct or token.is_space:
            return token.idx
        if token.dep_ in ("ccomp", "mark") or token.lower_ == "that":
            return None  # a clause follows: indirect speech, read from the parse
    return doc[last - 1].idx + len(doc[last - 1].text) if last == len(doc) else None


def _has_clause(cue: Cue, ctx: DocContext, before_char: int) -> bool:
    """Whether the cue has a parsed complement ending before a quotation opens."""
    for child in cue.head.rights:
        if (
            child.dep_ == "ccomp"
            and ctx.doc[child.right_edge.i].idx < before_char
            and ctx.quotes.at(child.idx) is None
        ):
            return True
    return False

"""The extractor: an article's text in, its claims out, with exact offsets.

Orchestration only. Cues come from :mod:`cues`, sources from :mod:`sources`,
contents from :mod:`content`, pronouns from :mod:`coref`, types from
:mod:`source_types`, numbers from :mod:`quantities` and own-voice statements
from :mod:`voice`. The model loads on first use, once per process.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from workbench.core.domain import Extraction, QuoteKind
from workbench.core.extract.claim_lines import claim_lines
from workbench.core.extract.content import ContentSpan, find_content
from workbench.core.extract.content_edges import trimmed_chars
from workbench.core.extract.context import DocContext
from workbench.core.extract.coref import Resolver
from workbench.core.extract.cues import STANCE_LEMMAS, Cue, find_cues
from workbench.core.extract.interviews import answer_pieces, in_first_person, interview_answers
from workbench.core.extract.labels import labelled_lines
from workbench.core.extract.leads import dateline_span, line_opener, skip_lead
from workbench.core.extract.markup import mask_markup, restore
from workbench.core.extract.model import load_nlp, parse_many
from workbench.core.extract.predicates import predicates_in
from workbench.core.extract.quantities import find_quantities
from workbench.core.extract.source_types import outlet_type
from workbench.core.extract.sources import SourceSpan, find_source
from workbench.core.extract.voice import voice_sentences

DEFAULT_OUTLET = "the article"


@dataclass(slots=True)
class _Draft:
    cue: Cue
    source: SourceSpan
    content: ContentSpan


class Extractor:
    """Finds who said what in articles; cheap to build, the model loads lazily."""

    def warm_up(self) -> None:
        """Load the model now, e.g. from a background thread while the window opens."""
        load_nlp()

    def extract(self, text: str, outlet: str = "") -> list[Extraction]:
        """The claims of one article, sorted by ``content_start``."""
        masked = mask_markup(text)
        return _as_written(self.from_doc(load_nlp()(masked), outlet), text, masked)

    def extract_many(
        self,
        texts: Iterable[str],
        outlets: Iterable[str] | None = None,
        batch_size: int = 16,
        n_process: int = 1,
    ) -> Iterator[list[Extraction]]:
        """Claims of many articles in input order; parses in batches with ``nlp.pipe``."""
        names: Iterable[str] = itertools.repeat("") if outlets is None else outlets
        written: list[tuple[str, str]] = []  # each text as written and as parsed

        def masked() -> Iterator[str]:
            for text in texts:
                hidden = mask_markup(text)
                written.append((text, hidden))
                yield hidden

        docs = parse_many(masked(), batch_size=batch_size, n_process=n_process)
        for k, (doc, outlet) in enumerate(zip(docs, names, strict=False)):
            yield _as_written(self.from_doc(doc, outlet), *written[k])
            written[k] = ("", "")  # a long batch keeps no text it is done with

    def from_doc(self, doc: Doc, outlet: str = "") -> list[Extraction]:
        """The claims of an already parsed article (the parse must be of the model's kind)."""
        ctx = DocContext(doc)
        ctx.outlet = outlet
        cues = find_cues(doc)
        ctx.cue_heads = {cue.head.i for cue in cues}
        drafts = _attributions(cues, ctx)
        claims = _resolve(drafts, ctx)
        # each span apart, and a source lines away (an interviewee named in the
        # introduction) leaves its sentence to be a claim of its own
        taken = sorted(
            span
            for c in claims
            for span in ((c.source_start, c.source_end), (c.cue_start, c.cue_end),
                         (c.content_start, c.content_end))
            if span[1] > span[0]
            and not (span[0] == c.source_start and "\n" in ctx.text[c.source_end : c.cue_start])
        )  # fmt: skip
        resolved_outlet = outlet or DEFAULT_OUTLET
        for start, end in voice_sentences(ctx, taken):
            claims.append(_own_voice(ctx.text, start, end, resolved_outlet))
        claims.sort(key=lambda c: (c.content_start, c.cue_start))
        return [
            replace(c, predicates=predicates_in(doc, c.content_start, c.content_end))
            for c in claims
        ]


def _as_written(claims: list[Extraction], text: str, masked: str) -> list[Extraction]:
    """Claims read from ``masked``, ``text`` with its Markdown marks hidden (:mod:`markup`),
    their strings sliced from the text as written."""
    return claims if masked == text else [restore(c, text, masked) for c in claims]


def _attributions(cues: list[Cue], ctx: DocContext) -> list[_Draft]:
    drafts: list[_Draft] = []
    seen: set[tuple[int, int]] = set()
    dateline = dateline_span(ctx.text)
    for cue in cues:
        if ctx.quotes.at(ctx.doc[cue.start].idx) is not None:
            continue  # "I think ..." inside a quotation: the quoted speaker's own words
        source = _past_dateline(find_source(cue, ctx.quotes), dateline)
        if source is not None:  # a live blog entry's time, a heading's marks
            source = _past_dateline(source, line_opener(ctx.text, ctx.doc[source.start].idx))
        if source is None:
            continue
        content = find_content(cue, source, ctx)
        if content is None or (content.start, content.end) in seen:
            continue
        after = ctx.doc[cue.end - 1]
        if _ANONYMITY.match(ctx.text, after.idx + len(after.text)):
            continue  # "a resident who asked not to be named": a condition, not a claim
        seen.add((content.start, content.end))
        drafts.append(_Draft(cue, source, content))
    drafts.extend(_colon_quotes(drafts, ctx))
    taken = {(d.content.start, d.content.end) for d in drafts}
    drafts.extend(
        _Draft(line.cue, line.source, line.content)
        for line in labelled_lines(ctx.doc, ctx.quotes, ctx.ents)
        if (line.content.start, line.content.end) not in taken
    )
    drafts.extend(_answers(drafts, ctx))
    taken = {(d.content.start, d.content.end) for d in drafts}
    drafts.extend(
        _Draft(line.cue, line.source, line.content)
        for line in claim_lines(ctx.doc)
        if not any(a < line.content.end and line.content.start < b for a, b in taken)
    )
    drafts.sort(key=lambda d: d.cue.start)
    _continue_quotes(drafts, ctx)
    _split_coordinated(drafts, ctx)
    # Reported speech never leaves its sentence: compare cues within one sentence only.
    by_sentence: dict[int, list[_Draft]] = defaultdict(list)
    for draft in drafts:
        by_sentence[draft.cue.head.sent.start].append(draft)
    return [
        d
        for d in drafts
        if _source_outside(d, ctx) and not _reported_deed(d, by_sentence[d.cue.head.sent.start])
    ]


def _answers(drafts: list[_Draft], ctx: DocContext) -> list[_Draft]:
    """An interview's answers as the interviewee's claims. A claim with a cue of its own
    inside an answer keeps it; where the questions are marked as the interviewer's, its
    "we" or "I" is the interviewee and the rest of the answer is the interviewee's claim,
    in runs of sentences (:func:`answer_pieces`). Unmarked, such an answer is left out: an
    opinion piece's rhetorical questions look like an interview's."""
    found = []
    doc = ctx.doc
    for answer in interview_answers(doc, ctx.ents):
        content = answer.content
        inside = [
            k for k, d in enumerate(drafts)
            if d.content.start < content.end and content.start < d.content.end
        ]  # fmt: skip
        if not inside:
            found.append(_Draft(answer.cue, answer.source, content))
            continue
        if not answer.marked:
            continue
        for k in inside:
            if in_first_person(drafts[k].source.text(doc)):
                drafts[k] = _Draft(drafts[k].cue, answer.source, drafts[k].content)
        taken = [(drafts[k].content.start, drafts[k].content.end) for k in inside] + [
            (doc[drafts[k].cue.start].idx, doc[drafts[k].cue.end - 1].idx + 1) for k in inside
        ]
        found.extend(
            _Draft(answer.cue, answer.source, piece) for piece in answer_pieces(doc, answer, taken)
        )
    return found


def _past_dateline(source: SourceSpan | None, dateline: tuple[int, int]) -> SourceSpan | None:
    """A source mention without the dateline the parser joined to it.

    "DORVA, Keldia, May 4 (Test Wire) - Health Minister Eva Brand said": the
    place and the agency are the wire's; the mention starts after the dash.
    A mention wholly inside the dateline is no source.
    """
    if source is None or dateline[1] == 0:
        return source
    doc = source.head.doc
    start = source.start
    if not dateline[0] <= doc[start].idx < dateline[1]:
        return source  # a headline's speaker, before the dateline, or one after it
    while start < source.end and doc[start].idx < dateline[1]:
        start += 1
    if start == source.start:
        return source
    if start >= source.end:
        return None
    head = source.head
    if head.i < start:
        # the phrase's own root now: the first word whose head lies outside it
        rest = doc[start : source.end]
        head = next((t for t in rest if not start <= t.head.i < source.end), rest.root)
    return SourceSpan(head, start, source.end, source.antecedent)


_ANONYMITY = re.compile(
    r"\s+(?:(?:not )?to be (?:named|identified|quoted)|for anonymity|to remain anonymous"
    r"|to give (?:his|her|their) (?:full )?names?)\b",
    re.IGNORECASE,
)
"""What a source asks for itself, not a claim: "(asked) not to be named", "(declined) to be
named", "(refused) to give her name"."""


def _reported_deed(draft: _Draft, drafts: list[_Draft]) -> bool:
    """A stance verb inside someone's reported speech: "said gangs attacked posts".

    "Attacked", "defended", "slammed" are claims of their own when the writer
    reports them, but inside what a speaker said they are part of that speech
    (an armed attack as the ministry tells it), not the attackers' words.
    """
    if draft.cue.lemma not in STANCE_LEMMAS:
        return False
    return any(
        other is not draft
        and other.cue.speech
        and other.cue.lemma not in STANCE_LEMMAS
        and _reported_within(draft.cue.head, other.cue.head)
        for other in drafts
    )


_MIN_SIDE = 12
"""Characters a side of a content needs to be a claim at all (not "So", "Within it")."""


def _source_outside(draft: _Draft, ctx: DocContext) -> bool:
    """Keep the source and cue out of the content; False when nothing is left.

    "Around 1,500 villagers crossed on Thursday, border guards said, fleeing
    fighting" parses with the whole sentence as the content; what the guards
    said is the longer side of their attribution. Two cases keep the source
    inside, because one contiguous span cannot say it otherwise: a split
    quotation ('"...," he said, "..."') and a clause split after its subject
    ("The museum, Mr. Obama said, would make visitors ...").
    """
    content = draft.content
    first = min(draft.source.start, draft.cue.start)
    last = max(draft.source.end, draft.cue.end)
    begin, stop = ctx.char_span(first, last)
    if content.quote is QuoteKind.DIRECT or not content.start <= begin < stop <= content.end:
        return True
    before = trimmed_chars(content.start, begin, ctx)
    after = trimmed_chars(stop, content.end, ctx)
    if before is not None and after is not None and _hangs_on(before, after, ctx):
        return True  # "The museum, Mr. Obama said, would make ...": one clause, split
    sides = [s for s in (before, after) if s is not None and s[1] - s[0] >= _MIN_SIDE]
    if not sides:
        return False
    start, end = max(sides, key=lambda s: s[1] - s[0])
    draft.content = ContentSpan(start, end, content.quote)
    return True


CUT_BEFORE = frozenset((",", ";", "while", "whereas", "but", "and", "as", "although", "--"))


def _split_coordinated(drafts: list[_Draft], ctx: DocContext) -> None:
    """End a content where a coordinated attribution starts (``..., while Russia said``)."""
    doc = ctx.doc
    # Where each attribution starts (source and cue), sorted: a content looks up
    # only the attributions starting inside it, not every other one of the article.
    starts = sorted(
        (doc[i].idx, n)
        for n, other in enumerate(drafts)
        for i in (other.source.start, other.cue.start)
    )
    positions = [position for position, _ in starts]
    for draft in drafts:
        content = draft.content
        if content.quote is QuoteKind.DIRECT:
            continue
        lo = bisect_right(positions, content.start)
        hi = bisect_left(positions, content.end)
        for n in sorted({n for _, n in starts[lo:hi]}):
            other = drafts[n]
            if other is draft:
                continue
            # where the other attribution starts inside this content: its source, or
            # its cue when the source stands before ("The ministry said ..., and blamed")
            inside = [
                i
                for i in (other.source.start, other.cue.start)
                if content.start < doc[i].idx < content.end
            ]
            if not inside:
                continue
            first = min(inside)
            if _reported_within(other.cue.head, draft.cue.head):
                continue  # "reported that, in one email, Carter discussed ...": nested, keep
            k = first - 1
            while k >= 0 and doc[k].lower_ in CUT_BEFORE:
                k -= 1
            if k < first - 1 and doc[k].idx + len(doc[k].text) > content.start:
                end = doc[k].idx + len(doc[k].text)
                draft.content = ContentSpan(content.start, end, content.quote)
                content = draft.content


_NESTING_DEPS = frozenset(("ccomp", "xcomp"))


def _reported_within(inner: Token, outer: Token) -> bool:
    """Whether cue ``inner`` sits inside what cue ``outer`` reports.

    A second attribution inside a content is either coordinated with the first
    (``..., while Russia said``), where the content must end, or nested in it
    (``the paper reported that, in an email, Carter discussed ...``), where the
    inner attribution is part of what was reported. Nested means reached from
    the outer cue's clausal complement through complements only: a conjunct
    (``..., and she replied``) may be the writer's own sentence going on.
    """
    token = inner
    for _ in range(12):
        head = token.head
        if head == token or token.dep_ not in _NESTING_DEPS:
            return False
        if head == outer:
            return True
        token = head
    return False


def _hangs_on(before: tuple[int, int], after: tuple[int, int], ctx: DocContext) -> bool:
    """Whether the words before the attribution depend on a word after it.

    Then the two sides are one clause split by the attribution (a subject before
    it, its verb after), not a clause followed by an add-on.
    """
    left = ctx.doc.char_span(before[0], before[1], alignment_mode="expand")
    if left is None:
        return False
    for token in left:
        head = token.head
        if not left.start <= head.i < left.end:
            return after[0] <= head.idx < after[1]
    return False


def _colon_quotes(drafts: list[_Draft], ctx: DocContext) -> list[_Draft]:
    """'Trump shot back: "..."': a quotation opened after a colon is the words of
    the clause's subject, whatever the verb before the colon."""
    doc = ctx.doc
    used = {d.content.start for d in drafts}
    found: list[_Draft] = []
    for quote in ctx.quotes.quotes:
        before = ctx.text[max(0, quote.start - 4) : quote.start].rstrip()
        if quote.inner_start in used or not before.endswith(":"):
            continue
        colon = doc.char_span(quote.start - 3, quote.start, alignment_mode="expand")
        if colon is None:
            continue
        colon_token = next((t for t in colon if t.text == ":"), None)
        if colon_token is None or colon_token.i == 0:
            continue
        verb = doc[colon_token.i - 1]
        for _ in range(6):
            if verb.pos_ == "VERB" and _has_subject(verb) or verb.head == verb:
                break
            verb = verb.head
        if verb.pos_ != "VERB" or verb.i >= colon_token.i or verb.i in ctx.cue_heads:
            continue
        cue = Cue(verb, verb.i, verb.i + 1, verb.lower_, True)
        source = find_source(cue, ctx.quotes)
        if source is None or source.start > verb.i:
            continue
        found.append(
            _Draft(cue, source, ContentSpan(quote.inner_start, quote.inner_end, QuoteKind.DIRECT))
        )
    return found


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _continue_quotes(drafts: list[_Draft], ctx: DocContext) -> None:
    """Run a direct quote on over the quotations that follow it unattributed."""
    quotes = ctx.quotes.quotes
    if not quotes:
        return
    used = {ctx.quotes.index_of(q) for d in drafts if (q := ctx.quotes.at(d.content.start))}
    for draft in drafts:
        if draft.content.quote is not QuoteKind.DIRECT:
            continue
        end = draft.content.end
        inside = ctx.quotes.at(end - 1)
        # The quotations after the content: after the one it ends in, else after its end
        # (a transcript's line is direct speech without quotation marks).
        i = ctx.quotes.index_of(inside) + 1 if inside else ctx.quotes.first_from(end)
        while i < len(quotes) and i not in used:
            quote = quotes[i]
            gap = ctx.text[end : quote.start]
            if gap.strip(" \t\r\n\"'\u201d,.;:") or "\n" in gap:
                break
            used.add(i)
            end = quote.inner_end
            i += 1
        if end != draft.content.end:
            draft.content = ContentSpan(draft.content.start, end, QuoteKind.DIRECT)


def _resolve(drafts: list[_Draft], ctx: DocContext) -> list[Extraction]:
    resolver = Resolver(ctx)
    text = ctx.text
    claims: list[Extraction] = []
    for draft in sorted(drafts, key=lambda d: d.source.start):
        content = draft.content
        start = skip_lead(text, content.start, content.end)
        if start != content.start:
            content = ContentSpan(start, content.end, content.quote)
        mention = resolver.resolve(draft.source, (content.start, content.end))
        s_start, s_end = ctx.char_span(draft.source.start, draft.source.end)
        c_start, c_end = ctx.char_span(draft.cue.start, draft.cue.end)
        claims.append(
            Extraction(
                attributed=True,
                source=text[s_start:s_end],
                source_start=s_start,
                source_end=s_end,
                source_resolved=mention.resolved,
                source_type=mention.source_type,
                anonymous=mention.anonymous,
                cue=text[c_start:c_end],
                cue_start=c_start,
                cue_end=c_end,
                content=text[content.start : content.end],
                content_start=content.start,
                content_end=content.end,
                quote=content.quote,
                stance=draft.cue.stance,
                numbers=tuple(find_quantities(text[content.start : content.end], content.start)),
                source_key=mention.key,
                source_voice=mention.voice,
            )
        )
    return _name_labels_fully(claims, resolver)


def _name_labels_fully(claims: list[Extraction], resolver: Resolver) -> list[Extraction]:
    """A headline label ("Novak:") is the person the story goes on to name in full.

    The headline is read before the story's fullest mention of its speaker
    ("Harbour minister Anna Novak"); once all are read, a one-word label takes
    that mention and its type, as the person's later turns do.
    """
    named: list[Extraction] = []
    for claim in claims:
        surname = claim.source.strip().lower()
        fullest = resolver.full_names.get(surname) if claim.cue == ":" else None
        if fullest is not None and " " not in surname and fullest.resolved != claim.source_resolved:
            claim = replace(
                claim,
                source_resolved=fullest.resolved,
                source_type=fullest.source_type,
                anonymous=fullest.anonymous,
                source_key=fullest.key,
                source_voice=fullest.voice,
            )
        named.append(claim)
    return named


def _own_voice(text: str, start: int, end: int, outlet: str) -> Extraction:
    start = skip_lead(text, start, end)
    content = text[start:end]
    numbers = tuple(find_quantities(content, start))
    return Extraction.own_voice(content, start, outlet, numbers, outlet_type(outlet))

"""The extractor: an article's text in, its claims out, with exact offsets.

Orchestration only. Cues come from :mod:`cues`, sources from :mod:`sources`,
contents from :mod:`content`, pronouns from :mod:`coref`, types from
:mod:`source_types`, numbers from :mod:`quantities` and own-voice statements
from :mod:`voice`. The model loads on first use, once per process.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from workbench.core.domain import Extraction, QuoteKind, SourceType, Stance
from workbench.core.extract.content import ContentSpan, find_content
from workbench.core.extract.context import DocContext
from workbench.core.extract.coref import Resolver
from workbench.core.extract.cues import Cue, find_cues
from workbench.core.extract.model import load_nlp, parse_many
from workbench.core.extract.quantities import find_quantities
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
        return self.from_doc(load_nlp()(text), outlet)

    def extract_many(
        self,
        texts: Iterable[str],
        outlets: Iterable[str] | None = None,
        batch_size: int = 16,
        n_process: int = 1,
    ) -> Iterator[list[Extraction]]:
        """Claims of many articles in input order; parses in batches with ``nlp.pipe``."""
        names: Iterable[str] = itertools.repeat("") if outlets is None else outlets
        docs = parse_many(texts, batch_size=batch_size, n_process=n_process)
        for doc, outlet in zip(docs, names, strict=False):
            yield self.from_doc(doc, outlet)

    def from_doc(self, doc: Doc, outlet: str = "") -> list[Extraction]:
        """The claims of an already parsed article (the parse must be of the model's kind)."""
        ctx = DocContext(doc)
        cues = find_cues(doc)
        ctx.cue_heads = {cue.head.i for cue in cues}
        drafts = _attributions(cues, ctx)
        claims = _resolve(drafts, ctx)
        taken = sorted(
            (min(c.source_start, c.content_start), max(c.source_end, c.content_end)) for c in claims
        )
        resolved_outlet = outlet or DEFAULT_OUTLET
        for start, end in voice_sentences(ctx, taken):
            claims.append(_own_voice(ctx.text, start, end, resolved_outlet))
        claims.sort(key=lambda c: (c.content_start, c.cue_start))
        return claims


def _attributions(cues: list[Cue], ctx: DocContext) -> list[_Draft]:
    drafts: list[_Draft] = []
    seen: set[tuple[int, int]] = set()
    for cue in cues:
        if ctx.quotes.at(ctx.doc[cue.start].idx) is not None:
            continue  # "I think ..." inside a quotation: the quoted speaker's own words
        source = find_source(cue, ctx.quotes)
        if source is None:
            continue
        content = find_content(cue, source, ctx)
        if content is None or (content.start, content.end) in seen:
            continue
        seen.add((content.start, content.end))
        drafts.append(_Draft(cue, source, content))
    drafts.extend(_colon_quotes(drafts, ctx))
    drafts.sort(key=lambda d: d.cue.start)
    _continue_quotes(drafts, ctx)
    _split_coordinated(drafts, ctx)
    return drafts


CUT_BEFORE = frozenset((",", ";", "while", "whereas", "but", "and", "as", "although", "--"))


def _split_coordinated(drafts: list[_Draft], ctx: DocContext) -> None:
    """End a content where a coordinated attribution starts (``..., while Russia said``)."""
    doc = ctx.doc
    for draft in drafts:
        content = draft.content
        if content.quote is QuoteKind.DIRECT:
            continue
        for other in drafts:
            first = min(other.source.start, other.cue.start)
            pos = doc[first].idx
            if other is draft or not content.start < pos < content.end:
                continue
            k = first - 1
            while k >= 0 and doc[k].lower_ in CUT_BEFORE:
                k -= 1
            if k < first - 1 and doc[k].idx + len(doc[k].text) > content.start:
                end = doc[k].idx + len(doc[k].text)
                draft.content = ContentSpan(content.start, end, content.quote)
                content = draft.content


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
            if verb.pos_ == "VERB" and _has_subject(verb) or verb.head is verb:
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
        i = ctx.quotes.index_of(ctx.quotes.at(end - 1) or quotes[0]) + 1
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
            )
        )
    return claims


def _own_voice(text: str, start: int, end: int, outlet: str) -> Extraction:
    content = text[start:end]
    return Extraction(
        attributed=False,
        source="",
        source_start=start,
        source_end=start,
        source_resolved=outlet,
        source_type=SourceType.MEDIA,
        anonymous=False,
        cue="",
        cue_start=start,
        cue_end=start,
        content=content,
        content_start=start,
        content_end=end,
        quote=QuoteKind.INDIRECT,
        stance=Stance.ASSERTS,
        numbers=tuple(find_quantities(content, start)),
    )

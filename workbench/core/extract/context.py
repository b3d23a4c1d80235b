"""Per-document facts that several rules read, computed once in linear passes.

Asking spaCy for ``token.sent`` scans the sentence each time; rules that do it
in loops turn quadratic. Here the sentence bounds of every token are tabled
once, so each rule reads them in constant time.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from workbench.core.extract.quotes import QuoteIndex, find_quotes


class DocContext:
    """A parsed article with its sentence table, quotations and cue positions."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc.text
        n = len(doc)
        self.sent_start = [0] * n
        self.sent_end = [0] * n
        self.sent_index = [0] * n
        self.sent_first: dict[int, int] = {}
        """The first token of each sentence, by sentence index."""
        for k, sent in enumerate(doc.sents):
            self.sent_first[k] = sent.start
            for i in range(sent.start, sent.end):
                self.sent_start[i] = sent.start
                self.sent_end[i] = sent.end
                self.sent_index[i] = k
        self.quotes = QuoteIndex(find_quotes(self.text))
        self.cue_heads: set[int] = set()
        self.outlet = ""
        """The outlet that published the text: named in its own article, it is the reporter."""
        self._ents: tuple[Span, ...] | None = None

    @property
    def ents(self) -> tuple[Span, ...]:
        """The named entities, built once (``doc.ents`` makes new spans at every call)."""
        if self._ents is None:
            self._ents = tuple(self.doc.ents)
        return self._ents

    def char_span(self, start: int, end: int) -> tuple[int, int]:
        """Character offsets of tokens ``start``..``end`` (exclusive)."""
        last = self.doc[end - 1]
        return self.doc[start].idx, last.idx + len(last.text)

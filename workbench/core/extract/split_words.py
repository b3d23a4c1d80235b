"""Words the tokenizer split at a hyphen and the parser then read as separate verbs.

spaCy's English tokenizer cuts "re-elected" into "re", "-", "elected"; the
news treebanks the model learned from keep such a word whole, and the small
model then often parses the three pieces as three verbs hanging side by side
on the cue ("reported that Marsk had been re | - | elected"). Every rule
reading a clause's subtree then cuts the clause at the hyphen ("Marsk had
been re"), or loses it. A hyphen is never a verb, so a hyphen the tagger
calls one marks such a misreading; the three pieces are joined again into one
verb after the parse, which hands the word's children (its subject, its
auxiliaries, its object) to the joined token and mends the clause. Hyphens
the parser read as punctuation ("well-known", "52-year-old") are left alone.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

SPLIT_WORDS = "workbench_split_words"


@Language.component(SPLIT_WORDS)
def join_split_verbs(doc: Doc) -> Doc:
    """Join ``word - word`` runs whose hyphen the tagger read as a verb."""
    spans = _split_verbs(doc)
    if spans:
        with doc.retokenize() as retokenizer:
            for span in spans:
                deps = [t.dep_ for t in span]
                # A clause the cue reports keeps that role; else the head piece's role.
                dep = "ccomp" if "ccomp" in deps else span.root.dep_
                retokenizer.merge(span, attrs={"TAG": span[-1].tag_, "POS": "VERB", "DEP": dep})
    return doc


def _split_verbs(doc: Doc) -> list[Span]:
    """The three-token spans to join, in text order and never overlapping.

    Found from the text (a C-speed search for hyphens) rather than by walking
    every token: most documents have few hyphens and most of those are fine.
    """
    text = doc.text
    spans: list[Span] = []
    last = -1
    at = text.find("-")
    while at != -1:
        if 0 < at < len(text) - 1 and text[at - 1].isalpha() and text[at + 1].isalpha():
            hyphen = doc.char_span(at, at + 1)
            if hyphen is not None and len(hyphen) == 1:
                k = hyphen[0].i
                if hyphen[0].tag_.startswith("VB") and k - 1 > last and k + 1 < len(doc):
                    spans.append(doc[k - 1 : k + 2])
                    last = k + 1
        at = text.find("-", at + 1)
    return spans

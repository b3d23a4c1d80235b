"""What the matcher knows about one claim, computed once per claim per run.

Comparing two claims reads these features only, so the cost of normalising
text is paid once per claim rather than once per candidate pair.
"""

from __future__ import annotations

import math
import re
import sys
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import pairwise

from workbench.core.domain import Article, Claim, SourceType, Stance
from workbench.core.match.context import (
    NO_CONTEXT,
    EventContext,
    antecedent_of,
    context_of,
    event_context,
    referred_kinds,
    speaker_prefix,
)
from workbench.core.match.countries import countries_in, country_of
from workbench.core.match.lexicon import canonical, rewrite_phrases
from workbench.core.match.quantities import Amount, amount
from workbench.core.match.reading import WEEKDAYS
from workbench.core.match.text import (
    NEGATIONS,
    STOPWORDS,
    clauses,
    clean,
    is_negated,
    names,
    places,
    weekdays,
    words,
)

_DIRECTIVE = frozenset({Stance.CALLS_FOR})
_SOURCE_NOISE = frozenset({"the", "a", "an", "s", "its", "their", "his", "her", "of"})
_STATE_VOICES = frozenset({SourceType.GOVERNMENT, SourceType.MILITARY_SECURITY})
SHORT_CLAIM = 6
"""Claims with fewer content words than this borrow their sentence's words for topic."""
CONTEXT_WEIGHT = 0.3
"""What a borrowed sentence word weighs against a word of the claim itself."""
_NUMBER_UNITS = frozenset({"percent", "percentage", "pct"})
NEGATION_SCOPE = 5
"""How many words after "not", "never"... a negation reaches."""
_FINITE = frozenset({
    "is", "are", "was", "were", "am", "be", "been", "being", "has", "have", "had", "do", "does",
    "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
})  # fmt: skip
"""Auxiliaries and copulas: after the negated words, one starts the next predicate."""
_SCOPE_END = re.compile(r"[;:!?\"\u201c\u201d]|''|,\s|\.\s|\.$")
"""Punctuation that ends a negation's reach (a comma or full stop, not one inside 1,500)."""
_INCIDENT = frozenset({"yesterday", "today", "tonight", "morning", "afternoon", "evening", "night"})
"""Words (with weekdays and "last ...") dating a claim to one incident, not a running total."""


@dataclass(frozen=True, slots=True)
class ClaimFeatures:
    """A claim reduced to what matching compares."""

    claim: Claim
    terms: frozenset[str]
    names: frozenset[str]
    places: frozenset[str]
    weekdays: frozenset[str]
    amounts: tuple[Amount, ...]
    negated: bool
    directive: bool
    source_key: frozenset[str]
    source_label: str
    verbatim: str
    event: EventContext = NO_CONTEXT
    state: str = ""
    source_names: frozenset[str] = frozenset()
    content_words: tuple[str, ...] = ()
    """The content's distinct words, interned: a few hundred bytes for a whole case's claims."""
    negated_terms: frozenset[str] = frozenset()
    incident: bool = False
    context: frozenset[str] = frozenset()
    """The part of ``terms`` the claim does not say: its sentence's words (for a short
    claim), its speaker when that is its subject, what "the killings" refers back to."""
    clauses: tuple[frozenset[str], ...] = ()
    """Terms of each clause ("reinforced patrols and set up checkpoints"), if there are several."""
    name_words: frozenset[str] = frozenset()
    """The words of the names in the content: who and where, not what is said."""
    predicates: frozenset[str] = frozenset()
    """What the claim says is done to what ("consider sanction"), from the extraction's parse."""

    @property
    def id(self) -> int:
        return self.claim.id

    @property
    def article_id(self) -> int:
        return self.claim.article_id


def source_label(claim: Claim, article: Article | None = None) -> str:
    """Who speaks: the resolved source, or the outlet for the article's own voice."""
    label = claim.source_resolved.strip() or claim.source.strip()
    if not label and article is not None:
        label = article.outlet.strip()
    if not label and not claim.attributed:
        label = f"article {claim.article_id}"
    return label


def source_key(label: str) -> frozenset[str]:
    """A speaker's name as comparable words: "the Interior Ministry's" -> interior, ministry.

    Demonyms become their country, so "the Syrian Interior Ministry" and
    "Syria's interior ministry" give the same key.
    """
    return frozenset(country_of(w) or w for w in words(label) if w not in _SOURCE_NOISE)


def topic_terms(text: str) -> set[str]:
    """Index terms of a text: content words, stemmed, paraphrases folded into classes.

    Demonyms become their country ("Syrian" -> syria). Negations, weekdays and
    numbers (with "percent", a number's unit) are left out: they are what two
    reports of one event may disagree on, and are compared separately.
    """
    return {
        country_of(w) or canonical(w)
        for w in words(rewrite_phrases(clean(text)))
        if w not in STOPWORDS
        and w not in NEGATIONS
        and w not in WEEKDAYS
        and w not in _NUMBER_UNITS
        and not w[0].isdigit()
    }


def negated_terms(text: str, names_said: frozenset[str] = frozenset()) -> frozenset[str]:
    """Index terms inside the reach of a negation ("never confronted secret police").

    A claim is read as denying only what its negation reaches, so "clashed
    with police, but there was no sign of a split" does not deny the clash.
    The reach ends at punctuation ("isn't reform,'' said Holtz-Eakin" denies
    nothing of Holtz-Eakin) and, for a negation inside its clause, at the verb
    of the next predicate ("paying no income taxes was smart" denies the
    paying, not the smartness). Names are who or where, not what is denied
    ("does not say whether Scott had a gun" denies nothing about Scott).
    """
    found: set[str] = set()
    for part in _SCOPE_END.split(text):
        raw = words(part)
        for i, word in enumerate(raw):
            if word not in NEGATIONS:
                continue
            reached: list[str] = []
            for w in raw[i + 1 : i + 1 + NEGATION_SCOPE]:
                if w in _FINITE and reached and i > 0:
                    # "paying no taxes was smart": "was smart" is not denied. A negation
                    # opening its clause ("no prosecutor would bring charges") denies
                    # the predicate that follows.
                    break
                if w not in STOPWORDS and w not in NEGATIONS and w not in names_said:
                    reached.append(country_of(w) or canonical(w))
            found.update(reached)
    return frozenset(found)


def clause_terms(claim: Claim) -> tuple[frozenset[str], ...]:
    """The topic terms of each clause of a claim that tells several things; () for one.

    Clauses joined by "and" share their subject, so a speaker who is the
    subject ("it had reinforced... and set up...") belongs to each.
    """
    parts = clauses(claim.content)
    if len(parts) < 2:
        return ()
    subject = speaker_as_subject(claim)
    return tuple(frozenset(topic_terms(part) | subject) for part in parts)


def is_incident(raw: list[str]) -> bool:
    """Whether a claim dates what it says to one day ("on Wednesday", "last Friday")."""
    return any(
        w in WEEKDAYS or w in _INCIDENT or (w == "last" and i + 1 < len(raw))
        for i, w in enumerate(raw)
    )


_LOCAL_BODIES = frozenset({"municipal", "municipality", "mayor", "village", "township"})
_LOCAL_PLACES = frozenset({"city", "town", "village", "district", "local", "municipal"})


def local_authority(label: str) -> bool:
    """Whether a source is a local body (a mayor, a municipal or village council).

    Local officials answer to their town, not to the state's ministries: a
    municipal council head and a national official are two sources, even in
    one country ("a Lebanese official" and "the head of a municipal council").
    """
    found = words(label.lower())
    if _LOCAL_BODIES.intersection(found):
        return True
    return any(w == "council" and i and found[i - 1] in _LOCAL_PLACES for i, w in enumerate(found))


_STATE_OUTLETS = frozenset({"agency", "television", "tv", "media", "radio", "broadcaster", "news"})


def state_media(label: str) -> bool:
    """Whether a source is a state's own outlet ("the state news agency SANA", "state TV").

    What a state broadcaster reports is the government's line, not a second
    confirmation of it.
    """
    found = words(label.lower())
    for word, after in pairwise(found):
        if word in ("state", "official") and after in _STATE_OUTLETS:
            return True
        if word == "state" and after in ("run", "owned", "controlled"):
            return True
    return False


def speaking_state(claim: Claim, label: str, article: Article | None, event: EventContext) -> str:
    """The country a government, security or state media source speaks for, or "" for others.

    A country in the source's name ("Syria's interior ministry") decides; else
    a place just before it in its sentence ("In Washington, officials said");
    else the country the article names most.
    """
    if not claim.attributed or not (claim.source_type in _STATE_VOICES or state_media(label)):
        return ""
    if local_authority(label):
        return ""
    for text in (label, speaker_prefix(claim, article)):
        found = countries_in(words(text))
        if found:
            return found[-1]
    return event.country


@dataclass(frozen=True, slots=True)
class ClaimKeys:
    """The cheap part of a claim's features: what candidate generation and word rarity read.

    Every claim of a case needs these (rarity counts all of them), while the
    full :class:`ClaimFeatures`, with the article's event context, are needed
    only for the claims that end up in a candidate pair.
    """

    id: int
    article_id: int
    terms: frozenset[str]
    names: frozenset[str]
    amounts: tuple[Amount, ...]
    context: frozenset[str] = frozenset()


_SUBJECT_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i"})


def speaker_as_subject(claim: Claim) -> set[str]:
    """The source's words when the claim's subject is the source itself.

    "The Lebanese army said it had reinforced its patrols" claims that the
    Lebanese army reinforced them: "it" is the speaker. A report of the same
    fact from elsewhere names the army, so the claim's topic names it too.
    """
    raw = words(claim.content[:12])
    if not claim.attributed or not raw or raw[0] not in _SUBJECT_PRONOUNS:
        return set()
    return topic_terms(claim.source_resolved or claim.source)


def claim_keys(claim: Claim, articles: Mapping[int, Article]) -> ClaimKeys:
    """A claim's terms, names and quantities; its article is looked up only for a short claim.

    ``articles`` may load lazily: most claims never ask for their article's text.
    """
    content = clean(claim.content)
    terms = topic_terms(claim.content)
    borrowed = speaker_as_subject(claim) - terms
    short = len(terms) < SHORT_CLAIM
    if short or referred_kinds(claim):
        article = articles.get(claim.article_id)
        if article is not None:
            borrowed |= topic_terms(antecedent_of(claim, article)) - terms
            if short:
                borrowed |= topic_terms(context_of(claim, article)) - terms
    return ClaimKeys(
        id=claim.id,
        article_id=claim.article_id,
        terms=frozenset(terms | borrowed),
        context=frozenset(borrowed),
        names=frozenset(names(content)),
        amounts=tuple(
            amount(q, claim.content, claim.extraction.content_start) for q in claim.numbers
        ),
    )


def describe_features(
    claim: Claim,
    article: Article | None = None,
    event: EventContext | None = None,
    keys: ClaimKeys | None = None,
) -> ClaimFeatures:
    """Compute a claim's features; ``article`` supplies the outlet, sentence and event context.

    ``event`` is the article's :func:`event_context` and ``keys`` the claim's
    :func:`claim_keys` when the caller has them already (the event is the
    same for every claim of an article).
    """
    content = clean(claim.content)
    rewritten = rewrite_phrases(content)
    raw = words(rewritten)
    if keys is None:
        keys = claim_keys(claim, {} if article is None else {claim.article_id: article})
    if event is None:
        event = event_context(article)
    label = source_label(claim, article)
    name_words = frozenset(w for n in keys.names for w in n.split())
    return ClaimFeatures(
        claim=claim,
        terms=keys.terms,
        names=keys.names,
        places=frozenset(places(content)),
        weekdays=weekdays(raw),
        amounts=keys.amounts,
        negated=is_negated(raw),
        directive=claim.stance in _DIRECTIVE,
        source_key=source_key(label),
        source_label=label,
        verbatim=" ".join(raw),
        event=event,
        state=speaking_state(claim, label, article, event),
        source_names=frozenset(names(claim.source)) if claim.attributed else frozenset(),
        content_words=tuple(map(sys.intern, dict.fromkeys(raw))),
        negated_terms=negated_terms(rewritten, name_words),
        name_words=name_words,
        incident=is_incident(raw),
        context=keys.context,
        clauses=clause_terms(claim),
        predicates=frozenset(claim.extraction.predicates),
    )


def is_unattributed_media(claim: Claim) -> bool:
    """The article's own voice: no source named, typed as media."""
    return not claim.attributed and claim.source_type is SourceType.MEDIA


class Rarity:
    """Inverse document frequencies over the claims being matched.

    Shared rare words ("Kelakh") say far more about two claims being about
    the same thing than shared common ones ("people").
    """

    def __init__(self, term_sets: Iterable[frozenset[str]]) -> None:
        self.counts: Counter[str] = Counter()
        self.total = 0
        for terms in term_sets:
            self.counts.update(terms)
            self.total += 1
        self._known: dict[str, float] = {}

    def idf(self, token: str) -> float:
        """Smoothed idf; a word never seen counts as rare."""
        known = self._known.get(token)
        if known is None:
            known = math.log((self.total + 1.0) / (self.counts.get(token, 0) + 0.5))
            self._known[token] = known
        return known

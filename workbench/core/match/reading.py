"""What matching reads of a claim: lemmas, names, clock times, negation, what it counts.

Each claim is read once, from the spaCy parse of its content, and the
reading is stored with the claim (``claim_readings``); matching compares
readings, never the raw text again. The claim's sentence in its article is
kept as a span, so that a short content ("a frontier post") is also compared
in the words around it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from sys import intern
from typing import TYPE_CHECKING, Any

from workbench.core.domain import Claim
from workbench.core.extract.source_keys import POSSESSIVE
from workbench.core.match.days import (
    CLOCK,
    WEEKDAYS,
    calendar_words,
    dated_acts,
    minutes_of,
)
from workbench.core.match.not_counted import (
    in_clock,
    is_difference,
    is_expected,
    is_increment,
    is_limit,
    is_offset,
    is_yardstick,
)
from workbench.core.match.reading_denials import (
    actors,
    acts_on,
    denied,
    disputed,
    negated,
    refused,
    reported_act,
)
from workbench.core.match.reading_figures import (
    CLASS_WORDS,
    COUNT_CLASSES,
    REPEATS,
    SCALES,
    counted_figures,
    figure_groups,
    figure_ranges,
    group_governors,
    number_tokens,
    risen_to,
    share_periods,
    share_words,
    span_acts,
    whole_sizes,
)
from workbench.core.match.units import SPELLINGS

if TYPE_CHECKING:  # the parser is loaded only when claims are read
    from spacy.tokens import Doc, Token

NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


READING_VERSION = 97
"""Bumped when what a reading holds changes: stored readings of another version are made again."""


@dataclass(frozen=True, slots=True)
class Reading:
    """One claim as matching reads it."""

    lemmas: tuple[str, ...]
    names: tuple[str, ...]
    times: tuple[int, ...]
    """Clock times in minutes after midnight ("5:40 a.m." is 340)."""
    negated: bool
    counts: tuple[str, ...]
    """The :data:`COUNT_CLASSES` the claim's words name."""
    values: tuple[float, ...]
    """The claim's figures (times and years left out), from the extracted quantities."""
    context: tuple[int, int]
    """The claim's sentence in its article, as character offsets."""
    headline: bool = False
    """Whether the claim is in the article's headline, which restates its own lead."""
    counted: tuple[tuple[float, str], ...] = ()
    """Figures with what they count ("11 killed": (11, "dead"))."""
    days: tuple[str, ...] = ()
    """Weekdays the claim names ("resigned on Wednesday"), which date one happening."""
    totals: tuple[tuple[float, str], ...] = ()
    """The :attr:`counted` figures that give a whole count ("14 people died", "the toll at
    11"), not a part of it ("two of the dead") or a named group ("three soldiers")."""
    dated: tuple[tuple[str, str], ...] = ()
    """Each weekday with the act it dates ("raced down ... on Monday": ("monday", "race")):
    two claims' days conflict only for one act."""
    denied: tuple[str, ...] = ()
    """Lemmas the claim says are not so, in any of its clauses ("it did not sound": "sound";
    "a phone, not a weapon": "weapon"; "no warning": "warning")."""
    denied_things: tuple[str, ...] = ()
    """The nouns among :attr:`denied`: what the claim says was not done to or had ("no
    bank details were stolen": "bank", "detail")."""
    groups: tuple[tuple[float, str], ...] = ()
    """Figures that count a named group, with its noun ("five workers": (5, "worker")):
    five workers and five children are not one figure."""
    places: tuple[str, ...] = ()
    """The :attr:`names` that are places (countries, cities, regions, buildings)."""
    parts: tuple[float, ...] = ()
    """Figures that count a part of another count ("two of the dead", "the hospital alone
    had treated 97"): not rivals of the whole."""
    tally: str = ""
    """"since" for a count kept since a start ("have killed 560 people since protests
    erupted"), "day" for one day's count ("100 people were killed last Friday"), else ""."""
    actors: tuple[tuple[str, str], ...] = ()
    """Acts and what they are done to, with who does them, when a name says so ("Mr. Trump
    should release his returns": ("release", "trump"), ("return", "trump")): a negation of
    one actor's act denies no other's."""
    risen: tuple[float, ...] = ()
    """Figures a count is said to have risen to ("the toll rose to 23"): a revision of a
    lower figure, whatever the two articles' dates."""
    sizes: tuple[float, ...] = ()
    """Figures that give the size of a whole ("it has a million members")."""
    ranges: tuple[tuple[float, float], ...] = ()
    """Figures that give one count as a range, low and high ("between 200 and 300")."""
    sums_of: tuple[str, ...] = ()
    """The words the claim's sums of money are of, as :attr:`shares_of` for shares ("owe
    $212 billion in taxes": "owe", "tax")."""
    shares_of: tuple[str, ...] = ()
    """What the claim's percentages are of (:func:`share_words`: "offer" for "they offered
    us 2 percent"): shares of different things are no rivals."""
    tally_when: tuple[str, ...] = ()
    """The weekdays and months that date the :attr:`tally`: its start ("since troops entered
    on Monday": "monday") or its day ("last Friday": "friday"). Two counts dated apart are
    two counts, not rivals."""
    acts_on: tuple[tuple[str, str], ...] = ()
    """Acts with the things they are done to (:func:`reading_denials.acts_on`)."""
    refused: tuple[str, ...] = ()
    """Acts the claim says were refused ("refused to put the offer to a ballot": "put"), whose
    things are denied only with them (:func:`reading_denials.refused`)."""
    group_of: tuple[tuple[float, str], ...] = ()
    """What each count of a named group counts of it: "violations at about 120 polling
    stations" (120, "violation"; :func:`reading_figures.group_governors`)."""
    disputes: tuple[str, ...] = ()
    """Whose account the claim says it contradicts ("contradicting the police account":
    "police"; :func:`reading_denials.disputed`)."""
    disputed_account: tuple[str, ...] = ()
    """What that account says, when the claim tells it ("the police account that the driver
    had accelerated": "driver", "accelerate")."""
    span_acts: tuple[tuple[float, str], ...] = ()
    """Each span of time with the act it is the span of ("sentenced to ten years": (10,
    "sentence"); :func:`reading_figures.span_acts`)."""
    reported: tuple[str, ...] = ()
    """When the claim is a statement it names ("Veloran's statement that it had been told of
    the plan", "reports that soldiers fired"), the act that statement tells and who does it
    to what (:func:`reading_denials.reported_act`): a denial of it denies that, not every
    word after it."""
    periods: tuple[str, ...] = ()
    """The periods the claim's shares and sums are of (:func:`share_periods`: "the second
    quarter", "this year"): figures of two periods are no rivals."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": READING_VERSION,
            "lemmas": list(self.lemmas), "names": list(self.names), "times": list(self.times),
            "negated": self.negated, "counts": list(self.counts), "values": list(self.values),
            "context": list(self.context), "headline": self.headline,
            "counted": [list(c) for c in self.counted], "days": list(self.days),
            "totals": [list(c) for c in self.totals],
            "groups": [list(c) for c in self.groups], "denied": list(self.denied),
            "denied_things": list(self.denied_things),
            "dated": [list(d) for d in self.dated], "places": list(self.places),
            "parts": list(self.parts), "tally": self.tally,
            "tally_when": list(self.tally_when), "risen": list(self.risen),
            "actors": [list(a) for a in self.actors], "shares_of": list(self.shares_of),
            "sums_of": list(self.sums_of),
            "ranges": [list(r) for r in self.ranges], "sizes": list(self.sizes),
            "acts_on": [list(a) for a in self.acts_on], "periods": list(self.periods),
            "refused": list(self.refused),
            "group_of": [list(p) for p in self.group_of],
            "disputes": list(self.disputes),
            "disputed_account": list(self.disputed_account),
            "reported": list(self.reported),
            "span_acts": [list(p) for p in self.span_acts],
        }  # fmt: skip

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Reading:
        # Read a whole case at a time (100,000 readings in a match): plain maps, no
        # generator per field. The JSON holds what to_dict wrote, so its types are known.
        # A case's claims share most of their lemmas: one string each, not one per claim.
        get = data.get
        return cls(
            lemmas=tuple(map(intern, data["lemmas"])), names=tuple(map(intern, data["names"])),
            times=tuple(map(int, data["times"])), negated=bool(data["negated"]),
            counts=tuple(data["counts"]), values=tuple(map(float, data["values"])),
            context=(int(data["context"][0]), int(data["context"][1])),
            headline=bool(get("headline", False)),
            counted=_pairs(get("counted")), days=tuple(get("days", ())),
            totals=_pairs(get("totals")), groups=_pairs(get("groups")),
            denied=tuple(get("denied", ())), denied_things=tuple(get("denied_things", ())),
            dated=_pairs(get("dated"), float_first=False),
            places=tuple(get("places", ())), parts=tuple(map(float, get("parts", ()))),
            tally=str(get("tally", "")), tally_when=tuple(get("tally_when", ())),
            risen=tuple(map(float, get("risen", ()))),
            actors=_pairs(get("actors"), float_first=False),
            shares_of=tuple(get("shares_of", ())), sums_of=tuple(get("sums_of", ())),
            ranges=tuple((float(lo), float(hi)) for lo, hi in get("ranges", ())),
            sizes=tuple(map(float, get("sizes", ()))),
            acts_on=_pairs(get("acts_on"), float_first=False),
            periods=tuple(get("periods", ())), refused=tuple(get("refused", ())),
            group_of=_pairs(get("group_of")),
            disputes=tuple(get("disputes", ())),
            disputed_account=tuple(get("disputed_account", ())),
            reported=tuple(get("reported", ())),
            span_acts=_pairs(get("span_acts")),
        )  # fmt: skip


def _pairs(rows: list[list[Any]] | None, float_first: bool = True) -> tuple[Any, ...]:
    """Stored pairs back as tuples (a figure and a word, or two words)."""
    if not rows:
        return ()
    if float_first:
        return tuple((float(v), str(k)) for v, k in rows)
    return tuple((str(v), str(k)) for v, k in rows)


def _name(text: str) -> str:
    """A name as one writes it alone: "Carmel Motors' plan" names "carmel motors", as does
    "the company Carmel Motors'"."""
    name = POSSESSIVE.sub("", text.lower().strip())
    return name[4:] if name.startswith("the ") else name


def _attribution_inside(claim: Claim) -> range:
    """Where, in the claim's content, its own attribution stands when a quotation resumes
    after it ('... comes first," said Chief Executive Linnea Sund. "We are not aware ...'):
    its words are who spoke, not what was said. An empty range when it stands outside."""
    found = claim.extraction
    start, end = found.content_start, found.content_end
    spans = [
        (a, b)
        for a, b in ((found.source_start, found.source_end), (found.cue_start, found.cue_end))
        if b > a and start <= a and b <= end
    ]
    if not spans:
        return range(0)
    return range(min(a for a, _ in spans) - start, max(b for _, b in spans) - start)


FIGURE_LABELS = frozenset({"MONEY", "PERCENT", "CARDINAL", "QUANTITY"})
UNITS = SCALES | {"percent", "cent", "euro", "dollar", "pound"}
"""A figure's words that the tagger leaves out of its figure ("38 million euros")."""


def read_claims(claims: Sequence[Claim], texts: dict[int, str]) -> Iterator[Reading]:
    """The readings of ``claims``, in order; ``texts`` maps article ids to their text."""
    from workbench.core.extract.model import lemma, parse_many

    tails = [_disputing_tail(texts.get(c.article_id, ""), c) for c in claims]
    tail_docs = iter(parse_many(t for t in tails if t))
    for claim, doc, tail in zip(claims, parse_many(c.content for c in claims), tails, strict=True):
        tail_doc = next(tail_docs) if tail else None
        aside = _attribution_inside(claim)
        read = [
            (t, lemma(t))
            for t in doc
            if t.is_alpha and not t.is_stop and len(t.text) > 1 and t.idx not in aside
        ]
        # a figure's words ("45 million euros", "52 percent") are compared as figures, not as
        # words two claims share: "lost 38 million euros" is no retelling of "received 45
        # million euros in state aid"
        lemmas = tuple(
            word for t, word in read if t.ent_type_ not in FIGURE_LABELS and word not in UNITS
        )
        # for what the claim counts; a date's words count nothing ("in March" is no march)
        words = {t.lower_ for t in doc if t.ent_type_ != "DATE"} | {
            word for t, word in read if t.ent_type_ != "DATE"
        }
        ents = [e for e in doc.ents if e.start_char not in aside]  # not its speaker's name
        names = tuple(
            sorted(
                {
                    _name(e.text)
                    for e in ents
                    if e.label_ in NAME_LABELS and e.text.lower() not in SPELLINGS  # "km/h"
                }
            )
        )
        matches = list(CLOCK.finditer(claim.content))
        times = minutes_of(matches)
        clocks = [m.span() for m in matches]
        numbers = number_tokens(claim, doc)
        values = tuple(
            sorted(
                {
                    q.value
                    for q, number in zip(claim.numbers, numbers, strict=True)
                    if not _is_time_or_year(q.value, q.text)
                    and not in_clock(claim, q, clocks)
                    and not is_increment(claim, q)
                    and not is_yardstick(claim, q)
                    and not is_offset(claim, q)
                    and not is_limit(number)
                    and not is_difference(number)
                    and not is_expected(number)
                }
            )
        )
        counts = tuple(sorted(k for k, members in COUNT_CLASSES.items() if words & members))
        counted = counted_figures(claim, doc, numbers, values)
        # how many times an act was done is a figure only as a count of shots ("fired
        # twice"): "arrested twice" and "called three times" are no rival figures
        repeats = {q.value for q in claim.numbers if q.what.lower() in REPEATS}
        values = tuple(v for v in values if v not in repeats or (v, "shots") in counted)
        groups = figure_groups(claim, numbers)
        tally, tally_when = _tally(doc, numbers) if counted else ("", ())
        denied_words, denied_things = denied(doc)
        said_against = disputed(doc)
        tail_against = disputed(tail_doc) if tail_doc is not None else ((), ())
        yield Reading(
            lemmas=lemmas,
            names=names,
            times=times,
            negated=negated(doc) != (str(claim.stance) == "denies"),
            counts=counts,
            values=values,
            context=sentence_span(texts.get(claim.article_id, ""), claim),
            headline=in_headline(texts.get(claim.article_id, ""), claim),
            counted=counted,
            days=tuple(sorted({t.lower_ for t in doc if t.lower_ in WEEKDAYS})),
            totals=tuple(c for c in counted if groups.get(c[0]) == ""),
            groups=tuple(sorted((v, g) for v, g in groups.items() if g and v in values)),
            group_of=group_governors(claim, numbers, groups),
            span_acts=span_acts(numbers, counted, claim),
            denied=denied_words,
            denied_things=denied_things,
            actors=actors(doc),
            dated=dated_acts(doc),
            places=tuple(sorted({e.text.lower() for e in ents if e.label_ in PLACE_LABELS})),
            parts=tuple(sorted(v for v, g in groups.items() if g is None and v in values)),
            tally=tally,
            tally_when=tally_when,
            risen=tuple(v for v in risen_to(claim, numbers) if v in values),
            shares_of=share_words(claim, numbers, counted),
            sums_of=share_words(claim, numbers, counted, "money"),
            ranges=figure_ranges(claim),
            sizes=whole_sizes(claim, numbers),
            acts_on=acts_on(doc),
            periods=share_periods(numbers, counted, [q.value for q in claim.numbers]),
            refused=refused(doc),
            disputes=tuple(sorted({*said_against[0], *tail_against[0]})),
            disputed_account=tuple(sorted({*said_against[1], *tail_against[1]})),
            reported=reported_act(doc),
        )


def _tally(doc: Doc, numbers: Sequence[Token | None]) -> tuple[str, tuple[str, ...]]:
    """Whether the claim's counts run since a start ("killed 560 people since protests
    erupted", "so far", "by Sunday evening") or are one day's or week's ("were killed last
    Friday": a date of the counted act itself, not of a report of the count, as "the toll
    rose to seven on Wednesday"), with the weekdays and months that date the start or the
    day. A figure inside the "since" clause dates the start, not a count ("has intensified
    since 100 people were killed")."""
    figures = {n.i for n in numbers if n is not None}

    def clause(t: Token) -> Token:  # the clause "since" opens: its own, or its verb's
        return t.head if t.dep_ == "mark" else t

    starts = [
        t
        for t in doc
        if t.lower_ == "since"
        and t.dep_ in {"prep", "mark"}
        and figures - {w.i for w in clause(t).subtree}
    ]
    if starts:
        return "since", calendar_words(w for t in starts for w in clause(t).subtree)
    if "so far" in doc.text.lower() or any(
        t.lower_ == "by" and any(w.lower_ in WEEKDAYS for w in t.subtree) for t in doc
    ):
        return "since", ()
    dates = [(t, [t]) for t in doc if t.lower_ in WEEKDAYS and t.ent_type_ != "DATE"]
    dates += [(e.root, list(e)) for e in doc.ents if e.label_ == "DATE"]
    days = [words for root, words in dates if _acts_dated(root) & CLASS_WORDS]
    if not days:
        return "", ()
    return "day", calendar_words(t for words in days for t in words)


def _acts_dated(date: Token) -> set[str]:
    """The acts a date may date: the verbs above it up to the sentence's root, and what
    those verbs did as they happened ("opened fire on mourners leaving a funeral on
    Wednesday, killing six": leave, open and kill; not "after two more died", which dates
    nothing of the verb's own)."""
    from workbench.core.extract.model import lemma

    acts: set[str] = set()
    token = date
    while token.head.i != token.i:
        token = token.head
        if token.pos_ in {"VERB", "AUX"}:
            acts.add(lemma(token))
            acts.update(lemma(t) for t in token.children if t.dep_ == "advcl" and t.tag_ == "VBG")
    return acts


def _is_time_or_year(value: float, text: str) -> bool:
    """Whether a figure is a clock time or a year: "2011" is a year, "2,000" and "two
    thousand" are counts."""
    year = 1900 <= value <= 2100 and float(value).is_integer() and f"{value:.0f}" in text
    return bool(CLOCK.search(text)) or year


def in_headline(text: str, claim: Claim) -> bool:
    """Whether the claim lies in a headline: a first line standing alone, not ending a sentence.

    Headlines ("Union says dozens of workers missing") restate the article's
    lead in fewer words; the lead, not its headline, is what another article's
    claim is linked to.
    """
    first, _, rest = text.partition("\n")
    line = first.strip()
    return (
        bool(line)
        and bool(rest.strip())
        and not rest.startswith(" ")
        and claim.extraction.content_end <= len(first)
        and line[-1] not in ".!?\"'”’"
    )


_DISPUTING_TAIL = re.compile(
    r"[\s,;\u2013\u2014-]*(?:which\s+|that\s+|in\s+)?(?:contradict|disput|contrary\s+to)",
    re.IGNORECASE,
)


def _disputing_tail(text: str, claim: Claim) -> str:
    """The rest of the claim's sentence when it says what the claim contradicts: "... was not
    moving when an officer opened fire, contradicting the police account that ...", whose
    content ends before the comma. Empty otherwise."""
    end = claim.extraction.content_end
    if not text or not 0 <= end <= len(text) or not _DISPUTING_TAIL.match(text, end):
        return ""
    return text[end : sentence_span(text, claim)[1]].lstrip(" ,;-\u2013\u2014")


def sentence_span(text: str, claim: Claim) -> tuple[int, int]:
    """The sentence (or line) around the claim's content in its article; for an interview's
    answer, from the question it answers ("What about the bridge?" makes "It is standing"
    a claim about the bridge)."""
    extraction = claim.extraction
    start, end = extraction.content_start, extraction.content_end
    if not text or not 0 <= start <= end <= len(text):
        return (start, end)
    line_start = text.rfind("\n", 0, start) + 1
    stops = [text.rfind(mark, line_start, start) for mark in (". ", "? ", "! ")]
    begin = max([line_start, *(s + 2 for s in stops if s >= 0)])
    if extraction.cue.endswith("?") and extraction.cue_end <= line_start:
        begin = extraction.cue_start
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    ends = [e for e in (text.find(m, end, line_end) for m in (". ", "? ", "! ")) if e >= 0]
    finish = min([line_end, *(e + 1 for e in ends)])
    return (begin, finish)

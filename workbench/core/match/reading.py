"""What matching reads of a claim: lemmas, names, clock times, negation, what it counts.

Each claim is read once, from the spaCy parse of its content, and the
reading is stored with the claim (``claim_readings``); matching compares
readings, never the raw text again. The claim's sentence in its article is
kept as a span, so that a short content ("a frontier post") is also compared
in the words around it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from workbench.core.domain import Claim, Quantity

if TYPE_CHECKING:  # the parser is loaded only when claims are read
    from spacy.tokens import Doc

# What a figure counts, by the words news writing uses for it. A class joins
# words that count one thing in any story ("11 killed", "the toll at 11",
# "eleven bodies"); words that count different things stay apart.
# fmt: off
COUNT_CLASSES: dict[str, frozenset[str]] = {
    "dead": frozenset({"die", "dead", "death", "kill", "killing", "body", "toll", "fatality",
                       "victim", "fatal", "perish", "drown"}),
    "injured": frozenset({"wound", "wounded", "injure", "injured", "injury", "hurt", "hospital",
                          "hospitalise", "hospitalize", "treat", "casualty"}),
    "missing": frozenset({"missing", "unaccounted", "disappear"}),
    "homes": frozenset({"house", "home", "building", "dwelling", "property"}),
    "detained": frozenset({"arrest", "detain", "detention", "custody", "jail"}),
    "displaced": frozenset({"evacuate", "evacuation", "displace", "flee", "refugee", "shelter"}),
    "shots": frozenset({"shot", "shoot", "round", "bullet", "fire"}),
    "people": frozenset({"protester", "crowd", "demonstrator", "march", "rally"}),
    "share": frozenset({"percent", "percentage", "share", "turnout", "vote"}),
}
# fmt: on
WEEKDAYS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)  # fmt: skip
NEGATIONS = frozenset(
    {"not", "no", "never", "nothing", "none", "nobody", "without", "n't", "deny", "neither", "nor"}
)  # fmt: skip
NEGATING_VERBS = frozenset({"refuse", "decline", "avoid", "fail"})
"""Verbs that say the act after them did not happen: "refused to answer" did not answer,
"failed to find" did not find."""
WHOLE_GROUPS = frozenset({"people", "person", "life", "victim", "body", "death", "casualty",
                          "fatality"})
"""Nouns that count everyone a count takes in, not a named group of them ("soldiers")."""
_CLASS_WORDS = frozenset().union(*COUNT_CLASSES.values())
_ADDING = frozenset({"more", "additional", "further", "extra", "new", "times", "fold"})
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT"})
_CLOCK = re.compile(
    r"\b(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?m\.?|p\.?m\.?)(?![a-z])|\b(\d{1,2}):(\d{2})\b"
    r"|\b([01]\d|2[0-3])([0-5]\d)\s*(?:GMT|UTC|hours|hrs)\b",
    re.IGNORECASE,
)


READING_VERSION = 12
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
    groups: tuple[tuple[float, str], ...] = ()
    """Figures that count a named group, with its noun ("five workers": (5, "worker")):
    five workers and five children are not one figure."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": READING_VERSION,
            "lemmas": list(self.lemmas), "names": list(self.names), "times": list(self.times),
            "negated": self.negated, "counts": list(self.counts), "values": list(self.values),
            "context": list(self.context), "headline": self.headline,
            "counted": [list(c) for c in self.counted], "days": list(self.days),
            "totals": [list(c) for c in self.totals],
            "groups": [list(c) for c in self.groups],
        }  # fmt: skip

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Reading:
        return cls(
            lemmas=tuple(data["lemmas"]), names=tuple(data["names"]),
            times=tuple(int(t) for t in data["times"]), negated=bool(data["negated"]),
            counts=tuple(data["counts"]), values=tuple(float(v) for v in data["values"]),
            context=(int(data["context"][0]), int(data["context"][1])),
            headline=bool(data.get("headline", False)),
            counted=tuple((float(v), str(k)) for v, k in data.get("counted", ())),
            days=tuple(data.get("days", ())),
            totals=tuple((float(v), str(k)) for v, k in data.get("totals", ())),
            groups=tuple((float(v), str(k)) for v, k in data.get("groups", ())),
        )  # fmt: skip


def read_claims(claims: Sequence[Claim], texts: dict[int, str]) -> Iterator[Reading]:
    """The readings of ``claims``, in order; ``texts`` maps article ids to their text."""
    from workbench.core.extract.model import lemma, parse_many

    for claim, doc in zip(claims, parse_many(c.content for c in claims), strict=True):
        lemmas = tuple(lemma(t) for t in doc if t.is_alpha and not t.is_stop and len(t.text) > 1)
        words = {t.lower_ for t in doc} | set(lemmas)  # for what the claim counts
        names = tuple(sorted({e.text.lower() for e in doc.ents if e.label_ in NAME_LABELS}))
        matches = list(_CLOCK.finditer(claim.content))
        times = _minutes(matches)
        clocks = [m.span() for m in matches]
        values = tuple(
            sorted(
                {
                    q.value
                    for q in claim.numbers
                    if not _is_time_or_year(q.value, q.text)
                    and not _in_clock(claim, q, clocks)
                    and not _increment(claim, q)
                }
            )
        )
        counts = tuple(sorted(k for k, members in COUNT_CLASSES.items() if words & members))
        counted = _counted(claim, doc, values, counts)
        groups = _groups(claim, doc)
        yield Reading(
            lemmas=lemmas,
            names=names,
            times=times,
            negated=_negated(doc) != (str(claim.stance) == "denies"),
            counts=counts,
            values=values,
            context=sentence_span(texts.get(claim.article_id, ""), claim),
            headline=in_headline(texts.get(claim.article_id, ""), claim),
            counted=counted,
            days=tuple(sorted({t.lower_ for t in doc if t.lower_ in WEEKDAYS})),
            totals=tuple(c for c in counted if groups.get(c[0]) == ""),
            groups=tuple(sorted((v, g) for v, g in groups.items() if g and v in values)),
        )


def _counted(
    claim: Claim, doc: Doc, values: tuple[float, ...], classes: tuple[str, ...]
) -> tuple[tuple[float, str], ...]:
    """Each figure with what it counts: the count class its own word names ("11 killed":
    (11, "dead")), or, when that word names none, the claim's class if it names one only."""
    from workbench.core.extract.model import lemma

    found: set[tuple[float, str]] = set()
    for q in claim.numbers:
        if q.value not in values:
            continue
        word = q.what.lower().split()[-1] if q.what.strip() else ""
        forms = {word} | {lemma(t) for t in doc if t.lower_ == word}
        own = [k for k, members in COUNT_CLASSES.items() if forms & members]
        found.update((q.value, k) for k in own or (classes if len(classes) == 1 else ()))
    return tuple(sorted(found))


def _groups(claim: Claim, doc: Doc) -> dict[float, str | None]:
    """What each figure's number counts, from the parse.

    ``""`` for people in general, a nationality or nothing named ("14 people
    died", "3,000 Syrians", "the toll at 11"); the noun of a named group
    ("three soldiers": "soldier"); None for a part of another count ("two of
    the dead", "three of them").
    """
    from workbench.core.extract.model import lemma

    found: dict[float, str | None] = {}
    for q in claim.numbers:
        start = q.start - claim.extraction.content_start
        end = q.end - claim.extraction.content_start
        tokens = [t for t in doc if start <= t.idx < end and (t.like_num or t.pos_ == "NUM")]
        if not tokens:
            continue
        number = tokens[-1]  # "five" of "five workers", "million" of "1.5 million"
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in number.children):
            found[q.value] = None
            continue
        head = number.head
        noun = lemma(head) if number.dep_ == "nummod" and head.ent_type_ != "NORP" else ""
        found[q.value] = "" if noun in WHOLE_GROUPS or noun in _CLASS_WORDS else noun
    return found


def _negated(doc: Doc) -> bool:
    """Whether the claim's main statement is negated ("had not been warned", "never received",
    "refused to answer").

    Only the negation of the first sentence's main verb counts: "there were
    clashes, but no sign of defections" still asserts the clashes.
    """
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None:
        return False
    heads = {root, *(t for t in root.children if t.dep_ in {"ccomp", "xcomp", "aux", "auxpass"})}
    from workbench.core.extract.model import lemma

    if any(
        lemma(h) in NEGATING_VERBS and any(c.dep_ == "xcomp" for c in h.children) for h in heads
    ):
        return True
    for token in doc:
        if token.head in heads and (token.dep_ == "neg" or token.lower_ in NEGATIONS):
            return True
        if token.dep_ == "det" and token.lower_ == "no" and token.head.head in heads:
            return True
    return root.lemma_.lower() == "deny" or root.lower_ in {"denied", "denies", "deny"}


def clock_times(text: str) -> tuple[int, ...]:
    """Clock times in ``text`` as minutes after midnight."""
    return _minutes(_CLOCK.finditer(text))


def _minutes(matches: Iterable[re.Match[str]]) -> tuple[int, ...]:
    """The clock times of :data:`_CLOCK`'s matches, as minutes after midnight."""
    found: set[int] = set()
    for m in matches:
        if m.group(1):
            hour, minute = int(m.group(1)) % 12, int(m.group(2) or 0)
            if m.group(3).lower().startswith("p"):
                hour += 12
        elif m.group(4):
            hour, minute = int(m.group(4)), int(m.group(5))
        else:
            hour, minute = int(m.group(6)), int(m.group(7))
        if hour < 24 and minute < 60:
            found.add(hour * 60 + minute)
    return tuple(sorted(found))


def _increment(claim: Claim, quantity: Quantity) -> bool:
    """Whether a figure adds to or multiplies a count rather than gives it: "six more bodies",
    "another 40", "four times higher"."""
    start = quantity.start - claim.extraction.content_start
    end = quantity.end - claim.extraction.content_start
    after = quantity.text.lower().split()[1:3] + claim.content[end : end + 8].lower().split()[:1]
    before = claim.content[max(0, start - 12) : max(0, start)].lower().split()
    return bool(set(after) & _ADDING) or bool(before and before[-1] == "another")


def _in_clock(claim: Claim, quantity: Quantity, clocks: Sequence[tuple[int, int]]) -> bool:
    """Whether a figure is part of a clock time ("the 4" and "15" of "4:15 p.m.", "1415 GMT")."""
    start = quantity.start - claim.extraction.content_start
    return any(a <= start < b for a, b in clocks)


def _is_time_or_year(value: float, text: str) -> bool:
    return bool(_CLOCK.search(text)) or (1900 <= value <= 2100 and float(value).is_integer())


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


def sentence_span(text: str, claim: Claim) -> tuple[int, int]:
    """The sentence (or line) around the claim's content in its article."""
    start, end = claim.extraction.content_start, claim.extraction.content_end
    if not text or not 0 <= start <= end <= len(text):
        return (start, end)
    line_start = text.rfind("\n", 0, start) + 1
    stops = [text.rfind(mark, line_start, start) for mark in (". ", "? ", "! ")]
    begin = max([line_start, *(s + 2 for s in stops if s >= 0)])
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    ends = [e for e in (text.find(m, end, line_end) for m in (". ", "? ", "! ")) if e >= 0]
    finish = min([line_end, *(e + 1 for e in ends)])
    return (begin, finish)

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
NEGATIONS = frozenset(
    {"not", "no", "never", "nothing", "none", "nobody", "without", "n't", "deny", "neither", "nor"}
)  # fmt: skip
_ADDING = frozenset({"more", "additional", "further", "extra", "new"})
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT"})
_CLOCK = re.compile(
    r"\b(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?m\.?|p\.?m\.?)(?![a-z])|\b(\d{1,2}):(\d{2})\b",
    re.IGNORECASE,
)


READING_VERSION = 3
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

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": READING_VERSION,
            "lemmas": list(self.lemmas), "names": list(self.names), "times": list(self.times),
            "negated": self.negated, "counts": list(self.counts), "values": list(self.values),
            "context": list(self.context),
        }  # fmt: skip

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Reading:
        return cls(
            lemmas=tuple(data["lemmas"]), names=tuple(data["names"]),
            times=tuple(int(t) for t in data["times"]), negated=bool(data["negated"]),
            counts=tuple(data["counts"]), values=tuple(float(v) for v in data["values"]),
            context=(int(data["context"][0]), int(data["context"][1])),
        )  # fmt: skip


def read_claims(claims: Sequence[Claim], texts: dict[int, str]) -> Iterator[Reading]:
    """The readings of ``claims``, in order; ``texts`` maps article ids to their text."""
    from workbench.core.extract.model import lemma, parse_many

    for claim, doc in zip(claims, parse_many(c.content for c in claims), strict=True):
        lemmas = tuple(lemma(t) for t in doc if t.is_alpha and not t.is_stop and len(t.text) > 1)
        words = {t.lower_ for t in doc} | set(lemmas)  # for what the claim counts
        names = tuple(sorted({e.text.lower() for e in doc.ents if e.label_ in NAME_LABELS}))
        times = clock_times(claim.content)
        values = tuple(
            sorted(
                {
                    q.value
                    for q in claim.numbers
                    if not _is_time_or_year(q.value, q.text) and not _increment(claim, q)
                }
            )
        )
        yield Reading(
            lemmas=lemmas,
            names=names,
            times=times,
            negated=_negated(doc) != (str(claim.stance) == "denies"),
            counts=tuple(sorted(k for k, members in COUNT_CLASSES.items() if words & members)),
            values=values,
            context=sentence_span(texts.get(claim.article_id, ""), claim),
        )


def _negated(doc: Doc) -> bool:
    """Whether the claim's main statement is negated ("had not been warned", "never received").

    Only the negation of the first sentence's main verb counts: "there were
    clashes, but no sign of defections" still asserts the clashes.
    """
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None:
        return False
    heads = {root, *(t for t in root.children if t.dep_ in {"ccomp", "xcomp", "aux", "auxpass"})}
    for token in doc:
        if token.head in heads and (token.dep_ == "neg" or token.lower_ in NEGATIONS):
            return True
        if token.dep_ == "det" and token.lower_ == "no" and token.head.head in heads:
            return True
    return root.lemma_.lower() == "deny" or root.lower_ in {"denied", "denies", "deny"}


def clock_times(text: str) -> tuple[int, ...]:
    """Clock times in ``text`` as minutes after midnight."""
    found: set[int] = set()
    for m in _CLOCK.finditer(text):
        if m.group(1):
            hour, minute = int(m.group(1)) % 12, int(m.group(2) or 0)
            if m.group(3).lower().startswith("p"):
                hour += 12
        else:
            hour, minute = int(m.group(4)), int(m.group(5))
        if hour < 24 and minute < 60:
            found.add(hour * 60 + minute)
    return tuple(sorted(found))


def _increment(claim: Claim, quantity: Quantity) -> bool:
    """Whether a figure adds to a count rather than gives it: "six more bodies", "another 40"."""
    after = quantity.text.lower().split()[1:3]
    start = quantity.start - claim.extraction.content_start
    before = claim.content[max(0, start - 12) : max(0, start)].lower().split()
    return bool(set(after) & _ADDING) or bool(before and before[-1] == "another")


def _is_time_or_year(value: float, text: str) -> bool:
    return bool(_CLOCK.search(text)) or (1900 <= value <= 2100 and float(value).is_integer())


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

"""A big stored case for benchmarks/match_scale.py: articles, claims, readings and vectors.

Events are reported by a few outlets each (a Zipf law decides how many: most
by two to six, some by dozens), each article ten claims drawn from the
made-up vocabulary of :mod:`match_scale` around the event's town and people;
a share of the claims are edited copies of an earlier claim, mostly of the
same event. Everything goes through the store as an import does.

Readings and vectors are stored as ``claim_views`` would find them after a
first match, so that the match reads them back and embeds nothing:

* the reading of a claim is made from what the generator knows (its words,
  the event's names, its figure, its sentence's span found by the product's
  own ``sentence_span``), not by spaCy, which reads about 100 claims a second
  here (100,000 claims would take a quarter of an hour);
* the vectors are synthetic, not MiniLM's (which would take longer still):
  a claim's vector mixes its event's direction with its own, so that claims
  of one event are alike (cosine about 0.35, article centroids about 0.85)
  and an edited copy is close to its original (about 0.97).

A built case is kept in ``cache`` (one file per size and seed) and copied,
through SQLite, for each run.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import numpy as np
from match_scale import FUNCTION, SOURCES, Generator

from workbench.core.domain import Extraction, NewArticle, Quantity, QuoteKind
from workbench.core.domain import Stance as St
from workbench.core.match.reading import READING_VERSION, Reading, sentence_span
from workbench.core.store import CaseStore

MODEL = "synthetic-384"
DIMENSIONS = 384
CLAIMS_PER_ARTICLE = 10
COPY_SHARE = 0.05
CASE_VERSION = 1
"""Bumped when the generator changes, so that cached cases are built again."""


class StoredVectors:
    """An embedder that names the synthetic vector space and never has to embed."""

    model = MODEL

    def encode(self, texts: object) -> np.ndarray:
        raise AssertionError("every claim of the benchmark case has its vectors stored")


@dataclass
class Event:
    town: str
    person: str
    day: date
    direction: np.ndarray


def _unit(rows: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(rows, axis=-1, keepdims=True)
    return (rows / norms).astype(np.float32)


class CaseWriter:
    """Articles about events, with the readings and vectors of their claims."""

    def __init__(self, size: int, seed: int) -> None:
        self.gen = Generator(seed)
        self.rng = random.Random(seed + 1)
        self.np = np.random.default_rng(seed)
        articles = max(2, size // CLAIMS_PER_ARTICLE)
        self.events = [self._event() for _ in range(max(1, articles // 4))]
        weights = [1.0 / (rank + 1) ** 0.6 for rank in range(len(self.events))]
        self.chosen = self.rng.choices(range(len(self.events)), weights=weights, k=articles)
        self.told: dict[int, list[tuple[str, Quantity, np.ndarray]]] = {}
        self.everything: list[tuple[str, Quantity, np.ndarray]] = []

    def _event(self) -> Event:
        names = self.gen.names
        direction = _unit(self.np.standard_normal(DIMENSIONS))
        day = date(2011, 1, 1) + timedelta(days=self.rng.randint(0, 900))
        return Event(self.rng.choice(names), self.rng.choice(names), day, direction)

    def _claim(self, number: int, event: Event) -> tuple[str, Quantity, np.ndarray]:
        told = self.told.setdefault(number, [])
        if self.everything and self.rng.random() < COPY_SHARE:
            pool = told if told and self.rng.random() < 0.8 else self.everything
            text, figure, vector = self.rng.choice(pool)
            noise = _unit(self.np.standard_normal(DIMENSIONS))
            return self.gen.edit(text), figure, _unit(vector + 0.25 * noise)
        text, figure = self.gen.sentence()
        text = text.rstrip(".")
        text = re.sub(
            rf"({figure.text} {figure.what} in )\w+", rf"\g<1>{event.town}", text, count=1
        )
        if self.rng.random() < 0.4:
            text += f", {event.person} said"
        own = _unit(self.np.standard_normal(DIMENSIONS))
        vector = _unit(0.6 * event.direction + 0.8 * own)
        told.append((text, figure, vector))
        self.everything.append((text, figure, vector))
        return text, figure, vector

    def names(self, k: int) -> set[str]:
        """The names of the event that article ``k`` reports (what its claims name)."""
        event = self.events[self.chosen[k]]
        return {event.town.lower(), event.person.lower()}

    def article(self, k: int) -> tuple[NewArticle, list[Extraction], list[np.ndarray]]:
        number = self.chosen[k]
        event = self.events[number]
        parts = [f"Report {k} on {event.town}\n\n"]
        offset = len(parts[0])
        extractions, vectors = [], []
        for _ in range(CLAIMS_PER_ARTICLE):
            source, kind = self.rng.choice(SOURCES)
            content, figure, vector = self._claim(number, event)
            cue = offset + len(source) + 1
            start = cue + len("said ")
            at = content.find(figure.text)
            shifted = () if at < 0 else (
                Quantity(figure.value, figure.text, figure.what, start + at,
                         start + at + len(figure.text)),
            )  # fmt: skip
            extractions.append(Extraction(
                True, source, offset, offset + len(source), source, kind, False, "said",
                cue, cue + 4, content, start, start + len(content), QuoteKind.INDIRECT,
                St.ASSERTS, shifted,
            ))  # fmt: skip
            vectors.append(vector)
            sentence = f"{source[0].upper()}{source[1:]} said {content}. "
            parts.append(sentence)
            offset += len(sentence)
        stamp = event.day + timedelta(days=self.rng.randint(0, 3))
        news = NewArticle(text="".join(parts), title=f"Report {k}", outlet=f"Outlet {k % 50}",
                          date=stamp.isoformat(), path=f"synthetic/{k}.txt")  # fmt: skip
        return news, extractions, vectors


def reading_of(content: str, names: set[str], figures: tuple[Quantity, ...],
               span: tuple[int, int]) -> Reading:  # fmt: skip
    words = [w.strip(".,").lower() for w in content.split()]
    lemmas = tuple(w for w in words if w.isalpha() and w not in FUNCTION and len(w) > 1)
    said = tuple(sorted(n for n in names if n in words))
    values = tuple(sorted({q.value for q in figures}))
    return Reading(lemmas, said, (), False, (), values, span)


def build(path: Path, size: int, seed: int) -> None:
    """Store a case of ``size`` claims at ``path``, with readings and vectors."""
    writer = CaseWriter(size, seed)
    with CaseStore.open(path) as store:
        for first in range(0, len(writer.chosen), 100):
            with store.write():  # a hundred articles a transaction
                for k in range(first, min(first + 100, len(writer.chosen))):
                    _store_article(store, writer, k)


def _store_article(store: CaseStore, writer: CaseWriter, k: int) -> None:
    news, extractions, vectors = writer.article(k)
    names = writer.names(k)
    stored = store.add_article(news, extractions)
    claims = store.claims_by_ids(sorted(_ids_of(store, stored.id)))
    rows = [
        (c.id, reading_of(c.content, names, c.numbers, sentence_span(news.text, c)).to_dict())
        for c in claims
    ]
    ordered = np.stack(vectors)
    context = _unit(ordered + 0.3 * writer.np.standard_normal(ordered.shape))
    store.save_readings(rows, MODEL, context)
    store.save_vectors(MODEL, [c.id for c in claims], ordered)


def _ids_of(store: CaseStore, article_id: int) -> list[int]:
    from workbench.core.domain import ClaimQuery

    return store.claim_ids(ClaimQuery(article_ids=(article_id,)))


def case_copy(cache: Path, size: int, seed: int, target: Path) -> Path:
    """A fresh copy of the cached case of ``size`` claims (built first when missing)."""
    cache.mkdir(parents=True, exist_ok=True)
    # Readings of another version are made again by matching, which this case's
    # synthetic vectors cannot do: a new reading version builds a new case.
    kept = cache / f"case-{size}-{seed}-v{CASE_VERSION}-r{READING_VERSION}.db"
    if not kept.exists():
        building = kept.with_suffix(".building")
        building.unlink(missing_ok=True)
        build(building, size, seed)
        building.rename(kept)
    with CaseStore.open(kept, check=False) as store:
        store.save_copy(target)
    return target

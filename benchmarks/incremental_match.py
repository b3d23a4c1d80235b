"""Importing one article into a big case: incremental matching against a full match.

Builds a synthetic case through the store (by default 600 articles of 20
claims: news-like sentences about a few hundred events in named towns and
countries, with tolls, dates, sources and some short claims that borrow their
sentence's words), adds one more 20-claim article about a known event, and
times in the same run:

* ``CaseMatcher.match_articles([new])``, what an import does;
* the whole case's proposals, every article loaded with its text, kept where
  they involve a new claim, as a reference: the links of the two must be
  identical, and the script fails if they are not;
* ``CaseMatcher.match_all``, the whole case, as the baseline of the ratio.

    python benchmarks/incremental_match.py                   # 600 x 20 claims
    python benchmarks/incremental_match.py --articles 1200   # growth
    python benchmarks/incremental_match.py --profile         # cProfile of the import path
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import random
import tempfile
import time
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path

from workbench.core.config import Settings
from workbench.core.domain import (
    Extraction,
    LinkDraft,
    NewArticle,
    Quantity,
    QuoteKind,
    SourceType,
    Stance,
)
from workbench.core.matching import CaseMatcher
from workbench.core.store import CaseStore

COUNTRIES = ("Syria", "Yemen", "Libya", "Sudan", "Iraq", "Lebanon", "Nigeria", "Ukraine",
             "Egypt", "Tunisia", "Bahrain", "Jordan", "Mexico", "Pakistan")  # fmt: skip
SYLLABLES = ("ka", "ro", "mi", "sa", "tu", "len", "dar", "vi", "os", "el", "an", "ber",
             "qui", "zo", "fa", "ne", "hu", "pra", "sto", "gi", "lo", "mar", "ash")  # fmt: skip
SOURCES = (("the Interior Ministry", SourceType.GOVERNMENT), ("a rights group", SourceType.NGO),
           ("witnesses", SourceType.WITNESS), ("the army", SourceType.MILITARY_SECURITY),
           ("the United Nations", SourceType.INTERNATIONAL_ORG),
           ("a local doctor", SourceType.WITNESS), ("opposition activists", SourceType.OTHER),
           ("state television", SourceType.MEDIA))  # fmt: skip
HAPPENINGS = ("killed", "wounded", "arrested", "fled across the border", "detained",
              "displaced", "evacuated", "injured")  # fmt: skip
GROUPS = ("people", "civilians", "protesters", "soldiers", "children", "refugees",
          "residents", "fighters", "students", "workers")  # fmt: skip
ACTORS = ("security forces", "government troops", "rebel fighters", "armed men", "police",
          "militias", "snipers", "tanks", "warplanes", "unidentified gunmen")  # fmt: skip
ACTIONS = ("opened fire on", "shelled", "stormed", "besieged", "raided", "bombed",
           "surrounded", "attacked", "blockaded", "cut off water to")  # fmt: skip
TARGETS = ("a funeral procession", "the main market", "a mosque", "the hospital",
           "a checkpoint", "the old quarter", "a school", "the bakery", "a refugee camp",
           "the central square", "the university", "a fuel depot")  # fmt: skip
EXTRAS = ("after Friday prayers", "late on Tuesday night", "for the third day running",
          "despite promises of reform", "as talks stalled in Geneva", "before dawn",
          "during a curfew", "amid a communications blackout", "without warning",
          "while aid convoys waited", "in retaliation for an ambush",
          "as the ceasefire collapsed")  # fmt: skip
TOPICS = ("water supplies", "electricity", "fuel prices", "bread shortages", "the curfew",
          "talks", "the blockade", "the elections", "the constitution", "aid deliveries",
          "mobile networks", "the border crossing", "reconstruction", "the amnesty",
          "prisoner releases", "school closures")  # fmt: skip
BACKGROUND = ("The {country} government has faced months of unrest, and {leader} has promised "
              "an inquiry into the events in {town}.",
              "Journalists have been barred from {town}, so the figures could not be "
              "independently verified by reporters from {outlet}.",
              "In {capital}, diplomats met on {weekday} to discuss the crisis, which "
              "began when {actor} moved into the outskirts of {town}.",
              "Residents of {town} told {outlet} that shops had stayed shut and that the "
              "roads to {other} were closed by checkpoints.",
              "The {country} Red Crescent said its teams had reached {other} but not {town}, "
              "where fighting continued through the night.",
              "Analysts at the {name} Institute said the violence in {town} could spread to "
              "{other} and to neighbouring provinces.",
              "{leader} spoke on state television on {weekday} evening, blaming foreign "
              "agents and armed gangs for the unrest.",
              "Footage posted online, which could not be verified, appeared to show smoke "
              "rising over {town} and crowds fleeing toward {other}.")  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
VERBS = ("would resume", "had been suspended", "were restored", "remained uncertain",
         "were under review", "had collapsed", "would be extended", "were postponed")  # fmt: skip


def made_up(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


class Event:
    """A story several outlets report: a town, a country, a day, a toll."""

    def __init__(self, rng: random.Random, number: int) -> None:
        self.town = made_up(rng, rng.randint(2, 3))
        self.country = rng.choice(COUNTRIES)
        self.day = date(2011, 1, 1) + timedelta(days=rng.randint(0, 900))
        self.toll = rng.choice((6, 12, 25, 40, 75, 150, 300, 500, 1500))
        self.happening = rng.choice(HAPPENINGS)
        self.group = rng.choice(GROUPS)
        self.actor = rng.choice(ACTORS)
        self.action = rng.choice(ACTIONS)
        self.target = rng.choice(TARGETS)
        self.leader = f"{made_up(rng, 2)} {made_up(rng, 3)}"
        self.other = made_up(rng, 3)
        self.number = number


class Writer:
    """Articles about events: sentences, their spans and the claims in them."""

    def __init__(self, seed: int, events: int, background: int = 4) -> None:
        self.rng = random.Random(seed)
        self.background_most = background
        self.events = [Event(self.rng, n) for n in range(events)]

    def content(self, event: Event) -> tuple[str, tuple[str, str, int] | None]:
        """One claim's content, and the figure it gives (text, what, offset) if any."""
        rng = self.rng
        roll = rng.random()
        toll = event.toll if rng.random() < 0.6 else rng.choice((3, 8, 20, 60, 200, 900))
        hedge = rng.choice(("", "", "at least ", "more than ", "about "))
        figure = f"{toll:,}"
        if roll < 0.35:
            text = (f"{event.actor} {event.action} {event.target} in {event.town}, "
                    f"and {hedge}{figure} {event.group} were {event.happening} "
                    f"{rng.choice(EXTRAS)}")  # fmt: skip
            return text, (f"{hedge}{figure}".strip(), event.group, text.index(figure))
        if roll < 0.5:
            text = f"{hedge}{figure} {event.group} were {event.happening}"
            return text, (f"{hedge}{figure}".strip(), event.group, text.index(figure))
        if roll < 0.7:
            topic, verb = rng.choice(TOPICS), rng.choice(VERBS)
            return f"{topic} in {event.town} {verb} {rng.choice(EXTRAS)}", None
        if roll < 0.85:
            return (f"{event.leader} ordered {event.actor} to withdraw from {event.town} "
                    f"{rng.choice(EXTRAS)}"), None  # fmt: skip
        words = [made_up(rng, rng.randint(2, 3)).lower() for _ in range(rng.randint(3, 7))]
        return f"the {' '.join(words)} near {event.town} {rng.choice(VERBS)}", None

    def background(self, event: Event, outlet: str) -> str:
        """A sentence around the claims: names, places and countries, as news has."""
        rng = self.rng
        return rng.choice(BACKGROUND).format(
            country=event.country, leader=event.leader, town=event.town, other=event.other,
            outlet=outlet, capital=rng.choice(("Geneva", "Cairo", "Paris", "Washington")),
            weekday=rng.choice(WEEKDAYS), actor=event.actor, name=made_up(rng, 2),
        )  # fmt: skip

    def article(self, event: Event, claims: int) -> tuple[NewArticle, list[Extraction]]:
        rng = self.rng
        title = f"{event.town}: {event.happening} after {event.actor} {event.action} " + (
            f"{event.target}"
        )
        parts: list[str] = [title, "\n\n"]
        offset = len(title) + 2
        lead = f"Reports from {event.country} describe events in {event.town}. "
        parts.append(lead)
        offset += len(lead)
        extractions: list[Extraction] = []
        outlet = f"Outlet {rng.randint(1, 40)}"
        for _ in range(claims):
            for _ in range(rng.randint(1, self.background_most)):
                filler = self.background(event, outlet) + " "
                parts.append(filler)
                offset += len(filler)
            source, kind = rng.choice(SOURCES)
            content, figure = self.content(event)
            sentence = f"{source[0].upper()}{source[1:]} said {content}. "
            source_start = offset
            cue_start = offset + len(source) + 1
            content_start = cue_start + len("said ")
            numbers: tuple[Quantity, ...] = ()
            if figure is not None:
                shown, what, at = figure
                value = float(shown.split()[-1].replace(",", ""))
                qualifier = " ".join(shown.split()[:-1])
                start = content_start + at
                numbers = (Quantity(value, shown, what, start, start + len(shown), qualifier),)
            stance = Stance.DENIES if rng.random() < 0.05 else Stance.ASSERTS
            extraction = Extraction(
                True, source, source_start, source_start + len(source), source, kind,
                False, "said", cue_start, cue_start + 4, content, content_start,
                content_start + len(content), QuoteKind.INDIRECT, stance, numbers,
            )  # fmt: skip
            extractions.append(extraction)
            parts.append(sentence)
            offset += len(sentence)
        text = "".join(parts)
        stamp = event.day + timedelta(days=rng.randint(0, 3))
        news = NewArticle(text=text, title=title, outlet=outlet, date=stamp.isoformat(),
                          path=f"synthetic/{event.number}-{rng.randrange(10**9)}.txt")  # fmt: skip
        return news, extractions

    def any_article(self, claims: int) -> tuple[NewArticle, list[Extraction]]:
        return self.article(self.rng.choice(self.events), claims)


def build_case(
    path: Path, articles: int, claims: int, seed: int, background: int = 4
) -> tuple[CaseStore, Writer]:
    writer = Writer(seed, events=max(1, articles // 4), background=background)
    store = CaseStore.open(path)
    with store.write():
        for _ in range(articles):
            store.add_article(*writer.any_article(claims))
    return store, writer


def reference_drafts(
    store: CaseStore, new_ids: Sequence[int], settings: Settings
) -> list[LinkDraft]:
    """The new claims' links as matching the whole case finds them, every article loaded.

    Every article is read with its text and every pair of the case is open to
    proposal; only then are the links with a new claim kept. Importing must
    find exactly these while weighing only the new claims' pairs.
    """
    articles = {a.id: a for a in store.articles()}
    drafts = CaseMatcher(store).proposals(store.claims(), articles, None, settings)
    new = set(new_ids)
    return sorted((d for d in drafts if new & {d.a_id, d.b_id}), key=lambda d: (d.a_id, d.b_id))


def timed(label: str, call: object) -> float:
    assert callable(call)
    started = time.perf_counter()
    result = call()
    took = time.perf_counter() - started
    print(f"  {label:<42} {took:8.2f} s   ({result})")
    return took


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=600)
    parser.add_argument("--claims", type=int, default=20, help="claims an article")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument(
        "--background", type=int, default=4, help="most other sentences between two claims"
    )
    parser.add_argument("--no-reference", action="store_true", help="skip the whole-case reference")
    parser.add_argument("--no-full", action="store_true", help="skip match_all")
    parser.add_argument("--profile", action="store_true", help="cProfile match_articles")
    args = parser.parse_args(argv)
    settings = Settings()
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        store, writer = build_case(
            Path(folder) / "case.db", args.articles, args.claims, args.seed, args.background
        )
        total = store.count_claims()
        size = sum(len(a.text) for a in store.articles()) // max(1, args.articles)
        print(f"case: {args.articles} articles of {size:,} characters, {total:,} claims "
              f"(built in {time.perf_counter() - started:.1f} s)")  # fmt: skip
        new = store.add_article(*writer.any_article(args.claims))
        new_ids = [c.id for c in store.claims() if c.article_id == new.id]
        matcher = CaseMatcher(store)
        failed = False
        if not args.no_reference:
            expected: list[LinkDraft] = []

            def old() -> int:
                expected[:] = reference_drafts(store, new_ids, settings)
                return len(expected)

            timed("reference: whole case proposed, new links kept", old)
        if args.profile:
            profiler = cProfile.Profile()
            profiler.enable()
        incremental = timed(
            "match_articles([new]) (saved links)",
            lambda: matcher.match_articles([new.id], settings),
        )
        if args.profile:
            profiler.disable()
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
        stored = {(k.a_id, k.b_id): k for k in store.links()}
        if not args.no_reference:
            got = {(d.a_id, d.b_id) for d in expected}
            same = got == set(stored) and all(
                stored[(d.a_id, d.b_id)].score == round(d.score, 1)
                and stored[(d.a_id, d.b_id)].reasons == d.reasons
                for d in expected
            )
            print(f"  links of the new article: {len(stored)}, same as before: {same}")
            failed = not same
        if not args.no_full:
            full = timed("match_all (baseline, saved links)", lambda: matcher.match_all(settings))
            print(f"  incremental is {full / incremental:.1f}x faster than match_all")
        store.close()
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())

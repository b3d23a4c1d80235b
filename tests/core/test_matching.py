"""Matching one imported article into a stored case gives the links the whole case would.

Importing matches only the new article's claims, describing in full only
the claims they may pair with; these tests hold it to what matching the
whole case finds, in a small case (every pair weighed) and in one whose
story is big enough for nearest neighbours.
"""

from __future__ import annotations

import gc
import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import pytest

from workbench.core.claim_views import claim_views
from workbench.core.config import Settings
from workbench.core.domain import (
    Extraction,
    Link,
    LinkDraft,
    NewArticle,
    Quantity,
    QuoteKind,
    SourceType,
    Stance,
)
from workbench.core.match.proposals import ALL_PAIRS_UP_TO
from workbench.core.match.stories import stories
from workbench.core.matching import CaseMatcher
from workbench.core.store import CaseStore

TOWNS = ("Deraa", "Homs", "Banias", "Tel Kelakh", "Hama", "Latakia", "Idlib", "Douma")
COUNTRIES = ("Syria", "Yemen", "Libya", "Bahrain")
SOURCES = (("The Interior Ministry", SourceType.GOVERNMENT), ("A rights group", SourceType.NGO),
           ("Witnesses", SourceType.WITNESS), ("The army", SourceType.MILITARY_SECURITY),
           ("Activists", SourceType.OTHER))  # fmt: skip
HAPPENINGS = ("killed", "wounded", "arrested", "displaced")
GROUPS = ("people", "protesters", "soldiers", "residents")
ACTIONS = ("opened fire on", "shelled", "raided", "surrounded")
TARGETS = ("a funeral procession", "the main market", "a mosque", "the hospital")


def _event(rng: random.Random) -> dict[str, str]:
    return {
        "town": rng.choice(TOWNS),
        "country": rng.choice(COUNTRIES),
        "happening": rng.choice(HAPPENINGS),
        "group": rng.choice(GROUPS),
        "action": rng.choice(ACTIONS),
        "target": rng.choice(TARGETS),
        "day": f"2011-0{rng.randint(3, 6)}-1{rng.randint(0, 9)}",
    }


def _content(rng: random.Random, event: dict[str, str]) -> tuple[str, Stance, int | None]:
    """A claim's words, its stance, and the figure in it (if any)."""
    toll = rng.choice((6, 12, 40, 150, 500))
    kind = rng.random()
    if kind < 0.3:
        text = (f"security forces {event['action']} {event['target']} in {event['town']} and "
                f"{toll} {event['group']} were {event['happening']}")  # fmt: skip
        return text, Stance.ASSERTS, toll
    if kind < 0.5:
        return f"{toll} {event['group']} were {event['happening']}", Stance.ASSERTS, toll
    if kind < 0.65:
        text = f"troops never {event['action']} {event['target']} in {event['town']}"
        return text, Stance.DENIES, None
    if kind < 0.85:
        word = rng.choice(("water", "power", "bread", "fuel", "phone lines"))
        return f"{word} supplies to {event['town']} were cut for days", Stance.ASSERTS, None
    return f"talks on {rng.choice(TOWNS)} would resume next week", Stance.ASSERTS, None


def _article(
    rng: random.Random, event: dict[str, str], claims: int, number: int
) -> tuple[NewArticle, list[Extraction]]:
    """An article whose claims' spans slice its text, as the extractor stores them."""
    text = f"Unrest in {event['town']}\n\nReports from {event['country']} describe the events. "
    extractions: list[Extraction] = []
    for _ in range(claims):
        source, kind = rng.choice(SOURCES)
        content, stance, figure = _content(rng, event)
        source_start = len(text)
        cue_start = source_start + len(source) + 1
        start = cue_start + len("said ")
        numbers: tuple[Quantity, ...] = ()
        if figure is not None:
            at = start + content.index(str(figure))
            shown = str(figure)
            numbers = (Quantity(float(figure), shown, event["group"], at, at + len(shown)),)
        extraction = Extraction(
            True, source, source_start, source_start + len(source), source, kind, False,
            "said", cue_start, cue_start + 4, content, start, start + len(content),
            QuoteKind.INDIRECT, stance, numbers,
        )  # fmt: skip
        extractions.append(extraction)
        text += f"{source} said {content}. The situation in {event['country']} remained tense. "
    news = NewArticle(
        text=text,
        title=f"{event['town']} report {number}",
        outlet=f"Outlet {number % 5}",
        date=event["day"],
        path=f"a{number}.txt",
    )
    return news, extractions


def _build(path: Path, articles: int, claims: int, seed: int) -> tuple[CaseStore, list[int]]:
    """A case of ``articles`` articles, then one more: the store and the new claims' ids."""
    rng = random.Random(seed)
    events = [_event(rng) for _ in range(max(2, articles // 3))]
    store = CaseStore.open(path)
    for number in range(articles + 1):
        store.add_article(*_article(rng, rng.choice(events), claims, number))
    new = store.article_ids()[-1]
    return store, [c.id for c in store.claims() if c.article_id == new]


def _story_sizes(store: CaseStore) -> list[int]:
    views = claim_views(store, store.claims(), None)
    claims = Counter(v.claim.article_id for v in views)
    return [sum(claims[a] for a in story) for story in stories(views)]


def _whole_case_drafts(store: CaseStore, new_ids: Sequence[int]) -> list[LinkDraft]:
    """The new claims' links when the whole case is matched, every article loaded."""
    claims = store.claims()
    articles = {a.id: a for a in store.articles()}
    new = set(new_ids)
    drafts = CaseMatcher(store).proposals(claims, articles, None, Settings())
    return [d for d in drafts if new & {d.a_id, d.b_id}]


def _as_drafts(links: Sequence[Link]) -> dict[tuple[int, int], LinkDraft]:
    return {
        (k.a_id, k.b_id): LinkDraft(k.a_id, k.b_id, k.relation, k.score, k.reasons, k.independent)
        for k in links
    }


def _rounded(drafts: Sequence[LinkDraft]) -> dict[tuple[int, int], LinkDraft]:
    return {
        (d.a_id, d.b_id): LinkDraft(
            d.a_id, d.b_id, d.relation, round(d.score, 1), d.reasons, d.independent
        )
        for d in drafts
    }


def test_import_into_a_small_case_links_as_matching_the_whole_case(tmp_path: Path) -> None:
    one, new_ids = _build(tmp_path / "one.db", articles=6, claims=5, seed=3)
    whole, same_ids = _build(tmp_path / "whole.db", articles=6, claims=5, seed=3)
    assert new_ids == same_ids
    CaseMatcher(one).match_articles([one.get_claim(new_ids[0]).article_id], Settings())
    CaseMatcher(whole).match_all(Settings())
    new = set(new_ids)
    imported = _as_drafts(one.links())
    expected = {p: d for p, d in _as_drafts(whole.links()).items() if new & set(p)}
    assert imported, "the new article should link to the case"
    assert imported == expected


def test_import_into_a_big_case_finds_the_whole_case_links(tmp_path: Path) -> None:
    store, new_ids = _build(tmp_path / "big.db", articles=24, claims=15, seed=5)
    assert max(_story_sizes(store)) > ALL_PAIRS_UP_TO  # a story big enough for neighbours
    matcher = CaseMatcher(store)
    expected = _rounded(_whole_case_drafts(store, new_ids))
    matcher.match_articles([store.get_claim(new_ids[0]).article_id], Settings())
    imported = _as_drafts(store.links())
    assert len(imported) >= 5
    assert imported == expected
    # Matching everything again keeps each of them as it was: one scoring for both paths.
    matcher.match_all(Settings())
    after = _as_drafts(store.links())
    assert all(after[pair] == draft for pair, draft in imported.items())


def test_import_leaves_pairs_a_person_decided_alone(tmp_path: Path) -> None:
    store, new_ids = _build(tmp_path / "decided.db", articles=6, claims=5, seed=3)
    article = store.get_claim(new_ids[0]).article_id
    matcher = CaseMatcher(store)
    matcher.match_articles([article], Settings())
    rejected = store.links()[0]
    store.decide_link(rejected.id, False)
    assert matcher.match_articles([article], Settings()) == 0
    assert store.get_link(rejected.id).confirmed is False


def test_matching_reads_every_articles_date_and_outlet_without_its_text(tmp_path: Path) -> None:
    store, _ = _build(tmp_path / "light.db", articles=3, claims=2, seed=1)
    light = store.articles_without_text()
    assert sorted(light) == store.article_ids()
    for article_id, article in light.items():
        full = store.get_article(article_id)
        assert article.text == "" and full.text
        assert replace(article, text=full.text) == full


def test_a_proposal_that_no_longer_holds_is_withdrawn_and_a_decided_one_stays(
    tmp_path: Path,
) -> None:
    store, _ = _build(tmp_path / "stale.db", articles=6, claims=5, seed=3)
    matcher = CaseMatcher(store)
    matcher.match_all(Settings())
    first, second = store.links()[:2]
    store.decide_link(second.id, True)
    # A person rewrites the first link's claim into something else entirely.
    claim = store.get_claim(first.a_id)
    store.update_extraction(claim.id, replace(claim.extraction, content="no comment"))
    matcher.match_claims([claim.id], Settings())
    pairs = {(k.a_id, k.b_id) for k in store.links()}
    assert (first.a_id, first.b_id) not in pairs
    assert store.get_link(second.id).confirmed is True
    # Matching the whole case again finds exactly what is stored, decisions aside.
    undecided = {(k.a_id, k.b_id) for k in store.links() if k.confirmed is None}
    assert matcher.match_all(Settings()) == 0
    assert {(k.a_id, k.b_id) for k in store.links() if k.confirmed is None} == undecided


def test_a_match_builds_with_the_collector_paused_and_gives_it_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Views and proposals are built under one pause (a pause ending between them has the
    next pass walk the whole case's views); after the match the collector runs again."""
    from workbench.core import matching

    store, _ = _build(tmp_path / "gc.db", articles=3, claims=3, seed=2)
    running: dict[str, bool] = {}

    def watched(name: str) -> None:
        inner = getattr(matching, name)

        def call(*args: object, **kwargs: object) -> object:
            found = inner(*args, **kwargs)
            running[name] = gc.isenabled()
            return found

        monkeypatch.setattr(matching, name, call)

    for name in ("claim_views", "propose_links"):
        watched(name)
    CaseMatcher(store).match_all(Settings())
    assert running == {"claim_views": False, "propose_links": False}
    assert gc.isenabled()

"""Matching a few new claims against a case computes little and finds what a full run finds.

The shortcuts (word keys filed on demand, full features and article texts
only for the claims of candidate pairs, sentence breaks found once per
article, substitutions skipped when their character is absent) must not
change a single link.
"""

from __future__ import annotations

import html
import random
from collections.abc import Iterator, Mapping

from hypothesis import example, given, settings
from hypothesis import strategies as st
from match_builders import build_claim, quantity

from workbench.core.domain import Article, Claim, SourceType
from workbench.core.match import Blocking, find_links
from workbench.core.match.candidates import Postings, blocking_keys
from workbench.core.match.context import _SENTENCE_END, sentence_start
from workbench.core.match.features import Rarity, claim_keys
from workbench.core.match.text import (
    _APOSTROPHE,
    _HANDLE,
    _NT,
    _THOUSANDS,
    _URL,
    _WORD,
    _split_tag,
    clean,
    words,
)

PLACES = ("Deraa", "Homs", "Banias", "Hama", "Idlib")
WORDS = ("troops", "tanks", "market", "mosque", "funeral", "checkpoint", "curfew", "water",
         "bread", "convoy", "border", "village", "shelled", "stormed", "besieged", "raided",
         "protesters", "soldiers", "residents", "hospital", "school", "bridge")  # fmt: skip
WHAT = ("killed", "wounded", "arrested")
BLOCK_ALL = Blocking(exhaustive_pairs=0, neighbours=100_000)
"""The blocking index for any size of case, with no cut on neighbours: pairs are symmetric."""


def _claims(count: int, per_article: int = 6, seed: int = 4) -> list[Claim]:
    rng = random.Random(seed)
    claims = []
    for claim_id in range(1, count + 1):
        value = rng.choice((12, 40, 150, 500))
        what = rng.choice(WHAT)
        body = " ".join(rng.sample(WORDS, rng.randint(2, 7)))
        text = f"{body} in {rng.choice(PLACES)} and {value} people were {what}"
        source = rng.choice(("a rights group", "the army", "witnesses", ""))
        article = (claim_id - 1) // per_article + 1
        numbers = [quantity(value, what)]
        claims.append(
            build_claim(
                claim_id, article, text, source=source, source_type=SourceType.NGO, numbers=numbers
            )  # fmt: skip
        )
    return claims


class CountingArticles(Mapping[int, Article]):
    """Articles that remember which of them were looked up."""

    def __init__(self, claims: list[Claim]) -> None:
        ids = sorted({c.article_id for c in claims})
        self.items = {
            i: Article(i, f"A{i}", f"Outlet {i}", "2011-04-28", "", "", "txt", str(i), "", "")
            for i in ids
        }
        self.asked: set[int] = set()

    def __getitem__(self, article_id: int) -> Article:
        self.asked.add(article_id)
        return self.items[article_id]

    def __iter__(self) -> Iterator[int]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)


def test_word_keys_filed_on_demand_list_what_filing_everything_lists() -> None:
    claims = _claims(150)
    keys = [claim_keys(c, {}) for c in claims]
    rarity = Rarity(k.terms for k in keys)
    filed: dict[str, list[int]] = {}
    for index, k in enumerate(keys):
        for key, _ in blocking_keys(k, rarity, BLOCK_ALL):
            filed.setdefault(key, []).append(index)
    for lazy in (True, False):
        postings = Postings(keys, rarity, BLOCK_ALL, lazy=lazy)
        for key in filed:
            assert postings[key] == filed[key], key
    assert any(len(v) > 1 for k, v in filed.items() if k.startswith("t:"))


def test_new_claims_link_as_in_a_full_run() -> None:
    claims = _claims(120)
    new_ids = {c.id for c in claims if c.article_id == 20}
    articles = CountingArticles(claims)
    full = find_links(claims, articles, min_score=0, blocking=BLOCK_ALL)
    partial = find_links(claims, articles, only_ids=new_ids, min_score=0, blocking=BLOCK_ALL)
    assert partial == [d for d in full if {d.a_id, d.b_id} & new_ids]
    assert len(partial) >= 10


def test_only_the_articles_of_scored_pairs_are_read() -> None:
    # Ten articles on unrelated matters, then a new one retelling the third.
    claims = [
        build_claim(i * 10 + k, i, " ".join(f"w{i}x{k}y{n}" for n in range(8)), source="aides")
        for i in range(1, 11)
        for k in range(3)
    ]
    claims += [build_claim(200 + k, 11, c.content) for k, c in enumerate(claims[6:9])]
    articles = CountingArticles(claims)
    links = find_links(claims, articles, only_ids={200, 201, 202}, blocking=Blocking(0))
    assert {(d.a_id, d.b_id) for d in links} == {(30, 200), (31, 201), (32, 202)}
    # Long claims borrow no sentence, so no other article's text was needed.
    assert articles.asked == {3, 11}


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab .!?\"')\u201d\n", max_size=40), st.floats(0, 1))
@example("He left.  She said", 0.5)  # a claim starting between the spaces after a stop
def test_sentence_start_is_the_last_break_before_it(text: str, share: float) -> None:
    limit = round(share * len(text))
    breaks = [m.end() for m in _SENTENCE_END.finditer(text, 0, limit)]
    assert sentence_start(text, limit) == (breaks[-1] if breaks else 0)


def _clean_every_time(text: str) -> str:
    """``clean`` as it was, running every substitution whatever the text."""
    text = _HANDLE.sub(_split_tag, _URL.sub(" ", html.unescape(text)))
    return "".join(ch if ch.isalnum() or ch.isspace() or ord(ch) < 0x2100 else " " for ch in text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aN1,.'\u2019t @#s&;\u2603\u00e9\u2122", max_size=30))
def test_words_and_clean_skip_only_substitutions_that_change_nothing(text: str) -> None:
    lowered = _APOSTROPHE.sub("", _NT.sub(" not", _THOUSANDS.sub("", text.lower())))
    assert words(text) == _WORD.findall(lowered)
    assert clean(text) == _clean_every_time(text)

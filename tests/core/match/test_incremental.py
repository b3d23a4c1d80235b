"""Judging a few new claims against a case reads little, and its shortcuts change nothing.

Article texts are read only for the articles of judged pairs; the search
tokeniser skips substitutions when their character is absent.
"""

from __future__ import annotations

import html
from collections.abc import Iterator, Mapping

from hypothesis import given, settings
from hypothesis import strategies as st
from match_builders import build_claim, view_of

from workbench.core.domain import Article, Claim
from workbench.core.match.proposals import repeat_links
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


def test_only_the_articles_of_judged_pairs_are_read() -> None:
    # Ten articles on unrelated matters, then a new one retelling the third.
    claims = [
        build_claim(i * 10 + k, i, " ".join(f"w{i}x{k}y{n}" for n in range(8)), source="aides")
        for i in range(1, 11)
        for k in range(3)
    ]
    claims += [build_claim(200 + k, 11, c.content) for k, c in enumerate(claims[6:9])]
    articles = CountingArticles(claims)
    views = [view_of(c) for c in claims]
    links = repeat_links(views, articles, only_ids={200, 201, 202})
    assert {(d.a_id, d.b_id) for d in links} == {(30, 200), (31, 201), (32, 202)}
    # Named sources need no outlet: no other article's text was needed.
    assert articles.asked <= {3, 11}


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

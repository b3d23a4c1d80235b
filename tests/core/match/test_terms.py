"""Index terms: Snowball's Porter stems, so a claim's inflections meet its paraphrase's."""

from __future__ import annotations

import threading

from workbench.core.match.similar import _content_words, word_terms
from workbench.core.match.text import term


def test_inflections_meet_in_one_stem() -> None:
    assert term("killed") == term("killing") == term("kills") == "kill"
    assert term("protesters") == term("protester")
    assert term("fleeing") == term("flees")
    assert term("running") == term("runs") == "run"


def test_different_words_keep_different_stems() -> None:
    assert term("army") != term("arms")
    assert term("police") != term("policy")


def test_short_words_and_tokens_with_digits_pass_through() -> None:
    # Porter would make "us" "u" and "1990s" "1990": a country and a decade are kept.
    assert term("us") == "us"
    assert term("1990s") == "1990s"
    assert term("1.5") == "1.5"


def test_search_terms_drop_stopwords_and_stem_the_rest() -> None:
    content = _content_words("Security forces killed the protesters")
    assert word_terms(content) == ["secur", "forc", "kill", "protest"]


def test_stemming_from_many_threads_gives_the_same_stems() -> None:
    words = [f"{stem}{suffix}" for stem in ("walk", "talk", "mark", "park") for suffix in
             ("ed", "ing", "s", "er")]  # fmt: skip
    expected = {w: term(w) for w in words}
    stem = term.__wrapped__  # past the cache, so every call runs the stemmer
    seen: list[set[tuple[str, str]]] = []

    def run() -> None:
        seen.append({(w, stem(w)) for _ in range(100) for w in words})

    threads = [threading.Thread(target=run) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(result == set(expected.items()) for result in seen)

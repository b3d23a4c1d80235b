"""Property tests: any text, in any encoding we write, reads back as itself or is refused."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from ingest_helpers import fake_extract_many

from workbench.core.errors import IngestError
from workbench.core.importing import import_paths
from workbench.core.ingest import ArticleMeta, read_article
from workbench.core.ingest.decode import universal_newlines
from workbench.core.store import CaseStore

FAST = settings(max_examples=40, deadline=None)

# Articles as people write them: words, digits, punctuation, newlines of every
# kind, right-to-left letters, emoji; plus the odd control character.
WORDS = st.sampled_from(
    [
        "The",
        "army",
        "said",
        "500",
        "people",
        "were",
        "killed",
        "\u0642\u0627\u0644",
        "\U0001f525",
        "d\u00e9clar\u00e9",
        "\u201cquote\u201d",
        "\u05e9\u05dc\u05d5\u05dd",
        "\t",
        "\x07",
    ]
)
SEPARATORS = st.sampled_from([" ", " ", " ", "\n", "\r\n", "\r", "\n\n", ". "])
articles = st.lists(st.tuples(WORDS, SEPARATORS), min_size=1, max_size=60).map(
    lambda parts: "".join(w + s for w, s in parts)
)
encodings = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32"])


@FAST
@given(articles, encodings)
def test_text_reads_back_with_universal_newlines(text: str, encoding: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "story.txt"
        path.write_bytes(text.encode(encoding))
        try:
            article = read_article(path, ArticleMeta(), max_bytes=1_000_000)
        except IngestError as exc:
            assert exc.reason and exc.path == str(path)
            assert not text.strip() or "control characters" in exc.reason
            return
        assert article.text == universal_newlines(text)
        assert "\r" not in article.text


@settings(max_examples=20, deadline=None)
@given(st.lists(articles, min_size=1, max_size=4))
def test_imported_claims_slice_the_stored_text(texts: list[str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        for i, text in enumerate(texts):
            (root / f"{i}.txt").write_text(text, encoding="utf-8", newline="")
        with CaseStore.open(root / "case.db") as store:
            report = import_paths(store, [root], ArticleMeta(), fake_extract_many, max_bytes=10**6)
            assert len(report.imported) + len(report.duplicates) + len(report.failed) == len(texts)
            assert len(store.articles()) == len(report.imported)
            stored = {a.text for a in store.articles()}
            failed = dict(report.failed)
            for i, text in enumerate(texts):
                if str(root / f"{i}.txt") not in failed:
                    assert universal_newlines(text) in stored
            for claim in store.claims():
                text = store.get_article(claim.article_id).text
                x = claim.extraction
                assert text[x.content_start : x.content_end] == x.content

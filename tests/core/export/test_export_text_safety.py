"""The guards and the sentence snippet the human-readable reports rely on."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from workbench.core.export.safety import (
    md_escape,
    neutralise_cell,
    safe_color,
    safe_url,
    text_on,
)
from workbench.core.export.sentences import sentence_around


@pytest.mark.parametrize(
    ("url", "kept"),
    [
        ("https://example.org/a?b=1", True),
        ("http://example.org", True),
        ("mailto:desk@example.org", True),
        ("javascript:alert(1)", False),
        (" JavaScript:alert(1)", False),
        ("data:text/html,<b>x</b>", False),
        ("/etc/passwd", False),
        ("https://exa\nmple.org", False),
        ("", False),
    ],
)
def test_safe_url(url: str, kept: bool) -> None:
    assert bool(safe_url(url)) is kept


def test_safe_color_refuses_css_payloads() -> None:
    assert safe_color("#2e7d32") == "#2e7d32"
    assert safe_color("teal") == "teal"
    assert safe_color("red;background:url(x)") != "red;background:url(x)"
    assert safe_color('#fff" onload="x') != '#fff" onload="x'
    assert text_on("#ffffff") == "#000000"
    assert text_on("#17324d") == "#ffffff"


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_neutralise_cell(start: str) -> None:
    assert neutralise_cell(start + "cmd") == "'" + start + "cmd"
    assert neutralise_cell("a" + start) == "a" + start


@given(st.text(max_size=60))
def test_md_escape_leaves_no_live_markup(text: str) -> None:
    escaped = md_escape(text)
    unescaped = escaped.replace("\\\\", "")
    for char in "*_[]<>`|#~":
        assert char not in unescaped.replace("\\" + char, "")
    assert "\n" not in escaped


TEXT = (
    "Title line\nThe U.S. envoy, Mr. Hale, said on Monday that 40 people died. "
    "Others disagreed! A second sentence follows."
)


def test_sentence_spans_initials_and_abbreviations() -> None:
    content = "40 people died"
    start = TEXT.index(content)
    sentence = sentence_around(TEXT, start, start + len(content), content)
    assert sentence.before == "The U.S. envoy, Mr. Hale, said on Monday that "
    assert sentence.after == "."
    assert sentence.located


def test_sentence_stops_at_line_breaks_and_marks_bad_offsets() -> None:
    sentence = sentence_around(TEXT, 0, 5, "Title")
    assert (sentence.before, sentence.after) == ("", " line")
    moved = sentence_around(TEXT, 3, 8, "Title")
    assert not moved.located and moved.content == "Title"


@given(st.text(max_size=300), st.data())
def test_snippet_always_contains_the_content_at_its_place(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    sentence = sentence_around(text, start, end, text[start:end])
    assert sentence.located
    joined = sentence.before + sentence.content + sentence.after
    assert text[start - len(sentence.before) : start] == sentence.before
    assert joined in text

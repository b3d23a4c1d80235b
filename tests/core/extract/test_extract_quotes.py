"""Direct speech: quotes before, after and around the attribution."""

from __future__ import annotations

from extract_helpers import Extract, attributed

from workbench.core.domain import QuoteKind, SourceType
from workbench.core.extract.quotes import find_quotes


def test_quote_before_the_attribution(extract: Extract) -> None:
    [claim] = attributed(extract('"We will rebuild the school," the minister said.'))
    assert (claim.source, claim.cue, claim.content) == (
        "the minister",
        "said",
        "We will rebuild the school",
    )
    assert claim.quote is QuoteKind.DIRECT
    assert claim.source_type is SourceType.GOVERNMENT


def test_quote_after_the_attribution(extract: Extract) -> None:
    [claim] = attributed(extract('The minister said: "We will rebuild the school."'))
    assert claim.content == "We will rebuild the school"
    assert claim.quote is QuoteKind.DIRECT


def test_curly_quotes_around_the_attribution(extract: Extract) -> None:
    text = "\u201cWe will rebuild,\u201d she said. \u201cThe work starts next week.\u201d"
    [claim] = attributed(extract(text))
    assert claim.content.startswith("We will rebuild")
    assert claim.content.endswith("The work starts next week")
    assert claim.quote is QuoteKind.DIRECT


def test_quote_over_several_sentences_with_inverted_attribution(extract: Extract) -> None:
    text = (
        '"The water is gone. The children are sick. We need help now," said a doctor at the camp.'
    )
    [claim] = attributed(extract(text))
    assert claim.content == "The water is gone. The children are sick. We need help now"
    assert claim.source == "a doctor at the camp"
    assert claim.anonymous


def test_cue_inside_someone_elses_quote_is_not_a_claim(extract: Extract) -> None:
    text = '"I think the ceasefire will hold," the colonel said.'
    [claim] = attributed(extract(text))
    assert claim.source == "the colonel"
    assert claim.content == "I think the ceasefire will hold"
    assert claim.source_type is SourceType.MILITARY_SECURITY


def test_find_quotes_pairs_marks_and_closes_at_paragraph_end() -> None:
    text = "He said \"yes, now\" and ''fine.''\n\u201cOpen to the end\nNext."
    quotes = find_quotes(text)
    inner = [text[q.inner_start : q.inner_end] for q in quotes]
    assert inner == ["yes, now", "fine", "Open to the end"]

"""A Markdown article is read without its marks, and its claims slice the text as written."""

from __future__ import annotations

from extract_helpers import Extract, assert_spans, attributed
from hypothesis import given
from hypothesis import strategies as st

from workbench.core.extract.marked import read_marked
from workbench.core.extract.markup import mask_markup

EXPLAINER = (
    "# What customers need to know\n\n"
    "**Were passwords stolen?** Teliko says no. Liepa says the file he saw includes "
    "*hashed* passwords, according to [a report](https://example.org/r).\n\n"
    "> The company says that **2.3 million** customers were affected.\n"
)


def test_marks_become_spaces_and_words_stay() -> None:
    masked = mask_markup(EXPLAINER)
    assert len(masked) == len(EXPLAINER)
    for mark in ("#", "**", "*hashed*", "[a report]", "(https://", ">"):
        assert mark not in masked
    for word in ("What customers", "Were passwords stolen?", "hashed", "a report", "2.3 million"):
        assert word in masked
    plain = "Officials said 3 * 4 = 12 and snake_case_names stay - as they are."
    assert mask_markup(plain) == plain


@given(st.text(alphabet="ab *_#>-[]()`\n", max_size=60))
def test_masking_keeps_every_offset(text: str) -> None:
    masked = mask_markup(text)
    assert len(masked) == len(text)
    assert all(m == c or m == " " for m, c in zip(masked, text, strict=True))


def test_claims_of_markdown_slice_the_text_as_written(extract: Extract) -> None:
    claims = extract(EXPLAINER)
    for claim in claims:
        assert_spans(EXPLAINER, claim)
        assert not claim.content.startswith(("*", "#", ">"))
    answer = next(c for c in attributed(claims) if c.cue == "says no")
    assert answer.content == "Were passwords stolen"  # the question the bold header asks
    liepa = next(c for c in attributed(claims) if c.source == "Liepa")
    assert "*hashed* passwords" in liepa.content  # as written, marks and all
    company = next(c for c in attributed(claims) if c.source == "The company")
    assert company.numbers[0].value == 2_300_000
    assert company.numbers[0].text == EXPLAINER[company.numbers[0].start : company.numbers[0].end]


def test_a_source_in_marks_is_the_name_not_the_marks_around_it(extract: Extract) -> None:
    text = "> **The company** said that 2.3 million customers were affected.\n"
    (said,) = attributed(extract(text))
    assert_spans(text, said)
    assert (said.source, said.source_resolved) == ("The company", "The company")


def test_marking_a_claim_in_markdown_reads_it_as_extraction_does() -> None:
    text = "> **The company** said that 2.3 million customers were affected.\n"
    start = text.index("2.3")
    found = read_marked(text, (start, text.index(".", start))).attribution
    assert found is not None
    assert text[found.source[0] : found.source[1]] == "The company"
    assert found.resolved == "The company"

"""Quantities in digits and words, with their hedges and what they count."""

from __future__ import annotations

import pytest

from workbench.core.extract import find_quantities


@pytest.mark.parametrize(
    ("text", "value", "quantity", "what", "qualifier"),
    [
        ("a rights group said had killed 500 people.", 500, "500 people", "killed", ""),
        (
            "Around 1,500 women and children crossed into Lebanon",
            1500,
            "Around 1,500 women and children",
            "crossed",
            "around",
        ),
        ("Two hundred members of the party resigned", 200, "Two hundred members", "members", ""),
        (
            "it has more than a million members in Syria",
            1_000_000,
            "more than a million members",
            "members",
            "more than",
        ),
        ("dozens of protesters were arrested", 24, "dozens of protesters", "arrested", "dozens"),
        ("since 100 people were killed in protests", 100, "100 people", "killed", ""),
        ("the deal is worth $2.5 billion", 2_500_000_000, "$2.5 billion", "dollars", ""),
        (
            "two thousand three hundred and five soldiers",
            2305,
            "two thousand three hundred and five soldiers",
            "soldiers",
            "",
        ),
        ("45 percent of voters", 45, "45 percent", "percent", ""),
        ("killing 27 people and flattening homes", 27, "27 people", "people", ""),
        ("bribes worth 2.1 million euros between 2016 and 2021", 2_100_000,
         "2.1 million euros", "euros", ""),
    ],
)  # fmt: skip
def test_reads_value_text_what_and_qualifier(
    text: str, value: float, quantity: str, what: str, qualifier: str
) -> None:
    [found] = find_quantities(text)
    assert (found.value, found.text, found.what, found.qualifier) == (
        value,
        quantity,
        what,
        qualifier,
    )
    assert text[found.start : found.end] == found.text


def test_offset_shifts_spans_into_the_article() -> None:
    article = "Intro. Police said 30 people died."
    start = article.index("30")
    [found] = find_quantities(article[start:], offset=start)
    assert article[found.start : found.end] == found.text == "30 people"
    assert found.what == "died"


@pytest.mark.parametrize(
    "text",
    [
        "a six-week-old uprising",
        "the attacks of Sept. 11",
        "elections in 2011",
        "One diplomat said",
        "an 11-year rule",
    ],
)
def test_skips_dates_years_compounds_and_lone_one(text: str) -> None:
    assert find_quantities(text) == []


@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("one Halvenian soldier had been killed", "killed"),
        ("police killed one protester", "killed"),
        ("One person died overnight", "died"),
    ],
)
def test_one_is_a_figure_when_an_event_counts_it(text: str, what: str) -> None:
    [found] = find_quantities(text)
    assert (found.value, found.what) == (1, what)


def test_a_range_written_with_a_dash_gives_both_ends() -> None:
    from workbench.core.extract.quantities import find_quantities

    found = find_quantities("In 2019-20, 5,000-6,000 homes burned; 10\u201315 people died.")
    assert [(q.value, q.text) for q in found] == [
        (5000, "5,000"), (6000, "6,000 homes burned"), (10, "10"), (15, "15 people"),
    ]  # fmt: skip

"""Countries named in text: coverage from the maintained data, and the collisions guarded."""

from __future__ import annotations

import pytest

from workbench.core.countries import countries_in
from workbench.core.match.text import words


def named(text: str) -> list[str]:
    return countries_in(words(text))


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # countries the old hand table of 33 did not know
        ("Burkinabe soldiers patrolled the border", "burkina faso"),
        ("Officials in Ouagadougou said", "burkina faso"),
        ("a Kazakh official", "kazakhstan"),
        ("Kazakhstani police", "kazakhstan"),
        ("talks in Astana", "kazakhstan"),
        ("the Ivorian army", "ivory coast"),
        ("N'Djamena denied the report", "chad"),
        ("Bolivian miners", "bolivia"),
        ("the Emirati foreign ministry", "united arab emirates"),
        ("the Burmese junta", "myanmar"),
        ("Kyrgyz troops", "kyrgyzstan"),
        ("King Abdullah II of the Hashemite Kingdom of Jordan", "jordan"),
        ("the Jordanian army", "jordan"),
        # the old table's names still read the same
        ("Syria's interior ministry", "syria"),
        ("a ministry in Damascus", "syria"),
        ("Saudi officials", "saudi arabia"),
        ("the U.S. embassy", "united states"),
        ("In Washington, officials said", "united states"),
        ("British troops", "united kingdom"),
        ("Britain's prime minister", "united kingdom"),
        ("officials in Kiev", "ukraine"),
        ("Brasilia said", "brazil"),
    ],
)
def test_names_demonyms_and_capitals_name_their_country(text: str, country: str) -> None:
    assert named(text) == [country]


def test_multi_word_names_are_read_whole() -> None:
    assert named("New Delhi and Saudi Arabia") == ["india", "saudi arabia"]
    assert named("the United States and Mexico City") == ["united states", "mexico"]
    # the longest name wins: a country inside another's name is not named
    assert named("South Sudan accused Sudan") == ["south sudan", "sudan"]
    assert named("Papua New Guinea and Equatorial Guinea") == [
        "papua new guinea",
        "equatorial guinea",
    ]


def test_a_name_shared_by_two_places_goes_to_the_more_populous() -> None:
    # Hong Kong's and Macau's people are also "Chinese" in the data; Palestine
    # also lists Jerusalem.
    assert named("chinese") == ["china"]
    assert named("jerusalem") == ["israel"]
    assert named("american") == ["united states"]


@pytest.mark.parametrize(
    "text",
    [
        "we told us what happened",
        "Chad Smith said",
        "Rep. Jim Jordan (R-Ohio) said",
        "the bottom fifth of incomes",
        "feel the Bern",
        "a parade on St. George's Day",
        "the Saint-Denis attackers",
        "voters in Georgia",
        "a Georgian mansion",
        "a guinea pig",
        "the governor of New Jersey",
        "a family reunion",
        "Alexander Hamilton wrote",
        "Sofia Vergara said",
        "Stephen Douglas",
        "the Valley of the Kings",
        "the governor of New Mexico",
        "a Polish company",
        # ISO codes among the data's spellings are English words
        "they can and are per head",
    ],
)
def test_common_words_and_names_are_not_countries(text: str) -> None:
    assert named(text) == []


def test_one_word_names_its_country_or_none() -> None:
    assert named("syrian") == ["syria"]
    assert named("kazakh") == ["kazakhstan"]
    assert named("ministry") == []
    assert named("chad") == []


def test_every_name_is_found_in_the_tokens_the_matcher_makes() -> None:
    from workbench.core.countries import _index

    index, _ = _index()
    for name in index:
        assert words(name) == name.split(), name
        assert named(name) == [index[name]], name

"""A small table of countries, their demonyms and capitals, for event context.

Two news stories about different countries are different events even when a
claim's own words match ("security forces killed 500 people"), and a ministry
in Damascus speaks for the same state as "Syria". Recognising that needs to
know that "Syrian", "Syria's" and "Damascus" all point at Syria. This table is
deliberately short: countries that recur in international news, not a full
gazetteer. An unknown country is simply not recognised, which only weakens the
evidence; it never creates a link.
"""

from __future__ import annotations

from functools import lru_cache

# country: (demonyms and other names, capital cities). "US" is left out: it is also "us".
# fmt: off
_COUNTRIES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "afghanistan": (("afghan",), ("kabul",)),
    "algeria": (("algerian",), ("algiers",)),
    "australia": (("australian",), ("canberra",)),
    "bahrain": (("bahraini",), ("manama",)),
    "brazil": (("brazilian",), ("brasilia",)),
    "britain": (("british", "united kingdom", "uk", "england"), ("london",)),
    "china": (("chinese",), ("beijing",)),
    "egypt": (("egyptian",), ("cairo",)),
    "france": (("french",), ("paris",)),
    "germany": (("german",), ("berlin",)),
    "india": (("indian",), ("new delhi",)),
    "iran": (("iranian",), ("tehran",)),
    "iraq": (("iraqi",), ("baghdad",)),
    "israel": (("israeli",), ("jerusalem",)),
    "italy": (("italian",), ("rome",)),
    "japan": (("japanese",), ("tokyo",)),
    "jordan": (("jordanian",), ("amman",)),
    "lebanon": (("lebanese",), ("beirut",)),
    "libya": (("libyan",), ("tripoli",)),
    "mexico": (("mexican",), ("mexico city",)),
    "morocco": (("moroccan",), ("rabat",)),
    "nigeria": (("nigerian",), ("abuja",)),
    "pakistan": (("pakistani",), ("islamabad",)),
    "russia": (("russian",), ("moscow",)),
    "saudi arabia": (("saudi",), ("riyadh",)),
    "spain": (("spanish",), ("madrid",)),
    "sudan": (("sudanese",), ("khartoum",)),
    "syria": (("syrian",), ("damascus",)),
    "tunisia": (("tunisian",), ("tunis",)),
    "turkey": (("turkish",), ("ankara",)),
    "ukraine": (("ukrainian",), ("kyiv", "kiev")),
    "united states": (("american", "u s", "usa", "america"), ("washington",)),
    "yemen": (("yemeni",), ("sanaa",)),
}
# fmt: on

_LONGEST = 2
"""The most words in any name above; longer word runs are never looked up."""


@lru_cache(maxsize=1)
def _index() -> dict[str, str]:
    """Every name, demonym and capital mapped to its country."""
    index: dict[str, str] = {}
    for country, (aliases, capitals) in _COUNTRIES.items():
        index[country] = country
        for alias in (*aliases, *capitals):
            index[alias] = country
    return index


def countries_in(words: list[str]) -> list[str]:
    """Countries named, by name, demonym or capital, in order of mention.

    ``words`` are lower-case tokens (possessive "'s" already removed), so
    "Syria's", "Syrian" and "Damascus" all give "syria".
    """
    index = _index()
    found: list[str] = []
    i = 0
    while i < len(words):
        for size in range(_LONGEST, 0, -1):
            key = " ".join(words[i : i + size])
            if len(key.split()) == size and key in index:
                found.append(index[key])
                i += size
                break
        else:
            i += 1
    return found


def country_of(word: str) -> str | None:
    """The country a single lower-case word names ("syrian" -> "syria"), if any."""
    return _index().get(word)

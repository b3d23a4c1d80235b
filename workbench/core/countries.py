"""Countries, with their demonyms and capitals, as the words of a text name them.

Two news stories about different countries are different events even when a
claim's own words match ("security forces killed 500 people"), and a ministry
in Damascus speaks for the same state as "Syria". Recognising that needs to
know that "Syrian", "Syria's" and "Damascus" all point at Syria, for every
country a story may be about.

The names come from the ``countryinfo`` package (MIT, its data from the REST
Countries project): each country's common name, alternative spellings,
demonym and capital, under its ISO 3166-1 code. Two small tables here hold
only what that data lacks:

- ``_MORE``: names English news uses that the data does not have or has
  otherwise ("Saudi" beside "Saudi Arabian", "Kazakh" beside "Kazakhstani",
  "Astana", renamed from Nur-Sultan in 2022, "Britain", "U.S.").
- ``_COMMON_WORDS``: names that are also common English words or people's
  names ("chad", "georgia", "jersey", "reunion", "victoria", "hamilton"), which
  are never read as countries. A missed country only weakens the evidence,
  while a person or a guinea pig read as a country splits one event in two.
  "Turkey", "Washington" and "Indian" stay countries, as the old hand table
  had them: in news that sense is the common one. "Jordan" does not: in
  PolNeAR's US news three of its four mentions are people (Rep. Jim Jordan).

A single-word name after "new" ("New Mexico", "New Jersey") is not the
country either.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

# ISO 3166-1 alpha-2 code: names the data lacks. "us" is left out: it is also "us".
# fmt: off
_MORE: dict[str, tuple[str, ...]] = {
    "US": ("america", "u s", "usa", "u s a", "washington"),
    "GB": ("britain", "uk", "u k", "england", "scotland", "scottish", "edinburgh",
           "northern ireland"),
    "SA": ("saudi",),
    "KZ": ("kazakh", "astana"),
    "KG": ("kyrgyz",),
    "TJ": ("tajik",),
    "UZ": ("uzbek",),
    "AE": ("uae", "emirates"),
    "CD": ("drc",),
    "AR": ("argentine",),
    "PH": ("philippine",),
    "UA": ("kiev",),
    "YE": ("sanaa",),
    "IN": ("delhi",),
    "VA": ("vatican",),
}
# fmt: on

_COMMON_WORDS = frozenset(
    {
        # country names that are also words or given names
        "chad", "georgia", "georgian", "guinea", "jersey", "man", "mann", "island",
        "reunion", "congo", "polish", "dominique", "jordan",
        # capitals that are also given names, surnames, common nouns or other places
        "male", "victoria", "hamilton", "douglas", "stanley", "kingston", "georgetown",
        "jamestown", "plymouth", "santiago", "san jose", "san juan", "the valley",
        "west island", "saint john", "sofia", "moroni", "nassau", "cayenne",
        "diego garcia", "the bottom", "bern", "st george", "saint denis",
    }
)  # fmt: skip

_WITHDRAWN = frozenset({"CS", "AN"})
"""ISO 3166-3 codes no longer in use (Serbia and Montenegro, the Netherlands
Antilles), which the data still lists and whose names belong to today's states."""


@dataclass(frozen=True, slots=True)
class _Entry:
    """One record of the data: a country or territory and what names it."""

    code: str
    name: str
    names: tuple[str, ...]
    population: int
    coded: bool


def _key(name: str) -> str:
    """A name as the lower-case tokens :func:`text.words` makes of a text.

    Those tokens are ASCII only, so the name's accents are taken off first:
    "Brasília" is looked for as "brasilia", the way English news writes it.
    A name in another script ("Россия") leaves nothing and is skipped, and
    so is a code of one or two letters.
    """
    from workbench.core.match.text import words  # match's package imports this module

    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    key = " ".join(words(folded))
    return key if len(key) > 2 else ""


def _entries() -> Iterator[_Entry]:
    """The data's records, with each alternative name split into its words."""
    # Imported here: the data is read at the first lookup, not when the app starts.
    from countryinfo import CountryInfo

    for data in CountryInfo.all().values():
        iso = data.get("ISO") or {}
        code = str(iso.get("alpha2") or "")
        if not code or code in _WITHDRAWN:
            continue
        raw: list[str] = [data["name"], *(data.get("altSpellings") or [])]
        for field in (data.get("demonym"), data.get("capital")):
            # "Antiguan,Barbudan", "Kralendijk / Oranjestad / The Bottom", ["Vatican City"]
            values = field if isinstance(field, list) else [field or ""]
            for value in values:
                raw.extend(part for part in str(value).replace("/", ",").split(","))
        # ISO codes among the spellings ("CAN", "PER", "AND") are words in text.
        raw = [item for item in raw if not (item.isupper() and len(item) <= 3)]
        names = tuple(key for key in map(_key, raw) if key)
        if names:
            coded = bool(iso.get("numeric"))
            yield _Entry(code, names[0], names, int(data.get("population") or 0), coded)


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, str], dict[str, tuple[int, ...]]]:
    """Every name mapped to its country, and the word counts of names by first word.

    A name two countries share ("Chinese" for China and Hong Kong, "Jerusalem"
    for Israel and Palestine) goes to the more populous one. Records of one
    ISO code (Myanmar and Burma, the United Kingdom and Wales) are one
    country, named after the record with a full ISO code, then the larger.
    """
    entries = sorted(_entries(), key=lambda e: (e.coded, e.population), reverse=True)
    country: dict[str, str] = {}
    for entry in entries:
        country.setdefault(entry.code, entry.name.removeprefix("the "))
    index: dict[str, str] = {}
    for entry in entries:
        for name in entry.names:
            index.setdefault(name, country[entry.code])
    for code, names in _MORE.items():
        for name in names:
            index.setdefault(name, country[code])
    for name in _COMMON_WORDS:
        index.pop(name, None)
    sizes: dict[str, set[int]] = {}
    for name in index:
        first, *rest = name.split()
        sizes.setdefault(first, set()).add(len(rest) + 1)
    return index, {w: tuple(sorted(n, reverse=True)) for w, n in sizes.items()}


def countries_in(words: list[str]) -> list[str]:
    """Countries named, by name, demonym or capital, in order of mention.

    ``words`` are lower-case tokens (possessive "'s" already removed), so
    "Syria's", "Syrian" and "Damascus" all give "syria". The longest name
    wins: "South Sudan" is not Sudan, "Papua New Guinea" is not Guinea.
    """
    index, sizes = _index()
    found: list[str] = []
    i = 0
    while i < len(words):
        for size in sizes.get(words[i], ()):
            key = " ".join(words[i : i + size])
            if i + size > len(words) or (size == 1 and i and words[i - 1] == "new"):
                continue
            if key in index:
                found.append(index[key])
                i += size
                break
        else:
            i += 1
    return found


def is_country(name: str) -> bool:
    """Whether a place's name, as written, is a country's (or its capital's): "Kenya",
    "Damascus"; not a district ("Dockside") or a made-up place."""
    from workbench.core.match.text import words

    return bool(countries_in(words(name)))

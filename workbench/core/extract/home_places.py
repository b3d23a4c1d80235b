"""The places an article speaks of, and the country it is about: what a ministry or an
army with no country named belongs to ("the army" in a story datelined in Maradia)."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span

from workbench.core.countries import is_country
from workbench.core.extract.leads import dateline_places
from workbench.core.extract.source_keys import stem


def home_country(doc: Doc, ents: tuple[Span, ...]) -> str:
    """The country the article is about, as it is written.

    The dateline's country when the story has one ("SOLVENNA, Maradia
    (Meridian Wire) - ..."); else the most mentioned place that also has a
    demonym in the article (a country, not a city: "Kestria" with
    "Kestrian"), place names and demonyms counted together by their first
    five letters; else the most mentioned place known as a country (or by its
    capital). "" when none is named: the most mentioned place of a Q&A on an
    outbreak may be the district it began in, and a ministry qualified by it
    would be another ministry than the one the other articles name.
    """
    _, region = dateline_places(doc.text)
    if region:
        return region
    counts: Counter[str] = Counter()
    names: dict[str, str] = {}
    peoples: set[str] = set()
    for ent in places_and_peoples(doc, ents):
        word = ent[-1].text if ent.label_ == "NORP" else ent.text
        key = stem(word)
        counts[key] += 1
        if ent.label_ == "GPE":
            names.setdefault(key, ent.text)
        else:
            peoples.add(key)
    ranked = [key for key, _ in counts.most_common() if key in names]
    with_people = [key for key in ranked if key in peoples]
    known = [key for key in ranked if is_country(names[key])]
    chosen = with_people or known
    return names[chosen[0]] if chosen else ""


def places_and_peoples(doc: Doc, ents: tuple[Span, ...]) -> list[Span]:
    """The article's mentions of places and peoples (GPE, NORP), without a place that is
    the first word of a longer name, a company's or a body's ("Halden Textiles", "Verano
    Port Authority"): such a name does not speak of the place; nor one that is the surname
    of a person the article names in full ("Hedin" after "Lars Hedin", which the tagger may
    take for a place)."""
    surnames = {e[-1].text for e in ents if e.label_ == "PERSON" and len(e) > 1}
    return [
        e
        for e in ents
        if e.label_ in ("GPE", "NORP")
        and not (e.end < len(doc) and doc[e.end].pos_ == "PROPN" and doc[e.end].is_title)
        and not (e.label_ == "GPE" and e.text in surnames)
    ]


def without_the(name: str) -> str:
    """A place's name without its article: "The United States" is "United States"."""
    return name[4:] if name[:4].lower() == "the " else name

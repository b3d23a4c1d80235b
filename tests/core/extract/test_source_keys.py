"""A state body's key carries its country's stem, so that bodies of two states stay apart."""

from __future__ import annotations

from workbench.core.domain import SourceType
from workbench.core.extract.source_keys import document_key, qualify, stem


def test_a_made_up_country_and_its_people_share_their_first_letters() -> None:
    assert stem("Kestria") == stem("Kestrian") == "kestr"
    assert stem("Tarsovia") != stem("Kestria")


def test_a_body_named_by_its_demonym_is_not_qualified_again() -> None:
    state = SourceType.GOVERNMENT
    assert qualify("the army", "", "Kestria", state) == "the army (Kestria)"
    assert qualify("the Kestrian army", "", "Kestria", state) == "the Kestrian army"


def test_a_company_named_after_a_place_does_not_make_the_place_the_articles_country() -> None:
    from workbench.core.extract.model import parse_many
    from workbench.core.extract.referents import home_country

    text = (
        "Halden Textiles denied that any exit had been locked. The health ministry said 23 "
        "people had died. Halden Textiles said the alarm sounded."
    )
    doc = next(iter(parse_many([text])))
    assert "Halden" in [e.text for e in doc.ents if e.label_ == "GPE"]  # as spaCy tags it
    assert home_country(doc, tuple(doc.ents)) == ""


def test_a_study_told_by_its_figure_is_one_document() -> None:
    first = document_key("a study of 48,000 adults led by researchers at the University of Tarrow")
    assert first == "body:study 48000"
    assert document_key("The study of about 48,000 adults") == first
    assert document_key("a new report of 12 pages") == "body:report 12"
    assert document_key("the study") == ""  # nothing to tell one study from another
    assert document_key("Two hundred members") == ""

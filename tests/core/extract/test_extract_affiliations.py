"""Whom a source belongs to, as a data-breach story gives it: a company named by its trade
("telecom operator Teliko"), a researcher's field, a named person "of" a body."""

from __future__ import annotations

from extract_helpers import Extract, by_cue

from workbench.core.domain import SourceType

BREACH = (
    "RIGA, Nov 18 (Baltic Wire) - Hackers stole the personal data of about 2.3 million "
    "customers of Latvian telecom operator Teliko, the company said on Wednesday. "
    "The stolen records include names but no passwords, Teliko told reporters. "
    "A Teliko spokeswoman stated that the file was old."
)


def test_a_name_after_its_trade_is_the_company_the_story_calls_the_company(
    extract: Extract,
) -> None:
    claims = extract(BREACH)
    company = by_cue(claims, "said")
    assert company.source_resolved == "Latvian telecom operator Teliko"  # not "Hackers"
    assert company.source_type is SourceType.COMPANY
    assert by_cue(claims, "told").source_type is SourceType.COMPANY
    spokeswoman = by_cue(claims, "stated")
    assert spokeswoman.source_type is SourceType.COMPANY  # the company's, not an official
    assert spokeswoman.source_voice == company.source_key


CLOSURE = (
    "Carmaker Veloran to close Tessin plant\n\n"
    "TESSIN, Feb 9 (Baltic Press Service) - Carmaker Veloran will close its assembly plant in "
    "Tessin by the end of the year, the company said on Monday. "
    "The metalworkers' union IG Metall Nord said the closure would cost far more jobs. "
    "Veloran said it had informed the ministry in December."
)


def test_a_trade_opening_the_lead_describes_the_company_it_names(extract: Extract) -> None:
    claims = extract(CLOSURE)
    company = next(c for c in claims if c.source == "the company")
    assert company.source_resolved == "Carmaker Veloran"  # not the town of its plant
    assert company.source_type is SourceType.COMPANY
    named = next(c for c in claims if c.source == "Veloran")
    assert named.source_type is SourceType.COMPANY  # the name alone is the same company
    assert named.source_key == company.source_key
    union = next(c for c in claims if "union" in c.source)
    assert union.source_type is SourceType.NGO  # a body's noun, then its name: no person


def test_a_researchers_field_is_no_body_to_speak_for(extract: Extract) -> None:
    claims = extract(
        "The breach was bigger than admitted, an independent security researcher said. "
        "A health ministry official stated that clinics were not affected."
    )
    researcher = by_cue(claims, "said")
    assert researcher.source_type is SourceType.EXPERT
    assert researcher.source_voice == ""  # "security" is what she studies
    assert by_cue(claims, "stated").source_voice != ""  # an official speaks for the ministry


def test_a_person_of_a_body_is_keyed_by_name_and_speaks_for_the_body(extract: Extract) -> None:
    claims = extract(
        "Marcis Liepa of Sargs Labs said the file held 4 million records. "
        "Anna Berg of Amnesty International told reporters that 40 people were detained. "
        "Hanna Ek of Malmo stated that the queue was long."
    )
    assert by_cue(claims, "said").source_key == "person:marcis liepa"
    berg = by_cue(claims, "told")
    assert berg.source_key == "person:anna berg"
    assert berg.source_type is SourceType.NGO
    assert berg.source_voice.startswith("body:amnesty")
    assert by_cue(claims, "stated").source_voice == ""  # Malmo is where she is from


def test_a_central_bank_is_the_states_and_a_former_governor_speaks_for_none(
    extract: Extract,
) -> None:
    claims = extract(
        "The central bank said inflation would fall. "
        "Former central bank governor Mira Tasso told reporters that the count was wrong."
    )
    bank = by_cue(claims, "said")
    assert bank.source_type is SourceType.GOVERNMENT  # not a company
    tasso = by_cue(claims, "told")
    assert tasso.source_type is SourceType.POLITICIAN  # a former office holder
    assert tasso.source_voice == ""  # no voice of the bank she led


def test_what_was_told_in_a_place_that_the_parser_made_a_relative_clause(
    extract: Extract,
) -> None:
    claims = extract(
        "Tasso told supporters in the capital that the count was riddled with irregularities."
    )
    assert by_cue(claims, "told").content == "the count was riddled with irregularities"


def test_a_spokesman_for_a_body_of_no_known_kind_is_not_the_states(extract: Extract) -> None:
    claims = extract(
        "Paul Dressler, spokesman for IG Metall Nord, said the plant made a profit. "
        "Anna Berg, spokeswoman for the Interior Ministry, said the plant lost money. "
        "A spokesman said the talks would go on."
    )
    types = {c.source: c.source_type for c in claims if c.attributed}
    assert types["Paul Dressler, spokesman for IG Metall Nord"] is SourceType.OTHER
    assert types["Anna Berg, spokeswoman for the Interior Ministry"] is SourceType.GOVERNMENT
    assert types["A spokesman"] is SourceType.GOVERNMENT  # named with no body: the state's

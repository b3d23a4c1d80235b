"""Sources read from the mention's structure: roles, bodies, appositions, who refers back to whom.

The names are invented: the rules must read structure, not know names.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract, attributed, by_cue

from workbench.core.domain import SourceType

T = SourceType


@pytest.mark.parametrize(
    ("text", "source_type"),
    [
        ("Opposition lawmaker Sara Lind said the vote was rigged.", T.OPPOSITION),
        ("Karl Moen, 47, who fled his flooded house, said the water rose fast.", T.WITNESS),
        ("Ana Ruiz, a nurse at Central Clinic, said she treated nine people.", T.WITNESS),
        ("Union chairman Piet Aalto said the dockers would strike.", T.NGO),
        ("The Harbour Federation of Dock Workers said the cranes were unsafe.", T.NGO),
        ("Veltra, the country's biggest bank, said its branches had reopened.", T.COMPANY),
        (
            "Monitors from the League of Coastal Nations said the count was fair.",
            T.INTERNATIONAL_ORG,
        ),
        ("Boris Kell, who heads the flood relief committee, said tents were short.", T.NGO),
        ("Geologist Mira Tann said the slope had been unstable for years.", T.EXPERT),
        ("Defence Minister Ivo Marsh said the troops had withdrawn.", T.MILITARY_SECURITY),
        (
            "Norvik Energy's chief operating officer, Lea Brun, said the turbines were safe.",
            T.COMPANY,
        ),
        ("The State Water Inspectorate said the river was polluted.", T.GOVERNMENT),
        ("Chief Superintendent Roy Hale said the officer was suspended.", T.MILITARY_SECURITY),
        (
            "Dr. Vera Lunn, a forensic pathologist at the request of the family, said he was"
            " shot twice.",
            T.EXPERT,
        ),
        (
            "Tom Ekdal, a lawmaker from the governing Unity Alliance, said it was too early.",
            T.POLITICIAN,
        ),
        ("The mobile operator Ventra said it sent the alert within minutes.", T.COMPANY),
        ("Fire chief Marta Lenz said crews had contained the blaze.", T.GOVERNMENT),
        (
            "The kidnapped engineers' employer, Dravco Mining, said it was in contact.",
            T.COMPANY,
        ),
        ("The regional fire brigade said 40 homes had burned.", T.GOVERNMENT),
        ("Dunmore Live, the local station that aired the clip, said it was genuine.", T.MEDIA),
    ],
)
def test_types_from_roles_bodies_and_clauses(
    extract: Extract, text: str, source_type: SourceType
) -> None:
    (claim,) = attributed(extract(text))
    assert claim.source_type is source_type


def test_a_surname_is_the_person_first_named_in_full(extract: Extract) -> None:
    text = "Defence Minister Ivo Marsh said the troops had withdrawn. Marsh said no one was hurt."
    claims = [c for c in attributed(extract(text)) if c.source == "Marsh"]
    assert [(c.source_resolved, c.source_type) for c in claims] == [
        ("Defence Minister Ivo Marsh", T.MILITARY_SECURITY)
    ]
    assert claims[0].source_key == "person:ivo marsh"


def test_the_company_is_the_company_the_story_named(extract: Extract) -> None:
    text = (
        "Norvik Energy, which runs the dam, said the gates were opened at noon. "
        "The company said no one had been warned."
    )
    claim = by_cue(extract(text)[1:], "said")
    assert (claim.source, claim.source_resolved) == ("The company", "Norvik Energy")
    assert claim.source_type is T.COMPANY and not claim.anonymous


def test_his_office_is_the_office_of_the_subject_before_it(extract: Extract) -> None:
    text = (
        "Mine director Olaf Brink said the shaft was sealed. "
        "President Jan Ost ordered an inquiry, his office said."
    )
    claim = [c for c in attributed(extract(text)) if c.source == "his office"][0]
    assert claim.source_resolved == "office of President Jan Ost"
    assert claim.source_type is T.GOVERNMENT


def test_she_goes_to_the_woman_the_text_calls_she(extract: Extract) -> None:
    text = (
        "Mayor Eva Lund said she had closed the bridge. "
        "Governor Peter Holm said his engineers were on site. "
        "She added that the ferry would run."
    )
    claim = by_cue(extract(text), "added")
    assert claim.source_resolved == "Mayor Eva Lund"


def test_she_goes_to_the_last_speaker_when_the_text_gives_no_gender(extract: Extract) -> None:
    text = (
        "Irina Holm, who lives beside the line, says she heard a loud bang. "
        "Transport Minister Ada Kulik says the train was going at 140 km/h. "
        "She says the driver will have to answer for it."
    )
    claims = attributed(extract(text))
    going = [c for c in claims if c.source == "Transport Minister Ada Kulik"]
    assert [c.content for c in going] == ["the train was going at 140 km/h"]  # the unit whole
    answer = [c for c in claims if c.source == "She"][0]
    assert answer.source_resolved == "Transport Minister Ada Kulik"


def test_a_dateline_with_the_day_before_the_month_is_no_part_of_the_source(
    extract: Extract,
) -> None:
    text = (
        "Flood kills six\n\n"
        "DORVA, Keldia, 4 May 2026 (Test Wire) - Health Minister Eva Brand said six people "
        "had died.\n"
    )
    said = by_cue(extract(text), "said")
    assert (said.source, said.content) == ("Health Minister Eva Brand", "six people had died")


def test_a_body_parsed_as_a_second_subject_stays_in_its_spokesmans_name(
    extract: Extract,
) -> None:
    text = (
        "Emil Strand, who tracks criminal forums, said a seller began advertising "
        '"6 million Norvia records" on May 6. "The samples I saw included the last four '
        'digits of card numbers," Strand said.\n\n'
        'Norvia spokesman Jon Hale rejected that. "No payment card data was stored in the '
        'affected systems," Hale said.\n'
    )
    [hale] = [c for c in attributed(extract(text)) if c.source == "Hale"]
    assert hale.source_resolved == "Norvia spokesman Jon Hale"
    assert hale.source_type is not T.GOVERNMENT  # a company's spokesman, not the state's


def test_state_bodies_carry_the_datelines_country(extract: Extract) -> None:
    text = (
        "Flood kills six\n\n"
        "DORVA, Keldia (Test Wire) - The army said six people had died, and the "
        "country's health ministry said 40 were in hospital.\n\n"
        "The ministry said the water was falling.\n"
    )
    claims = {c.source: c for c in attributed(extract(text))}
    assert claims["The army"].source_resolved == "The army (Keldia)"
    assert claims["The army"].source_type is T.MILITARY_SECURITY
    assert claims["The ministry"].source_resolved == "Keldia's health ministry"
    assert claims["The ministry"].source_key == claims["the country's health ministry"].source_key


def test_a_dated_dateline_after_a_headline_label_gives_the_country(extract: Extract) -> None:
    text = (
        "LIVE: Flood in Dorva\n\n"
        "DORVA, Keldia, May 4 (Test Wire) - The army said six people had died.\n"
    )
    claim = by_cue(extract(text), "said")
    assert claim.source_resolved == "The army (Keldia)"


def test_a_body_described_in_the_lead_is_the_one_named_next(extract: Extract) -> None:
    text = (
        "Strike called\n\n"
        "A dockers' union said on Monday that 3,000 workers would strike.\n\n"
        "The Harbour Federation of Dock Workers said talks had failed.\n"
    )
    lead, named = attributed(extract(text))
    assert lead.source == "A dockers' union"
    assert lead.source_resolved == "The Harbour Federation of Dock Workers"
    assert lead.source_key == named.source_key


LIVE_BLOG = (
    "Floods in Varnica: live updates\n\n"
    "0640 GMT: Four people have died in the floods, police say.\n\n"
    "1015 GMT: The mayor of Varnica, Lidia Sorn, says the river has broken its banks.\n\n"
    "1300 GMT: Kelvar Power, which runs the dam upstream, denies that it released water.\n"
)


def test_a_live_blogs_time_stamps_are_neither_speakers_nor_content(extract: Extract) -> None:
    claims = {c.source: c for c in attributed(extract(LIVE_BLOG))}
    assert set(claims) == {
        "police",
        "The mayor of Varnica, Lidia Sorn",
        "Kelvar Power, which runs the dam upstream",
    }
    assert claims["The mayor of Varnica, Lidia Sorn"].source_type is T.GOVERNMENT
    assert claims["Kelvar Power, which runs the dam upstream"].source_type is T.COMPANY
    assert not any("GMT" in c.content for c in claims.values())


@pytest.mark.parametrize(
    "stamp", ["18:40 - ", "18:40 \u2014 ", "**18:40** - ", "1840 GMT - ", "6:40 p.m. \u2013 "]
)
def test_a_time_stamp_set_off_by_a_dash_is_neither_speaker_nor_content(
    extract: Extract, stamp: str
) -> None:
    text = (
        f"{stamp}Valrail chief executive Marek Sova says the train ran at the permitted speed.\n\n"
        f"{stamp}The death toll has risen to 12, police say.\n"
    )
    claims = {c.source: c.content for c in attributed(extract(text))}
    assert claims == {
        "Valrail chief executive Marek Sova": "the train ran at the permitted speed",
        "police": "The death toll has risen to 12",
    }


def test_an_entry_after_a_days_heading_keeps_its_time_stamp_in_its_sentence(
    extract: Extract,
) -> None:
    text = (
        "1830 GMT: Firefighters say the wind has dropped.\n\n"
        "WEDNESDAY, JULY 22\n\n"
        "0620 GMT: The death toll has risen to seven, police say. Firefighters found four "
        "more bodies overnight.\n"
    )
    claims = {c.source: c.content for c in attributed(extract(text))}
    assert claims == {
        "Firefighters": "the wind has dropped",
        "police": "The death toll has risen to seven",
    }


@pytest.mark.parametrize(
    ("text", "source_type"),
    [
        (
            "In a statement, Ammovar said the leak had stopped. Experts said the leak was "
            "larger than the company reported.",
            T.COMPANY,
        ),
        (
            "Dr. Ana Vell, head of intensive care at Orlek General Hospital, said 14 patients "
            "were on oxygen.",
            T.WITNESS,
        ),
        ("Police spokesman Inspector Carl Venn said a knife had been found.", T.MILITARY_SECURITY),
        ("The Sons of Marra, an armed group, said it was holding the three.", T.OTHER),
        ("The family's lawyer, Irene Vask, said the account was false.", T.OTHER),
        ("Evacuees at a school gym said they received no warning.", T.WITNESS),
        ("The force said 25,000 people had marched past its officers.", T.MILITARY_SECURITY),
    ],
)
def test_types_of_bodies_and_people_in_other_story_forms(
    extract: Extract, text: str, source_type: SourceType
) -> None:
    first = attributed(extract(text))[0]
    assert first.source_type is source_type


def test_a_description_followed_by_the_name_is_that_body(extract: Extract) -> None:
    text = (
        "Gunmen abducted three staff of the aid agency Northwind Relief near Dilo, the agency said."
    )
    (claim,) = attributed(extract(text))
    assert (claim.source, claim.source_resolved) == ("the agency", "Northwind Relief")
    assert claim.source_type is T.NGO


def test_the_statement_speaks_for_its_author(extract: Extract) -> None:
    text = (
        "In a statement, Dunmore police said officers stopped a car at midnight. "
        "The car had no lights, the statement said. "
        "It said the driver was arrested.\n"
    )
    claims = {c.source: c for c in attributed(extract(text))}
    for mention in ("the statement", "It"):
        assert "Dunmore police" in claims[mention].source_resolved
        assert claims[mention].source_type is T.MILITARY_SECURITY


def test_a_bodys_own_figures_speak_for_it(extract: Extract) -> None:
    text = (
        "Unemployment stood at 5.8 percent, the national statistics office said on Wednesday. "
        "Employment grew by 22,000 this year, according to the office's data. "
        "The statistics office's figures show that wages rose by 3 percent."
    )
    claims = {c.source: c for c in attributed(extract(text))}
    for mention in ("the office's data", "The statistics office's figures"):
        assert claims[mention].source_key == claims["the national statistics office"].source_key
        assert claims[mention].source_type is T.GOVERNMENT


def test_the_company_is_the_one_named_as_a_company_not_a_product_between(
    extract: Extract,
) -> None:
    text = (
        "Vantis Pharma was told in February that batches of its heart drug Cardiol were "
        "contaminated, according to internal emails seen by The Ledger. "
        "The company denied that it had delayed the report. "
        "A Vantis spokeswoman said the emails referred to a different product."
    )
    claims = {c.source: c for c in attributed(extract(text))}
    assert claims["The company"].source_resolved == "Vantis Pharma"
    spokeswoman = claims["A Vantis spokeswoman"]
    assert spokeswoman.source_type is T.COMPANY  # Vantis Pharma's, not a state's
    assert spokeswoman.source_voice == claims["The company"].source_key


def test_a_headlines_role_is_the_person_the_lead_names_with_it(extract: Extract) -> None:
    text = (
        "Former mayor denies taking bribes as trial opens\n\n"
        "Former mayor Lars Hedin pleaded not guilty on Monday to taking bribes. "
        "Prosecutors said Hedin had received the money in cash. "
        "Hedin's lawyer said the payments were loans."
    )
    claims = attributed(extract(text))
    headline, plea = claims[0], claims[1]
    assert headline.source == "Former mayor" and headline.source_key == plea.source_key
    assert headline.source_resolved == "Former mayor Lars Hedin" and not headline.anonymous
    assert "(Hedin)" not in " ".join(c.source_resolved for c in claims)  # a surname, no place


def test_a_quotation_after_a_scene_is_spoken_by_the_person_it_sets(extract: Extract) -> None:
    text = (
        "Dr. Ruth Okafor, a pathologist, said the man was hit twice. "
        '"One wound is in his back," she said.\n\n'
        "In a small flat in Dunmore, Hannah Pell sat beside a photograph of her son Leo Pell.\n\n"
        '"They told me nothing for a day," she said.\n'
    )
    claims = [c for c in attributed(extract(text)) if c.content.startswith("They told")]
    assert [c.source_resolved for c in claims] == ["Hannah Pell"]
    assert claims[0].source_type is T.WITNESS  # a relative telling what the family lived


def test_it_opening_a_sentence_is_the_body_the_sentence_before_was_about(
    extract: Extract,
) -> None:
    text = (
        "The death toll has risen to 41, the Interior Ministry said on Wednesday.\n\n"
        "The United States Geological Survey measured the quake at magnitude 6.4. "
        "It said the quake struck at 3:41 a.m.\n"
    )
    claims = [c for c in attributed(extract(text)) if c.source == "It"]
    assert [c.source_resolved for c in claims] == ["The United States Geological Survey"]


def test_a_bare_body_in_the_lead_is_the_fuller_one_of_the_next_sentence(extract: Extract) -> None:
    text = (
        "Police shoot driver in Dunmore\n\n"
        "DUNMORE, Keldia, May 4 (Test Wire) - An officer shot a driver on Friday, police said.\n\n"
        "In a statement, Dunmore police said the driver had reached for a bag.\n"
    )
    claims = {c.source: c for c in attributed(extract(text))}
    assert "Dunmore police" in claims["police"].source_resolved
    assert claims["police"].source_key == claims["Dunmore police"].source_key


def test_a_description_in_apposition_refers_back_to_the_name(extract: Extract) -> None:
    text = (
        "Dunmore Live, the local station that aired the clip, said it was genuine. "
        "The car never moved, the station said.\n"
    )
    claims = {c.source: c for c in attributed(extract(text))}
    assert claims["the station"].source_resolved.startswith("Dunmore Live")
    assert claims["the station"].source_type is T.MEDIA


def test_a_one_word_name_used_only_as_a_bodys_is_a_company(extract: Extract) -> None:
    text = (
        "The plant's operator, Velnor, said a valve failed. It said the leak was stopped. "
        "Less ammonia escaped than feared, the company said.\n\n"
        "Velnor said two employees had minor injuries. The Velnor plant employs 900 people.\n"
    )
    claims = attributed(extract(text))
    assert {c.source_type for c in claims} == {T.COMPANY}
    assert all("Velnor" in c.source_resolved for c in claims)


def test_the_agency_is_the_state_body_named_last(extract: Extract) -> None:
    text = (
        "The State Water Inspectorate said 14 tonnes had escaped. "
        "The agency said readings had fallen by the evening.\n"
    )
    claims = {c.source: c for c in attributed(extract(text))}
    assert "State Water Inspectorate" in claims["The agency"].source_resolved


@pytest.mark.parametrize(
    ("text", "source_type"),
    [
        (
            "Breathe Dorva, a residents' group that runs its own sensors, said levels were high.",
            T.NGO,
        ),
        (
            "The Arva River Commission, which monitors the river for Keldia and Dorvia, said "
            "fish had died.",
            T.INTERNATIONAL_ORG,
        ),
    ],
)
def test_bodies_typed_by_their_apposition_or_clause(
    extract: Extract, text: str, source_type: SourceType
) -> None:
    (claim,) = attributed(extract(text))
    assert claim.source_type is source_type


def test_a_scene_sentence_does_not_take_a_pronoun_of_the_other_gender(extract: Extract) -> None:
    text = (
        "Minister Ivo Dahl said the talks had failed. Ana Lind left the room early.\n\n"
        '"We were ignored," he said.\n'
    )
    claims = [c for c in attributed(extract(text)) if c.source == "he"]
    assert [c.source_resolved for c in claims] == ["Minister Ivo Dahl"]


def test_a_description_of_no_kind_in_the_lead_waits_for_no_name(extract: Extract) -> None:
    text = (
        "Police shoot driver\n\n"
        "DUNMORE, Keldia, May 4 (Test Wire) - An officer shot a 19-year-old man during a "
        "traffic stop in the Keldian city of Dunmore late on Saturday, police said on Sunday, "
        "giving an account of the shooting that the man's family immediately disputed.\n\n"
        "In a statement, Dunmore police said officers stopped a car.\n"
    )
    claims = {c.source: c for c in attributed(extract(text))}
    assert claims["the man's family"].source_resolved == "the man's family"


def test_a_dateline_the_parser_joins_to_the_first_speaker_is_not_the_speakers(
    extract: Extract,
) -> None:
    text = (
        "DORVA, Keldia, May 4 (Test Wire) - Kwame Tetteh, 24, a bus driver who saw the crash, "
        'said the lorry did not brake.\n\n"It was going very fast," Tetteh said.\n'
    )
    claims = attributed(extract(text))
    assert claims and all(not c.source.startswith("DORVA") for c in claims)
    assert all(c.source_resolved.startswith("Kwame Tetteh") for c in claims)
    assert {c.source_type for c in claims} == {T.WITNESS}


def test_an_unnamed_person_for_a_body_speaks_in_its_voice(extract: Extract) -> None:
    text = (
        "A spokesman for the education ministry said it would not fund filters nationwide. "
        "The ministry said no decision had been taken."
    )
    spokesman, ministry = attributed(extract(text))
    assert spokesman.source_voice == ministry.source_key == "body:education ministry"
    # someone unnamed, not a body of its own that another article's "the ministry" joins
    assert spokesman.source_key.startswith("anon:")


def test_the_airline_is_the_company_named_not_the_town_of_its_airport(extract: Extract) -> None:
    text = (
        "A passenger jet operated by SkyNorda made an emergency landing at Orvik airport on "
        "Sunday after one of its engines caught fire, the airline said. "
        "SkyNorda spokeswoman Ida Fell said the engine had been inspected two weeks ago."
    )
    airline, spokeswoman = attributed(extract(text))
    assert (airline.source_resolved, airline.source_type) == ("SkyNorda", T.COMPANY)
    assert spokeswoman.source_type is T.COMPANY  # the airline's, not a state's


def test_a_named_police_chief_speaks_in_the_polices_voice(extract: Extract) -> None:
    text = (
        "Police deny using tear gas\n\n"
        "The city's police chief, Marco Deni, denied on Sunday that officers had fired tear "
        "gas at peaceful marchers. Police said 12 people had been detained."
    )
    claims = attributed(extract(text))
    chief = next(c for c in claims if c.source_resolved.endswith("Marco Deni"))
    police = next(c for c in claims if c.source == "Police" and "detained" in c.content)
    assert chief.source_voice == police.source_key == "body:police"


def test_an_office_named_for_its_body_speaks_in_its_voice(extract: Extract) -> None:
    text = (
        "District administrator Mila Orun said 12 bodies had been recovered. The district "
        "administration said later that the toll had risen to 18."
    )
    administrator, administration = attributed(extract(text))
    assert administrator.source_voice == administration.source_key


def test_a_name_that_says_it_did_is_a_body_and_a_town_no_company(extract: Extract) -> None:
    text = (
        "The death toll from Tuesday's derailment near Velka rose to nine, the regional "
        "hospital said.\n\nLenkrail denied that it had received any complaints about the "
        "signal. The company said its maintenance records showed the signal had been "
        "inspected on November 2."
    )
    claims = attributed(extract(text))
    denial = next(c for c in claims if c.source == "Lenkrail")
    company = next(c for c in claims if c.source == "The company")
    assert (denial.source_type, denial.source_key) == (T.COMPANY, "body:lenkrail")
    assert company.source_resolved == "Lenkrail"  # not the town the tagger called a body
    # a surname given in full before stays its person's
    text = "Jana Korvel, the mayor, spoke on Monday.\n\nKorvel said it had received no warning."
    (mayor,) = attributed(extract(text))
    assert mayor.source_key == "person:jana korvel"


def test_a_spokesman_named_alone_speaks_for_the_body_whose_statement_he_gives(
    extract: Extract,
) -> None:
    text = (
        "The rail operator, Lenkrail, said the train had been travelling within the speed "
        'limit. "Our data show the train was doing 78 km/h," spokesman Petr Havel told '
        "reporters."
    )
    operator, spokesman = attributed(extract(text))
    assert spokesman.source_type is T.COMPANY  # the operator's, not the state's
    assert spokesman.source_voice == operator.source_key == "body:lenkrail"
    text = (
        "The ministry said an inquiry had begun. A spokeswoman, Ida Berg, said it would end soon."
    )
    ministry, spokeswoman = attributed(extract(text))  # a body described, not named
    assert spokeswoman.source_voice == ministry.source_key == "body:ministry"


def test_the_articles_own_outlet_is_not_the_company_it_reports_on(extract: Extract) -> None:
    text = (
        "TeleNord first put the number at 2 million.\n\nTwo researchers told Nordic Consumer "
        "that passwords were included. The company says the attack began on September 28."
    )
    claims = attributed(extract(text, "Nordic Consumer"))
    company = next(c for c in claims if c.source == "The company")
    assert company.source_resolved == "TeleNord"

"""Sources and cues as an outbreak and a recall story give them: a health minister beside the
WHO, an international charity, a hospital's doctors and patients, a company after a dateline."""

from __future__ import annotations

from extract_helpers import Extract, attributed, by_cue

from workbench.core.domain import SourceType
from workbench.core.extract.referents import home_country
from workbench.core.extract.source_types import body_type, outlet_type


def test_an_acronym_spelled_like_who_is_the_source(extract: Extract) -> None:
    claims = extract("The WHO says 50,000 doses have arrived. WHO said the risk was high.")
    says, said = by_cue(claims, "says"), by_cue(claims, "said")
    assert says.source == "The WHO"
    assert says.source_type is SourceType.INTERNATIONAL_ORG
    assert said.source_resolved == "The WHO"


def test_officials_who_said_keep_the_relative_pronoun(extract: Extract) -> None:
    claim = by_cue(extract("It was the officials who said the well was sealed."), "said")
    assert claim.source == "who"
    assert claim.source_resolved == "the officials"


def test_a_portfolio_minister_is_the_ministrys_not_a_body_sharing_the_word(
    extract: Extract,
) -> None:
    text = (
        "Health Minister Ilse Varga told reporters that the outbreak had been traced to a "
        "well. The World Health Organization said it had sent 50,000 doses."
    )
    minister = by_cue(extract(text), "told")
    assert minister.source_type is SourceType.GOVERNMENT
    assert minister.source_voice == "body:health ministry"


def test_an_international_charity_is_civil_society(extract: Extract) -> None:
    claims = extract(
        "An international medical charity said that at least 41 people had died. "
        "A United Nations agency said it had sent doctors."
    )
    charity, agency = attributed(claims)
    assert charity.source_type is SourceType.NGO
    assert agency.source_type is SourceType.INTERNATIONAL_ORG


def test_a_unit_of_a_body_is_of_its_bodys_kind() -> None:
    assert body_type("the hospital's emergency department") is SourceType.WITNESS
    assert body_type("the company's press office") is SourceType.COMPANY
    assert body_type("the police department") is SourceType.MILITARY_SECURITY
    assert body_type("the State Department") is SourceType.GOVERNMENT


def test_a_doctor_heading_a_hospital_department_tells_what_she_saw(extract: Extract) -> None:
    text = (
        '"We have patients on the floor," said Dr. Petra Lind, who heads the hospital\'s '
        "emergency department. She said the wards were full."
    )
    assert {c.source_type for c in attributed(extract(text))} == {SourceType.WITNESS}


def test_a_hospital_admitting_patients_concedes_nothing(extract: Extract) -> None:
    claims = extract(
        "She said the hospital alone had admitted 180 patients since Monday. "
        "The company admitted responsibility for the leak. "
        "The clinic admitted two children overnight, a nurse said."
    )
    cues = sorted(c.cue for c in attributed(claims))
    assert cues == ["admitted", "said", "said"]  # the company's admission only
    assert by_cue(claims, "admitted").content == "responsibility for the leak"


def test_a_district_named_most_is_no_country(extract: Extract) -> None:
    from workbench.core.extract.model import parse

    qa = parse(
        "Officials say a well in Dockside was contaminated. Tests found bacteria in Dockside. "
        "Residents of Dockside complained."
    )
    assert home_country(qa, tuple(qa.ents)) == ""
    syria = parse("Troops fired in Deraa. Syria denied it. The Syrian army said it was calm.")
    assert home_country(syria, tuple(syria.ents)) == "Syria"
    known = parse("Protests spread in Kenya. Kenya's police said 12 people were held.")
    assert home_country(known, tuple(known.ents)) == "Kenya"


def test_a_name_just_after_a_datelines_dash_is_a_name(extract: Extract) -> None:
    from workbench.core.extract.model import parse

    text = (
        "GOTHENBURG, November 2 - Norvik Motors today announced a voluntary recall of 84,000 "
        "Aster vehicles. The company said the repair takes about two hours."
    )
    names = {(e.text, e.label_) for e in parse(text).ents}
    assert ("Norvik Motors", "ORG") in names and ("November 2", "DATE") in names
    assert not any("-" in name for name, _ in names)
    assert by_cue(extract(text), "said").source_resolved == "Norvik Motors"


def test_one_of_a_group_is_what_the_group_is(extract: Extract) -> None:
    text = (
        "Two owners interviewed by a reporter said their cars had stalled in traffic; one of "
        "them, Karin Lund, said she was hit from behind. Diplomats said the army was divided. "
        "One of them said it would not last."
    )
    types = [(c.source, c.source_type) for c in attributed(extract(text))]
    assert types == [
        ("Two owners interviewed by a reporter", SourceType.WITNESS),
        ("one of them, Karin Lund", SourceType.WITNESS),
        ("Diplomats", SourceType.DIPLOMAT),
        ("One of them", SourceType.DIPLOMAT),
    ]


def test_a_press_release_is_its_companys_own(extract: Extract) -> None:
    text = (
        "GOTHENBURG, November 2 - Norvik Motors today announced a recall of 84,000 Aster "
        "vehicles. The company said the repair takes about two hours."
    )
    said = by_cue(extract(text, outlet="Norvik Motors"), "said")
    assert said.source_resolved == "Norvik Motors"  # the outlet is the company here
    told = by_cue(
        extract("Two researchers told Nordic Consumer that data was sold. The company said no "
                "data was lost.", outlet="Nordic Consumer"), "said")  # fmt: skip
    assert told.source_resolved != "Nordic Consumer"  # a magazine is no company


def test_an_estimate_of_a_length_of_time_is_a_claim(extract: Extract) -> None:
    claims = extract(
        "How long is the repair? Norvik puts it at two hours. They put the meeting at 3 p.m."
    )
    assert [(c.source, c.cue, c.content) for c in attributed(claims)] == [
        ("Norvik", "puts", "it at two hours")
    ]


def test_a_cue_hung_on_the_reported_clause_is_the_speakers(extract: Extract) -> None:
    text = (
        "The union federation said on Friday that real wages had fallen by 4 percent and "
        "called for a general strike. Police said protesters had gathered and demanded his "
        "release."
    )
    sources = {c.cue: c.source for c in attributed(extract(text))}
    assert sources["called"] == "The union federation"  # wages call for nothing
    assert sources["demanded"] == "protesters"  # protesters may


def test_a_lawyer_speaks_in_the_clients_voice(extract: Extract) -> None:
    claims = attributed(
        extract(
            "Viktor Halm pleaded not guilty to charges that he took bribes. Halm's lawyer, "
            "Oskar Brandt, said his client had never accepted a bribe. Halm's lawyers say the "
            "witness is lying."
        )
    )
    assert {c.source_voice for c in claims[1:]} == {"person:viktor halm"}
    assert claims[1].source_key == "person:oskar brandt"  # still a person of his own


def test_letting_people_go_says_nothing(extract: Extract) -> None:
    claims = extract(
        "Meridian Shipping said it had dismissed Dusek in 2022. The minister dismissed the "
        "allegations."
    )
    assert [(c.cue, c.content) for c in attributed(claims)] == [
        ("said", "it had dismissed Dusek in 2022"),
        ("dismissed", "the allegations"),
    ]


def test_a_bodys_own_statement_is_in_its_voice(extract: Extract) -> None:
    text = "Chlorine concentrations ranged from 0.2 to 0.35 milligrams per litre."
    (own,) = extract(text, outlet="Regional Health Authority")
    assert (own.source_resolved, own.source_type) == (
        "Regional Health Authority",
        SourceType.GOVERNMENT,
    )
    assert outlet_type("Norvik Motors") is SourceType.COMPANY  # a press release
    for outlet in ("Harbor Post", "Press Association", "Health News Service", "CheckPoint"):
        assert outlet_type(outlet) is SourceType.MEDIA, outlet


def test_a_mother_of_two_speaks_for_no_body(extract: Extract) -> None:
    claim = by_cue(extract("Marta Novak, a mother of two, said her son had vomited."), "said")
    assert claim.source_voice == ""
    assert claim.source_type is SourceType.WITNESS


def test_a_study_and_its_authors_are_one_voice(extract: Extract) -> None:
    text = (
        "The study of about 48,000 adults found a 34 percent lower risk, its authors said. "
        "A study of 48,000 adults found that walking helps, researchers said."
    )
    claims = attributed(extract(text))
    assert {c.source_voice for c in claims if "authors" in c.source_resolved} == {
        "body:study 48000"
    }


def test_a_company_named_like_a_place_is_a_company(extract: Extract) -> None:
    claims = attributed(
        extract(
            "According to Northline, only one in five trains will run. The operator said its "
            "offer was fair. The RMTU union said the offer was too low. Northline denied "
            "reports that it planned to use agency staff."
        )
    )
    assert [(c.source_resolved, c.source_type) for c in claims] == [
        ("Northline", SourceType.COMPANY),  # no government of a country called Northline
        ("Northline", SourceType.COMPANY),
        ("The RMTU union", SourceType.NGO),
        ("Northline", SourceType.COMPANY),
    ]


def test_who_the_story_calls_the_operator_and_a_unions_secretary(extract: Extract) -> None:
    claims = attributed(
        extract(
            "Talks between the RMTU union and the train operator Northline broke down, the "
            "union said. RMTU general secretary Dan Holloway claimed the offer was low. A "
            "spokesperson for Northline insisted the offer was fair. The company warned that "
            "services would be cancelled."
        )
    )
    found = {c.cue: (c.source_resolved, c.source_type, c.anonymous) for c in claims}
    assert found["claimed"][1] is SourceType.NGO  # the union's, not a company's
    assert found["insisted"] == ("A spokesperson for Northline", SourceType.COMPANY, True)
    assert found["warned"][:2] == ("Northline", SourceType.COMPANY)

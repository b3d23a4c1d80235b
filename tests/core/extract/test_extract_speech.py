"""Reported speech in its common shapes: who said what, with which cue and stance."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, attributed, by_cue

from workbench.core.domain import QuoteKind, SourceType, Stance


@pytest.mark.parametrize(
    ("text", "source", "cue", "content"),
    [
        (
            "Officials said that the bridge had collapsed.",
            "Officials",
            "said",
            "the bridge had collapsed",
        ),
        (
            "The bridge had collapsed, the mayor said.",
            "the mayor",
            "said",
            "The bridge had collapsed",
        ),
        (
            "The bridge had collapsed, said Maria Lopez.",
            "Maria Lopez",
            "said",
            "The bridge had collapsed",
        ),
        ("The ministry says the dam is safe.", "The ministry", "says", "the dam is safe"),
        (
            "The governor told reporters the roads would reopen on Monday.",
            "The governor",
            "told",
            "the roads would reopen on Monday",
        ),
        (
            "According to the police, 12 people were arrested.",
            "the police",
            "According to",
            "12 people were arrested",
        ),
        (
            "Twelve people were arrested, according to the police.",
            "the police",
            "according to",
            "Twelve people were arrested",
        ),
        (  # the parser hangs "told" on the clause before it, as its conjunct
            "Petek took bribes, chief prosecutor Ana Mirkovic told reporters.",
            "chief prosecutor Ana Mirkovic",
            "told",
            "Petek took bribes",
        ),
        (  # the parser hangs "said" from the clause after it
            "The death toll from Tuesday's fire at a garment factory in Verano rose to 23 on"
            " Wednesday, the health ministry said, after four injured workers died in hospital.",
            "the health ministry",
            "said",
            "The death toll from Tuesday's fire at a garment factory in Verano rose to 23 on"
            " Wednesday",
        ),
    ],
)
def test_said_shapes(extract: Extract, text: str, source: str, cue: str, content: str) -> None:
    [claim] = attributed(extract(text))
    assert (claim.source, claim.cue, claim.content) == (source, cue, content)
    assert claim.quote is QuoteKind.INDIRECT
    assert claim.stance is Stance.ASSERTS


@pytest.mark.parametrize(
    ("text", "cue", "content", "stance"),
    [
        (
            "The general added that the troops would stay.",
            "added",
            "the troops would stay",
            Stance.ASSERTS,
        ),
        (
            "The group claimed the attack was planned abroad.",
            "claimed",
            "the attack was planned abroad",
            Stance.ASSERTS,
        ),
        (
            "The army confirmed that two soldiers were wounded.",
            "confirmed",
            "two soldiers were wounded",
            Stance.ASSERTS,
        ),
        ("The government denied the allegations.", "denied", "the allegations", Stance.DENIES),
        (
            "The minister accused the rebels of shelling the market.",
            "accused",
            "the rebels of shelling the market",
            Stance.ACCUSES,
        ),
        (
            "Residents blamed the militia for the fire.",
            "blamed",
            "the militia for the fire",
            Stance.ACCUSES,
        ),
        (
            "Amnesty called for an independent inquiry into the deaths.",
            "called",
            "an independent inquiry into the deaths",
            Stance.CALLS_FOR,
        ),
        (
            "The senator called on the government to release the prisoners.",
            "called",
            "the government to release the prisoners",
            Stance.CALLS_FOR,
        ),
        (
            "The United Nations warned that the camps would run out of food.",
            "warned",
            "the camps would run out of food",
            Stance.WARNS,
        ),
        (
            "The agency warned residents about flooding in the valley.",
            "warned",
            "about flooding in the valley",
            Stance.WARNS,
        ),
        (
            "Engineers warned the owner of cracks in the dam wall.",
            "warned",
            "of cracks in the dam wall",
            Stance.WARNS,
        ),
        (
            "Analysts estimated that the war had cost 2 billion dollars.",
            "estimated",
            "the war had cost 2 billion dollars",
            Stance.ASSERTS,
        ),
        (
            "The spokesman insisted that no civilians were hurt.",
            "insisted",
            "no civilians were hurt",
            Stance.ASSERTS,
        ),
        (
            "State television reported that the president had left the country.",
            "reported",
            "the president had left the country",
            Stance.ASSERTS,
        ),
        (
            "The company announced that it would close the factory.",
            "announced",
            "it would close the factory",
            Stance.ASSERTS,
        ),
        (
            "Activists alleged that police had beaten detainees.",
            "alleged",
            "police had beaten detainees",
            Stance.ACCUSES,
        ),
        (
            "The police chief acknowledged that mistakes were made.",
            "acknowledged",
            "mistakes were made",
            Stance.ASSERTS,
        ),
        (
            "The envoy urged both sides to return to talks.",
            "urged",
            "both sides to return to talks",
            Stance.CALLS_FOR,
        ),
    ],
)
def test_other_cues(extract: Extract, text: str, cue: str, content: str, stance: Stance) -> None:
    claim = by_cue(extract(text), cue)
    assert claim.content == content
    assert claim.stance is stance
    assert claim.source == text.split(f" {claim.cue}")[0]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The aviation authority said on Tuesday it had opened an inquiry.",
         "it had opened an inquiry"),
        ("Police said late on Friday the driver had fled.", "the driver had fled"),
        ("The army said on Monday troops would withdraw on Friday.",
         "troops would withdraw on Friday"),
    ],
)  # fmt: skip
def test_the_day_a_source_spoke_is_not_what_it_said(
    extract: Extract, text: str, content: str
) -> None:
    assert by_cue(extract(text), "said").content == content


def test_one_subject_two_cues_gives_two_claims(extract: Extract) -> None:
    text = "The senator called for new elections and said the count was flawed."
    claims = attributed(extract(text))
    assert [(c.source, c.cue, c.content, c.stance) for c in claims] == [
        ("The senator", "called", "new elections", Stance.CALLS_FOR),
        ("The senator", "said", "the count was flawed", Stance.ASSERTS),
    ]


def test_embedded_attribution_in_a_relative_clause(extract: Extract) -> None:
    text = (
        "Thousands marched against the repression that a rights group said had killed 300 people."
    )
    claim = by_cue(extract(text), "said")
    assert claim.source == "a rights group"
    assert claim.content == "had killed 300 people"
    assert claim.source_type is SourceType.NGO
    assert claim.anonymous
    [number] = claim.numbers
    assert (number.value, number.what) == (300, "killed")


def test_coordinated_attributions_keep_their_own_content(extract: Extract) -> None:
    text = "China said the talks should go on, while Russia said the envoy should leave."
    china = [c for c in attributed(extract(text)) if c.source == "China"]
    russia = [c for c in attributed(extract(text)) if c.source == "Russia"]
    assert [c.content for c in china] == ["the talks should go on"]
    assert [c.content for c in russia] == ["the envoy should leave"]
    assert {c.source_type for c in china + russia} == {SourceType.GOVERNMENT}


@pytest.mark.parametrize(
    "text",
    [
        "It was reported that the border was closed.",
        "No one is saying that the talks failed.",
        "The minister did not say whether the border would reopen.",
        # What a source refused or failed to say it did not say.
        "Police refused to confirm that the officer had been suspended.",
        "The ministry declined to say how many soldiers had died.",
        "The company was unable to confirm that the plant had closed.",
        "The minister denied saying that the army had fired on protesters.",
        "Police would neither confirm nor deny that the officer had been suspended.",
        "The ministry has yet to say whether the border will reopen.",
        "He avoided saying whether he would resign.",
        # A participle opening the sentence, with no clause of its own: a description.
        "Boasting two new ferries, the harbour authority seems confident about the summer.",
        # How much was said is not what was said.
        "The minister said little about the plan in recent months.",
    ],
)
def test_no_claim_without_a_source(extract: Extract, text: str) -> None:
    assert attributed(extract(text)) == []


def test_a_demand_for_more_is_a_claim(extract: Extract) -> None:
    claim = by_cue(extract("The union demanded more money for the dockers."), "demanded")
    assert claim.content == "more money for the dockers"


@pytest.mark.parametrize(
    "text",
    [
        "A senior police officer who asked not to be named said a ransom had been demanded.",
        "A neighbour on Dunmore Road, who asked not to be identified, said she heard shots.",
        "A guard who declined to be named said the gate had been left open.",
        "A cashier who refused to give her name said the till was emptied.",
    ],
)
def test_asking_not_to_be_named_is_no_claim(extract: Extract, text: str) -> None:
    assert [c.cue for c in attributed(extract(text))] == ["said"]


def test_a_plea_is_a_claim_on_the_charge(extract: Extract) -> None:
    text = (
        "Former mayor Lars Hedin pleaded not guilty on Monday to taking bribes from a "
        "construction company. Two of his aides pleaded guilty to fraud."
    )
    denied, admitted = attributed(extract(text))
    assert (denied.source, denied.cue, denied.stance) == (
        "Former mayor Lars Hedin", "pleaded not guilty", Stance.DENIES,
    )  # fmt: skip
    assert denied.content == "taking bribes from a construction company"
    assert (admitted.cue, admitted.stance, admitted.content) == (
        "pleaded guilty", Stance.ASSERTS, "fraud",
    )  # fmt: skip
    assert attributed(extract("Lawyers pleaded with the judge to delay the trial.")) == []


def test_an_attack_with_stones_or_on_a_convoy_is_a_blow_not_words(extract: Extract) -> None:
    claims = extract(
        "Police rejected the accusations, saying tear gas was used only against a small group "
        "that attacked officers with stones. Gunmen attacked the convoy near Dorn. "
        "Clinton attacked Trump over his taxes."
    )
    assert [c.cue for c in attributed(claims) if c.cue == "attacked"] == ["attacked"]
    assert by_cue(claims, "attacked").content == "Trump over his taxes"  # words: a stance
    assert by_cue(claims, "saying").source == "Police"  # not "officers", struck with stones


def test_a_complements_subject_the_parser_hung_on_the_verb_is_what_was_said(
    extract: Extract,
) -> None:
    claims = extract(
        "Crowdmetric said its analysis of aerial footage suggested between 45,000 and 55,000 "
        "people had taken part."
    )
    suggested = by_cue(claims, "suggested")
    assert suggested.content == "between 45,000 and 55,000 people had taken part"
    assert [q.value for q in suggested.numbers] == [45_000, 55_000]


def test_what_was_said_keeps_the_subject_the_parser_made_the_verbs_object(
    extract: Extract,
) -> None:
    claims = extract(
        "Raymond Quashie said nothing in the footage would justify firing under police rules."
    )
    said = by_cue(claims, "said")
    assert said.content == "nothing in the footage would justify firing under police rules"

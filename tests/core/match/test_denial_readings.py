"""What a claim denies, read from the parse ("the siren did not sound": sound), and how a
denial meets the claim it denies: an assertion against its negation conflicts, two denials
of one act agree, a denial of one thing or of one actor's act denies no other."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from match_builders import parsed_views

from workbench.core.domain import Relation, Stance
from workbench.core.match.relation import relate


def test_what_each_negation_denies_is_read_from_the_parse() -> None:
    views = parsed_views(
        "I know the siren. It did not sound on Wednesday",
        "the item was a mobile phone, not a weapon",
        "the government had received no ransom demand",
        "Ousanga will never pay ransoms",
    )
    denied = [set(v.reading.denied) for v in views]
    assert "sound" in denied[0] and "siren" not in denied[0]
    assert "weapon" in denied[1] and "phone" not in denied[1]
    assert {"ransom", "demand", "receive"} <= denied[2]
    assert {"pay", "ransom"} <= denied[3]


def test_a_negation_in_a_later_sentence_conflicts_with_the_assertion() -> None:
    sounded, not_sound, recovered, not_weapon = parsed_views(
        "the plant's siren sounded at 5:12 a.m.",
        "I have lived next to that plant for 30 years. It did not sound on Wednesday",
        "Officers recovered a weapon from the car",
        "the item recovered from the car was a mobile phone, not a weapon",
    )
    assert relate(sounded, not_sound, {}) == (
        Relation.CONFLICTS, ("assertion vs denial: not sound",),
    )  # fmt: skip
    assert relate(recovered, not_weapon, {})[0] == Relation.CONFLICTS


def test_two_denials_of_one_act_agree() -> None:
    never, no_ransom = parsed_views(
        "Ousanga will never pay ransoms", "the government would pay no ransom"
    )
    assert relate(never, no_ransom, {})[0] == Relation.CORROBORATES


def test_nobody_doing_it_denies_it_and_a_negation_of_another_act_does_not() -> None:
    declined, nobody, out_of_order, not_worked = parsed_views(
        "the aid agency had declined an army escort for the journey",
        "Nobody offered us an escort, on Monday or on any other day",
        "two of the four detectors had been out of order for months",
        "two of the tank's four detectors had not worked since July",
    )
    assert relate(declined, nobody, {})[0] == Relation.CONFLICTS
    assert relate(out_of_order, not_worked, {})[0] == Relation.CORROBORATES  # one account


def test_not_just_says_more_and_denies_nothing() -> None:
    more, least = parsed_views(
        "the police did not just detain protesters, they beat them",
        "officials, not least the minister, praised the army",
    )
    assert more.reading.denied == () and least.reading.denied == ()


def test_an_accusation_against_its_denial_and_an_assertion_against_its_negation_conflict() -> None:
    accused, denied = parsed_views(
        "politicians in Lebanon fomented the violence in Deraa",
        "politicians in Lebanon fomented the violence in Deraa",
        stances=(Stance.ACCUSES, Stance.DENIES),
    )
    relation, reasons = relate(accused, denied, {})
    assert relation is Relation.CONFLICTS and "denial" in reasons[0]
    confronted, never = parsed_views(
        "soldiers confronted secret police to stop the shooting of protesters",
        "soldiers never confronted secret police over the shooting of protesters",
    )
    relation, reasons = relate(confronted, never, {})
    assert relation is Relation.CONFLICTS and reasons[0] == "assertion vs denial: not confront"


def test_a_denial_conflicts_with_a_claim_whose_own_negation_is_of_something_else() -> None:
    saw, denied, not_fired = parsed_views(
        "These are not the injuries you get from rubber bullets. Our volunteers saw soldiers"
        " firing automatic weapons into the crowd",
        "soldiers had fired live ammunition at protesters",
        "soldiers never fired at protesters",
        stances=[Stance.ASSERTS, Stance.DENIES, Stance.ASSERTS],
    )
    assert saw.reading.negated and denied.reading.negated
    assert relate(saw, denied, {}) == (Relation.CONFLICTS, ("assertion vs denial",))
    assert relate(denied, not_fired, {})[0] is Relation.CORROBORATES  # both say it did not happen


def test_two_claims_denying_one_act_agree_whatever_else_they_say() -> None:
    ad, remark = parsed_views(
        "You work hard. You pay your taxes. So why didn't Donald Trump pay his?",
        "not paying taxes made him smart",
    )
    assert "pay" in ad.reading.denied and "pay" in remark.reading.denied
    assert relate(ad, remark, {})[0] is Relation.CORROBORATES


def test_a_denial_conflicts_only_with_a_claim_on_its_own_matter() -> None:
    denied, pursuing, fired = parsed_views(
        "accounts by activists that troops had fired on peaceful demonstrators",
        "army units were pursuing armed terrorist groups in Deraa",
        "security forces shot at crowds marching after prayers",
        stances=(Stance.DENIES, Stance.ASSERTS, Stance.ASSERTS),
    )
    near, far = np.array([1.0, 0.0]), np.array([0.6, 0.8])  # cosines 1.0 and 0.6
    aside = np.array([0.4, np.sqrt(1 - 0.16)])  # cosine 0.4: another matter
    denied = replace(denied, vector=near)
    assert relate(denied, replace(fired, vector=far), {})[0] is Relation.CONFLICTS
    assert relate(denied, replace(pursuing, vector=aside), {})[0] is Relation.CORROBORATES


def test_a_negation_of_one_actors_act_denies_no_one_elses() -> None:
    romney, trump, army, soldiers = parsed_views(
        "Romney for not releasing his full tax returns",
        "Mr. Trump should release his tax returns",
        "The army has not fired on its own people",
        "soldiers opened fire on mourners leaving a funeral",
    )
    assert ("release", "romney") in romney.reading.actors
    assert ("return", "trump") in trump.reading.actors
    assert relate(romney, trump, {})[0] is Relation.CORROBORATES
    # common nouns are not told apart: "the army" and "soldiers" may be one side
    assert relate(army, soldiers, {})[0] is Relation.CONFLICTS
    sounded, silent, passive = parsed_views(
        "the siren sounded at 5:40", "it did not sound", "no civilians had been hurt"
    )
    assert relate(sounded, silent, {})[0] is Relation.CONFLICTS  # "it": no actor said
    assert passive.reading.actors == ()


def test_a_denied_figure_sides_with_another_figure_and_conflicts_with_its_own() -> None:
    offered, denial, union = parsed_views(
        "the authority had offered a 4 percent raise over two years",
        "it had offered only 2 percent",
        "They offered us 2 percent",
        stances=(Stance.ASSERTS, Stance.DENIES, Stance.ASSERTS),
    )
    relation, reasons = relate(offered, denial, {})
    assert relation is Relation.CORROBORATES
    assert reasons[0] == "denies another figure: 4 vs 2 (share)"
    assert relate(union, denial, {})[0] is Relation.CONFLICTS


def test_a_report_called_false_is_denied() -> None:
    false, collapsed, closed, untrue, burned = parsed_views(
        "reports on social media that the Vell bridge has collapsed are false",
        "the Vell bridge has collapsed",
        "the bridge is closed as a precaution",
        "the rumour that the army would run the cranes was baseless",
        "the army would run the cranes from Monday",
    )
    assert false.reading.negated and false.reading.denied == ("collapse",)
    assert relate(false, collapsed, {}) == (
        Relation.CONFLICTS, ("assertion vs denial: not collapse",),
    )  # fmt: skip
    assert relate(false, closed, {})[0] is Relation.CORROBORATES  # closed, not collapsed
    assert set(untrue.reading.denied) == {"run", "crane"}
    assert relate(untrue, burned, {})[0] is Relation.CONFLICTS
    fired = parsed_views("the army fired on the protesters")[0]
    for denial in (
        "It is false that the army fired on the protesters",
        "It is not true that the army fired on the protesters",
        "There is no truth to reports that the army fired on the protesters",
    ):
        said = parsed_views(denial)[0]
        assert relate(said, fired, {}) == (Relation.CONFLICTS, ("assertion vs denial: not fire",))
    true = parsed_views("It is true that the army fired on the protesters")[0]
    assert relate(true, fired, {})[0] is Relation.CORROBORATES


def test_a_denied_figure_conflicts_with_the_same_figure_asserted() -> None:
    rejected, five_hundred, none_killed, two_killed = parsed_views(
        "the figure of 500 dead",
        "500 people died in the clashes",
        "no one was killed",
        "two people were killed",
        stances=(Stance.DENIES, Stance.ASSERTS, Stance.ASSERTS, Stance.ASSERTS),
    )
    assert relate(rejected, five_hundred, {}) == (Relation.CONFLICTS, ("assertion vs denial",))
    assert none_killed.claim.numbers == ()  # "no one" counts none
    assert relate(none_killed, two_killed, {})[1] == ("assertion vs denial: not kill",)


def test_no_before_two_nouns_denies_both() -> None:
    neither, stolen, exposed = parsed_views(
        "No passwords or bank details were taken",
        "no bank details were stolen",
        "bank details had been exposed",
    )
    assert {"password", "bank", "detail"} <= set(neither.reading.denied)
    assert relate(neither, stolen, {})[0] is Relation.CORROBORATES  # two denials of one thing
    assert relate(neither, exposed, {})[0] is Relation.CONFLICTS


def test_a_denial_of_one_thing_does_not_deny_the_act_done_to_another() -> None:
    no_bank, stolen, no_civilians, soldiers, bank_stolen = parsed_views(
        "no bank details were stolen",
        "hackers had stolen the personal data of 40 million customers",
        "no civilians were killed in the strike",
        "three soldiers were killed in the strike",
        "hackers stole bank details",
    )
    assert set(no_bank.reading.denied_things) == {"bank", "detail"}
    assert relate(no_bank, stolen, {})[0] is Relation.CORROBORATES
    assert relate(no_civilians, soldiers, {})[0] is Relation.CORROBORATES
    assert relate(no_bank, bank_stolen, {}) == (
        Relation.CONFLICTS, ("assertion vs denial: not bank",),
    )  # fmt: skip


def test_a_participle_with_un_denies_its_act_and_an_inability_denies_no_thing() -> None:
    damaged, undamaged, cannot_take, treated = parsed_views(
        "the town's only hospital had been damaged",
        "the building was undamaged and was treating 90 patients",
        "the hospital had been badly damaged and could not take new patients",
        "patients were being treated in tents",
    )
    assert "damage" in undamaged.reading.denied
    assert relate(damaged, undamaged, {}) == (
        Relation.CONFLICTS, ("assertion vs denial: not damage",),
    )  # fmt: skip
    assert "patient" not in cannot_take.reading.denied
    assert relate(cannot_take, treated, {})[0] is Relation.CORROBORATES


def test_two_negated_statements_do_not_deny_each_other() -> None:
    not_fund, no_decision, installed = parsed_views(
        "it would not fund filters nationwide before a second study",
        "no decision had been taken on installing filters nationwide",
        "the ministry has installed filters in every school",
    )
    assert relate(not_fund, no_decision, {})[0] is Relation.CORROBORATES
    assert relate(not_fund, installed, {})[0] is Relation.CONFLICTS  # it does deny an assertion


def test_a_denied_act_conflicts_with_a_count_of_it() -> None:
    unhurt, treated, part, dead = parsed_views(
        "all 164 passengers were evacuated safely and nobody was seriously hurt",
        "Eleven passengers were treated in hospital, two of them with broken bones",
        "five of his members had been injured in the leak",
        "three people died in the fire",
    )
    assert relate(unhurt, treated, {}) == (
        Relation.CONFLICTS, ("assertion vs denial: not hurt vs 11 injured",),
    )  # fmt: skip
    assert relate(unhurt, part, {})[0] is Relation.CORROBORATES  # a part is no count of all
    assert relate(unhurt, dead, {})[0] is Relation.CORROBORATES  # no one hurt is not no one dead


def test_no_reaches_forward_only() -> None:
    found, no_chemicals = parsed_views(
        "tests had found normal oxygen levels and no pollutants",
        "its tests on Monday found no chemicals above safe levels",
    )
    assert set(found.reading.denied) == {"pollutant"}  # the levels were found
    assert relate(found, no_chemicals, {})[0] is Relation.CORROBORATES


def test_a_denied_statement_denies_the_act_it_tells() -> None:
    close, rejected, told, reports, fired = parsed_views(
        "Carmaker Veloran will close its assembly plant in Tessin by the end of the year",
        "Veloran's statement that it had been told of the plan to close the Tessin plant",
        "Veloran had informed the ministry of the plan in December",
        "reports that soldiers fired on protesters",
        "soldiers fired on protesters in the square",
        stances=[Stance.ASSERTS, Stance.DENIES, Stance.ASSERTS, Stance.DENIES, Stance.ASSERTS],
    )
    assert rejected.reading.reported == ("tell",)
    assert relate(close, rejected, {})[0] is Relation.CORROBORATES  # being told, not closing
    assert relate(told, rejected, {})[0] is Relation.CONFLICTS
    assert reports.reading.reported == ("fire", "soldier")
    assert relate(fired, reports, {})[0] is Relation.CONFLICTS


def test_a_denied_statement_of_one_act_in_other_words_is_still_denied() -> None:
    encouraged, claims = parsed_views(
        "its leaders had encouraged supporters to storm public buildings",
        "government claims that her party had urged supporters to storm public buildings",
        stances=[Stance.ASSERTS, Stance.DENIES],
    )
    assert claims.reading.reported == ("urge", "party", "supporter", "building", "storm")
    assert relate(encouraged, claims, {})[0] is Relation.CONFLICTS  # the same doers and deed

"""What a claim denies and which act its weekday dates, read from the parse: "the siren
sounded" and "it did not sound" conflict, whichever sentence the "not" is in; a fire on
Monday and a toll that rose on Wednesday are two acts, not two days of one."""

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


def test_days_conflict_only_for_one_act() -> None:
    nobody, offered, raced, rose = parsed_views(
        "Nobody offered us an escort, on Monday or on any other day",
        "troops had offered the convoy an escort on Sunday",
        "A wildfire that raced down from the hills on Monday evening killed three people",
        "The death toll from the wildfire rose to seven on Wednesday, up from three",
    )
    relation, reasons = relate(nobody, offered, {})
    assert relation == Relation.CONFLICTS and reasons[0].startswith("different days: ")
    assert not relate(raced, rose, {})[1][0].startswith("different days")  # two acts


def test_a_turnout_is_not_a_share_of_the_vote_and_is_compared_to_the_point() -> None:
    turnout, vote, about = parsed_views(
        "the electoral board put turnout at 68 percent",
        "Marsk had been re-elected with 52.4 percent of the vote",
        "observers estimated turnout at about 61 percent",
    )
    assert turnout.reading.counted == ((68.0, "turnout"),)
    assert not any(r.startswith("different figures") for r in relate(turnout, vote, {})[1])
    relation, reasons = relate(turnout, about, {})
    assert relation == Relation.CONFLICTS and reasons[0] == "different figures: 68 vs 61 (turnout)"


def test_not_just_says_more_and_denies_nothing() -> None:
    more, least = parsed_views(
        "the police did not just detain protesters, they beat them",
        "officials, not least the minister, praised the army",
    )
    assert more.reading.denied == () and least.reading.denied == ()


def test_one_toll_given_twice_corroborates_and_two_tolls_conflict() -> None:
    five, again, hundred, over_400, about_200 = parsed_views(
        "security forces killed 500 protesters in the crackdown",
        "security forces killed 500 protesters in the crackdown in Deraa",
        "security forces killed 100 protesters in the crackdown",
        "security forces killed more than 400 protesters in the crackdown",
        "security forces killed about 200 protesters in the crackdown",
    )
    assert relate(five, again, {})[0] is Relation.CORROBORATES
    relation, reasons = relate(five, hundred, {})
    assert relation is Relation.CONFLICTS and reasons[0] == "different figures: 500 vs 100 (dead)"
    assert relate(five, over_400, {})[0] is Relation.CORROBORATES  # 500 is more than 400
    # "about 200" stretches neither to 500 nor to more than 400
    assert relate(five, about_200, {})[0] is Relation.CONFLICTS
    assert relate(over_400, about_200, {})[0] is Relation.CONFLICTS


def test_two_lower_bounds_far_apart_are_two_counts_and_near_ones_agree() -> None:
    twelve, thirty, exactly_30, twenty_nine = parsed_views(
        "at least 12 people died", "at least 30 people died", "30 people died",
        "at least 29 people died",
    )  # fmt: skip
    assert relate(twelve, thirty, {})[0] is Relation.CONFLICTS
    assert relate(thirty, exactly_30, {})[0] is Relation.CORROBORATES
    assert relate(thirty, twenty_nine, {})[0] is Relation.CORROBORATES


def test_one_crossing_on_two_weekdays_conflicts() -> None:
    thursday, friday = parsed_views(
        "Syrian women and children crossed into northern Lebanon on Thursday",
        "Syrian women and children crossed into northern Lebanon on Friday",
    )
    relation, reasons = relate(thursday, friday, {})
    assert relation is Relation.CONFLICTS
    assert reasons[0].startswith("different days: Thursday vs Friday")


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


def test_a_multiplier_a_clock_and_a_group_against_a_count_are_not_figures_in_conflict() -> None:
    times, names = parsed_views(
        "the real toll was more than four times higher",
        "it had now confirmed the names of 63 people killed in and around the square",
    )
    assert relate(times, names, {})[0] is Relation.CORROBORATES
    stopped, seized = parsed_views(
        "the convoy was stopped at about 10:30 a.m., 18 km north of Tindaro",
        "The aid workers were seized at about 10:30 a.m. on Monday, 18 km north of Tindaro",
    )
    assert 10.0 not in stopped.reading.values
    assert relate(stopped, seized, {})[0] is Relation.CORROBORATES
    officers, detained = parsed_views(
        "three police officers were among the dead and 350 people had been arrested",
        "roughly 350 people had been detained on Saturday",
    )
    assert relate(officers, detained, {})[0] is Relation.CORROBORATES


def test_a_toll_of_one_is_compared_but_one_of_a_count_is_not() -> None:
    ten, one, hurt, injured = parsed_views(
        "at least 10 Halvenian soldiers had been killed",
        "Halvenian forces had returned fire and one Halvenian soldier had been killed",
        "five workers had been hurt, one of them critically",
        "five of his members had been injured in the leak",
    )
    assert relate(ten, one, {}) == (Relation.CONFLICTS, ("different figures: 10 vs 1 (dead)",))
    assert relate(hurt, injured, {})[0] is Relation.CORROBORATES


def test_a_figure_a_claim_is_measured_against_is_not_its_own() -> None:
    announced, estimated = parsed_views(
        "turnout at 68 percent",
        "turnout at about 61 percent, well below the 68 percent announced by the board",
    )
    assert estimated.reading.values == (61,)
    assert relate(announced, estimated, {})[0] is Relation.CONFLICTS


def test_a_count_in_the_years_range_is_a_count_and_a_year_is_not() -> None:
    drawn, crowd, founded = parsed_views(
        "the rally had drawn about 2,000 people",
        "the number of protesters at more than 20,000",
        "a group that has fought the government since 2011",
    )
    assert drawn.reading.values == (2000,) and founded.reading.values == ()
    assert relate(drawn, crowd, {}) == (
        Relation.CONFLICTS, ("different figures: 2,000 vs 20,000 (people)",),
    )  # fmt: skip


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


def test_a_figure_the_claim_rejects_is_not_its_own() -> None:
    company, union = parsed_views(
        "two workers had minor injuries",
        "five workers had been injured in the leak, not two as the company said",
    )
    assert union.reading.values == (5,)
    assert relate(company, union, {}) == (
        Relation.CONFLICTS, ("different figures: 2 vs 5 (injured)",),
    )  # fmt: skip


def test_a_named_group_is_part_of_a_whole_count_not_a_rival_toll() -> None:
    hospital, officers, more = parsed_views(
        "the hospital had treated more than 200 wounded people overnight",
        "two officers wounded in the unrest were still in critical condition",
        "only 40 people had been wounded",
    )
    assert relate(hospital, officers, {})[0] is Relation.CORROBORATES
    assert relate(hospital, more, {})[0] is Relation.CONFLICTS


def test_a_part_of_a_count_is_not_a_rival_of_the_whole() -> None:
    treated, alone, two_of = parsed_views(
        "The number of people treated in hospital rose to 112",
        "the hospital alone had treated 97 people since Wednesday",
        "two of the dead were found in a car",
    )
    assert alone.reading.parts == (97,) and two_of.reading.parts == (2,)
    assert relate(treated, alone, {})[0] is Relation.CORROBORATES
    toll = parsed_views("the death toll rose to seven")[0]
    assert relate(toll, two_of, {})[0] is Relation.CORROBORATES


def test_two_claims_denying_one_act_agree_whatever_else_they_say() -> None:
    ad, remark = parsed_views(
        "You work hard. You pay your taxes. So why didn't Donald Trump pay his?",
        "not paying taxes made him smart",
    )
    assert "pay" in ad.reading.denied and "pay" in remark.reading.denied
    assert relate(ad, remark, {})[0] is Relation.CORROBORATES


def test_a_figure_that_counts_nothing_known_is_no_rival_of_a_toll() -> None:
    crossed, killed, fled = parsed_views(
        "about 3,000 Syrians crossed into Lebanon on Thursday to escape the shooting",
        "About 100 people were killed across Syria last Friday",
        "Around 1,500 Syrian women and children crossed into northern Lebanon",
    )
    assert relate(crossed, killed, {})[0] is Relation.CORROBORATES
    assert relate(crossed, fled, {}) == (
        Relation.CONFLICTS, ("different figures: 3,000 vs 1,500",),
    )  # fmt: skip


def test_a_count_since_a_start_is_no_rival_of_one_days_count() -> None:
    since, friday, later, arrested, by_monday = parsed_views(
        "Syrian security forces have killed 560 people since protests erupted in mid-March",
        "About 100 people were killed across Syria last Friday",
        "Criticism has intensified since 100 people were killed in protests last week",
        "nine people had been arrested by Sunday evening",
        "23 people had been arrested since the protests began",
    )
    assert (since.reading.tally, friday.reading.tally, later.reading.tally) == (
        "since", "day", "day",
    )  # fmt: skip
    assert relate(since, friday, {})[0] is Relation.CORROBORATES
    assert relate(since, later, {})[0] is Relation.CORROBORATES
    assert relate(arrested, by_monday, {})[0] is Relation.CONFLICTS  # both counts so far
    toll = parsed_views("The death toll rose to seven on Wednesday")[0]
    assert toll.reading.tally == ""  # the day of a report, not of the deaths


def test_a_big_figure_is_written_out_in_the_reason() -> None:
    millions, hundreds = parsed_views(
        "2,000,000 people were displaced by the floods",
        "about 500 people were displaced by the floods",
    )
    assert relate(millions, hundreds, {})[1][0] == "different figures: 2,000,000 vs 500 (displaced)"


def test_counts_dated_apart_are_two_counts() -> None:
    funeral, friday, since_monday, since_march, unrest, thursday = parsed_views(
        "soldiers opened fire on mourners leaving a funeral on Wednesday, killing six people",
        "About 100 people were killed across Syria last Friday",
        "at least 25 bodies had been brought in since troops entered on Monday",
        "security forces have killed 560 people since protests erupted in mid-March",
        "about 150 people have died since the unrest began",
        "about 40 people were killed on Friday in clashes in the south",
    )
    assert (funeral.reading.tally, funeral.reading.tally_when) == ("day", ("wednesday",))
    assert (since_monday.reading.tally, since_monday.reading.tally_when) == ("since", ("monday",))
    assert since_march.reading.tally_when == ("march",)
    assert (unrest.reading.tally, unrest.reading.tally_when) == ("since", ())
    assert relate(funeral, friday, {})[0] is Relation.CORROBORATES  # two days' tolls
    assert relate(since_monday, since_march, {})[0] is Relation.CORROBORATES  # two starts
    assert relate(unrest, friday, {})[0] is Relation.CORROBORATES  # so far against one day
    # the present perfect alone is no span: "three people have died" is a fire's toll
    fire, died = parsed_views("the fire on Monday killed three people", "seven people have died")
    assert relate(fire, died, {})[0] is Relation.CONFLICTS
    assert relate(unrest, since_march, {})[0] is Relation.CONFLICTS  # both so far
    assert relate(friday, thursday, {})[0] is Relation.CONFLICTS  # one day, two tolls


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


def test_shares_of_claims_naming_no_one_in_common_are_not_compared() -> None:
    voters, richest, marsk, president = parsed_views(
        "74 percent of likely voters said the candidate should release his tax returns",
        "The top 1 percent would see their incomes go up by 19.9 percent",
        "Marsk had won 48.7 percent",
        "President Adrian Marsk won 52.4 percent of the vote",
    )
    assert relate(voters, richest, {})[0] is Relation.CORROBORATES
    relation, reasons = relate(marsk, president, {})
    assert relation is Relation.CONFLICTS and reasons[0].startswith("different figures")


def test_shares_of_one_thing_are_compared_though_no_one_is_named_in_both() -> None:
    union, authority, polled, rival = parsed_views(
        "We asked for a raise. They offered us 2 percent",
        "Our offer was 4 percent, and it is still on the table",
        "Clinton had 49 percent support in the poll",
        "Trump had 47 percent support in the poll",
    )
    assert union.reading.shares_of == ("offer",) == authority.reading.shares_of
    relation, reasons = relate(union, authority, {})
    assert relation is Relation.CONFLICTS and reasons[0] == "different figures: 2 vs 4 (share)"
    assert relate(polled, rival, {})[0] is Relation.CORROBORATES  # two candidates' shares


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


def test_the_whole_a_part_is_taken_from_is_no_rival_of_the_part() -> None:
    two_of_six, two = parsed_views(
        "1,500 workers had joined the strike and two of the port's six terminals were operating",
        "two terminals were working normally and 1,600 staff were absent",
    )
    assert two_of_six.reading.parts == (2, 6)
    assert relate(two_of_six, two, {})[0] is Relation.CORROBORATES


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


def test_a_plural_of_a_scale_is_a_range_from_it() -> None:
    dozens, forty, three_hundred, hundreds, two_thousand = parsed_views(
        "dozens of people were killed",
        "40 people were killed",
        "300 people were killed",
        "hundreds of people were arrested",
        "2,000 people were arrested",
    )
    relation, reasons = relate(dozens, forty, {})
    assert (relation, reasons[0]) == (Relation.CORROBORATES, "same figure: dozens")
    relation, reasons = relate(dozens, three_hundred, {})
    assert (relation, reasons[0]) == (Relation.CONFLICTS, "different figures: dozens vs 300 (dead)")
    assert relate(hundreds, two_thousand, {})[0] is Relation.CONFLICTS


def test_a_range_is_one_figure_from_its_low_to_its_high_end() -> None:
    between, inside, outside, dashed, rose = parsed_views(
        "between 200 and 300 people were killed",
        "250 people were killed",
        "500 people were killed",
        "200-300 people were arrested",
        "the toll rose from 12 to 18",
    )
    assert between.reading.ranges == ((200, 300),) == dashed.reading.ranges
    relation, reasons = relate(between, inside, {})
    assert relation is Relation.CORROBORATES and reasons[0] == "same figure: 200-300"
    relation, reasons = relate(between, outside, {})
    assert (
        relation is Relation.CONFLICTS and reasons[0] == "different figures: 200-300 vs 500 (dead)"
    )
    assert rose.reading.ranges == ()  # a change, not a range


def test_a_range_against_a_rounded_figure_reads_the_same_whichever_is_named_first() -> None:
    between, about_340, about_400, about_180 = parsed_views(
        "between 200 and 300 people were killed",
        "about 340 people were killed",
        "about 400 people were killed",
        "about 180 people were killed",
    )
    for other, expected in (
        (about_340, Relation.CORROBORATES),  # 40 beyond the range, within a fifth of 340
        (about_180, Relation.CORROBORATES),
        (about_400, Relation.CONFLICTS),  # 100 beyond it
    ):
        assert relate(between, other, {})[0] is expected
        assert relate(other, between, {})[0] is expected


def test_the_size_of_a_whole_is_no_rival_of_a_count_of_some_of_it() -> None:
    members, resigned, fewer, plant, hurt = parsed_views(
        "it has more than a million members in Syria",
        "Some 200 local members of the party resigned on Thursday",
        "the party has 800,000 members",
        "the plant has 300 workers",
        "five workers were hurt",
    )
    assert members.reading.sizes == (1_000_000,)
    assert relate(members, resigned, {})[0] is Relation.CORROBORATES
    assert relate(plant, hurt, {})[0] is Relation.CORROBORATES
    assert relate(members, fewer, {})[0] is Relation.CONFLICTS  # two sizes of one whole


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


def test_a_sum_of_money_is_compared_only_with_sums() -> None:
    offered, customers, asking, ransom = parsed_views(
        "a seller was offering the data for $200,000",
        "the records held the bank numbers of at least 2 million customers",
        "the seller was asking $150,000 for the records",
        "the kidnappers demanded 5 million dollars",
    )
    assert offered.reading.counted == ((200_000, "money"),)
    assert ransom.reading.counted == ((5_000_000, "money"),)
    assert relate(offered, customers, {})[0] is Relation.CORROBORATES  # nothing to compare
    assert relate(offered, asking, {}) == (
        Relation.CONFLICTS, ("different figures: 200,000 vs 150,000 (money)",),
    )  # fmt: skip
    owe, loss = parsed_views(  # sums of two things: taxes owed, a loss claimed
        "58 Fortune 500 companies would owe $212 billion in additional federal taxes",
        "Trump had claimed a loss of $916 million in 1995",
    )
    assert relate(owe, loss, {})[0] is Relation.CORROBORATES


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


def test_a_figure_given_at_counts_what_the_number_is_of() -> None:
    put, bare, stolen, toll = parsed_views(
        "the company now puts the number of affected customers at 32 million",
        "the number of affected customers at 32 million",
        "hackers had stolen the data of about 40 million customers",
        "officials put the toll at 11",
    )
    assert put.reading.groups == bare.reading.groups == ((32_000_000, "customer"),)
    assert stolen.reading.groups == ((40_000_000, "customer"),)
    assert toll.reading.groups == () and toll.reading.totals == ((11, "dead"),)  # the toll


def test_a_span_of_time_is_compared_only_with_spans() -> None:
    grew, found_work, waited, within, hurt = parsed_views(
        "Employment grew by 22,000 in the first nine months of the year",
        "More than 40,000 people have found work this year",
        "the company waited 11 days before reporting the breach",
        "the company reported the breach within three days",
        "9 people were hurt",
    )
    assert grew.reading.counted == ((9, "duration"),)
    relation, reasons = relate(grew, found_work, {})
    assert relation is Relation.CONFLICTS and reasons[0] == "different figures: 22,000 vs 40,000"
    assert relate(waited, within, {})[1][0] == "different figures: 11 vs 3 (duration)"
    fault, stopped, told, put_out, landed = parsed_views(
        "a delay in publishing results had been caused by a brief technical fault lasting "
        "two hours",
        "the transmission of results had stopped for roughly six hours overnight",
        "Nobody told us anything for ten minutes",
        "his teams put out the fire within four minutes",
        "The flight landed at 9:52 a.m., 14 minutes after leaving Orvik",
    )  # the second's quantity reads "overnight" as what it counts; its noun is "hours"
    assert relate(fault, stopped, {})[1][0] == "different figures: 2 vs 6 (duration)"
    # spans of claims with no word in common are of two things; an offset says when
    assert relate(told, put_out, {})[0] is Relation.CORROBORATES
    assert 14.0 not in landed.reading.values
    assert relate(grew, hurt, {})[0] is Relation.CORROBORATES  # nine months are not nine hurt
    rose = parsed_views("employment rose by 22,000 between January and September")[0]
    assert relate(grew, rose, {})[1][0] == "same figure: 22,000"  # the figure they share


def test_marchers_are_the_crowd_counted() -> None:
    police, organisers = parsed_views(
        "police put the number of marchers at 22,000",
        "80,000 people marched through Arnholt",
    )
    assert police.reading.groups == () and police.reading.counted == ((22_000, "people"),)
    relation, reasons = relate(police, organisers, {})
    assert relation is Relation.CONFLICTS and reasons[0].endswith("(people)")


def test_two_exact_figures_near_each_other_differ_unless_one_is_round() -> None:
    forty_one, forty_four, about_44, six_one, six_four, twelve_hundred, twelve_fifty = (
        parsed_views(
            "the death toll has risen to 41", "the teams had counted 44 dead",
            "about 44 people died", "the quake had a magnitude of 6.1",
            "the quake had a magnitude of 6.4", "1,200 people died", "1,250 people died",
        )
    )  # fmt: skip
    assert relate(forty_one, forty_four, {}) == (
        Relation.CONFLICTS, ("different figures: 41 vs 44 (dead)",),
    )  # fmt: skip
    assert relate(six_one, six_four, {})[0] is Relation.CONFLICTS
    assert relate(forty_one, about_44, {})[0] is Relation.CORROBORATES  # "about" allows it
    assert relate(twelve_hundred, twelve_fifty, {})[0] is Relation.CORROBORATES  # a round one


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


def test_a_figure_of_people_counts_no_homes() -> None:
    killed, homeless = parsed_views(
        "the quake killed at least 27 people and flattened dozens of homes",
        "At least 3,000 people have lost their homes",
    )
    assert (27.0, "homes") not in killed.reading.counted
    assert homeless.reading.counted == ()
    assert relate(killed, homeless, {})[0] is Relation.CORROBORATES


def test_a_name_is_read_without_its_possessive() -> None:
    (plan,) = parsed_views("it had not been told of Carmel Motors' plan to cut jobs in Ostrava")
    assert "carmel motors" in plan.reading.names


def test_two_negated_statements_do_not_deny_each_other() -> None:
    not_fund, no_decision, installed = parsed_views(
        "it would not fund filters nationwide before a second study",
        "no decision had been taken on installing filters nationwide",
        "the ministry has installed filters in every school",
    )
    assert relate(not_fund, no_decision, {})[0] is Relation.CORROBORATES
    assert relate(not_fund, installed, {})[0] is Relation.CONFLICTS  # it does deny an assertion


def test_soldiers_of_two_sides_are_two_groups() -> None:
    tarsovian, halvenian, ten_halvenian, buried = parsed_views(
        "Three Tarsovian soldiers were killed when Halvenian troops crossed the border",
        "one Halvenian soldier had been killed",
        "at least 10 Halvenian soldiers had been killed",
        "the three soldiers killed at the border post would be buried",
    )
    assert relate(tarsovian, halvenian, {})[0] is Relation.CORROBORATES  # no rival tolls
    assert relate(ten_halvenian, buried, {})[0] is Relation.CORROBORATES
    assert relate(halvenian, ten_halvenian, {}) == (
        Relation.CONFLICTS, ("different figures: 1 vs 10 (dead)",),
    )  # fmt: skip


def test_the_people_on_board_are_one_count() -> None:
    around_200, at_least_250, more_than_200, died = parsed_views(
        "around 200 people were on the ferry when it sank",
        "at least 250 people had been on board the ferry",
        "More than 200 passengers were on board",
        "at least 30 people died when the ferry capsized",
    )
    assert (200.0, "aboard") in around_200.reading.counted
    assert relate(around_200, at_least_250, {}) == (
        Relation.CONFLICTS, ("different figures: 200 vs 250 (aboard)",),
    )  # fmt: skip
    assert relate(around_200, more_than_200, {})[0] is Relation.CORROBORATES
    assert relate(died, at_least_250, {})[0] is Relation.CORROBORATES  # the dead are not aboard


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


def test_rates_to_the_tenth_and_shares_of_different_things() -> None:
    fell, was, wages, food = parsed_views(
        "Inflation in Drevna fell to 3.1 percent in April from 3.6 percent in March",
        "inflation was 3.4 percent in April",
        "average wages rose by 2.5 percent in the year to April",
        "food prices had risen by 5 percent",
    )
    assert relate(fell, was, {})[0] is Relation.CONFLICTS  # 3.1 and 3.4: two rates
    assert "people" not in fell.reading.counts  # "in March" is no march
    assert relate(wages, food, {})[0] is Relation.CORROBORATES  # risen: of two things


def test_no_reaches_forward_only() -> None:
    found, no_chemicals = parsed_views(
        "tests had found normal oxygen levels and no pollutants",
        "its tests on Monday found no chemicals above safe levels",
    )
    assert set(found.reading.denied) == {"pollutant"}  # the levels were found
    assert relate(found, no_chemicals, {})[0] is Relation.CORROBORATES


def test_a_figures_words_are_no_words_two_claims_share() -> None:
    lost, aid = parsed_views(
        "it had lost 38 million euros in 2025",
        "Veloran had received 45 million euros in state aid since 2021",
    )
    assert not {"million", "euro"} & set(lost.reading.lemmas)
    assert not set(lost.reading.lemmas) & set(aid.reading.lemmas)
    assert (38_000_000.0, "money") in lost.reading.counted  # still a sum, compared as one


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


def test_a_forecast_or_a_target_is_no_rival_of_what_happened() -> None:
    rose, reached, expected, target = parsed_views(
        "Annual inflation rose to 3.2 percent in March",
        "Inflation reached 3.4 percent in March",
        "Economists polled by Reuters had expected inflation of 3.1 percent",
        "the central bank's target of 2 percent",
    )
    assert relate(rose, reached, {})[0] is Relation.CONFLICTS  # two versions of March
    assert expected.reading.values == () and target.reading.values == ()
    assert relate(rose, expected, {})[0] is Relation.CORROBORATES


def test_of_spans_of_time_of_one_act_only_those_are_compared() -> None:
    sentenced, both = parsed_views(
        "A court sentenced former mayor Goran Petek to 12 years in prison for taking bribes",
        "Goran Petek, who ran Varna for eight years, was sentenced to ten years in prison",
    )
    assert both.reading.span_acts == ((8.0, "run"), (10.0, "sentence"))
    assert relate(sentenced, both, {}) == (
        Relation.CONFLICTS,
        ("different figures: 12 vs 10 (duration)",),
    )  # fmt: skip (not "12 vs 8 / 10": eight years is how long he ran the city)

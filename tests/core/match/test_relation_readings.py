"""How two claims' figures and days meet, read from the parse: one toll given twice
corroborates and two tolls conflict; a part, a group, a yardstick, a range, a span or a
sum is compared only with its like; a fire on Monday and a toll that rose on Wednesday are
two acts, not two days of one."""

from __future__ import annotations

from match_builders import parsed_views

from workbench.core.domain import Relation
from workbench.core.match.relation import relate


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


def test_the_whole_a_part_is_taken_from_is_no_rival_of_the_part() -> None:
    two_of_six, two = parsed_views(
        "1,500 workers had joined the strike and two of the port's six terminals were operating",
        "two terminals were working normally and 1,600 staff were absent",
    )
    assert two_of_six.reading.parts == (2, 6)
    assert relate(two_of_six, two, {})[0] is Relation.CORROBORATES


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


def test_a_figures_words_are_no_words_two_claims_share() -> None:
    lost, aid = parsed_views(
        "it had lost 38 million euros in 2025",
        "Veloran had received 45 million euros in state aid since 2021",
    )
    assert not {"million", "euro"} & set(lost.reading.lemmas)
    assert not set(lost.reading.lemmas) & set(aid.reading.lemmas)
    assert (38_000_000.0, "money") in lost.reading.counted  # still a sum, compared as one


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

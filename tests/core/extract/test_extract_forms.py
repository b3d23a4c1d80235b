"""Less common shapes of attribution in news English, each in sentences of its own.

A figure someone "put at" a number, a speaker in a relative clause who tells
someone something, an outlet other than the article's own, a source's own
source set off in an aside, a second speaker in an "as" clause, and the
parser's misreadings (hyphenated verbs, names with particles) behind some.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract, attributed, by_cue

from workbench.core.domain import QuoteKind, SourceType, Stance


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        (
            "Organisers put the crowd at more than 40,000.",
            "Organisers",
            "the crowd at more than 40,000",
        ),
        ("The union put its membership at 12 percent of the workforce.", "The union", None),
        ("Insurers pegged the damage at $3 billion.", "Insurers", "the damage at $3 billion"),
    ],
)
def test_a_figure_put_at_a_number(
    extract: Extract, text: str, source: str, content: str | None
) -> None:
    claim = attributed(extract(text))[0]
    assert claim.source == source
    assert claim.cue in ("put", "pegged")
    if content is not None:
        assert claim.content == content
    assert claim.numbers


def test_a_figure_put_at_in_a_relative_clause_is_the_antecedents(extract: Extract) -> None:
    text = (
        "The coastguard, which had put the number of missing at 9 by noon, "
        "said on Sunday that all had been found."
    )
    claims = extract(text)
    put = by_cue(claims, "put")
    assert put.source == "The coastguard"
    assert put.content == "the number of missing at 9"
    assert by_cue(claims, "said").content == "all had been found"


def test_a_measure_given_at_a_figure_is_the_measurers(extract: Extract) -> None:
    text = "The geological survey measured the quake at magnitude 6.4."
    measured = by_cue(extract(text), "measured")
    assert (measured.source, measured.content) == (
        "The geological survey", "the quake at magnitude 6.4",
    )  # fmt: skip


@pytest.mark.parametrize(
    "text",
    ["She put the meeting at 3 pm.", "He put the blame at the door of the council."],
)
def test_put_at_a_time_or_a_place_is_no_estimate(extract: Extract, text: str) -> None:
    assert not [c for c in attributed(extract(text)) if c.cue == "put"]


def test_a_speaker_in_a_relative_clause_tells_someone(extract: Extract) -> None:
    text = (
        "The closure came after a complaint by a school nurse who told the council "
        "she had found mould in three classrooms."
    )
    told = by_cue(extract(text), "told")
    assert told.source_resolved == "a school nurse"
    assert told.content == "she had found mould in three classrooms"


def test_a_relative_speaker_denies_something(extract: Extract) -> None:
    denied = by_cue(extract("Police questioned a driver who denied the charges."), "denied")
    assert denied.source_resolved == "a driver"
    assert denied.content == "the charges"


def test_another_outlet_reporting_is_a_source(extract: Extract) -> None:
    text = "Broadcaster KVT reported on Monday that Lindqvist had been re-appointed as coach."
    reported = by_cue(extract(text), "reported")
    assert reported.source == "Broadcaster KVT"
    assert reported.source_type is SourceType.MEDIA
    assert reported.content == "Lindqvist had been re-appointed as coach"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The trust said that the clinic had re-opened after a month.",
            "the clinic had re-opened after a month",
        ),
        (
            "The council reported that the two towns had co-signed the water deal.",
            "the two towns had co-signed the water deal",
        ),
    ],
)
def test_a_hyphenated_verb_stays_in_the_content(extract: Extract, text: str, content: str) -> None:
    assert attributed(extract(text))[0].content == content


def test_a_citing_aside_names_the_sources_source(extract: Extract) -> None:
    text = (
        "The weekly Gazeta do Litoral, citing two harbour pilots, reports that the "
        "ferry ran aground after its radar failed."
    )
    claims = attributed(extract(text))
    assert [c.cue for c in claims] == ["reports"]
    assert claims[0].source == "The weekly Gazeta do Litoral"
    assert claims[0].content == "the ferry ran aground after its radar failed"


def test_an_aside_is_not_part_of_the_source(extract: Extract) -> None:
    text = "The broadcaster, quoting a leaked memo, reported that the mill would close."
    reported = by_cue(extract(text), "reported")
    assert reported.source == "The broadcaster"
    assert reported.content == "the mill would close"


def test_citing_a_reason_after_the_verb_stays_a_claim(extract: Extract) -> None:
    citing = by_cue(extract("The coach resigned on Friday, citing family reasons."), "citing")
    assert citing.content == "family reasons"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Jornal do Porto reported that the mayor would resign.", "Jornal do Porto"),
        ("Ursula von der Leyen told reporters the talks would go on.", "Ursula von der Leyen"),
        ("Mayor Ana de Souza said the market would reopen.", "Mayor Ana de Souza"),
    ],
)
def test_a_name_with_a_particle_is_one_source(extract: Extract, text: str, source: str) -> None:
    assert attributed(extract(text))[0].source == source


def test_a_second_speaker_in_an_as_clause_has_its_own_content(extract: Extract) -> None:
    text = (
        "The mayor said on Tuesday that the bridge would stay shut, as the firm that "
        "built it denied it had ever been told that the cables were worn."
    )
    claims = extract(text)
    assert by_cue(claims, "said").content == "the bridge would stay shut"
    denied = by_cue(claims, "denied")
    assert denied.source.startswith("the firm")
    assert denied.content == "it had ever been told that the cables were worn"


def test_as_reported_still_vouches_for_the_main_clause(extract: Extract) -> None:
    reported = by_cue(extract("As the Herald reported, the inquiry was widened."), "reported")
    assert reported.content == "the inquiry was widened"


def test_a_content_the_parser_began_inside_the_dateline_starts_after_it() -> None:
    from workbench.core.extract.leads import skip_lead

    text = ("Flood toll climbs to 23\n\nPERANSA, Orvalle (HWS) \u2013 The death toll has "
            "risen to 23, the governor said.\n")  # fmt: skip
    end = text.index(", the governor")
    # The parser started the sentence at "Orvalle": the content starts past the dash.
    begun = skip_lead(text, text.index("Orvalle (HWS)"), end)
    assert text[begun:end] == "The death toll has risen to 23"
    whole = text.index("The death")
    assert skip_lead(text, whole, end) == whole
    assert skip_lead(text, text.index("risen"), end) == text.index("risen")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (  # a scene set before the cue: what was said is the clause after it
            "During his seven and a half years in office, Mr. Obama said, a majority of "
            "Americans have come to believe that climate change is real.",
            "a majority of Americans have come to believe that climate change is real",
        ),
        (  # the subject before the cue: the whole sentence is what was said
            "The museum, Mr. Obama said, would make visitors face uncomfortable truths.",
            "The museum, Mr. Obama said, would make visitors face uncomfortable truths",
        ),
    ],
)
def test_a_cue_set_off_inside_the_sentence(extract: Extract, text: str, content: str) -> None:
    claim = by_cue(extract(text), "said")
    assert (claim.source, claim.content) == ("Mr. Obama", content)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "\u201cIt is a dog whistle,\u201d Rep. Gwen Moore (D-Wis.) said on Friday.",
            "Rep. Gwen Moore (D-Wis.)",
        ),
        (
            "Using the capital gains tax is a misguided approach, said Mr. Burman (a view "
            "echoed by everyone I interviewed).",
            "Mr. Burman",
        ),
    ],
)
def test_a_parenthesis_after_a_name_is_closed_or_left_out(
    extract: Extract, text: str, source: str
) -> None:
    assert by_cue(extract(text), "said").source == source


def test_no_sentence_starts_after_a_word(extract: Extract) -> None:
    text = (
        "DuVernay said she felt the 13th Amendment was worth examining because most "
        "people do not know about it."
    )
    claim = by_cue(extract(text), "said")
    assert claim.content == (
        "she felt the 13th Amendment was worth examining because most people do not know about it"
    )


def test_a_that_which_names_something_stays_in_the_content(extract: Extract) -> None:
    claim = by_cue(extract("The senator said that report was wrong."), "said")
    assert claim.content == "that report was wrong"
    claim = by_cue(extract("The senator said that the report was wrong."), "said")
    assert claim.content == "the report was wrong"


def test_a_sentence_may_start_after_a_word_with_its_own_full_stop(extract: Extract) -> None:
    claims = extract("Headline\n\nShe moved to the U.S. The company said sales fell.")
    assert by_cue(claims, "said").content == "sales fell"
    assert [c.content for c in claims if not c.attributed] == ["She moved to the U.S."]


def test_a_quotation_before_a_cue_with_its_own_clause_is_not_its_content(
    extract: Extract,
) -> None:
    claims = extract(
        'Japan branded North Korea an "outlaw nation." Russia insisted that Pyongyang '
        '"stop its dangerous escapades." President Park said Kim\'s mental state is '
        '"spiraling out of control."'
    )
    assert by_cue(claims, "insisted").content.startswith("Pyongyang")
    assert by_cue(claims, "said").content.startswith("Kim's mental state is")
    # a quotation the speaker goes on with after the cue is still theirs
    claims = extract('"I think he will be fair," Trump said during a rally, "but we will see."')
    assert by_cue(claims, "said").content.startswith("I think he will be fair")


def test_a_date_after_a_name_is_when_not_who(extract: Extract) -> None:
    claims = extract("Trump this week also said he would name a new judge.")
    assert by_cue(claims, "said").source == "Trump"
    claims = extract("Lebanese politicians on Friday rejected Syrian accusations of meddling.")
    assert by_cue(claims, "rejected").source == "Lebanese politicians"


def test_a_condition_opening_what_was_said_stays_and_so_does_a_question(
    extract: Extract,
) -> None:
    claims = extract("A spokesman said if the senator won, she would sign the bill.")
    assert by_cue(claims, "said").content == "if the senator won, she would sign the bill"
    claims = extract("Reporters asked whether he would resign.")
    assert by_cue(claims, "asked").content == "whether he would resign"  # a question
    claims = extract("The opposition questioned whether the figures were accurate.")
    assert by_cue(claims, "questioned").content == "whether the figures were accurate"
    # after a verb that is no question, a whether-clause says nothing
    text = "The company said it would say on Monday whether the plant would reopen."
    assert [c.cue for c in attributed(extract(text))] == ["said"]
    doubted = by_cue(extract("The envoy doubted that the ceasefire would hold."), "doubted")
    assert doubted.stance is Stance.DENIES


def test_of_two_subjects_the_speaker_is_the_one_next_to_the_cue(extract: Extract) -> None:
    text = (
        "\u201cMy reaction, that was outrageous,\u201d Obama's former campaign strategist "
        "said in an interview."
    )
    assert by_cue(extract(text), "said").source == "Obama's former campaign strategist"


def test_a_phrase_between_the_cue_and_a_that_less_clause(extract: Extract) -> None:
    said = by_cue(extract("Trump said after the convention he would not accept the offer."), "said")
    assert (said.source, said.content) == ("Trump", "he would not accept the offer")
    # a clause saying when is no content
    text = "Clinton described the deal as the gold standard when she was secretary of state."
    assert all(c.content != "she was secretary of state" for c in extract(text))


def test_a_live_blogs_time_stamp_in_markdown_is_not_what_was_said(extract: Extract) -> None:
    text = "**11:10** Reports that the Vell bridge has collapsed are false, police said."
    said = by_cue(extract(text), "said")
    assert said.content == "Reports that the Vell bridge has collapsed are false"


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        ("The Ministry rejects reports that the outbreak has reached the capital.",
         "The Ministry", "reports that the outbreak has reached the capital"),
        ("The army rejects accusations that it shelled the village.",
         "The army", "accusations that it shelled the village"),
        ("The government dismisses claims that the vote was rigged.",
         "The government", "claims that the vote was rigged"),
    ],
)  # fmt: skip
def test_a_denial_in_the_present_is_a_denial_not_the_report_it_denies(
    extract: Extract, text: str, source: str, content: str
) -> None:
    (claim,) = attributed(extract(f"Background paragraph.\n\n{text}\n"))
    assert (claim.source, claim.content, claim.stance) == (source, content, Stance.DENIES)


@pytest.mark.parametrize(
    "text",
    [
        "The minister was quoted as saying that the army had fired.",
        "The minister was heard saying that the army had fired.",
    ],
)
def test_the_speaker_a_passive_quotes_is_its_subject(extract: Extract, text: str) -> None:
    (claim,) = attributed(extract(text))
    assert (claim.source, claim.content) == ("The minister", "the army had fired")


def test_a_participle_of_saying_after_a_comma_is_a_second_cue(extract: Extract) -> None:
    text = (
        "The port authority disputed that, saying two terminals were working normally and "
        "that fewer than 1,600 staff were absent."
    )
    (claim,) = attributed(extract(text))
    assert (claim.source, claim.cue, claim.stance) == ("The port authority", "saying",
                                                       Stance.ASSERTS)  # fmt: skip
    assert claim.content.startswith("two terminals were working normally")


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        ("Air filters reduced sick days, a study has found.", "a study",
         "Air filters reduced sick days"),
        ("Air filters in classrooms reduced sick days by nearly a fifth, a study by the "
         "University of Lorvik has found, although outside experts said the benefit may have "
         "been overstated.", "a study by the University of Lorvik",
         "Air filters in classrooms reduced sick days by nearly a fifth"),
        ("The University of Lorvik study she cited found a reduction of 18 percent, not half.",
         "The University of Lorvik study she cited", "a reduction of 18 percent, not half"),
    ],
)  # fmt: skip
def test_what_a_study_found_is_the_studys(
    extract: Extract, text: str, source: str, content: str
) -> None:
    found = by_cue(extract(text), "found")
    assert (found.source, found.content) == (source, content)


def test_a_stand_taken_in_a_relative_clause_is_on_its_noun(extract: Extract) -> None:
    text = "The University of Lorvik study she cited found a reduction of 18 percent."
    claims = extract(text)
    cited = by_cue(claims, "cited")
    assert cited.content == "The University of Lorvik study"  # not what the study found
    # the study is keyed by its name, not by who cited it
    assert {"she", "cited"}.isdisjoint(by_cue(claims, "found").source_key.split())


FACT_CHECK = """# Fact check: Is the outbreak contained?

**Claim:** "The outbreak is contained. All cases are linked to one well." (Deputy health \
minister Irena Sokol, 21 August)

**Verdict:** Misleading.

Claim: "Crime has doubled since 2020" - Mayor Eva Brand

Claim: "Vaccines cause autism" (a video shared on social media)

The World Health Organization said it had recorded 52 suspected cases.
"""


def test_a_fact_checks_claim_line_is_its_speakers_claim(extract: Extract) -> None:
    claims = {c.source: c for c in extract(FACT_CHECK) if c.attributed}
    sokol = claims["Deputy health minister Irena Sokol"]
    assert sokol.content == "The outbreak is contained. All cases are linked to one well"
    assert (sokol.cue, sokol.quote) == ("Claim", QuoteKind.DIRECT)
    assert claims["Mayor Eva Brand"].content == "Crime has doubled since 2020"
    assert "The World Health Organization" in claims
    assert not any("Verdict" in c.content or "Misleading" in c.content for c in claims.values())


def test_a_question_heading_is_no_claim_of_the_writers(extract: Extract) -> None:
    text = (
        "# Fact check: Is Drevna's cholera outbreak contained?\n\n"
        "**Verdict:** Misleading. The ministry's figures are out of date.\n\n"
        "The World Health Organization said it had recorded 52 suspected cases.\n"
    )
    own = [c.content for c in extract(text) if not c.attributed]
    assert not any("contained" in content for content in own)  # a question, and its blank line


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        ("A viral post claims that the vaccine contains microchips.",
         "A viral post", "the vaccine contains microchips"),
        ("A video shared on TikTok claims that the dam burst at night.",
         "A video shared on TikTok", "the dam burst at night"),
    ],
)  # fmt: skip
def test_a_post_that_claims_is_a_source_though_the_parser_reads_a_noun(
    extract: Extract, text: str, source: str, content: str
) -> None:
    said = by_cue(extract(text), "claims")
    assert (said.source, said.content) == (source, content)


def test_claims_with_a_verb_of_their_own_stay_a_noun(extract: Extract) -> None:
    claims = extract(
        "The claims that the vaccine contains microchips are false, the ministry said."
    )
    assert [c.cue for c in claims] == ["said"]


def test_a_clause_saying_when_is_not_what_was_said(extract: Extract) -> None:
    text = (
        "Recorded crime fell 6 percent in the year to June, the national statistics office "
        "said on Monday, a day after Prime Minister Anton Rehn told his party that crime had "
        "fallen by 20 percent."
    )
    said = by_cue(extract(text), "said")
    assert said.content == "Recorded crime fell 6 percent in the year to June"
    assert by_cue(extract(text), "told").content == "crime had fallen by 20 percent"

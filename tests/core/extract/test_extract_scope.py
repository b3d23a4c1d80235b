"""Where a content starts and ends, and whose it is, when attributions crowd a sentence."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, attributed, by_cue

from workbench.core.domain import Extraction, QuoteKind
from workbench.core.extract.leads import skip_lead

COMPLEMENTIZERS = ("that", "whether", "if")


def _source_inside(claim: Extraction) -> bool:
    return claim.content_start <= claim.source_start < claim.content_end


def test_trailing_according_to_takes_the_clause_before_it(extract: Extract) -> None:
    text = (
        "In the south, about 900 families crossed the river on Monday to escape the "
        "shelling of the village of Kfar Dina, according to Samir Haddad, the mayor of a "
        "nearby town.\n\n"
        '"Every school is full. We need tents," he said by telephone.'
    )
    claims = extract(text)
    according = by_cue(claims, "according to")
    assert according.source.startswith("Samir Haddad")
    assert according.content.startswith("In the south, about 900 families crossed")
    assert [n.value for n in according.numbers] == [900]
    # the quotation of the next paragraph is his, through "he said", not the phrase's
    said = by_cue(claims, "said")
    assert said.content == "Every school is full. We need tents"
    assert said.quote is QuoteKind.DIRECT
    assert said.source_resolved.startswith("Samir Haddad")


def test_quote_after_a_colon_across_a_line_break_is_still_introduced(extract: Extract) -> None:
    text = 'The mayor said:\n\n"We need tents and blankets for everyone."'
    claim = by_cue(extract(text), "said")
    assert claim.content == "We need tents and blankets for everyone"


def test_clause_of_a_name_taken_for_a_verb(extract: Extract) -> None:
    text = (
        "The ministry said in a statement carried by the official agency KUNA that rebels "
        "had attacked the airport and two police stations."
    )
    claims = attributed(extract(text))
    said = by_cue(claims, "said")
    assert said.source == "The ministry"
    assert said.content == "rebels had attacked the airport and two police stations"
    for claim in claims:
        words = claim.content.split()
        assert words[-1].lower() not in COMPLEMENTIZERS, claim
        assert "KUNA that" not in claim.content
        assert not _source_inside(claim) or claim.quote is QuoteKind.DIRECT


def test_said_in_a_statement_that(extract: Extract) -> None:
    claim = by_cue(extract("The army said in a statement that it had sent more troops."), "said")
    assert (claim.source, claim.content) == ("The army", "it had sent more troops")


def test_subject_of_the_next_clause_is_not_taken_into_the_content(extract: Extract) -> None:
    # The parser joins "European governments" to "sanctions" and leaves "will
    # discuss" without a subject; nouns really joined stay in.
    text = (
        "Karvia says it is considering tightening sanctions and European governments will "
        "discuss Belmora on Friday. Officials said the rebels and the army clashed."
    )
    claims = attributed(extract(text))
    assert by_cue(claims, "says").content == "it is considering tightening sanctions"
    assert by_cue(claims, "said").content == "the rebels and the army clashed"


def test_quoted_words_opening_the_content_keep_both_marks(extract: Extract) -> None:
    text = 'The government blamed "armed gangs" for six weeks of bloodshed in Ostrava.'
    claim = by_cue(extract(text), "blamed")
    assert claim.content == '"armed gangs" for six weeks of bloodshed in Ostrava'
    assert text[claim.content_start : claim.content_end] == claim.content


def test_nested_attribution_stays_inside_the_outer_content(extract: Extract) -> None:
    text = (
        "The paper reported that, in one letter, the mayor described how he had lost "
        "the keys to the archive."
    )
    claims = extract(text)
    outer = by_cue(claims, "reported")
    inner = by_cue(claims, "described")
    assert outer.source == "The paper"
    assert outer.content == (
        "in one letter, the mayor described how he had lost the keys to the archive"
    )
    assert inner.source == "the mayor"
    assert inner.content == "how he had lost the keys to the archive"


def test_coordinated_cue_after_a_reported_clause_is_the_reporters(extract: Extract) -> None:
    text = (
        "The ministry said 37 people had died in the clashes, most of them police officers, "
        "and blamed foreign agents for the violence."
    )
    claims = extract(text)
    said = by_cue(claims, "said")
    blamed = by_cue(claims, "blamed")
    assert said.content == "37 people had died in the clashes, most of them police officers"
    assert (blamed.source, blamed.content) == ("The ministry", "foreign agents for the violence")


def test_participle_after_a_reported_clause_is_the_reporters(extract: Extract) -> None:
    text = (
        "The army said its posts had come under fire near the border, rejecting reports "
        "that soldiers had shot at civilians."
    )
    rejecting = by_cue(extract(text), "rejecting")
    assert rejecting.source == "The army"
    assert rejecting.content == "reports that soldiers had shot at civilians"


def test_embedded_subject_keeps_its_own_participle(extract: Extract) -> None:
    text = (
        "Officials said protesters gathered outside, chanting slogans and saying the vote "
        "was rigged."
    )
    saying = by_cue(extract(text), "saying")
    assert saying.source == "protesters"


def test_asked_names_the_one_asked_not_the_asker(extract: Extract) -> None:
    claims = extract("Asked whether the plan would work, most of the farmers said it would not.")
    assert all(c.cue.lower() != "asked" for c in claims)


def test_source_in_mid_sentence_is_cut_out_of_the_content(extract: Extract) -> None:
    text = (
        "About 900 families crossed the river on Monday, border police said, fleeing the shelling."
    )
    claim = by_cue(extract(text), "said")
    assert claim.source == "border police"
    assert claim.content == "About 900 families crossed the river on Monday"
    assert not _source_inside(claim)


def test_clause_split_by_its_attribution_is_kept_whole(extract: Extract) -> None:
    # one contiguous span cannot leave the source out without losing subject or verb
    claim = by_cue(extract("The new bridge, the engineer said, would open in May."), "said")
    assert claim.content == "The new bridge, the engineer said, would open in May"


@pytest.mark.parametrize(
    ("text", "first_words"),
    [
        (
            "BEIRUT, May 3 (Harbour News) - About 40 people were hurt in a fire at the port, "
            "the civil defence said.",
            "About 40 people",
        ),
        (
            "PORT SALEM, Vardania \u2013 Some 300 workers walked out on Friday, the union said.",
            "Some 300 workers",
        ),
        ("(Harbour News) - Two ferries sank overnight, the coast guard said.", "Two ferries"),
        ("PORT SALEM: Two ferries sank overnight, the coast guard said.", "Two ferries"),
    ],
)
def test_dateline_is_not_part_of_the_content(extract: Extract, text: str, first_words: str) -> None:
    claim = by_cue(extract(text), "said")
    assert claim.content.startswith(first_words)


def test_markdown_heading_marks_are_not_part_of_a_claim(extract: Extract) -> None:
    text = (
        "# Strike spreads\n\n"
        "## Two hundred dockers walked out on Wednesday in the northern port\n\n"
        "The union said 500 more workers would join them on Monday."
    )
    claims = extract(text, "Harbour News")
    assert claims
    assert all(not c.content.startswith("#") for c in claims)
    assert any(c.content.startswith("Two hundred dockers") for c in claims)


@pytest.mark.parametrize(
    ("text", "start", "expected"),
    [
        ("AMMAN, April 28 (Levant Wire) - Troops moved in.", 0, "Troops moved in."),
        ("x\n## Subhead here", 2, "Subhead here"),
        ("x\n### WADI KHALED, Lebanon \u2013 Families fled.", 2, "Families fled."),
        ("He said BEIRUT - is far.", 8, "BEIRUT - is far."),  # not at a line start
        ("US officials said the talks - held in May - failed.", 0, "US officials said"),
    ],
)
def test_skip_lead(text: str, start: int, expected: str) -> None:
    assert text[skip_lead(text, start, len(text)) :].startswith(expected)


def test_whose_clause_claims_its_object_not_the_owner(extract: Extract) -> None:
    text = (
        "Diplomats said the walkout was symbolic for Mirescu, whose party claims some "
        "400,000 members."
    )
    claims = by_cue(extract(text), "claims")
    assert claims.content == "some 400,000 members"
    assert [n.value for n in claims.numbers] == [400000]


def test_quote_resumed_after_an_aside_in_the_same_sentence(extract: Extract) -> None:
    text = (
        '"Every time you say that," the senator said, turning to the committee, '
        '"you make our case for us."'
    )
    said = by_cue(extract(text), "said")
    assert said.content.startswith("Every time you say that")
    assert said.content.endswith("you make our case for us")
    assert said.quote is QuoteKind.DIRECT


def test_quote_after_a_full_stop_is_not_resumed(extract: Extract) -> None:
    text = '"We will win," the coach said on Friday. "Nobody believes it," a fan replied.'
    claims = extract(text)
    assert by_cue(claims, "said").content == "We will win"
    assert by_cue(claims, "replied").content == "Nobody believes it"


def test_participle_after_a_cue_does_not_take_its_quote(extract: Extract) -> None:
    text = '"We will win," the coach said, adding that the team was ready.'
    claims = extract(text)
    assert by_cue(claims, "said").content == "We will win"
    adding = by_cue(claims, "adding")
    assert (adding.source, adding.content) == ("the coach", "the team was ready")


def test_stance_verb_inside_reported_speech_is_part_of_it(extract: Extract) -> None:
    claims = extract("The ministry said gangs had attacked two police stations in the north.")
    assert [c.cue for c in attributed(claims)] == ["said"]
    # reported by the writer, the same verb is a stance of its own
    attacked = by_cue(extract("Critics attacked the plan as reckless."), "attacked")
    assert (attacked.source, attacked.content) == ("Critics", "the plan as reckless")


def test_the_writers_comparison_with_another_account_is_not_the_content(extract: Extract) -> None:
    # The account cited after "contradicting" is the company's, not the researchers'
    # claim: kept in, it read as their denial that bank details were taken.
    text = (
        "Researchers at Skadi Labs said on Friday that the records contained the bank "
        "account numbers of at least 2 million customers, contradicting the company's "
        "statement that no bank details had been taken."
    )
    said = by_cue(extract(text), "said")
    assert said.content == (
        "the records contained the bank account numbers of at least 2 million customers"
    )


def test_a_time_phrase_and_its_relative_clause_are_not_what_was_told(extract: Extract) -> None:
    text = (
        "A Vantis spokeswoman said the company had informed the medicines agency "
        '"the same day" it confirmed the contamination.'
    )
    claims = {c.cue: c for c in attributed(extract(text))}
    assert set(claims) == {"said", "confirmed"}  # informing the agency told it nothing quoted
    assert claims["confirmed"].content == "the contamination"  # not the quoted "the same day"
    # a time phrase that dates the telling leaves the clause after it what was told
    told = by_cue(extract("The mayor told residents the next morning the dam had held."), "told")
    assert told.content == "the dam had held"


def test_an_act_of_saying_put_off_is_no_claim(extract: Extract) -> None:
    for text in (
        "The company denied that it had delayed reporting the problem.",
        "The authority said it would examine whether Velta had waited too long to report the "
        "breach.",
    ):
        assert len(attributed(extract(text))) == 1  # the denial or the statement alone
    tried = extract("Diplomats said Damascus was trying to blame Lebanon for the crisis.")
    assert by_cue(tried, "blame").content == "Lebanon for the crisis"  # what is tried is said


def test_a_closing_clause_of_when_is_not_part_of_what_was_denied(extract: Extract) -> None:
    denied = by_cue(extract("The former mayor denied taking bribes as the trial opened."), "denied")
    assert denied.content == "taking bribes"
    theirs = by_cue(extract("He denied the claims, which surfaced as the vote neared."), "denied")
    assert theirs.content == "the claims, which surfaced as the vote neared"  # the claims' own


def test_a_headlines_question_for_the_reader_is_no_claim(extract: Extract) -> None:
    text = "Cardiol recall: what we know\n\nThe agency said four batches were affected."
    assert [c.cue for c in attributed(extract(text))] == ["said"]
    said = by_cue(extract("He said what we know is limited."), "said")
    assert said.content == "what we know is limited"  # a clause that says something

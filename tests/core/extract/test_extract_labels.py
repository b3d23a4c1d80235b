"""Who speaks named by a label and a colon: headlines and interview transcripts."""

from __future__ import annotations

from extract_helpers import Extract, attributed

from workbench.core.domain import Extraction, QuoteKind, SourceType

TRANSCRIPT = """Novak: Ferry Strike Will End Before the Harvest Festival

Harbour minister Anna Novak said on Sunday that the strike would end soon.

Partial transcript as follows:

"HOST: Let's start with the strike. Will the ferries sail on Monday?

NOVAK: The ferries will sail on Monday, and the dockers will be paid in full.

HOST: The union says the offer is an insult.

NOVAK: We have offered them more than any government before us.
"""


def _labelled(claims: list[Extraction]) -> list[tuple[str, str, QuoteKind]]:
    return [(c.source, c.content, c.quote) for c in claims if c.cue == ":"]


def test_a_transcript_gives_each_turn_to_its_speaker(extract: Extract) -> None:
    turns = _labelled(extract(TRANSCRIPT))
    assert turns[1:] == [
        ("HOST", "Let's start with the strike. Will the ferries sail on Monday?", QuoteKind.DIRECT),
        ("NOVAK", "The ferries will sail on Monday, and the dockers will be paid in full",
         QuoteKind.DIRECT),
        ("HOST", "The union says the offer is an insult", QuoteKind.DIRECT),
        ("NOVAK", "We have offered them more than any government before us", QuoteKind.DIRECT),
    ]  # fmt: skip


def test_a_headline_label_naming_someone_in_the_story_is_its_speaker(extract: Extract) -> None:
    (headline, *_) = _labelled(extract(TRANSCRIPT))
    assert headline[:2] == ("Novak", "Ferry Strike Will End Before the Harvest Festival")
    polled = extract("Poll: Most Dockers Back the Strike\n\nA union poll found most back it.\n")
    assert _labelled(polled) == [("Poll", "Most Dockers Back the Strike", QuoteKind.INDIRECT)]


def test_datelines_rubrics_headings_and_tables_are_no_speakers(extract: Extract) -> None:
    text = """Little Relief for Harbour Workers: The strike is in its third week.

PORT SALEM: The ferries stayed in port on Monday, the coast guard said.

UPDATE: This story has been updated with the union's reply.

Novak: 46 percent

Novak: Now or never

Location: the northern quay near the old fish market

Harbour minister Anna Novak told reporters the ferries would sail soon.
"""
    claims = extract(text)
    assert _labelled(claims) == []  # though the story names Novak
    (said,) = [c for c in claims if c.cue == "said"]
    assert said.content.startswith("The ferries stayed")


def test_one_label_in_capitals_is_no_transcript(extract: Extract) -> None:
    text = "HOST: Welcome to the harbour report.\n\nThe ferries sailed on Monday.\n"
    assert _labelled(extract(text)) == []


def test_a_label_resolves_to_the_person_the_story_names(extract: Extract) -> None:
    claims = [c for c in extract(TRANSCRIPT) if c.cue == ":"]
    # The headline too, though the story names her role only after it.
    novak = [c for c in claims if c.source.lower() == "novak"]
    assert {(c.source_resolved, c.source_type) for c in novak} == {
        ("Harbour minister Anna Novak", SourceType.GOVERNMENT)
    }
    assert {c.source_resolved for c in claims if c.source == "HOST"} == {"HOST"}


def test_a_turn_runs_on_over_its_paragraphs_until_the_next_speaker(extract: Extract) -> None:
    text = """Transcript of the harbour debate.

HOST: Will the ferries sail on Monday?

NOVAK: They will sail.

The dockers will be paid in full, every one of them.

(CROSSTALK)

HOST: Minister, one last question about the fares.

NOVAK: Fares stay as they are this year.

The union will now hold its vote on Friday.
"""
    turns = [(c.source, c.content) for c in extract(text) if c.cue == ":"]
    assert turns == [
        ("HOST", "Will the ferries sail on Monday?"),
        ("NOVAK", "They will sail.\n\nThe dockers will be paid in full, every one of them"),
        ("HOST", "Minister, one last question about the fares"),
        # The last turn keeps to its line: the article may resume after a transcript.
        ("NOVAK", "Fares stay as they are this year"),
    ]


def test_a_roundup_label_before_a_whole_quotation_speaks(extract: Extract) -> None:
    text = (
        "Flood: what they said\n\n"
        "DORVA, Keldia, May 4 (Test Wire) - Reactions to the flood in Dorva.\n\n"
        'Keldian Red Cross: "Our volunteers have reached 2,000 people."\n\n'
        'Mayor Eva Brand: "The dam was inspected last year."\n'
    )
    sources = {c.source: c.source_type for c in attributed(extract(text))}
    assert sources == {
        "Keldian Red Cross": SourceType.INTERNATIONAL_ORG,
        "Mayor Eva Brand": SourceType.GOVERNMENT,
    }


def test_a_speaker_labelled_in_full_then_by_surname_has_two_turns(extract: Extract) -> None:
    text = """Transcript of the press conference.

MINISTER KARLOV: The situation is under control. Twelve people were injured.
REPORTER: Were any of them police officers?
KARLOV: Three of them were police officers.
"""
    turns = [(c.source, c.source_resolved, c.content) for c in extract(text) if c.cue == ":"]
    assert turns == [
        ("MINISTER KARLOV", "MINISTER KARLOV",
         "The situation is under control. Twelve people were injured"),
        ("KARLOV", "MINISTER KARLOV", "Three of them were police officers"),
    ]  # fmt: skip


def test_a_label_with_its_outlet_in_brackets_is_a_speaker_who_ends_a_turn(
    extract: Extract,
) -> None:
    text = """Transcript of the press conference.

EVA KRAL: We were not informed in advance of the layoffs.

REPORTER (National Radio): The company says it told you on May 8. Is that true?

EVA KRAL: We have no record of any notice before May 11.

REPORTER (Business Daily): Will the government offer subsidies?

EVA KRAL: No. We will not pay subsidies to keep these jobs.
"""
    turns = [c.content for c in extract(text) if c.source == "EVA KRAL"]
    assert turns == [
        "We were not informed in advance of the layoffs",
        "We have no record of any notice before May 11",
        "No. We will not pay subsidies to keep these jobs",
    ]


def test_a_speaker_with_a_role_in_brackets_speaks_once_among_other_turns(
    extract: Extract,
) -> None:
    text = """Transcript: Valrail press conference

MAREK SOVA (Valrail chief executive): Our data recorder shows the train was within the limit.

QUESTION: The minister said the train was doing 140.

SOVA: The figure of 140 is wrong.

ANNA BERG (Valrail safety director): We found a broken rail fastening before the bend.
"""
    turns = [(c.source, c.source_resolved) for c in extract(text) if c.cue == ":"]
    assert turns == [
        ("MAREK SOVA (Valrail chief executive)", "MAREK SOVA (Valrail chief executive)"),
        ("SOVA", "MAREK SOVA (Valrail chief executive)"),
        ("ANNA BERG (Valrail safety director)", "ANNA BERG (Valrail safety director)"),
    ]

"""Less common shapes of attribution in news English, each in sentences of its own.

A figure someone "put at" a number, a speaker in a relative clause who tells
someone something, an outlet other than the article's own, a source's own
source set off in an aside, a second speaker in an "as" clause, and the
parser's misreadings (hyphenated verbs, names with particles) behind some.
"""

from __future__ import annotations

from extract_helpers import Extract, by_cue


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

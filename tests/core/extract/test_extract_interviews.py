"""Interviews printed as questions and answers: each answer is the interviewee's claim,
in their own words, given to the question before it."""

from __future__ import annotations

from extract_helpers import Extract, attributed

from workbench.core.domain import QuoteKind, SourceType

INTERVIEW = """Tomas Reyes, 52, has fished out of Porto Vell for thirty years. He spoke to \
Harbour Weekly the day after the storm.

**Were you warned?**
No. Nobody came to the harbour. I heard about the evacuation from my neighbour at midnight.

**The mayor says 2,300 people were moved to shelters. Did you go?**
I went, but the school was full.

**What about the bridge?**
It is standing. I drove over it this morning.
"""


def test_each_answer_is_the_interviewees_given_to_its_question(extract: Extract) -> None:
    claims = extract(INTERVIEW)
    answers = [c for c in claims if c.source == "Tomas Reyes"]
    assert [(c.cue, c.content) for c in answers] == [
        ("Were you warned?", "No. Nobody came to the harbour. I heard about the evacuation "
                             "from my neighbour at midnight"),
        ("The mayor says 2,300 people were moved to shelters. Did you go?",
         "I went, but the school was full"),
        ("What about the bridge?", "It is standing. I drove over it this morning"),
    ]  # fmt: skip
    assert {(c.quote, c.source_type) for c in answers} == {(QuoteKind.DIRECT, SourceType.WITNESS)}
    # the claim inside a question is the mayor's; the introduction's own sentence stays
    assert any(c.source == "The mayor" for c in claims)
    own = {c.content for c in claims if not c.attributed}
    assert own == {"Tomas Reyes, 52, has fished out of Porto Vell for thirty years",
                   "He spoke to Harbour Weekly the day after the storm"}  # fmt: skip


def test_q_and_a_lines_answer_for_the_person_the_tagger_missed(extract: Extract) -> None:
    text = (
        "An interview with Mayor Eva Brand of Dorva.\n\n"
        "Q: Did the army fire on the crowd?\nA: No. We saw only tear gas, I was there.\n\n"
        "Q: How many were arrested?\nA: About 200, and we released most of them.\n"
    )
    answers = [(c.source, c.content) for c in attributed(extract(text))]
    assert answers == [
        ("Mayor Eva Brand", "No. We saw only tear gas, I was there"),
        ("Mayor Eva Brand", "About 200, and we released most of them"),
    ]


def test_an_explainers_headings_are_answered_by_the_writer(extract: Extract) -> None:
    text = (
        "Cholera has spread in Drevna, where Dr. Mira Tolvan heads the health department.\n\n"
        "**How many have died?**\nThe toll stands at nine, according to the department.\n\n"
        "**Has it reached Orsk?**\nTwo cases were reported at the city hospital on Friday.\n"
    )
    assert not any(c.source == "Dr. Mira Tolvan" for c in extract(text))


def test_an_answer_is_read_with_the_question_it_answers(extract: Extract) -> None:
    from workbench.core.domain import Claim
    from workbench.core.match.reading import sentence_span

    said = [c for c in extract(INTERVIEW) if c.source == "Tomas Reyes"][-1]
    start, end = sentence_span(INTERVIEW, Claim(1, 1, said, "unverified"))
    assert (
        INTERVIEW[start:end]
        == "What about the bridge?**\nIt is standing. I drove over it this morning."
    )


def test_a_question_of_marks_alone_is_still_an_answers_cue(extract: Extract) -> None:
    text = (
        "An interview with Tomas Reyes, a fisherman.\n\n"
        "Q: ?\nA: I was there, we all were.\n\nQ: ??\nA: I saw the water rise, I ran.\n"
    )
    answers = [(c.cue, c.content) for c in attributed(extract(text))]
    assert answers == [("?", "I was there, we all were"), ("?", "I saw the water rise, I ran")]


UNION_LEADER = """Paul Dressler has represented the workers at the Tessin plant for twelve \
years. We spoke to him the day after the closure was announced.

**How did you learn of the closure?**

From the radio, like everyone else. Nobody spoke to the works council before Monday.

**The company says about 1,400 jobs will go. Is that the real number?**

At the plant there are 1,650 people on the payroll, not 1,400. The company leaves out the \
agency workers. We estimate at least 3,000 jobs in the region.

**Ms Varga says everyone will be offered a transfer to Breda.**

Breda is 900 kilometres away. Most of our members have families here.
"""


def test_a_claim_inside_an_answer_leaves_the_rest_of_the_answer_the_interviewees(
    extract: Extract,
) -> None:
    claims = extract(UNION_LEADER)
    his = [(c.cue, c.content) for c in claims if c.source_resolved == "Paul Dressler"]
    assert ("The company says about 1,400 jobs will go. Is that the real number?",
            "At the plant there are 1,650 people on the payroll, not 1,400. The company "
            "leaves out the agency workers") in his  # fmt: skip
    assert ("estimate", "at least 3,000 jobs in the region") in his  # "we": the interviewee
    # a prompt in bold without a question mark is the interviewer's turn all the same
    prompt = "Ms Varga says everyone will be offered a transfer to Breda."
    assert (prompt, "Breda is 900 kilometres away. Most of our members have families here") in his
    assert not any(c.content.startswith("Breda") for c in claims if not c.attributed)

"""Pronouns, anonymous sources, source types and the article's own voice."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, attributed, by_cue

from workbench.core.domain import SourceType, Stance
from workbench.core.extract.source_types import classify


def test_pronoun_resolves_to_the_earlier_speaker(extract: Extract) -> None:
    text = "Oxfam director Jane Smith said the camp was full. She added that water was running out."
    claim = by_cue(extract(text), "added")
    assert claim.source == "She"
    assert claim.source_resolved == "Oxfam director Jane Smith"
    assert claim.source_type is SourceType.NGO
    assert not claim.anonymous


def test_he_said_after_a_quote_resolves_past_names_inside_the_quote(extract: Extract) -> None:
    text = (
        "One diplomat said the army was split. "
        '"Nobody thinks Assad will fall soon, but it is a sign of weakness," he said.'
    )
    claim = [c for c in attributed(extract(text)) if c.source == "he"][0]
    assert claim.source_resolved == "One diplomat"
    assert claim.source_type is SourceType.DIPLOMAT
    assert claim.anonymous


def test_plural_pronoun_resolves_to_the_accused(extract: Extract) -> None:
    text = (
        "Syria has accused politicians in Lebanon of fomenting violence, "
        "allegations they have denied."
    )
    claims = extract(text)
    accused = by_cue(claims, "accused")
    assert accused.content == "politicians in Lebanon of fomenting violence"
    denied = by_cue(claims, "denied")
    assert (denied.source, denied.content) == ("they", "allegations")
    assert "politicians" in denied.source_resolved
    assert denied.source_type is SourceType.POLITICIAN


def test_surname_resolves_to_the_full_name(extract: Extract) -> None:
    text = (
        "Foreign Minister Kevin Rudd said sanctions were needed. "
        "Rudd said the envoy should go to Damascus."
    )
    claims = [c for c in attributed(extract(text)) if c.source == "Rudd"]
    assert [c.source_resolved for c in claims] == ["Foreign Minister Kevin Rudd"]


@pytest.mark.parametrize(
    ("text", "source", "source_type"),
    [
        ("Diplomats said the talks had stalled.", "Diplomats", SourceType.DIPLOMAT),
        ("One diplomat said the envoy would resign.", "One diplomat", SourceType.DIPLOMAT),
        (
            "Sources close to the army said troops were moving.",
            "Sources close to the army",
            SourceType.MILITARY_SECURITY,
        ),
        (
            "Officials who declined to be named said the border was closed.",
            "Officials who declined to be named",
            SourceType.GOVERNMENT,
        ),
        ("A rights group said the prisoners had been tortured.", "A rights group", SourceType.NGO),
        ("Witnesses said the convoy was hit twice.", "Witnesses", SourceType.WITNESS),
    ],
)
def test_anonymous_sources(
    extract: Extract, text: str, source: str, source_type: SourceType
) -> None:
    [claim] = attributed(extract(text))
    assert claim.source == source
    assert claim.anonymous
    assert claim.source_type is source_type
    assert claim.source_resolved == source


def test_named_state_is_a_government_source(extract: Extract) -> None:
    [claim] = attributed(extract("The United States says it is considering new sanctions."))
    assert claim.source == "The United States"
    assert claim.source_type is SourceType.GOVERNMENT
    assert not claim.anonymous


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        ("the Interior Ministry", SourceType.GOVERNMENT),
        ("UN envoy Kofi Annan", SourceType.INTERNATIONAL_ORG),
        ("WHO", SourceType.INTERNATIONAL_ORG),
        ("people who fled", SourceType.OTHER),
        ("the state news agency", SourceType.MEDIA),
        ("Lebanese security sources", SourceType.MILITARY_SECURITY),
        ("an analyst at a London think tank", SourceType.EXPERT),
        ("a company spokesman", SourceType.COMPANY),
        ("opposition activists", SourceType.OPPOSITION),
        ("Senator Jane Doe", SourceType.POLITICIAN),
        ("residents", SourceType.WITNESS),
    ],
)
def test_classify_by_lexicon(mention: str, expected: SourceType) -> None:
    assert classify(mention) is expected


def test_classify_falls_back_on_entities() -> None:
    assert classify("France", frozenset({"GPE"})) is SourceType.GOVERNMENT
    assert classify("Bob Smith", frozenset({"PERSON"})) is SourceType.OTHER


def test_own_voice_statements(extract: Extract) -> None:
    text = (
        "Rebels seized the town of Qusair on Tuesday. The upheaval could have major repercussions."
    )
    claims = extract(text, outlet="Daily Planet")
    assert [c.content for c in claims] == ["Rebels seized the town of Qusair on Tuesday"]
    [claim] = claims
    assert not claim.attributed
    assert claim.source == "" and claim.cue == ""
    assert claim.source_start == claim.source_end == claim.content_start
    assert claim.cue_start == claim.cue_end == claim.content_start
    assert claim.source_resolved == "Daily Planet"
    assert claim.source_type is SourceType.MEDIA
    assert not claim.anonymous


def test_own_voice_defaults_to_the_article(extract: Extract) -> None:
    claims = extract("Two hundred members of the party resigned on Wednesday.")
    assert [c.source_resolved for c in claims] == ["the article"]
    assert claims[0].numbers[0].value == 200


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Members of Vardania's ruling Renewal Party quit. The Renewal Party said the "
            "resignations changed nothing.",
            SourceType.GOVERNMENT,
        ),
        (
            "Two hundred members of the ruling party resigned. The Renewal Party said the "
            "resignations changed nothing.",
            SourceType.GOVERNMENT,
        ),
        (
            "The ruling Renewal Party lost seats. The Green Party said the vote was rigged.",
            SourceType.POLITICIAN,
        ),
        ("The Green Party said the vote was rigged.", SourceType.POLITICIAN),
    ],
)
def test_party_in_power_speaks_for_the_government(
    extract: Extract, text: str, expected: SourceType
) -> None:
    claim = by_cue(extract(text), "said")
    assert claim.source_type is expected


@pytest.mark.parametrize(
    "mention",
    [
        "Nadim Saab, a member of parliament for the Akkar district",
        "His parliamentary bloc",
        "a member of Congress from Ohio",
    ],
)
def test_members_of_parliament_are_politicians(mention: str) -> None:
    assert classify(mention) is SourceType.POLITICIAN


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Doctors Without Borders said 14 people had died.", SourceType.NGO),
        ("The Norwegian Refugee Council said 3,000 people fled.", SourceType.NGO),
        ("Doctors at the clinic said 14 people had died.", SourceType.WITNESS),
    ],
)
def test_a_body_named_in_capitals_is_typed_by_its_name(
    extract: Extract, text: str, expected: SourceType
) -> None:
    assert by_cue(extract(text), "said").source_type is expected


def test_a_speaker_the_parser_hung_on_the_content_as_an_apposition(extract: Extract) -> None:
    text = "Two patients were being treated at Orsk's main hospital, a nurse there said."
    claim = by_cue(extract(text), "said")
    assert (claim.source, claim.content) == (
        "a nurse there", "Two patients were being treated at Orsk's main hospital"
    )  # fmt: skip
    text = (
        '"At no point did ammonia levels outside the plant exceed the 25 ppm safety limit," '
        "the plant's director, Radovan Kuchar, told reporters at the gate."
    )
    claim = by_cue(extract(text), "told")  # the name an apposition of the apposition
    assert (claim.source, claim.content) == (
        "the plant's director, Radovan Kuchar",
        "At no point did ammonia levels outside the plant exceed the 25 ppm safety limit",
    )


def test_a_clause_saying_when_is_not_what_was_said(extract: Extract) -> None:
    text = "The toll was higher than officials admitted, as the outbreak entered its third week."
    assert not attributed(extract(text))


def test_a_company_named_for_its_trade_is_a_company(extract: Extract) -> None:
    for text in ("Halden Textiles said 200 jobs would go.",
                 "A spokeswoman for Halden Textiles said the plant would close."):  # fmt: skip
        assert by_cue(extract(text), "said").source_type is SourceType.COMPANY


def test_a_price_asked_is_not_a_question(extract: Extract) -> None:
    claims = extract(
        "Skadi Labs said the seller was asking $150,000 for the full set of records, which it "
        "estimated at 35 million customers."
    )
    assert [c.cue for c in attributed(claims)] == ["said", "estimated"]
    assert by_cue(claims, "said").content.startswith("the seller was asking $150,000")
    # and the estimate made in the relative clause keeps its figure
    assert by_cue(claims, "estimated").content.endswith("at 35 million customers")


@pytest.mark.parametrize(
    ("text", "source_type"),
    [
        ("Former mayor Ines Korda said the town had never been told.", SourceType.POLITICIAN),
        ("A former interior minister said the police had lost control.", SourceType.POLITICIAN),
        ("A retired general said the army could not hold the pass.", SourceType.EXPERT),
        ("Mayor Ines Korda said the town had never been told.", SourceType.GOVERNMENT),
    ],
)
def test_a_former_office_holder_no_longer_speaks_for_the_state(
    extract: Extract, text: str, source_type: SourceType
) -> None:
    assert by_cue(extract(text), "said").source_type is source_type


@pytest.mark.parametrize(
    "text",
    [
        "Fact check\n\nA post shared more than 40,000 times on social media says the "
        "reservoir has been poisoned.",
        "Coastal Fact Desk, 20 October 2026\n\nClaim: A post shared more than 40,000 times "
        "on social media says the reservoir has been poisoned.",
    ],
)
def test_a_post_shared_many_times_is_the_source_of_what_it_says(
    extract: Extract, text: str
) -> None:
    post = by_cue(extract(text), "says")
    assert (post.source, post.content) == ("A post", "the reservoir has been poisoned")


def test_a_duty_to_report_is_no_report(extract: Extract) -> None:
    assert not attributed(extract("Companies must report breaches within 72 hours under the law."))
    assert not attributed(extract("Congress should require candidates to disclose their taxes."))
    (said,) = attributed(extract("I must tell you that a bomb went off in New York."))
    assert said.content == "a bomb went off in New York"  # a saying, not a duty


def test_an_answer_to_the_question_before_claims_what_was_asked(extract: Extract) -> None:
    text = "Were passwords stolen? TeleNord says no. Was the regulator told? The company says yes."
    no, yes = attributed(extract(text))
    assert (no.source, no.cue, no.content, no.stance) == (
        "TeleNord", "says no", "Were passwords stolen", Stance.DENIES
    )  # fmt: skip
    assert (yes.cue, yes.content, yes.stance) == (
        "says yes",
        "Was the regulator told",
        Stance.ASSERTS,
    )
    (said,) = attributed(extract("The minister says no decision has been taken."))
    assert (said.cue, said.content) == ("says", "no decision has been taken")  # no answer

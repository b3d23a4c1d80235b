"""A denial conflicts with what it denies, not with the same act done to other things."""

from __future__ import annotations

from dataclasses import replace

from match_builders import parsed_views

from workbench.core.domain import Claim, Relation, SourceType, Stance
from workbench.core.extract.extractor import Extractor
from workbench.core.match.pair_features import ClaimView
from workbench.core.match.reading import read_claims
from workbench.core.match.relation import acted_apart, relate


def test_a_denial_of_one_thing_does_not_deny_the_act_done_to_another() -> None:
    names, passwords, denial = parsed_views(
        "hackers had stolen the names and addresses of 2 million customers",
        "hackers had stolen the passwords of 2 million customers",
        "passwords were stolen",
        stances=(Stance.ASSERTS, Stance.ASSERTS, Stance.DENIES),
    )
    assert ("steal", "password") in denial.reading.acts_on
    assert relate(passwords, denial, {})[0] is Relation.CONFLICTS
    assert relate(names, denial, {})[0] is Relation.CORROBORATES  # names, not passwords


def test_a_claim_that_says_it_contradicts_a_source_conflicts_with_that_source() -> None:
    researcher, company, regulator = parsed_views(
        "the file contains hashed passwords, which contradicts what Teliko has said",
        "the stolen records include names but no bank details",
        "the stolen records include names and hashed passwords",
    )
    told = {"source": "Teliko", "source_resolved": "Latvian telecom operator Teliko",
            "source_key": "body:teliko", "source_type": "company"}  # fmt: skip
    company = replace(company, claim=replace(company.claim, extraction=replace(
        company.claim.extraction, **{k: (SourceType(v) if k == "source_type" else v)
                                     for k, v in told.items()})))  # fmt: skip
    assert researcher.reading.disputes == ("teliko",)
    relation, reasons = relate(researcher, company, {}, one_voice=False)
    assert relation is Relation.CONFLICTS
    assert reasons[0] == "contradicts Latvian telecom operator Teliko"
    # the regulator is not whom it contradicts; nor is one voice set against itself
    assert relate(researcher, regulator, {}, one_voice=False)[0] is Relation.CORROBORATES
    assert relate(researcher, company, {}, one_voice=True)[0] is Relation.CORROBORATES
    # "the disputed valley" names no account
    (valley,) = parsed_views("troops shelled a village in the disputed Okeli valley")
    assert valley.reading.disputes == ()


def test_what_a_claims_sentence_says_it_contradicts_is_read_and_only_that_account() -> None:
    text = (
        "A video appears to show that the car was not moving when an officer opened fire, "
        "contradicting the police account that the driver had accelerated towards officers. "
        "Police said the driver had accelerated towards an officer. "
        "Police said an officer shot dead a 19-year-old man."
    )
    claims = [Claim(k, k, e, "unverified") for k, e in enumerate(Extractor().extract(text), 1)]
    texts = {c.article_id: text for c in claims}  # each claim an article of its own
    readings = read_claims(claims, texts)
    video, accelerated, shot = (ClaimView(c, r) for c, r in zip(claims, readings, strict=True))
    assert "contradicting" not in video.claim.content  # the content ends before it
    assert video.reading.disputes == ("police",)
    assert relate(video, accelerated, {}, one_voice=False)[0] is Relation.CONFLICTS
    # the account is that the driver accelerated, not that a man was shot
    assert relate(video, shot, {}, one_voice=False)[0] is Relation.CORROBORATES


def test_one_act_of_two_actors_is_two_facts() -> None:
    government, agency, spokesman = parsed_views(
        "Ousanga will never pay ransoms",
        "We do not pay ransoms. Not for international staff and not for national staff",
        "We will never pay ransoms to kidnappers",
    )

    def said_by(view: ClaimView, name: str, key: str) -> ClaimView:
        found = replace(view.claim.extraction, source_resolved=name, source_key=key)
        return replace(view, claim=replace(view.claim, extraction=found))

    agency = said_by(agency, "the aid agency Northwind Relief", "body:northwind relief")
    spokesman = said_by(spokesman, "the Ousanga government", "body:ousanga government")
    assert ("pay", "@self") in agency.reading.actors
    assert acted_apart(government, agency)  # the government's policy, the agency's policy
    assert not acted_apart(government, spokesman)  # "we" is the government that speaks
    # what an act is done to, and the saying of a quotation, are no acts of either
    assert not acted_apart(*parsed_views("Orvell received 44.9 percent", "Marsk won 48.7 percent"))

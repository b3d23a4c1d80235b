"""ClaimReview JSON-LD against the fields Google's fact-check markup requires and recommends."""

from __future__ import annotations

from dataclasses import replace

from export_case import HOSTILE_OPTIONS, OPTIONS

from workbench.core.config import RATING_BEST, RATING_WORST
from workbench.core.domain import CaseSnapshot
from workbench.core.export import to_claimreview


def test_one_review_per_claim_with_a_final_status(snapshot: CaseSnapshot) -> None:
    reviews = to_claimreview(snapshot, OPTIONS)
    final = {"verified", "disputed", "misleading", "false", "unproven"}
    expected = [claim.content for claim in snapshot.claims if claim.status in final]
    assert [review["claimReviewed"] for review in reviews] == expected
    assert len(expected) == 6


def test_required_and_recommended_fields_are_present_and_typed(snapshot: CaseSnapshot) -> None:
    for review in to_claimreview(snapshot, OPTIONS):
        assert review["@context"] == "https://schema.org"
        assert review["@type"] == "ClaimReview"
        assert isinstance(review["claimReviewed"], str) and review["claimReviewed"]
        assert review["url"].startswith("https://factcheck.example/marlow#claim-")
        assert review["datePublished"] == "2024-03-05"
        assert review["author"] == {
            "@type": "Organization",
            "name": "Valley Fact Desk",
            "url": "https://factcheck.example",
        }
        rating = review["reviewRating"]
        assert rating["@type"] == "Rating"
        assert isinstance(rating["alternateName"], str) and rating["alternateName"]
        for key in ("ratingValue", "bestRating", "worstRating"):
            assert isinstance(rating[key], int)
        assert (rating["worstRating"], rating["bestRating"]) == (RATING_WORST, RATING_BEST)
        assert RATING_WORST <= rating["ratingValue"] <= RATING_BEST
        item = review["itemReviewed"]
        assert item["@type"] == "Claim"
        assert item["author"]["@type"] in {"Person", "Organization"}
        assert isinstance(item["author"]["name"], str) and item["author"]["name"]
        assert item["datePublished"][:4] == "2024"
        assert item["appearance"], "each claim appears in at least its own article"
        for work in item["appearance"]:
            assert work["@type"] in {"NewsArticle", "CreativeWork"}
            assert work["publisher"]["@type"] == "Organization"


def test_rating_follows_the_vocabulary(snapshot: CaseSnapshot) -> None:
    by_claim = {
        review["url"].rsplit("-", 1)[1]: review for review in to_claimreview(snapshot, OPTIONS)
    }
    verified, false = by_claim["1"]["reviewRating"], by_claim["4"]["reviewRating"]
    assert (verified["alternateName"], verified["ratingValue"]) == ("True", 5)
    assert (false["alternateName"], false["ratingValue"]) == ("False", 1)


def test_person_or_organisation_from_source_type(snapshot: CaseSnapshot) -> None:
    authors = {
        review["claimReviewed"]: review["itemReviewed"]["author"]
        for review in to_claimreview(snapshot, OPTIONS)
    }
    assert authors[snapshot.claims[6].content] == {"@type": "Person", "name": "Mark Hale"}
    assert authors[snapshot.claims[0].content]["@type"] == "Organization"
    # An anonymous person cannot be named as one.
    hale = replace(
        snapshot.claims[6], extraction=replace(snapshot.claims[6].extraction, anonymous=True)
    )
    review = to_claimreview(replace(snapshot, claims=(hale,)), OPTIONS)[0]
    assert review["itemReviewed"]["author"]["@type"] == "Organization"


def test_appearance_names_the_article(snapshot: CaseSnapshot) -> None:
    review = to_claimreview(snapshot, OPTIONS)[0]
    assert review["itemReviewed"]["appearance"] == [
        {
            "@type": "NewsArticle",
            "url": "https://ledger.example/floods",
            "headline": "Floods in Marlow",
            "datePublished": "2024-03-02",
            "publisher": {"@type": "Organization", "name": "Daily Ledger"},
        }
    ]


def test_appearance_adds_articles_where_the_same_source_repeats_it(snapshot: CaseSnapshot) -> None:
    rescue = snapshot.claims[4]  # corroborates claim 1 from another article
    same_source = replace(rescue, status="verified", extraction=replace(
        rescue.extraction, source_resolved="Regional health ministry"))  # fmt: skip
    claims = tuple(same_source if c.id == rescue.id else c for c in snapshot.claims)
    review = to_claimreview(replace(snapshot, claims=claims), OPTIONS)[0]
    urls = [work.get("url") for work in review["itemReviewed"]["appearance"]]
    assert urls == ["https://ledger.example/floods", "https://courier.example/valley"]


def test_unsafe_urls_are_left_out(hostile: CaseSnapshot) -> None:
    for review in to_claimreview(hostile, HOSTILE_OPTIONS):
        assert "url" not in review["author"]
        assert all("url" not in work for work in review["itemReviewed"]["appearance"])

"""SimilarityIndex: "have we seen this claim before?" on texts written in many ways."""

from __future__ import annotations

from workbench.core.match import RankWeights, SimilarDoc, SimilarityIndex

DOCS = [
    SimilarDoc(10, "Syrian security forces killed 500 protesters in Deraa",
               "Rights group says 500 killed in Syria crackdown"),
    SimilarDoc(11, "Around 1,500 Syrian women and children crossed into northern Lebanon",
               "Syrians flee to Lebanon"),
    SimilarDoc(12, "Floods killed hundreds of people in northern Bangladesh", "Bangladesh floods"),
    SimilarDoc(13, "The Baath Party has more than a million members", "Assad's party"),
    SimilarDoc(14, "Wombats are sharing their burrows with animals escaping bushfires",
               "Are wombats herding animals to safety?"),
]  # fmt: skip


def test_tweet_noise_is_ignored_and_the_right_claim_comes_first() -> None:
    index = SimilarityIndex(DOCS)
    tweet = (
        "BREAKING: 500 protesters KILLED by #SyrianSecurityForces in #Deraa 😢 "
        "https://t.co/abc123 — Some One (@someone) April 28, 2011"
    )
    ranked = index.query(tweet, top_k=3)
    assert ranked[0][0] == 10
    assert all(0 <= score <= 100 for _, score in ranked)
    assert [s for _, s in ranked] == sorted((s for _, s in ranked), reverse=True)


def test_inflections_and_context_find_a_paraphrase() -> None:
    index = SimilarityIndex(DOCS)
    assert index.query("wombat herds animals into its burrow during the bushfire", 1)[0][0] == 14
    assert index.query("thousands of Syrians fleeing to Lebanon", 1)[0][0] == 11


def test_an_unrelated_query_scores_low_and_an_exact_one_high() -> None:
    index = SimilarityIndex(DOCS)
    [(_, exact)] = index.query(DOCS[3].text, 1)
    unrelated = index.query("stock markets rallied after the central bank cut rates", 1)
    assert exact >= 90
    assert not unrelated or unrelated[0][1] < 40


def test_index_grows_and_handles_empty_cases() -> None:
    index = SimilarityIndex([])
    assert index.query("anything") == []
    index.add(DOCS[0])
    assert len(index) == 1 and index.query("killed protesters in Deraa")[0][0] == 10
    assert index.query("killed protesters", top_k=0) == []


def test_feedback_brings_in_a_claim_sharing_words_only_with_the_best_match() -> None:
    docs = [*DOCS, SimilarDoc(15, "Wombat burrows save wildlife", "Wombat shelters")]
    query = "animals escaping bushfires"
    with_feedback = [cid for cid, _ in SimilarityIndex(docs).query(query, 5)]
    without = [
        cid for cid, _ in SimilarityIndex(docs, weights=RankWeights(feedback=0.0)).query(query, 5)
    ]
    assert with_feedback[0] == 14 and 15 in with_feedback
    assert 15 not in without


def test_grams_alone_still_rank_and_calibrate_scores() -> None:
    index = SimilarityIndex(DOCS, weights=RankWeights(words=0.0))
    [(claim_id, exact)] = index.query(DOCS[1].text, 1)
    assert claim_id == 11 and exact >= 90
    assert index.query("wombat herds animals into its burrow", 1)[0][0] == 14


def test_a_query_word_no_claim_uses_counts_against_the_score() -> None:
    index = SimilarityIndex(DOCS)
    [(first, known)] = index.query("wombats burrows", 1)
    [(second, partly)] = index.query("wombats levitate", 1)
    assert first == second == 14
    # "levitate" is in no claim: the best claim covers only half of the query, and the
    # unknown word weighs as the rarest there is.
    assert known == 100.0
    assert partly < 50.0

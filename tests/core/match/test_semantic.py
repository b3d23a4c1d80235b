"""The meaning index and its fusion with the word ranking (pure numpy, no model)."""

from __future__ import annotations

import numpy as np
import pytest

from workbench.core.match.semantic import VectorIndex, fuse


def unit(*values: float) -> np.ndarray:
    vector = np.asarray(values, dtype=np.float32)
    return vector / np.linalg.norm(vector)


def test_nearest_ranks_by_cosine_and_scores_on_0_to_100() -> None:
    index = VectorIndex()
    index.add([10, 11], np.stack([unit(1, 0, 0), unit(0, 1, 0)]))
    index.add([12], np.stack([unit(1, 1, 0)]))
    ranked = index.nearest(unit(1, 0.2, 0), top_k=3)
    assert [claim_id for claim_id, _ in ranked] == [10, 12, 11]
    assert ranked[0][1] == pytest.approx(98.06, abs=0.01)
    assert all(0.0 <= score <= 100.0 for _, score in ranked)
    assert index.nearest(unit(1, 0, 0), top_k=1) == [(10, 100.0)]


def test_opposite_vectors_score_zero_not_negative() -> None:
    index = VectorIndex()
    index.add([1], np.stack([unit(-1, 0)]))
    assert index.nearest(unit(1, 0), top_k=5) == [(1, 0.0)]


def test_empty_index_and_mismatched_batches() -> None:
    index = VectorIndex()
    assert index.nearest(unit(1, 0), top_k=5) == []
    assert len(index) == 0
    with pytest.raises(ValueError, match="2 ids for 1 vectors"):
        index.add([1, 2], np.stack([unit(1, 0)]))


def test_fusion_keeps_what_both_rankings_agree_on_first() -> None:
    words = [(1, 90.0), (2, 60.0), (3, 40.0)]
    meaning = [(2, 85.0), (4, 80.0), (1, 30.0)]
    fused = fuse(words, meaning, top_k=4)
    # 1 is first by words, 2 first by meaning and second by words: both lead 4,
    # which only meaning ranks high.
    assert {claim_id for claim_id, _ in fused[:2]} == {1, 2}
    assert {claim_id for claim_id, _ in fused} == {1, 2, 3, 4}


def test_a_paraphrase_found_only_by_meaning_joins_the_ranking() -> None:
    words = [(1, 50.0), (2, 45.0)]
    meaning = [(9, 88.0), (1, 40.0)]
    fused = dict(fuse(words, meaning, top_k=3))
    assert 9 in fused


def test_fused_scores_never_rise_down_the_ranking() -> None:
    words = [(1, 30.0), (2, 95.0), (3, 20.0)]
    meaning = [(3, 99.0), (1, 10.0)]
    scores = [score for _, score in fuse(words, meaning, top_k=3)]
    assert scores == sorted(scores, reverse=True)
    assert max(scores) <= 99.0


def test_fusion_with_an_empty_meaning_list_is_the_word_ranking() -> None:
    words = [(5, 70.0), (6, 50.0), (7, 10.0)]
    assert fuse(words, [], top_k=2) == words[:2]


def test_nearly_equal_cosines_leave_the_order_to_the_words() -> None:
    # The meaning list puts 2 first by half a point: noise. Words put 1 far ahead.
    words = [(1, 68.0), (2, 28.0)]
    meaning = [(2, 51.3), (1, 50.8), (3, 20.0)]
    assert [claim_id for claim_id, _ in fuse(words, meaning, top_k=3)] == [1, 2, 3]
    # A clear lead in meaning is a rank, and lifts 3 above 4 that words alone put first.
    words = [(1, 60.0), (4, 30.0), (3, 29.0)]
    meaning = [(3, 80.0), (1, 70.0), (4, 40.0)]
    assert [claim_id for claim_id, _ in fuse(words, meaning, top_k=3)] == [1, 3, 4]

"""Link decisions belong to people: the matcher never overwrites or re-proposes them."""

from __future__ import annotations

from dataclasses import replace

import pytest
from store_builders import article, sample_claims, text_with

from workbench.core.domain import LinkDraft, Relation
from workbench.core.store import CaseStore


@pytest.fixture
def pair(store: CaseStore) -> tuple[int, int]:
    store.add_article(article(), sample_claims())
    store.add_article(article(text_with("300"), path="b.txt", outlet="Other"), sample_claims("300"))
    ids = store.claim_ids()
    return ids[0], ids[3]


def test_an_open_link_is_updated_by_a_new_proposal(store: CaseStore, pair: tuple[int, int]) -> None:
    draft = LinkDraft(*pair, Relation.CORROBORATES, 65, ("same place",), True)
    assert store.save_links([draft]) == 1
    assert store.save_links([draft]) == 0  # unchanged: nothing written
    assert store.save_links([replace(draft, relation=Relation.CONFLICTS, score=90)]) == 1
    (link,) = store.links()
    assert (link.relation, link.score) == (Relation.CONFLICTS, 90)


@pytest.mark.parametrize("decision", [True, False])
def test_a_decided_link_is_never_overwritten(
    store: CaseStore, pair: tuple[int, int], decision: bool
) -> None:
    store.save_links([LinkDraft(*pair, Relation.CONFLICTS, 80, ("500 vs 300",), True)])
    (link,) = store.links()
    decided = store.decide_link(link.id, decision, by="ana")
    proposal = LinkDraft(*pair, Relation.CORROBORATES, 99, ("new idea",), False)
    assert store.save_links([proposal]) == 0
    assert store.links() == [decided]
    assert store.decided_pairs() == {pair}


def test_a_proposal_the_matcher_no_longer_makes_is_withdrawn_unless_decided(
    store: CaseStore,
) -> None:
    store.add_article(article(), sample_claims())
    store.add_article(article(text_with("300"), path="b.txt", outlet="Other"), sample_claims("300"))
    a1, a2, a3, b1, b2, b3 = store.claim_ids()
    drafts = [LinkDraft(a, b, Relation.CORROBORATES, 70, (), True)
              for a, b in ((a1, b1), (a2, b2), (a3, b3))]  # fmt: skip
    store.save_links(drafts)
    accepted = store.decide_link(store.links()[0].id, True)
    # Matching a2 again finds nothing for it: only its own undecided proposal goes.
    assert store.save_links([], matched=[a2]) == 1
    assert {(k.a_id, k.b_id) for k in store.links()} == {(a1, b1), (a3, b3)}
    # The default keeps everything not proposed: callers that store part of an answer.
    assert store.save_links([drafts[2]]) == 0
    # A whole-case match that no longer proposes (a3, b3) withdraws it; the decision stays.
    assert store.save_links([], matched=None) == 1
    assert store.links() == [accepted]
    assert any("1 links withdrawn" in (h.new or "") for h in store.history("case"))


def test_restored_link_keeps_its_decision_and_never_replaces_ours(
    store: CaseStore, pair: tuple[int, int]
) -> None:
    store.save_links([LinkDraft(*pair, Relation.CONFLICTS, 80, (), True)])
    (ours,) = store.links()
    ours = store.decide_link(ours.id, True)
    theirs = replace(ours, confirmed=False, relation=Relation.CORROBORATES)
    assert store.restore_link(theirs, *reversed(pair)) == 0
    assert store.links() == [ours]


def test_rejected_link_is_not_proposed_again_by_matching(
    store: CaseStore, pair: tuple[int, int]
) -> None:
    from workbench.core.services import Case

    case = Case(store)
    proposed = case.match(min_score=0)
    assert proposed, "the two death tolls should be linked"
    rejected = case.decide_link(proposed[0].id, False)
    again = case.match(min_score=0)
    assert rejected.id not in {k.id for k in again}
    assert store.get_link(rejected.id) == rejected
    assert store.get_link(rejected.id).confirmed is False


def test_a_deleted_claim_comes_back_with_its_links_and_evidence(
    store: CaseStore, pair: tuple[int, int]
) -> None:
    first, second = pair
    third = store.claim_ids()[4]
    store.save_links([
        LinkDraft(first, second, Relation.CONFLICTS, 88, ("different quantity",), True),
        LinkDraft(first, third, Relation.CORROBORATES, 70, ("same place",), True),
    ])  # fmt: skip
    decided, other = store.links(claim_id=first)
    store.decide_link(decided.id, False)  # rejected: never proposed again
    evidence = store.add_evidence(first, "https://example.org/report", "the report")
    claim, links = store.get_claim(first), store.links(claim_id=first)
    store.delete_claim(first)
    store.delete_claim(third)  # the other end of one link goes too
    back = store.restore_claim(claim, links=links, evidence=[evidence])
    assert back == claim
    assert store.links(claim_id=first) == [store.get_link(decided.id)]
    assert store.get_link(decided.id).confirmed is False
    assert store.evidence_for(first) == [evidence]
    assert other.id not in {k.id for k in store.links()}

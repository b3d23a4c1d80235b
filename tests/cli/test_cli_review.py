"""Review from the command line: statuses, links, similar claims, history."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_helpers import invoke, lines, run_main
from click.testing import CliRunner

from workbench.cli import cli


def test_set_status_is_stored_with_its_history(case_db: Path) -> None:
    claim = lines(invoke(case_db, "claims", "--format", "jsonl"))[0]
    out = invoke(case_db, "set-status", str(claim["id"]), "disputed", "--note", "UN differs",
                 "--by", "ana").stdout  # fmt: skip
    assert out.strip() == f"claim #{claim['id']}: disputed"
    (stored,) = [
        c for c in lines(invoke(case_db, "claims", "--format", "jsonl")) if c["id"] == claim["id"]
    ]
    assert stored["status"] == "disputed" and stored["note"] == "UN differs"
    history = invoke(case_db, "history", str(claim["id"])).stdout
    assert "ana" in history and "(was Unverified)" in history and "UN differs" in history


def test_links_list_and_filter(case_db: Path) -> None:
    every = lines(invoke(case_db, "links", "--format", "jsonl"))
    assert every, "the sample articles share facts and figures"
    for link in every:
        assert {"id", "relation", "score", "reasons", "a", "b", "confirmed"} <= set(link)
        assert link["relation"] in {"corroborates", "conflicts"}
        assert 0 <= link["score"] <= 100
        assert link["a"]["article_id"] != link["b"]["article_id"]
        assert link["confirmed"] is None
    conflicts = lines(invoke(case_db, "links", "--relation", "conflicts", "--format", "jsonl"))
    assert [k["id"] for k in conflicts] == [k["id"] for k in every if k["relation"] == "conflicts"]
    table = invoke(case_db, "links").stdout.splitlines()
    assert table[0].startswith("ID") and table[0].endswith("REASONS")
    # each row ends in its reasons, which say why (a difference first, when there is one)
    assert every[0]["reasons"][0][:12] in table[1]


def test_a_link_made_by_hand_and_a_decision_are_stored(
    case_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    claims = lines(invoke(case_db, "claims", "--format", "jsonl"))
    linked = {
        (k["a"]["id"], k["b"]["id"]) for k in lines(invoke(case_db, "links", "--format", "jsonl"))
    }
    a, b = next(
        (x["id"], y["id"])
        for x in claims
        for y in claims
        if x["article_id"] < y["article_id"]
        and (x["id"], y["id"]) not in linked
        and (y["id"], x["id"]) not in linked
    )
    (made,) = lines(invoke(case_db, "link", str(b), str(a), "--relation", "conflicts",
                           "--by", "ana", "--format", "jsonl"))  # fmt: skip
    assert (made["a"]["id"], made["b"]["id"]) == tuple(sorted((a, b)))
    assert made["relation"] == "conflicts" and made["confirmed"] is True
    assert made["reasons"][0] == "linked by hand"
    (rejected,) = lines(invoke(case_db, "decide", str(made["id"]), "reject", "--format", "jsonl"))
    assert rejected["confirmed"] is False
    assert "ana" in invoke(case_db, "history", str(a)).stdout
    run = run_main(capsys, "--db", str(case_db), "link", str(a), str(a), "--relation", "conflicts")
    assert (run.code, run.err.strip()) == (1, f"Error: claim {a} cannot be linked to itself")


def test_match_keeps_what_is_stored(case_db: Path) -> None:
    before = lines(invoke(case_db, "links", "--format", "jsonl"))
    matched = lines(invoke(case_db, "match", "--format", "jsonl"))
    after = lines(invoke(case_db, "links", "--format", "jsonl"))
    assert {k["id"] for k in after} == {k["id"] for k in before}
    assert {k["id"] for k in matched} <= {k["id"] for k in after}


def test_similar_by_claim_text_and_queries(case_db: Path, tmp_path: Path) -> None:
    claim = lines(invoke(case_db, "claims", "--search", "killed", "--format", "jsonl"))[0]
    by_id = lines(invoke(case_db, "similar", str(claim["id"]), "--top", "3", "--format", "jsonl"))
    assert 0 < len(by_id) <= 3 and claim["id"] not in {r["claim_id"] for r in by_id}
    by_text = lines(invoke(case_db, "similar", "--text", claim["content"], "--format", "jsonl"))
    assert by_text[0]["claim_id"] == claim["id"]
    scores = [r["score"] for r in by_text]
    assert scores == sorted(scores, reverse=True)
    queries = tmp_path / "q.jsonl"
    queries.write_text(
        json.dumps({"id": "q1", "text": claim["content"]}) + "\n\n"
        + json.dumps({"id": 7, "text": "tanks rolled into Deraa"}) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    batch = lines(invoke(case_db, "similar", "--queries", str(queries), "--top", "2"))
    assert [b["query_id"] for b in batch] == ["q1", "7"]
    assert batch[0]["results"][0]["claim_id"] == claim["id"]
    assert all(set(r) == {"claim_id", "score"} for b in batch for r in b["results"])


def test_similar_table_says_when_it_ranks_by_words_only(
    case_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WORKBENCH_LEXICAL", "1")
    table = invoke(case_db, "similar", "--text", "people were killed")
    assert "ranked by words only" in table.stderr
    assert "ranked by words only" not in table.stdout
    monkeypatch.delenv("WORKBENCH_LEXICAL")
    assert "ranked by words" not in invoke(case_db, "similar", "--text", "killed").stderr


def test_claimreview_without_a_base_url_says_what_its_urls_lack(
    case_db: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    claim = lines(invoke(case_db, "claims", "--format", "jsonl"))[0]
    invoke(case_db, "set-status", str(claim["id"]), "false")  # a verdict to review
    out = tmp_path / "reviews.json"
    bare = run_main(
        capsys, "--db", str(case_db), "export", "--format", "claimreview", "-o", str(out)
    )
    assert bare.code == 0 and "without --base-url" in bare.err
    assert json.loads(out.read_text(encoding="utf-8"))
    full = run_main(capsys, "--db", str(case_db), "export", "--format", "claimreview", "-o",
                    str(out), "--base-url", "https://example.org/checks")  # fmt: skip
    assert full.code == 0 and "without --base-url" not in full.err
    assert "https://example.org/checks#claim-" in out.read_text(encoding="utf-8")


def test_evidence_is_added_listed_and_removed(
    case_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    claim_id = str(lines(invoke(case_db, "claims", "--format", "jsonl"))[0]["id"])
    added = invoke(case_db, "evidence", claim_id, "https://example.org/count", "--comment",
                   "UNHCR count").stdout  # fmt: skip
    assert added.startswith("evidence #") and added.strip().endswith("https://example.org/count")
    listed = invoke(case_db, "evidence", claim_id).stdout
    assert "https://example.org/count" in listed and "UNHCR count" in listed
    evidence_id = added.split("#", 1)[1].split()[0]
    wrong = run_main(capsys, "--db", str(case_db), "evidence", claim_id, "--remove", "999")
    assert wrong.code == 1 and wrong.err == f"Error: claim {claim_id} has no evidence #999\n"
    invoke(case_db, "evidence", claim_id, "--remove", evidence_id)
    assert "has no evidence" in invoke(case_db, "evidence", claim_id).stdout
    assert "evidence" in invoke(case_db, "history", claim_id).stdout


def test_delete_claim_asks_unless_told_yes(
    case_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    claim_id = str(lines(invoke(case_db, "claims", "--format", "jsonl"))[0]["id"])
    refused = CliRunner().invoke(cli, ["--db", str(case_db), "delete-claim", claim_id], input="n\n")
    assert refused.exit_code != 0 and "with its links and evidence?" in refused.stderr
    ids = {c["id"] for c in lines(invoke(case_db, "claims", "--format", "jsonl"))}
    assert int(claim_id) in ids  # nothing deleted without a yes
    invoke(case_db, "delete-claim", claim_id, input="y\n")
    ids = {c["id"] for c in lines(invoke(case_db, "claims", "--format", "jsonl"))}
    assert int(claim_id) not in ids
    assert all(int(claim_id) not in (k["a"]["id"], k["b"]["id"])
               for k in lines(invoke(case_db, "links", "--format", "jsonl")))  # fmt: skip
    gone = run_main(capsys, "--db", str(case_db), "delete-claim", claim_id, "--yes")
    assert gone.code == 1 and gone.err == f"Error: no claim with id {claim_id}\n"

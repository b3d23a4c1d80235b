"""Correcting what import and extraction read, from the command line, and who did it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_helpers import invoke, lines, run_main


def claim_of(db: Path, claim_id: int) -> dict[str, object]:
    (found,) = [c for c in lines(invoke(db, "claims", "--format", "jsonl")) if c["id"] == claim_id]
    return found


def history_rows(db: Path, claim_id: int) -> list[dict[str, object]]:
    return lines(invoke(db, "history", str(claim_id), "--format", "jsonl"))


def test_set_article_corrects_metadata_with_history(case_db: Path) -> None:
    invoke(case_db, "set-article", "1", "--outlet", "Harbor Post", "--date", "2024-03-14",
           "--url", "https://harborpost.example/ferry", "--by", "ana")  # fmt: skip
    article = lines(invoke(case_db, "claims", "--article", "1", "--format", "jsonl"))[0]["article"]
    assert article["outlet"] == "Harbor Post" and article["date"] == "2024-03-14"
    assert article["url"] == "https://harborpost.example/ferry"


@pytest.mark.parametrize(
    ("option", "value", "said"),
    [
        ("--date", "14/03/2024", "'14/03/2024' is not a date of the form YYYY-MM-DD"),
        ("--url", "harborpost", "article URL 'harborpost' is not a web address"),
        ("--title", " ", "title: empty"),
    ],
)
def test_set_article_refuses_bad_values_in_one_line(
    case_db: Path, capsys: pytest.CaptureFixture[str], option: str, value: str, said: str
) -> None:
    before = lines(invoke(case_db, "claims", "--article", "1", "--format", "jsonl"))[0]["article"]
    run = run_main(capsys, "--db", str(case_db), "set-article", "1", option, value)
    assert run.code == 1 and said in run.err and len(run.err.strip().splitlines()) == 1
    after = lines(invoke(case_db, "claims", "--article", "1", "--format", "jsonl"))[0]["article"]
    assert after == before


def test_edit_claim_corrects_type_cue_stance_and_anonymity(case_db: Path) -> None:
    claim = lines(invoke(case_db, "claims", "--format", "jsonl"))[0]
    text = invoke(case_db, "text", str(claim["article_id"])).stdout
    start = text.index(claim["content"][:10])  # any span of the text will do as the cue
    invoke(case_db, "edit-claim", str(claim["id"]), "--source-type", "military_security",
           "--cue-span", f"{start}:{start + 10}", "--stance", "denies", "--anonymous",
           "--by", "bob")  # fmt: skip
    stored = claim_of(case_db, int(claim["id"]))
    assert stored["source_type"] == "military_security" and stored["stance"] == "denies"
    assert stored["anonymous"] is True
    assert (stored["cue_start"], stored["cue_end"]) == (start, start + 10)
    assert stored["cue"] == text[start : start + 10].strip()
    rows = history_rows(case_db, int(claim["id"]))
    fields = {r["field"] for r in rows if r["by"] == "bob"}
    assert {"source_type", "source_type_override", "stance", "anonymous", "cue"} <= fields
    words = invoke(case_db, "history", str(claim["id"])).stdout
    assert "source type set to Military / security" in words
    assert "source type set for this claim alone" in words
    assert "military_security" not in words and "cue_end" not in words


def test_edit_claim_refuses_a_span_outside_the_text(
    case_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    claim = lines(invoke(case_db, "claims", "--format", "jsonl"))[0]
    for span, said in (("5:99999999", "outside the article's text"), ("x", "START:END")):
        run = run_main(capsys, "--db", str(case_db), "edit-claim", str(claim["id"]),
                       "--cue-span", span)  # fmt: skip
        assert run.code == 1 and said in run.err and "Traceback" not in run.err
    assert claim_of(case_db, int(claim["id"]))["cue"] == claim["cue"]


def test_links_filter_by_decision(case_db: Path) -> None:
    every = lines(invoke(case_db, "links", "--format", "jsonl"))
    decided = every[0]["id"]
    invoke(case_db, "decide", str(decided), "reject")
    open_ids = {k["id"] for k in lines(invoke(case_db, "links", "--decision", "open",
                                              "--format", "jsonl"))}  # fmt: skip
    rejected = lines(invoke(case_db, "links", "--decision", "rejected", "--format", "jsonl"))
    assert open_ids == {k["id"] for k in every} - {decided}
    assert [k["id"] for k in rejected] == [decided] and rejected[0]["confirmed"] is False
    assert lines(invoke(case_db, "links", "--decision", "accepted", "--format", "jsonl")) == []


def test_evidence_must_be_a_web_address(case_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run = run_main(capsys, "--db", str(case_db), "evidence", "2", "not-a-url")
    assert run.code == 1
    assert run.err.strip() == (
        "Error: evidence URL 'not-a-url' is not a web address: it must start with http:// or"
        " https://"
    )
    assert "has no evidence" in invoke(case_db, "evidence", "2").stdout
    invoke(case_db, "evidence", "2", "https://www.unhcr.org/lebanon")
    assert "https://www.unhcr.org/lebanon" in invoke(case_db, "evidence", "2").stdout


def test_every_change_names_who_made_it(case_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WORKBENCH_USER", "carla")
    invoke(case_db, "set-status", "2", "verified")
    invoke(case_db, "evidence", "2", "https://example.org/a")
    invoke(case_db, "set-status", "2", "false", "--by", "dan")
    monkeypatch.delenv("WORKBENCH_USER")
    monkeypatch.setattr("getpass.getuser", lambda: "erin")
    invoke(case_db, "edit-claim", "2", "--stance", "warns")
    by = [(r["field"], r["by"]) for r in history_rows(case_db, 2) if r["action"] != "create"]
    assert by == [("status", "carla"), ("evidence", "carla"), ("status", "dan"),
                  ("stance", "erin")]  # fmt: skip


def test_lexical_ranking_does_not_ask_for_an_installed_extra(
    case_db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WORKBENCH_LEXICAL", "1")
    run = run_main(capsys, "--db", str(case_db), "similar", "--text", "people were killed")
    assert run.code == 0
    assert "install the semantic extra" not in run.err
    assert "WORKBENCH_LEXICAL=1" in run.err


def test_history_jsonl_keeps_the_stored_values(case_db: Path) -> None:
    invoke(case_db, "set-status", "2", "in_progress")
    (row,) = [r for r in history_rows(case_db, 2) if r["field"] == "status"]
    assert (row["old"], row["new"]) == ("unverified", "in_progress")
    assert json.dumps(row)  # plain data

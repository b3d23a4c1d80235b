"""``workbench claims``: filters, full-text search and the three output formats."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from cli_helpers import SEED, invoke, lines

CONTRACT_FIELDS = {
    "id", "article_id", "article", "attributed", "source", "source_start", "source_end",
    "source_resolved", "source_type", "anonymous", "cue", "cue_start", "cue_end", "content",
    "content_start", "content_end", "quote", "stance", "numbers", "status",
}  # fmt: skip


def test_jsonl_claims_carry_the_contract_fields_and_slice_the_text(case_db: Path) -> None:
    claims = lines(invoke(case_db, "claims", "--format", "jsonl"))
    assert len(claims) > 20
    texts: dict[int, str] = {}
    for claim in claims:
        assert set(claim) >= CONTRACT_FIELDS
        assert set(claim["article"]) == {"id", "title", "outlet", "date", "url", "path"}
        aid = claim["article_id"]
        if aid not in texts:
            texts[aid] = invoke(case_db, "text", str(aid)).stdout
        text = texts[aid]
        for role in ("source", "cue", "content"):
            assert text[claim[f"{role}_start"] : claim[f"{role}_end"]] == claim[role]
        for number in claim["numbers"]:
            assert text[number["start"] : number["end"]] == number["text"]


def test_filters_narrow_the_list(case_db: Path) -> None:
    everything = lines(invoke(case_db, "claims", "--format", "jsonl"))
    first = everything[0]
    invoke(case_db, "set-status", str(first["id"]), "verified")
    verified = lines(invoke(case_db, "claims", "--status", "verified", "--format", "jsonl"))
    assert [c["id"] for c in verified] == [first["id"]]
    of_article = lines(invoke(case_db, "claims", "--article", "2", "--format", "jsonl"))
    assert of_article and {c["article_id"] for c in of_article} == {2}
    assert len(of_article) == sum(1 for c in everything if c["article_id"] == 2)
    kind = everything[-1]["source_type"]
    typed = lines(invoke(case_db, "claims", "--source-type", kind, "--format", "jsonl"))
    assert typed and all(c["source_type"] == kind for c in typed)
    both = lines(
        invoke(case_db, "claims", "--status", "unverified", "--status", "verified",
               "--format", "jsonl")
    )  # fmt: skip
    assert len(both) == len(everything)


def test_search(case_db: Path) -> None:
    found = lines(invoke(case_db, "claims", "--search", "killed", "--format", "jsonl"))
    assert found
    assert all("kill" in (c["content"] + c["source"] + c["source_resolved"]).lower() for c in found)
    assert invoke(case_db, "claims", "--search", "xylophone").stdout.strip() == "no claims"


def test_csv_and_table(case_db: Path) -> None:
    jsonl = lines(invoke(case_db, "claims", "--article", "1", "--format", "jsonl"))
    rows = list(csv.DictReader(io.StringIO(invoke(case_db, "claims", "--article", "1",
                                                  "--format", "csv").stdout)))  # fmt: skip
    assert [int(r["id"]) for r in rows] == [c["id"] for c in jsonl]
    assert [r["content"] for r in rows] == [c["content"] for c in jsonl]
    assert json.loads(rows[0]["numbers"]) == jsonl[0]["numbers"]
    table = invoke(case_db, "claims", "--article", "1").stdout.splitlines()
    assert table[0].split()[:3] == ["ID", "ARTICLE", "STATUS"]
    assert len(table) == len(jsonl) + 1


def test_match_without_two_articles_says_so_and_links_nothing(db: Path) -> None:
    empty = invoke(db, "match", "--format", "jsonl")
    assert empty.stdout == ""
    assert empty.stderr.strip() == (
        "Nothing to match: links join claims of different articles, and the case has "
        "no articles yet."
    )
    invoke(db, "import", str(SEED))
    one = invoke(db, "match")
    assert one.stderr.strip().endswith("the case has one article.")
    assert invoke(db, "links", "--format", "jsonl").stdout == ""

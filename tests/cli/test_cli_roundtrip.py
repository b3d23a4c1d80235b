"""``export --format json`` then ``import-claims`` into a new case gives the same case."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from cli_helpers import invoke, lines
from click.testing import CliRunner

from workbench.cli import cli
from workbench.core.domain import LinkDraft, Relation


def review_some(db: Path) -> None:
    claims = lines(invoke(db, "claims", "--format", "jsonl"))
    invoke(db, "set-status", str(claims[0]["id"]), "verified", "--note", "UNHCR confirms")
    invoke(db, "set-status", str(claims[3]["id"]), "false", "--note", "no such event")
    from workbench.core.services import Case

    with Case.open(db) as case:
        case.add_evidence(claims[0]["id"], "https://unhcr.example/r", "report")
        links = case.links()
        case.decide_link(links[0].id, False)
        if len(links) > 1:
            case.decide_link(links[1].id, True)
        # An open proposal this case's matcher would not make (another model's, say):
        # a merge keeps it as the other case had it.
        first, last = claims[0]["id"], claims[-1]["id"]
        assert {first, last} != {links[0].a_id, links[0].b_id}
        case.store.save_links([LinkDraft(first, last, Relation.CONFLICTS, 42.0, ("odd",), True)])


def comparable(db: Path) -> tuple[list[Any], list[Any]]:
    """Claims and links keyed by what survives a move between cases (not ids)."""
    claims = lines(invoke(db, "claims", "--format", "jsonl"))
    key = {c["id"]: (c["article"]["path"], c["content_start"], c["content_end"]) for c in claims}
    drop = {"id", "article_id", "article", "created_at", "updated_at", "origin", "source_id"}
    data = json.loads(invoke(db, "export", "--format", "json").stdout)
    evidence = {key[c["id"]]: [(e["url"], e["comment"]) for e in c["evidence"]]
                for c in data["claims"]}  # fmt: skip
    claim_rows = sorted(
        (key[c["id"]], {k: v for k, v in c.items() if k not in drop}, evidence[key[c["id"]]])
        for c in claims
    )
    link_rows = sorted(
        (sorted([key[k["a"]["id"]], key[k["b"]["id"]]]), k["relation"], k["score"],
         k["reasons"], k["confirmed"])
        for k in data["links"]
    )  # fmt: skip
    return claim_rows, link_rows


def test_export_then_import_claims_is_the_identity(case_db: Path, tmp_path: Path) -> None:
    review_some(case_db)
    exported = tmp_path / "case.json"
    invoke(case_db, "export", "--format", "json", "-o", str(exported))
    fresh = tmp_path / "fresh.db"
    report = json.loads(invoke(fresh, "import-claims", str(exported)).stdout)
    original_claims, original_links = comparable(case_db)
    assert report["claims_added"] == len(original_claims)
    assert report["articles_created"] == len(json.loads(exported.read_text())["articles"])
    copy_claims, copy_links = comparable(fresh)
    assert copy_claims == original_claims
    assert copy_links == original_links
    assert any(row[1]["status"] == "verified" and row[2] for row in copy_claims)
    for article in lines(invoke(case_db, "articles", "--format", "jsonl")):
        assert (
            invoke(fresh, "text", str(article["id"])).stdout
            == invoke(case_db, "text", str(article["id"])).stdout
        )

    again = json.loads(invoke(fresh, "import-claims", str(exported)).stdout)
    assert again == {
        "articles_created": 0,
        "claims_added": 0,
        "claims_skipped": len(original_claims),
        "links_added": 0,
        "skipped": [],
    }
    assert comparable(fresh) == (copy_claims, copy_links)


def test_import_claims_from_plain_jsonl(db: Path, tmp_path: Path) -> None:
    source = tmp_path / "tweets.jsonl"
    source.write_text(
        json.dumps({"content": "500 people were killed in Deraa", "source": "a rights group"})
        + "\n"
        + json.dumps({"content": "Troops did not fire", "status": "false",
                      "article": {"path": "gov.txt", "title": "Gov"}})
        + "\n",
        encoding="utf-8",
    )  # fmt: skip
    report = json.loads(invoke(db, "import-claims", str(source)).stdout)
    assert report["claims_added"] == 2 and report["articles_created"] == 2
    claims = lines(invoke(db, "claims", "--format", "jsonl"))
    for claim in claims:
        text = invoke(db, "text", str(claim["article_id"])).stdout
        assert text[claim["content_start"] : claim["content_end"]] == claim["content"]
    assert {c["status"] for c in claims} == {"unverified", "false"}


def test_import_claims_merges_lines_of_one_article_and_skips_bad_lines(
    db: Path, tmp_path: Path
) -> None:
    article = {"path": "b/1", "title": "Statement"}
    rows = [
        {"content": "500 people were killed", "article": {**article, "url": "https://x.example/1"}},
        {"content": "Troops did not fire", "article": article},  # same path, no url
        {"content": "The border is closed", "article": {"url": "https://x.example/1"}},
        "not a claim",
        {"source": "a rights group"},  # no content
    ]
    source = tmp_path / "claims.jsonl"
    source.write_text("\n".join(json.dumps(r) for r in rows) + "\n{broken json\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["--db", str(db), "import-claims", str(source)])
    assert result.exit_code == 1  # some lines were not taken ...
    report = json.loads(result.stdout)
    assert report["claims_added"] == 3 and report["articles_created"] == 1  # ... the rest were
    assert [s["path"] for s in report["skipped"]] == [f"{source}:{n}" for n in (4, 5, 6)]
    assert "content" in report["skipped"][0]["reason"]
    assert "not JSON" in report["skipped"][2]["reason"]
    assert f"skipped   {source}:6: not JSON" in result.stderr
    (stored,) = lines(invoke(db, "articles", "--format", "jsonl"))
    text = invoke(db, "text", str(stored["id"])).stdout
    for claim in lines(invoke(db, "claims", "--format", "jsonl")):
        assert claim["article_id"] == stored["id"]
        assert text[claim["content_start"] : claim["content_end"]] == claim["content"]

    # A line whose content the stored article does not hold is skipped, not the file.
    more = tmp_path / "more.jsonl"
    more.write_text(
        json.dumps({"content": "Not in the text", "article": {"path": "b/1"}})
        + "\n"
        + json.dumps({"content": "A new article's claim", "article": {"path": "c/2"}})
        + "\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["--db", str(db), "import-claims", str(more)])
    report = json.loads(result.stdout)
    assert report["claims_added"] == 1 and report["articles_created"] == 1
    (skipped,) = report["skipped"]
    assert (
        skipped["path"] == f"{more}:1" and "not in the text of article 'b/1'" in skipped["reason"]
    )

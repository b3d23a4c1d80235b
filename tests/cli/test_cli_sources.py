"""Sources from the command line: one per referent across articles, corrected and merged."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from cli_helpers import invoke, lines, run_main

from workbench.core.services import Case

FIRST = """Maradia protest toll disputed

SOLVENNA, Maradia (Test Wire) - At least 14 people were killed in clashes on Saturday, \
Interior Minister Tomas Rellik said on Sunday.

Rellik said that 350 people had been arrested.

The Interior Ministry said the police had used only tear gas.

A diplomat said the figure was far too low.
"""

SECOND = """Rights group puts Maradia toll at 63

SOLVENNA, Maradia (Other Wire) - The rights group Civic Watch said it had counted 63 deaths.

Rellik told reporters that the toll stood at 14.

The ministry said an inquiry would begin on Monday.

A diplomat said embassies were alarmed.
"""


@pytest.fixture
def two_articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "first.txt").write_text(FIRST, encoding="utf-8")
    (folder / "second.txt").write_text(SECOND, encoding="utf-8")
    db = tmp_path / "case.db"
    invoke(db, "import", str(folder / "first.txt"), str(folder / "second.txt"))
    return db


def by_name(db: Path) -> dict[str, list[dict[str, Any]]]:
    found: dict[str, list[dict[str, Any]]] = {}
    for source in lines(invoke(db, "sources", "--format", "jsonl")):
        found.setdefault(source["name"], []).append(source)
    return found


def test_one_source_per_referent_across_articles(two_articles: Path) -> None:
    sources = by_name(two_articles)
    (rellik,) = sources["Interior Minister Tomas Rellik"]
    assert set(rellik) == {"id", "name", "type", "anonymous", "articles", "claims", "mentions"}
    assert len(rellik["articles"]) == 2 and len(rellik["claims"]) == 3
    assert rellik["mentions"] == ["Interior Minister Tomas Rellik", "Rellik"]
    assert rellik["type"] == "government" and rellik["anonymous"] is False
    (ministry,) = sources["The Interior Ministry"]
    assert len(ministry["articles"]) == 2 and ministry["mentions"][1] == "The ministry"
    # "a diplomat" in each article: two anonymous sources, never one
    diplomats = sources["A diplomat"]
    assert len(diplomats) == 2 and all(d["anonymous"] for d in diplomats)
    claims = {c["id"]: c for c in lines(invoke(two_articles, "claims", "--format", "jsonl"))}
    assert {claims[i]["source_id"] for i in rellik["claims"]} == {rellik["id"]}
    # the second article names him only "Rellik": the case knows who he is
    assert {claims[i]["source_resolved"] for i in rellik["claims"]} == {
        "Interior Minister Tomas Rellik"
    }


def test_set_source_retypes_every_claim_but_one_typed_on_its_own(two_articles: Path) -> None:
    (rellik,) = by_name(two_articles)["Interior Minister Tomas Rellik"]
    own, *followers = rellik["claims"]
    with Case.open(two_articles) as case:  # the review's claim-level correction
        case.edit_claim(own, source_type="politician")
    out = invoke(two_articles, "set-source", str(rellik["id"]), "--type", "military_security",
                 "--name", "Tomas Rellik, interior minister", "--format", "jsonl")  # fmt: skip
    (shown,) = lines(out)
    assert (shown["name"], shown["type"]) == (
        "Tomas Rellik, interior minister",
        "military_security",
    )
    claims = {c["id"]: c for c in lines(invoke(two_articles, "claims", "--format", "jsonl"))}
    assert [claims[i]["source_type"] for i in followers] == ["military_security"] * 2
    assert claims[own]["source_type"] == "politician"
    history = invoke(two_articles, "history", str(followers[0])).stdout
    assert "Government" in history and "Military / security" in history


def test_merge_sources_joins_two_referents_that_are_one(two_articles: Path) -> None:
    sources = by_name(two_articles)
    (ministry,) = sources["The Interior Ministry"]
    (rellik,) = sources["Interior Minister Tomas Rellik"]
    invoke(two_articles, "merge-sources", str(rellik["id"]), str(ministry["id"]))
    after = by_name(two_articles)
    assert "The Interior Ministry" not in after
    (joined,) = after["Interior Minister Tomas Rellik"]
    assert sorted(joined["claims"]) == sorted(rellik["claims"] + ministry["claims"])


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["set-source", "999", "--type", "ngo"], "no source with id 999"),
        (["set-source", "1", "--type", "alien"], "alien"),
        (["set-source", "1"], "nothing to change"),
        (["set-source", "1", "--name", "  "], "a source needs a name"),
        (["merge-sources", "1", "999"], "no source with id 999"),
        (["merge-sources", "1", "1"], "cannot be merged with itself"),
    ],
)
def test_unknown_ids_and_types_are_one_clear_line(
    two_articles: Path, capsys: pytest.CaptureFixture[str], args: list[str], expected: str
) -> None:
    run = run_main(capsys, "--db", str(two_articles), *args)
    assert run.code != 0 and "Traceback" not in run.err
    line = run.err.strip()
    assert "\n" not in line and expected in line


def test_a_merged_source_is_gone_by_its_old_id(
    two_articles: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sources = by_name(two_articles)
    keep, other = (
        sources["The Interior Ministry"][0]["id"],
        next(found for name, found in sources.items() if "Civic Watch" in name)[0]["id"],
    )
    invoke(two_articles, "merge-sources", str(keep), str(other))
    run = run_main(capsys, "--db", str(two_articles), "set-source", str(other), "--type", "ngo")
    assert run.code != 0 and f"source {other} was merged into source {keep}" in run.err

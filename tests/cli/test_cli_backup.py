"""``workbench backup`` and ``workbench restore``: snapshots from the command line."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from cli_helpers import invoke, lines, run_main


def test_backup_restore_round_trip(case_db: Path, tmp_path: Path) -> None:
    invoke(case_db, "backup")
    claim_id = lines(invoke(case_db, "claims", "--format", "jsonl"))[0]["id"]
    invoke(case_db, "set-status", str(claim_id), "false")
    listing = invoke(case_db, "restore").stdout
    assert listing.splitlines()[0].split() == ["#", "TAKEN", "WHY", "ARTICLES", "CLAIMS",
                                               "SIZE", "SOUND"]  # fmt: skip
    assert "manual" in listing.splitlines()[1] and listing.splitlines()[1].endswith("yes")
    restored = invoke(case_db, "restore", "1")
    assert "Restored" in restored.stderr and "before-restore" in restored.stderr
    assert lines(invoke(case_db, "claims", "--status", "false", "--format", "jsonl")) == []
    kept = [p for p in tmp_path.iterdir() if ".before-restore-" in p.name]
    assert len(kept) == 1  # the replaced file, beside the case


def test_backup_to_a_file_never_overwrites(
    case_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "copy.db"
    invoke(case_db, "backup", "-o", str(target))
    assert target.stat().st_size > 0
    before = target.read_bytes()
    run = run_main(capsys, "--db", str(case_db), "backup", "-o", str(target))
    assert run.code == 1 and run.err.strip() == (
        f"Error: {target}: already exists; choose another file for the backup"
    )
    assert target.read_bytes() == before


def test_restore_of_a_snapshot_that_is_not_there(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    invoke(db, "claims")  # creates the empty case
    assert invoke(db, "restore").stdout.strip() == f"{db} has no snapshots yet"
    run = run_main(capsys, "--db", str(db), "restore", "latest")
    assert run.code == 1 and "Traceback" not in run.err
    assert run.err.strip() == (
        f"Error: no snapshot 'latest': {db} has 0 ('workbench restore' lists them)"
    )


def test_a_damaged_case_names_the_way_back(
    case_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    invoke(case_db, "backup")
    size = case_db.stat().st_size
    with case_db.open("r+b") as handle:  # no connection is open in this process
        handle.seek((size // 4096 // 2) * 4096)
        handle.write(os.urandom(4096))
    run = run_main(capsys, "--db", str(case_db), "claims")
    assert run.code == 1 and len(run.err.strip().splitlines()) == 1
    assert "the case file is damaged" in run.err and "restore latest" in run.err
    invoke(case_db, "restore", "latest")
    assert lines(invoke(case_db, "claims", "--format", "jsonl"))

"""A user error is one clear line on stderr and a non-zero exit, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from cli_helpers import SEED, run_main


def one_clear_line(err: str) -> str:
    assert "Traceback" not in err
    text = err.strip()
    assert text and "\n" not in text, err
    return text


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["set-status", "1", "bogus"], "unknown status 'bogus'"),
        (["set-status", "99999", "verified"], "no claim with id 99999"),
        (["text", "99999"], "no article with id 99999"),
        (["history", "99999"], "no claim with id 99999"),
        (["similar", "99999"], "no claim with id 99999"),
        (["similar"], "exactly one of CLAIM_ID, --text or --queries"),
        (["claims", "--status", "nope"], "unknown status 'nope'"),
        (["claims", "--source-type", "alien"], "alien"),
        (["links", "--relation", "maybe"], "maybe"),
        (["import-claims", "missing.jsonl"], "missing.jsonl"),
        (["similar", "--queries", "missing.jsonl"], "missing.jsonl"),
        (["import", "x.txt", "--date", "tomorrow"], "--date: 'tomorrow' is not a date"),
        (["export", "--format", "pdf"], "--format pdf needs -o FILE"),
        (["export", "--format", "rtf"], "rtf"),
        (["nonsense"], "No such command"),
        (["text", "one"], "'one' is not a valid integer"),
    ],
)
def test_user_errors(
    db_with_seed: Path, capsys: pytest.CaptureFixture[str], args: list[str], expected: str
) -> None:
    run = run_main(capsys, "--db", str(db_with_seed), *args)
    assert run.code != 0
    line = one_clear_line(run.err)
    assert expected in line


@pytest.fixture
def db_with_seed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    db = tmp_path / "case.db"
    assert run_main(capsys, "--db", str(db), "import", str(SEED)).code == 0
    return db


def test_import_of_a_missing_file_names_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run = run_main(capsys, "--db", str(tmp_path / "c.db"), "import", "missing-file.txt")
    assert run.code == 1 and "Traceback" not in run.err
    assert "failed    missing-file.txt: no such file or folder" in run.err.splitlines()


def test_bad_lines_in_a_claims_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"content": "ok"}\nnot json\n', encoding="utf-8")
    run = run_main(capsys, "--db", str(tmp_path / "c.db"), "import-claims", str(bad))
    assert run.code == 1  # one line was not taken; the good one was
    assert f"{bad}:2: not JSON" in one_clear_line(run.err)
    assert '"claims_added": 1' in run.out and "Traceback" not in run.err


def test_a_damaged_case_is_named_not_a_crash(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "case.db"
    db.write_text("this is a shopping list, not a case\n", encoding="utf-8")
    run = run_main(capsys, "--db", str(db), "claims")
    assert run.code == 1
    assert "not a case file" in one_clear_line(run.err)


def test_console_script_end_to_end(tmp_path: Path) -> None:
    """The installed ``workbench`` command, as a user runs it."""
    script = Path(sys.executable).with_name("workbench")
    env = {**os.environ, "WORKBENCH_DB": str(tmp_path / "env.db")}
    ok = subprocess.run(
        [str(script), "import", str(SEED), "--format", "json"],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert ok.returncode == 0, ok.stderr
    assert (tmp_path / "env.db").exists()  # $WORKBENCH_DB chose the case
    shown = subprocess.run([str(script), "text", "1"], capture_output=True, env=env, timeout=60)
    assert shown.stdout == SEED.read_bytes()
    bad = subprocess.run(
        [sys.executable, "-m", "workbench", "set-status", "1", "bogus"],
        capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip
    assert bad.returncode == 1
    assert one_clear_line(bad.stderr).startswith("Error: unknown status 'bogus'")

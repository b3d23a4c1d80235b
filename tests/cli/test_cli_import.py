"""``workbench import`` and ``workbench text``, as the contract fixes them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_helpers import SEED, copy_samples, invoke, run_main
from click.testing import CliRunner

from workbench.cli import cli


def test_text_prints_the_seed_article_exactly(db: Path) -> None:
    report = json.loads(invoke(db, "import", str(SEED), "--format", "json").stdout)
    (imported,) = report["imported"]
    assert imported["claims"] > 5
    assert imported["title"] == "Syria's Assad faces dissent in Baath Party and army"  # sidecar
    out = invoke(db, "text", str(imported["id"])).stdout_bytes
    assert out == SEED.read_bytes()


def test_import_json_has_exactly_the_contract_fields(db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    good = copy_samples(folder, "seed_article.txt", "capital_times_pressure.md")
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02binary")
    (folder / "zz_copy.txt").write_bytes(good[0].read_bytes())
    (folder / "budget.xlsx").write_bytes(b"PK\x03\x04")
    result = CliRunner().invoke(cli, ["--db", str(db), "import", str(folder), "--format", "json"])
    assert result.exit_code == 1  # a file failed
    report = json.loads(result.stdout)
    assert set(report) == {"imported", "duplicates", "failed", "skipped"}
    assert [set(i) for i in report["imported"]] == [{"id", "path", "title", "claims"}] * 2
    assert {Path(i["path"]).name for i in report["imported"]} == {
        "seed_article.txt",
        "capital_times_pressure.md",
    }
    seed_id = next(i["id"] for i in report["imported"] if i["path"].endswith("seed_article.txt"))
    # copy.txt sorts before seed_article.txt, so the copy is the one stored first.
    assert report["duplicates"] == [{"path": str(folder / "seed_article.txt"), "id": seed_id}] or (
        report["duplicates"] == [{"path": str(folder / "zz_copy.txt"), "id": seed_id}]
    )
    assert report["failed"] == [
        {"path": str(folder / "broken.txt"), "error": report["failed"][0]["error"]}
    ]
    assert "binary" in report["failed"][0]["error"]
    assert report["skipped"] == [
        {"path": str(folder / "budget.xlsx"), "reason": report["skipped"][0]["reason"]}
    ]
    assert report["skipped"][0]["reason"].startswith("unsupported file type '.xlsx'")


def test_reimport_is_a_no_op_reported_as_duplicates(db: Path) -> None:
    first = json.loads(invoke(db, "import", str(SEED), "--format", "json").stdout)
    again = json.loads(invoke(db, "import", str(SEED), "--format", "json").stdout)
    assert again == {
        "imported": [],
        "duplicates": [{"path": str(SEED), "id": first["imported"][0]["id"]}],
        "failed": [],
        "skipped": [],
    }


def test_table_output_and_options(db: Path, tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("Army withdraws\n\nThe army said it withdrew from Deraa.\n", encoding="utf-8")
    result = invoke(
        db, "import", str(story), "--outlet", "Wire", "--date", "2011-05-05", "--title", "T"
    )
    assert result.stdout.startswith("imported  #1  ")
    assert "1 imported, 0 duplicates, 0 failed" in result.stderr
    listed = invoke(db, "articles", "--format", "jsonl").stdout
    assert json.loads(listed)["outlet"] == "Wire" and json.loads(listed)["title"] == "T"


def test_failures_go_to_stderr_with_exit_status_1(db: Path, tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    result = CliRunner().invoke(cli, ["--db", str(db), "import", str(tmp_path / "empty.txt")])
    assert result.exit_code == 1
    assert "failed    " in result.stderr and "empty" in result.stderr
    assert result.stdout == ""


def test_bad_date_is_one_line_and_no_traceback(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run = run_main(capsys, "--db", str(db), "import", str(SEED), "--date", "29/04/2011")
    assert run.code != 0
    assert run.err.strip().count("\n") == 0
    assert "--date" in run.err and "YYYY-MM-DD" in run.err and "Traceback" not in run.err
    assert not db.exists() or "imported" not in run.out


def test_folder_lists_what_it_does_not_read_in_the_table(db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    copy_samples(folder, "seed_article.txt")
    (folder / "budget.xlsx").write_bytes(b"PK\x03\x04")
    (folder / ".drafts").mkdir()
    (folder / ".drafts" / "old.txt").write_text("An old draft said nothing.\n", encoding="utf-8")
    result = invoke(db, "import", str(folder))
    assert f"skipped   {folder / '.drafts'}: hidden folder" in result.stdout
    assert f"skipped   {folder / 'budget.xlsx'}: unsupported file type '.xlsx'" in result.stdout
    assert "1 imported, 0 duplicates, 0 failed, 2 skipped" in result.stderr


def test_web_page_by_url_and_its_raw_page(db: Path, tmp_path: Path) -> None:
    import http.server
    import threading

    page = (
        b"<html><head><title>Floods</title></head><body><article><p>The Red Cross said 40"
        b" families had lost their homes in the floods on Monday.</p></article></body></html>"
    )
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "floods.html").write_bytes(page)

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, directory=str(tmp_path / "site"), **kwargs)  # type: ignore[arg-type]

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        result = CliRunner().invoke(
            cli,
            [
                "--db",
                str(db),
                "import",
                f"{base}/floods.html",
                f"{base}/gone.html",
                "--format",
                "json",
            ],
        )
    finally:
        server.shutdown()
        server.server_close()
    assert result.exit_code == 1  # one address failed, the other imported
    report = json.loads(result.stdout)
    assert [i["path"] for i in report["imported"]] == [f"{base}/floods.html"]
    assert report["failed"] == [
        {"path": f"{base}/gone.html", "error": "the server answered 404 File not found"}
    ]
    article_id = str(report["imported"][0]["id"])
    assert "40 families" in invoke(db, "text", article_id).stdout
    assert invoke(db, "text", article_id, "--raw").stdout_bytes == page
    listed = json.loads(invoke(db, "articles", "--format", "jsonl").stdout)
    assert listed["title"] == "Floods"

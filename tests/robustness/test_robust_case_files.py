"""Files that are not a case are refused and left as they were; old cases migrate after a backup."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest
import sqlite_utils
from click.testing import CliRunner
from robust_helpers import sha256

from workbench.cli import cli
from workbench.core.domain import NewArticle
from workbench.core.errors import CaseFileError
from workbench.core.store import CaseStore
from workbench.core.store import migrations as schema


def make_case(path: Path) -> None:
    with CaseStore.open(path) as store:
        store.add_article(NewArticle(text="Officials said 3 died.\n", title="T", path="t.txt"))


def random_bytes(path: Path) -> None:
    path.write_bytes(os.urandom(8192))


def sqlite_header_then_garbage(path: Path) -> None:
    path.write_bytes(b"SQLite format 3\x00" + os.urandom(8192))


def truncated_case(path: Path) -> None:
    make_case(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])


def text_file(path: Path) -> None:
    path.write_text("Groceries:\n- bread\n- olives\n", encoding="utf-8")


def other_app(path: Path, wal: bool = False) -> None:
    with closing(sqlite3.connect(path)) as conn:
        if wal:
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("CREATE TABLE bookmarks (url TEXT, title TEXT)")
        conn.execute("INSERT INTO bookmarks VALUES ('https://example.org', 'Example')")
        conn.commit()


def newer_case(path: Path) -> None:
    make_case(path)
    with closing(sqlite3.connect(path)) as conn:
        conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")


NOT_A_CASE: dict[str, tuple[Callable[[Path], None], str]] = {
    "random-bytes": (random_bytes, "not a case file"),
    "sqlite-header-garbage": (sqlite_header_then_garbage, "not a case file"),
    "truncated-case": (truncated_case, "not a readable case file"),
    "text-file": (text_file, "not a case file (it is not an SQLite database"),
    "other-application": (other_app, "belongs to another application"),
    "other-application-wal": (lambda p: other_app(p, wal=True), "belongs to another application"),
    "newer-version": (newer_case, "written by a newer version of the workbench"),
}


@pytest.mark.parametrize("kind", sorted(NOT_A_CASE))
def test_not_a_case_is_refused_and_left_unchanged(tmp_path: Path, kind: str) -> None:
    make, message = NOT_A_CASE[kind]
    path = tmp_path / "file.db"
    make(path)
    before, listing = sha256(path), sorted(os.listdir(tmp_path))
    with pytest.raises(CaseFileError) as refused:
        CaseStore.open(path)
    assert str(refused.value).startswith(f"{path}: ") and message in str(refused.value)
    result = CliRunner().invoke(cli, ["--db", str(path), "claims"])
    assert isinstance(result.exception, CaseFileError)
    assert sha256(path) == before
    # No -wal/-shm left beside it, nor any backup.
    assert sorted(os.listdir(tmp_path)) == listing


def test_a_folder_is_not_a_case(tmp_path: Path) -> None:
    with pytest.raises(CaseFileError, match="is a folder"):
        CaseStore.open(tmp_path)


def _v2_add_reviewer(db: sqlite_utils.Database) -> None:
    db.execute("ALTER TABLE claims ADD COLUMN reviewer TEXT NOT NULL DEFAULT ''")
    db.table("reviewers").insert_all([{"name": "ana"}, {"name": "ben"}])


def _v2_broken(db: sqlite_utils.Database) -> None:
    db.table("reviewers").insert_all([{"name": "ana"}])
    db.execute("ALTER TABLE no_such_table ADD COLUMN x TEXT")


def with_step(
    monkeypatch: pytest.MonkeyPatch, step: Callable[[sqlite_utils.Database], None]
) -> int:
    """Pretend this version knows one more migration than the current schema."""
    steps = (*schema.MIGRATIONS, step)
    monkeypatch.setattr(schema, "MIGRATIONS", steps)
    monkeypatch.setattr(schema, "SCHEMA_VERSION", len(steps))
    return len(steps)


def user_version(path: Path) -> int:
    with closing(sqlite3.connect(path)) as conn:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])


def test_older_case_is_backed_up_then_migrated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "case.db"
    make_case(path)
    old_version = user_version(path)
    new_version = with_step(monkeypatch, _v2_add_reviewer)
    result = CliRunner().invoke(cli, ["--db", str(path), "text", "1"])
    assert result.exit_code == 0, result.output
    assert result.stdout == "Officials said 3 died.\n"
    (backup,) = (tmp_path / "case.db.snapshots").iterdir()
    assert f"Upgraded the case; the old version is kept at {backup}" in result.stderr
    assert backup.name.endswith(f"-before-upgrade-from-v{old_version}.db")
    assert user_version(backup) == old_version
    with closing(sqlite3.connect(backup)) as conn:
        assert conn.execute("SELECT text FROM articles").fetchall() == [
            ("Officials said 3 died.\n",)
        ]
    assert user_version(path) == new_version
    with CaseStore.open(path) as store:
        assert store.backup is None  # migrated once, not again
        assert store.db["claims"].columns_dict["reviewer"] is str
        assert store.db.execute("SELECT count(*) FROM reviewers").fetchone()[0] == 2
        assert store.integrity_ok()


def test_a_failed_migration_leaves_the_case_at_its_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "case.db"
    make_case(path)
    old_version = user_version(path)
    with_step(monkeypatch, _v2_broken)
    with pytest.raises(CaseFileError, match="cannot open the case"):
        CaseStore.open(path)
    assert user_version(path) == old_version
    with closing(sqlite3.connect(path)) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert "reviewers" not in tables  # the step's first half was rolled back too
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
    assert list((tmp_path / "case.db.snapshots").glob(f"*-before-upgrade-from-v{old_version}.db"))

"""A new case file gets the whole schema from the migrations, and the pragmas a case needs."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
import sqlite_utils
from store_builders import article, sample_claims

from workbench.core.config import DEFAULT_STATUSES
from workbench.core.store import SCHEMA_VERSION, CaseStore, content_hash
from workbench.core.store.migrations import APPLICATION_ID, MIGRATIONS, migrate
from workbench.core.store.rows import extraction_to_row


def test_new_case_is_migrated_to_the_current_schema(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "case.db"  # the folder is created too
    CaseStore.open(path).close()
    with sqlite3.connect(path) as conn:
        assert (
            conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == len(MIGRATIONS)
        )
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"meta", "statuses", "articles", "claims", "links", "evidence", "history"} <= tables
    assert {"claims_fts", "articles_fts"} <= tables


def test_connection_enforces_foreign_keys_and_waits_when_busy(store: CaseStore) -> None:
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.db.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
        store.db.execute(
            "INSERT INTO claims (article_id, content, status, created_at, updated_at)"
            " VALUES (999, 'x', 'unverified', '', '')"
        )


def test_default_status_vocabulary_is_seeded(store: CaseStore) -> None:
    assert store.statuses() == sorted(DEFAULT_STATUSES, key=lambda s: s.position)
    assert [s.name for s in store.statuses()][0] == "unverified"


def test_reopening_runs_no_migration_and_keeps_data(tmp_path: Path) -> None:
    path = tmp_path / "case.db"
    with CaseStore.open(path) as store:
        store.set_meta("topic", "Deraa")
    with CaseStore.open(path) as store:
        assert migrate(store.db) == []
        assert store.meta("topic") == "Deraa"
        assert store.backup is None
        assert store.integrity_ok()


def test_zero_byte_file_is_treated_as_a_new_case(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    path.touch()
    with CaseStore.open(path) as store:
        assert store.statuses()


def test_file_opens_in_plain_sqlite(store: CaseStore) -> None:
    """The case is an ordinary SQLite file: the sqlite3 shell and Datasette read it as is."""
    store.set_meta("k", "v")
    with sqlite3.connect(f"{store.path.as_uri()}?mode=ro", uri=True) as conn:
        assert conn.execute("SELECT value FROM meta WHERE key='k'").fetchone()[0] == "v"
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def old_case(path: Path, version: int) -> None:
    """A case as version ``version`` wrote it: its migrations only, one article, its claims."""
    db = sqlite_utils.Database(path)
    for step in MIGRATIONS[:version]:
        step(db)
    db.execute(f"PRAGMA user_version = {version}")
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    new = article()
    db.execute(
        "INSERT INTO articles (id, title, outlet, date, url, path, content_hash, text, imported_at)"
        " VALUES (1, ?, ?, ?, ?, ?, ?, ?, '2024-01-01')",
        (new.title, new.outlet, new.date, new.url, new.path, content_hash(new.text), new.text),
    )
    columns = {row[1] for row in db.execute("PRAGMA table_info(claims)")}
    for extraction in sample_claims():
        row = {k: v for k, v in extraction_to_row(extraction).items() if k in columns}
        row.update(article_id=1, status="unverified", created_at="", updated_at="")
        marks = ", ".join("?" for _ in row)
        db.execute(f"INSERT INTO claims ({', '.join(row)}) VALUES ({marks})", tuple(row.values()))
    db.conn.commit()
    db.close()


def test_claims_of_a_case_before_predicates_migrate_with_none(tmp_path: Path) -> None:
    """A case written before claims kept their predicates opens, and its claims have none."""
    path = tmp_path / "case.db"
    old_case(path, 3)
    with CaseStore.open(path) as store:
        assert store.backup is not None
        claims = store.claims()
        assert len(claims) == len(sample_claims())
        assert all(c.extraction.predicates == () for c in claims)
        assert store.integrity_ok()


def test_a_case_before_fetched_pages_migrates_and_keeps_its_articles(tmp_path: Path) -> None:
    """A version 4 case opens: its articles have no fetch time, and new pages keep their bytes."""
    path = tmp_path / "case.db"
    old_case(path, 4)
    with CaseStore.open(path) as store:
        assert store.backup is not None
        (old,) = store.articles()
        assert old.fetched_at == ""
        assert store.fetched_page(old.id) is None
        page = replace(
            article(), text="Another text.", fetched_at="2024-01-01T00:00:00", raw=b"<p>x</p>"
        )
        fetched = store.add_article(page)
        assert fetched.fetched_at == "2024-01-01T00:00:00"
        assert store.fetched_page(fetched.id) == ("", b"<p>x</p>")


def test_a_case_before_review_corrections_opens_with_none(tmp_path: Path) -> None:
    """Version 6 files gain an article's place and language and a claim's type mark, empty."""
    path = tmp_path / "case.db"
    old_case(path, 6)
    with CaseStore.open(path) as store:
        (stored,) = store.articles()
        assert (stored.place, stored.language) == ("", "")
        assert not any(c.source_type_override for c in store.claims())


def test_claims_of_a_case_before_sources_get_their_sources_on_opening(tmp_path: Path) -> None:
    """Version 7 had no sources: opening the case gives every claim one, from its resolved name."""
    path = tmp_path / "case.db"
    old_case(path, 7)
    with CaseStore.open(path) as store:
        claims = store.claims()
        assert all(c.source_id is not None for c in claims)
        names = {s.name: s for s in store.sources()}
        assert set(names) == {c.source_resolved for c in claims}
        ministry = names["The interior ministry"]
        assert ministry.type == "government" and ministry.claim_ids == (claims[1].id,)
        assert store.integrity_ok()


def test_a_new_case_stopped_while_made_is_left_empty_and_opens_later(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import workbench.core.store.migrations as migrations

    path = tmp_path / "case.db"

    def stopped(db: object) -> None:
        raise KeyboardInterrupt  # the process stops half way through making the case

    steps = list(migrations.MIGRATIONS)
    monkeypatch.setattr(migrations, "MIGRATIONS", (*steps[:3], stopped, *steps[4:]))
    with pytest.raises(KeyboardInterrupt):
        CaseStore.open(path)
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 0
        assert not conn.execute("SELECT name FROM sqlite_master WHERE type='table'").fetchall()
    monkeypatch.setattr(migrations, "MIGRATIONS", tuple(steps))
    with CaseStore.open(path) as store:  # the next open makes it whole
        assert store.integrity_ok() and store.claim_ids() == []


def test_a_case_another_process_migrated_meanwhile_is_left_as_it_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import workbench.core.store.migrations as migrations

    path = tmp_path / "case.db"
    CaseStore.open(path).close()
    real = migrations.schema_version
    stale = [SCHEMA_VERSION - 1]  # read before the write lock, as another process finished
    monkeypatch.setattr(migrations, "schema_version", lambda db: stale.pop() if stale else real(db))
    assert migrations.migrate(sqlite_utils.Database(path)) == []

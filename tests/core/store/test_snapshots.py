"""Snapshots you never have to think of, and getting a damaged case back in one step."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from store_builders import article, sample_claims, text_with

from workbench.core.errors import CaseDamagedError
from workbench.core.services import Case, case_snapshots, restore_case
from workbench.core.store import CaseStore, snapshots


def build(path: Path, articles: int = 3) -> None:
    with CaseStore.open(path) as store:
        for n in range(articles):
            figure = str(100 + n)
            store.add_article(
                article(text_with(figure), path=f"a{n}.txt", url=f"https://x.example/{n}"),
                sample_claims(figure),
            )


def reasons(path: Path) -> list[str]:
    return [s.reason for s in snapshots.list_snapshots(path)]


def damage(path: Path) -> None:
    """Overwrite one page in the middle of the file with garbage (the file is closed)."""
    size = path.stat().st_size
    page = 4096
    with path.open("r+b") as handle:
        handle.seek((size // page // 2) * page)
        handle.write(os.urandom(page))


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_bulk_operations_snapshot_the_case_first(tmp_path: Path) -> None:
    path = tmp_path / "case.db"
    build(path)
    (tmp_path / "empty").mkdir()
    with Case.open(path) as case:
        case.match()
        case.import_paths([tmp_path / "empty"])
        exported = tmp_path / "claims.jsonl"
        exported.write_text(case.export("json"), encoding="utf-8")
        case.import_claims(exported)
    assert reasons(path)[:3] == ["before-import-claims", "before-import", "before-match"]
    newest = snapshots.summarise(snapshots.list_snapshots(path)[0])
    assert newest.sound and newest.articles == 3 and newest.claims == 9


def test_an_empty_case_gets_no_snapshot(tmp_path: Path) -> None:
    path = tmp_path / "case.db"
    with Case.open(path) as case:
        case.match()
    assert reasons(path) == []


def test_a_daily_snapshot_on_opening(tmp_path: Path) -> None:
    path = tmp_path / "case.db"
    build(path)
    assert reasons(path) == []  # created by this process: nothing to keep yet
    CaseStore.open(path).close()
    assert reasons(path) == ["daily"]
    CaseStore.open(path).close()
    assert reasons(path) == ["daily"]  # not again the same day
    (old,) = snapshots.list_snapshots(path)
    old.path.rename(old.path.with_name("20200101T000000.000000Z-daily.db"))
    CaseStore.open(path).close()
    assert reasons(path) == ["daily", "daily"]


def test_old_automatic_snapshots_are_pruned_but_manual_ones_kept(tmp_path: Path) -> None:
    path = tmp_path / "case.db"
    build(path, articles=1)
    with Case.open(path) as case:
        manual = case.backup()
        for _ in range(snapshots.KEEP + 3):
            case.store.take_snapshot("before-match")
    kept = snapshots.list_snapshots(path)
    assert manual in [s.path for s in kept]
    assert len([s for s in kept if s.reason != snapshots.MANUAL]) == snapshots.KEEP
    assert not list(snapshots.folder(path).glob(".*partial"))


def test_a_damaged_case_is_detected_on_opening_and_restored_in_one_step(tmp_path: Path) -> None:
    path = tmp_path / "case.db"
    build(path, articles=40)
    with Case.open(path) as case:
        case.backup()
        case.set_status(case.claim_ids()[0], "verified")  # after the snapshot: lost
    damage(path)
    before = sha(path)
    with pytest.raises(CaseDamagedError) as refused:
        Case.open(path)
    message = str(refused.value)
    assert message.startswith(f"{path}: the case file is damaged")
    assert "restore latest" in message and "\n" not in message
    assert sha(path) == before  # detected, never written to
    restored = restore_case(path, "latest")
    assert restored.was_damaged and restored.kept is not None
    assert sha(restored.kept) == before  # the damaged file is kept as it was
    with Case.open(path) as case:
        assert len(case.articles()) == 40 and len(case.claims()) == 120
        assert case.store.integrity_ok()
        assert {c.status for c in case.claims()} == {"unverified"}


def test_a_damaged_case_never_pushes_out_the_good_snapshots(tmp_path: Path) -> None:
    path = tmp_path / "case.db"
    build(path, articles=40)
    with Case.open(path) as case:
        case.backup()
    good = snapshots.list_snapshots(path)
    damage(path)
    db = sqlite3.connect(path)  # an outside connection that skips the checks
    with closing(db), pytest.raises(CaseDamagedError):
        snapshots.take(db, path, "before-match")
    assert snapshots.list_snapshots(path) == good
    assert not list(snapshots.folder(path).glob(".*partial"))


def test_restoring_a_sound_case_keeps_it_and_open_connections_see_the_snapshot(
    tmp_path: Path,
) -> None:
    path = tmp_path / "case.db"
    build(path, articles=2)
    with Case.open(path) as app:  # the app holds the case throughout
        claim_id = app.claim_ids()[0]
        app.backup()
        app.set_status(claim_id, "false")
        (summary,) = [s for s in case_snapshots(path) if s.snapshot.reason == "manual"]
        restored = restore_case(path, summary.snapshot)
        assert not restored.was_damaged and restored.kept is not None
        assert app.claim(claim_id).status == "unverified"  # the app sees the restored case
        app.set_status(claim_id, "disputed")  # and goes on writing to it
    with Case.open(path) as case:
        assert case.claim(claim_id).status == "disputed"
        assert case.store.integrity_ok()
    with closing(sqlite3.connect(f"{restored.kept.as_uri()}?mode=ro", uri=True)) as kept:
        row = kept.execute("SELECT status FROM claims WHERE id = ?", (claim_id,)).fetchone()
    assert row == ("false",)  # what was replaced is kept


def test_a_damaged_case_without_snapshots_says_so(tmp_path: Path) -> None:
    path = tmp_path / "case.db"
    build(path, articles=40)
    damage(path)
    with pytest.raises(CaseDamagedError, match="the case file is damaged"):
        Case.open(path)

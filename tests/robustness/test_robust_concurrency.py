"""Two writers at once: both finish, nothing is lost, "database is locked" never shows."""

from __future__ import annotations

import json
from pathlib import Path

from robust_corpus import write_corpus
from robust_helpers import assert_sound, claims_per_text, finish, query, start

from workbench.core.domain import Extraction, NewArticle, QuoteKind, SourceType, Stance
from workbench.core.store import CaseStore

STATUSES = ["in_progress", "verified", "disputed", "false", "unproven", "unverified"]


def test_two_imports_into_one_new_case(tmp_path: Path) -> None:
    # Overlapping folders (the same five files in both) on a case neither created yet.
    shared = write_corpus(tmp_path / "shared", 5, seed=1, start=100)
    left = write_corpus(tmp_path / "left", 8, seed=2, start=200)
    right = write_corpus(tmp_path / "right", 8, seed=3, start=300)
    for path in shared:
        for side in ("left", "right"):
            (tmp_path / side / f"s{path.name}").write_bytes(path.read_bytes())
    db = tmp_path / "case.db"
    procs = [
        start("--db", str(db), "import", str(tmp_path / side), "--format", "json")
        for side in ("left", "right")
    ]
    results = [finish(p) for p in procs]
    for code, _, err in results:
        assert code == 0, err
        assert "locked" not in err and "busy" not in err
    reports = [json.loads(out) for _, out, _ in results]
    imported = [i["path"] for r in reports for i in r["imported"]]
    duplicates = [d["path"] for r in reports for d in r["duplicates"]]
    assert len(imported) == len(left) + len(right) + len(shared)
    assert len(duplicates) == len(shared)
    counts = claims_per_text(db)
    assert len(counts) == len(imported)
    assert_sound(db, counts)


def own_voice(text: str) -> Extraction:
    end = text.index(".") + 1
    return Extraction(
        attributed=False, source="", source_start=0, source_end=0, source_resolved="Wire",
        source_type=SourceType.MEDIA, anonymous=False, cue="", cue_start=0, cue_end=0,
        content=text[:end], content_start=0, content_end=end, quote=QuoteKind.INDIRECT,
        stance=Stance.ASSERTS,
    )  # fmt: skip


def test_open_case_writes_statuses_while_an_import_runs(tmp_path: Path) -> None:
    db = tmp_path / "case.db"
    store = CaseStore.open(db)
    for i in range(12):
        text = f"Statement number {i} was made.\nMore text {i}.\n"
        store.add_article(NewArticle(text=text, path=f"own{i}.txt"), [own_voice(text)])
    ids = store.claim_ids()
    version = store.data_version()
    write_corpus(tmp_path / "incoming", 20, seed=5)
    proc = start("--db", str(db), "import", str(tmp_path / "incoming"), "--format", "json")
    written: dict[int, str] = {}
    changes = 0
    n = 0
    while proc.poll() is None or n < 30:
        claim_id, status = ids[n % len(ids)], STATUSES[n % len(STATUSES)]
        if store.get_claim(claim_id).status != status:
            changes += 1
        store.set_status(claim_id, status, by="reviewer")
        written[claim_id] = status
        n += 1
    code, out, err = finish(proc)
    assert code == 0, err
    assert "locked" not in err
    assert len(json.loads(out)["imported"]) == 20
    # Nothing lost on either side.
    assert {c.id: c.status for c in store.claims_by_ids(ids)} == written
    rows = store.db.execute(
        "SELECT count(*) FROM history WHERE field = 'status' AND by = 'reviewer'"
    ).fetchone()[0]
    assert rows == changes
    # The open case sees what the other writer added.
    assert store.data_version() != version
    assert len(store.articles()) == 32
    store.close()
    assert query(db, "PRAGMA integrity_check") == [("ok",)]

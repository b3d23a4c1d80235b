"""Folders import recursively, hidden files stay out, and the same text is stored once."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from workbench.core.importing import ImportReport
from workbench.core.ingest import SUPPORTED_SUFFIXES, ArticleMeta, discover
from workbench.core.store import CaseStore


def tree(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def test_folders_recursively_in_a_stable_order(files: Path) -> None:
    tree(
        files,
        {
            "b.txt": "b",
            "a/z.md": "z",
            "a/deep/er/y.htm": "<p>y</p>",
            "a/x.html": "<p>x</p>",
            "notes.docx": "a Word document",
            "a/photo.jpg": "not an article",
            "a/x.meta.json": "{}",
            ".hidden.txt": "hidden",
            ".git/config.txt": "hidden folder",
            "a/.cache/c.txt": "hidden folder below",
        },
    )
    found = discover([files])
    assert [p.relative_to(files).as_posix() for p in found.files] == [
        "a/deep/er/y.htm",
        "a/x.html",
        "a/z.md",
        "b.txt",
        "notes.docx",
    ]
    assert found.missing == []
    # What a folder holds but the import does not read is listed, with the reason.
    assert [(Path(p).relative_to(files).as_posix(), r) for p, r in found.skipped] == [
        (".git", "hidden folder; name it to import what it holds"),
        (".hidden.txt", "hidden file"),
        ("a/.cache", "hidden folder; name it to import what it holds"),
        ("a/photo.jpg", "unsupported file type '.jpg'; use " + ", ".join(SUPPORTED_SUFFIXES)),
    ]


def test_a_file_named_twice_is_taken_once(files: Path) -> None:
    tree(files, {"a.txt": "a", "sub/b.txt": "b"})
    found = discover([files / "a.txt", files, files / "sub" / ".." / "a.txt"])
    assert [p.name for p in found.files] == ["a.txt", "b.txt"]


def test_hidden_folder_given_explicitly_is_imported(files: Path) -> None:
    tree(files, {".drafts/a.txt": "a"})
    found = discover([files / ".drafts"])
    assert [p.name for p in found.files] == ["a.txt"]


def test_reimport_reports_duplicates_and_stores_nothing(
    files: Path, store: CaseStore, run_import: Callable[..., ImportReport]
) -> None:
    tree(files, {"one.txt": "One\nThe army said 3 died.\n", "two/two.md": "Two\nA claim.\n"})
    first = run_import(files)
    assert len(first.imported) == 2 and first.ok
    history = len(store.history())
    second = run_import(files)
    assert second.imported == [] and second.ok
    assert sorted(second.duplicates) == sorted((i.path, i.id) for i in first.imported)
    assert len(store.articles()) == 2
    assert len(store.history()) == history


def test_same_text_under_two_names_in_one_import(
    files: Path, store: CaseStore, run_import: Callable[..., ImportReport]
) -> None:
    tree(files, {"a.txt": "Same\nstory.\n", "b.txt": "Same\nstory.\n", "c.txt": "Other\n"})
    report = run_import(files)
    assert [Path(i.path).name for i in report.imported] == ["a.txt", "c.txt"]
    assert report.duplicates == [(str(files / "b.txt"), report.imported[0].id)]
    assert len(store.claims()) == 3


def test_options_apply_to_every_file(
    files: Path, store: CaseStore, run_import: Callable[..., ImportReport]
) -> None:
    tree(files, {"a.txt": "A\n", "b.txt": "B\n"})
    run_import(files, meta=ArticleMeta(outlet="Levant Wire", date="2011-04-29"))
    assert {(a.outlet, a.date) for a in store.articles()} == {("Levant Wire", "2011-04-29")}


def test_each_article_is_stored_with_its_claims_and_history(
    files: Path, store: CaseStore, run_import: Callable[..., ImportReport]
) -> None:
    tree(files, {"a.txt": "Title\n\nFirst claim.\nSecond claim.\n"})
    (imported,) = run_import(files).imported
    claims = store.claims()
    assert imported.claims == len(claims) == 3
    text = store.get_article(imported.id).text
    assert [text[c.extraction.content_start : c.extraction.content_end] for c in claims] == [
        "Title",
        "First claim.",
        "Second claim.",
    ]
    assert [(h.entity, h.action) for h in store.history()] == [
        ("article", "import"),
        ("source", "create"),  # the outlet's own voice, one source for its three claims
        ("claim", "create"),
        ("claim", "create"),
        ("claim", "create"),
    ]


def test_cancelling_stops_between_articles(files: Path, store: CaseStore) -> None:
    from ingest_helpers import fake_extract_many

    from workbench.core.importing import import_paths

    tree(files, {f"{i:02}.txt": f"Story {i}\n" for i in range(40)})
    calls = {"n": 0}

    def cancel_after_five() -> bool:
        calls["n"] += 1
        return calls["n"] > 5

    report = import_paths(
        store,
        [files],
        ArticleMeta(),
        fake_extract_many,
        max_bytes=10_000,
        cancelled=cancel_after_five,
    )
    assert report.cancelled
    assert len(store.articles()) == len(report.imported) < 40
    assert len(store.claims()) == len(store.articles())  # one line, one claim each

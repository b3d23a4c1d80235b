"""Hostile and huge input: each file is imported or refused with a reason, never a hang.

One real ``workbench import`` runs over the whole folder under a subprocess
timeout (the time bound) and reports its peak memory (the memory bound).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from doc_builders import Text, flate_bomb, pdf, zip_bomb
from robust_helpers import TIMEOUT, WORKBENCH

PEAK_MB_LIMIT = 1500
PARAGRAPH = (
    "A rights group said 500 people were killed in Deraa on Friday, while the interior "
    "ministry denied that troops had fired on protesters.\n\n"
)

MEASURE = """
import json, resource, subprocess, sys
done = subprocess.run(sys.argv[2:], capture_output=True, text=True)
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
json.dump({"code": done.returncode, "out": done.stdout, "err": done.stderr, "peak_mb": peak},
          open(sys.argv[1], "w"))
"""


def hostile_files(folder: Path) -> dict[str, str]:
    """Write the files; return each one's expected fate: "imported", "refused" or "either"."""
    folder.mkdir()
    files: dict[str, tuple[bytes, str]] = {
        # Past 50,000,000 characters a text is no document; a long one-line text is.
        "dump-60mb.txt": ((PARAGRAPH * (60_000_000 // len(PARAGRAPH))).encode(), "refused"),
        "one-line-300k.txt": (("word " * 60_000).encode(), "imported"),
        "report.pdf": (pdf([[Text(50, 100, PARAGRAPH.strip())]]), "imported"),
        "bomb.pdf": (flate_bomb(2 << 30), "refused"),
        "scan.pdf": (pdf([[]], image_only=True), "refused"),
        "bomb.docx": (zip_bomb("word/document.xml", 64 << 20), "refused"),
        "nul-bytes.txt": (PARAGRAPH.encode() + b"\x00\x00" + PARAGRAPH.encode(), "refused"),
        "right-to-left.txt": (
            (
                "\u0642\u0627\u0644 \u0627\u0644\u0645\u062a\u062d\u062f\u062b 500.\n\n"
                "The ministry said \u202e500 people\u202c were killed, \u05e9\u05dc\u05d5\u05dd.\n"
            ).encode(),
            "imported",
        ),
        "emoji.md": (
            "# Breaking \U0001f525\n\nA doctor said 40 people \U0001f468\u200d\U0001f469"
            "\u200d\U0001f467 were hurt \U0001f1f8\U0001f1fe.\n".encode(),
            "imported",
        ),
        "controls.txt": (
            b"Title\x07\x1b[31m\n\nThe army said\x08 20 soldiers died.\x0b\x0c\n"
            + "Officials said\u200b\ufeff it was calm.\u2028Next\u2029line\x85.\n".encode(),
            "imported",
        ),
        "mostly-controls.txt": (bytes(range(1, 32)) * 100, "refused"),
        "scripts.html": (
            b"<html><head><title>Flood</title><script>while(true){}</script>"
            b"<script>document.write('<p>Officials said 300 died</p>')</script></head>"
            b"<body><article><p>The governor said 45 people were evacuated from the flooded "
            b"district on Monday.</p><script>steal()</script><p>Rescue workers said more rain "
            b"was expected.</p></article><iframe src='javascript:alert(1)'></iframe>"
            b"</body></html>",
            "imported",
        ),
        "nested-100k.html": (
            b"<html><body>" + b"<div>" * 100_000 + b"<p>Deep text said nothing.</p>"
            + b"</div>" * 100_000 + b"</body></html>",
            "refused",
        ),
        "nested-5k.html": (
            b"<html><body>" + b"<div>" * 5_000 + PARAGRAPH.encode() * 3
            + b"</div>" * 5_000 + b"</body></html>",
            "either",
        ),
        "unclosed.html": (b"<html><body><p>" + b"<b><i><u>" * 20_000 + b"text", "either"),
    }  # fmt: skip
    for name, (data, _) in files.items():
        (folder / name).write_bytes(data)
    with (folder / "huge-1gb.pdf").open("wb") as huge:  # sparse: no disk is used
        huge.truncate(1 << 30)
    return {name: fate for name, (_, fate) in files.items()} | {"huge-1gb.pdf": "refused"}


@pytest.fixture(scope="module")
def outcome(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], dict[str, str]]:
    root = tmp_path_factory.mktemp("hostile")
    fates = hostile_files(root / "in")
    result = root / "result.json"
    command = [WORKBENCH, "--db", str(root / "case.db"), "import", str(root / "in")]
    subprocess.run(
        [sys.executable, "-c", MEASURE, str(result), *command, "--format", "json"],
        timeout=TIMEOUT,
        check=True,
    )
    return json.loads(result.read_text()), fates


def test_every_file_is_imported_or_refused_with_a_reason(
    outcome: tuple[dict[str, Any], dict[str, str]],
) -> None:
    run, fates = outcome
    assert run["code"] == 1, run["err"]  # some files were refused
    assert "Traceback" not in run["err"] and "Internal error" not in run["err"]
    report = json.loads(run["out"])
    imported = {Path(i["path"]).name for i in report["imported"]}
    refused = {Path(f["path"]).name: f["error"] for f in report["failed"]}
    assert imported | set(refused) == set(fates)
    for name, fate in fates.items():
        if fate == "imported":
            assert name in imported, refused.get(name)
        elif fate == "refused":
            assert refused.get(name), f"{name} should have been refused"
    assert "too long to be a document" in refused["dump-60mb.txt"]
    assert "binary" in refused["nul-bytes.txt"]
    assert "tags" in refused["nested-100k.html"]
    assert "memory" in refused["bomb.pdf"]
    assert "zip bomb" in refused["bomb.docx"]
    assert "no text layer" in refused["scan.pdf"]
    assert "too big to be a document (1,073.7 MB" in refused["huge-1gb.pdf"]
    assert all("\n" not in reason for reason in refused.values())


def test_memory_stays_bounded(outcome: tuple[dict[str, Any], dict[str, str]]) -> None:
    run, _ = outcome
    assert 0 < run["peak_mb"] < PEAK_MB_LIMIT


def test_imported_text_is_the_file_and_every_span_slices(
    outcome: tuple[dict[str, Any], dict[str, str]],
) -> None:
    from workbench.core.store import CaseStore

    run, _ = outcome
    report = json.loads(run["out"])
    db = Path(report["imported"][0]["path"]).parent.parent / "case.db"
    with CaseStore.open(db) as store:
        for item in report["imported"]:
            article = store.get_article(item["id"])
            if item["path"].endswith((".txt", ".md")):
                raw = Path(item["path"]).read_bytes().decode("utf-8")
                assert article.text == raw.replace("\r\n", "\n").replace("\r", "\n")
            assert "<script" not in article.text and "steal()" not in article.text
            assert "\x00" not in article.text
            for claim in store.claims():
                x = claim.extraction
                text = store.get_article(claim.article_id).text
                assert text[x.content_start : x.content_end] == x.content
                assert text[x.source_start : x.source_end] == x.source
                assert text[x.cue_start : x.cue_end] == x.cue
        (controls,) = [a for a in store.articles() if a.path.endswith("controls.txt")]
        assert controls.title == "Title[31m"  # control characters kept out of the title

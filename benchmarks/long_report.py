"""A long report imported whole against its chapters imported one by one.

Builds a report of many chapters (about 2 MB by default) from the bundled
sample articles, each chapter their paragraphs in an order of its own, and
writes it both as one file and as one file per chapter. Each is imported
into a fresh case in a child process (the real pipeline, extraction
included, matching left out: a report is one article, its chapters many,
and matching is not what is compared), and the child's peak resident
memory is read (``ru_maxrss`` of it and of the parser processes it starts).
The chapters one by one are the baseline, measured in the same run.

Targets: claims of the whole >= 0.9 of the chapters', time <= 1.3x, peak
memory <= 1.5 GB.

    .venv/bin/python benchmarks/long_report.py [--megabytes 2] [--format txt|md|docx|pdf]
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "resources" / "samples"
CHAPTER_CHARS = 40_000
TARGETS = {"claims": 0.9, "time": 1.3, "peak_mb": 1500}

CHILD = """
import json, resource, sys, time
from pathlib import Path
from workbench.core.services import Case
paths = sys.argv[2:]
started = time.perf_counter()
with Case.open(Path(sys.argv[1])) as case:
    report = case.import_paths(paths, match=False)
seconds = time.perf_counter() - started
who = (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
peak = max(resource.getrusage(w).ru_maxrss for w in who)
print(json.dumps({
    "seconds": seconds, "peak_mb": peak / 1024, "failed": report.failed,
    "articles": len(report.imported), "claims": sum(i.claims for i in report.imported),
}))
"""


def paragraphs() -> list[str]:
    found: list[str] = []
    for path in sorted(SAMPLES.iterdir()):
        if path.suffix in (".txt", ".md"):
            lines = path.read_text(encoding="utf-8").splitlines()[1:]
            found += [line.strip() for line in lines if len(line.strip()) > 80]
    return found


def chapters(megabytes: float) -> list[str]:
    """Chapters of about CHUNK_CHARS each, the sample paragraphs in an order of their own."""
    pool, rng = paragraphs(), random.Random(16)
    made: list[str] = []
    while sum(map(len, made)) < megabytes * 1_000_000:
        number = len(made) + 1
        body: list[str] = []
        while sum(map(len, body)) < CHAPTER_CHARS:
            body += rng.sample(pool, len(pool))
        made.append(f"Chapter {number}: findings from the field\n\n" + "\n\n".join(body) + "\n")
    return made


def write(texts: list[str], path: Path, fmt: str) -> None:
    if fmt == "pdf":  # the app's own PDF writer
        import html

        from workbench.gui.pdf import write_pdf

        paragraphs = [p.strip() for text in texts for p in text.split("\n\n") if p.strip()]
        write_pdf("".join(f"<p>{html.escape(p)}</p>" for p in paragraphs), path, title=path.stem)
    elif fmt == "docx":
        import docx

        document = docx.Document()
        for text in texts:
            for paragraph in text.split("\n\n"):
                document.add_paragraph(paragraph.strip())
        document.save(str(path))
    else:
        path.write_text("\n".join(texts), encoding="utf-8")


def run(case: Path, *paths: Path) -> dict[str, object]:
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(case), *map(str, paths)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    figures: dict[str, object] = json.loads(out.splitlines()[-1])
    if figures["failed"]:
        raise SystemExit(f"import failed: {figures['failed']}")
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--megabytes", type=float, default=2.0)
    parser.add_argument("--format", choices=["txt", "md", "docx", "pdf"], default="txt")
    args = parser.parse_args()
    parts = chapters(args.megabytes)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        folder = root / "chapters"
        folder.mkdir()
        for number, text in enumerate(parts, start=1):
            write([text], folder / f"chapter{number:03}.{args.format}", args.format)
        report = root / f"report.{args.format}"
        write(parts, report, args.format)
        size = report.stat().st_size
        print(f"report: {size / 1e6:.2f} MB, {len(parts)} chapters, {sum(map(len, parts)):,} chars")
        base = run(root / "chapters.db", folder)
        whole = run(root / "report.db", report)
    print(f"{'':<24}{'claims':>8}{'seconds':>10}{'peak MB':>10}")
    for label, figures in (("chapters one by one", base), ("the report whole", whole)):
        print(
            f"{label:<24}{figures['claims']:>8}{figures['seconds']:>10.1f}{figures['peak_mb']:>10.0f}"
        )
    claims = int(str(whole["claims"])) / max(int(str(base["claims"])), 1)
    seconds = float(str(whole["seconds"])) / float(str(base["seconds"]))
    peak = float(str(whole["peak_mb"]))
    print(f"claims ratio {claims:.3f} (target >= {TARGETS['claims']})")
    print(f"time ratio   {seconds:.3f} (target <= {TARGETS['time']})")
    print(f"peak memory  {peak:.0f} MB (target <= {TARGETS['peak_mb']})")
    ok = claims >= TARGETS["claims"] and seconds <= TARGETS["time"] and peak <= TARGETS["peak_mb"]
    print("all targets met" if ok else "TARGET MISSED")


if __name__ == "__main__":
    main()

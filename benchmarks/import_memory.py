"""Peak memory of an import: it must stay flat as the number of articles grows.

Generates synthetic wire stories (several attributed figures, a denial and a
witness quote each), then imports N of them into a fresh case in a child
process and reads the child's peak resident memory (``ru_maxrss``) and the peak
of Python allocations (``tracemalloc``). The smallest count is the baseline
measured in the same run; the ratios say how much more a larger import needs.

Two modes:

* ``pipeline`` (default 100 and 1,000 articles): discovery, reading,
  decoding, batching and one transaction per article, with a stand-in
  extractor (one claim per paragraph), so the figures are the pipeline's own.
* ``extract`` (default 50 and 200 articles): the same with the real spaCy
  extraction, no matching. Extraction costs about 0.05 s an article and the
  model some 100 MB, so the counts are smaller to keep a run short.
* ``full`` (default 50 and 200 articles): the real path of ``workbench
  import``, matching included.

    python benchmarks/import_memory.py                       # every mode
    python benchmarks/import_memory.py --mode pipeline --counts 100 1000
    python benchmarks/import_memory.py --mode full --counts 20 80   # a quick smoke test
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Iterator, Sequence
from pathlib import Path

FLAT = 1.5  # a larger import may need at most this much more memory than the baseline
PER_ARTICLE_KB = 1.0  # bookkeeping per file (its path, its report line), never its text
CITIES = ["Deraa", "Homs", "Hama", "Banias", "Latakia", "Douma", "Idlib", "Aleppo"]
SOURCES = [
    ("A rights group", "said"),
    ("The interior ministry", "said"),
    ("Residents", "told reporters"),
    ("A hospital official", "said"),
    ("The United Nations", "said"),
    ("Opposition activists", "claimed"),
]


def story(index: int, rng: random.Random) -> str:
    """A wire story of about 1,500 characters, distinct for each index."""
    city = rng.choice(CITIES)
    lines = [f"Clashes reported in {city} (dispatch {index})", ""]
    for _ in range(rng.randint(4, 7)):
        source, cue = rng.choice(SOURCES)
        lines += [
            f"{source} {cue} {rng.randint(2, 900)} people were killed in {city} on "
            f"{rng.choice(['Monday', 'Friday', 'Sunday'])}, and that {rng.randint(10, 5000)} "
            "more had been detained since the protests began.",
            "",
        ]
    lines.append("The government denied that security forces had fired on unarmed protesters.")
    lines.append("")
    lines.append(
        f'"We saw soldiers on every street," one witness in {city} said by telephone, '
        f"asking not to be named. Dispatch {index} ends here."
    )
    return "\n".join(lines) + "\n"


def write_corpus(folder: Path, count: int) -> None:
    rng = random.Random(1)
    folder.mkdir(parents=True)
    for index in range(count):
        (folder / f"{index:05}.txt").write_text(story(index, rng), encoding="utf-8")


def paragraph_claims(texts: Sequence[str], outlets: Sequence[str], n_process: int = 1) -> Iterator:
    """The stand-in extractor: one own-voice claim per paragraph, spans exact."""
    from workbench.core.domain import Extraction, QuoteKind, SourceType, Stance

    for text, outlet in zip(texts, outlets, strict=True):
        claims, offset = [], 0
        for part in text.split("\n\n"):
            if part.strip():
                claims.append(
                    Extraction(
                        attributed=False, source="", source_start=offset, source_end=offset,
                        source_resolved=outlet or "the article", source_type=SourceType.MEDIA,
                        anonymous=False, cue="", cue_start=offset, cue_end=offset, content=part,
                        content_start=offset, content_end=offset + len(part),
                        quote=QuoteKind.INDIRECT, stance=Stance.ASSERTS,
                    )
                )  # fmt: skip
            offset += len(part) + 2
        yield claims


def child(mode: str, folder: Path, db: Path) -> None:
    """Run one import and print its figures as JSON (runs in a fresh process)."""
    from workbench.core.importing import import_paths
    from workbench.core.ingest import ArticleMeta
    from workbench.core.services import Case
    from workbench.core.store import CaseStore

    if mode in ("full", "extract"):
        from workbench.core.nlp import warm_up

        warm_up()  # the model's own memory belongs to the baseline, not to the articles
    base_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    tracemalloc.start()
    started = time.perf_counter()
    if mode in ("full", "extract"):
        with Case.open(db) as case:
            report = case.import_paths([folder], match=mode == "full")
    else:
        with CaseStore.open(db) as store:
            report = import_paths(
                store, [folder], ArticleMeta(), paragraph_claims, max_bytes=16 * 1024 * 1024
            )
    seconds = time.perf_counter() - started
    traced_peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    rusage = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(
        json.dumps(
            {
                "imported": len(report.imported),
                "failed": len(report.failed),
                "seconds": seconds,
                "base_rss_mb": base_rss,
                "peak_rss_mb": max(rusage, workers),
                "traced_peak_mb": traced_peak,
            }
        )
    )


def measure(mode: str, count: int, root: Path) -> dict[str, float]:
    folder = root / f"{mode}-{count}"
    write_corpus(folder, count)
    done = subprocess.run(
        [sys.executable, __file__, "--child", mode, str(folder), str(root / f"{mode}-{count}.db")],
        capture_output=True,
        text=True,
        check=True,
    )
    figures: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    if figures["imported"] != count:
        raise SystemExit(f"only {figures['imported']} of {count} articles imported")
    return figures


def run_mode(mode: str, counts: Sequence[int], root: Path) -> bool:
    print(f"\n{mode}: peak memory importing {' vs '.join(f'{c:,}' for c in counts)} articles")
    print(f"{'articles':>9} {'seconds':>8} {'base MB':>8} {'peak RSS MB':>12} {'traced MB':>10}")
    rows = [(count, measure(mode, count, root)) for count in counts]
    for count, f in rows:
        print(
            f"{count:>9,} {f['seconds']:>8.1f} {f['base_rss_mb']:>8.0f} "
            f"{f['peak_rss_mb']:>12.0f} {f['traced_peak_mb']:>10.1f}"
        )
    (small, base), (large, top) = rows[0], rows[-1]
    rss_ratio = top["peak_rss_mb"] / base["peak_rss_mb"]
    traced_ratio = top["traced_peak_mb"] / max(base["traced_peak_mb"], 0.01)
    # The report names every file, so a few hundred bytes per file are expected;
    # anything near an article's size (about 1.5 KB here) would mean texts are kept.
    per_article_kb = (top["traced_peak_mb"] - base["traced_peak_mb"]) * 1024 / (large - small)
    flat = rss_ratio <= FLAT and per_article_kb <= PER_ARTICLE_KB
    print(
        f"ratio {large:,} / {small:,} articles ({large / small:.0f}x the work): "
        f"peak RSS {rss_ratio:.2f}x, traced Python peak {traced_ratio:.2f}x "
        f"({per_article_kb:.2f} KB more per extra article, for its path and report line)"
    )
    print(
        f"-> {'flat' if flat else 'GROWS'} (flat: peak RSS <= {FLAT}x and <= "
        f"{PER_ARTICLE_KB} KB per extra article, less than one article's text)"
    )
    return flat


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mode", choices=["pipeline", "extract", "full", "all"], default="all")
    parser.add_argument("--counts", type=int, nargs=2, metavar=("SMALL", "LARGE"))
    parser.add_argument(
        "--child", nargs=3, metavar=("MODE", "FOLDER", "DB"), help=argparse.SUPPRESS
    )
    args = parser.parse_args()
    if args.child:
        mode, folder, db = args.child
        child(mode, Path(folder), Path(db))
        return
    defaults = {"pipeline": [100, 1000], "extract": [50, 200], "full": [50, 200]}
    modes = list(defaults) if args.mode == "all" else [args.mode]
    with tempfile.TemporaryDirectory() as folder:
        results = [run_mode(m, args.counts or defaults[m], Path(folder)) for m in modes]
    sys.exit(0 if all(results) else 1)


if __name__ == "__main__":
    main()

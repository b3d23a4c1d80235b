"""What claim vectors add to ``workbench import``: the same import with and without.

An import matches the new articles into the case, and matching embeds their
claims (the meaning model, stored in the case) when the ``semantic`` extra is
installed. Each run is a fresh process importing into a fresh case, as a
person's first import is: with vectors it loads the model too. The target is
a ratio of at most 1.5. Articles are those of ``../shared/eval/newsdev`` and
``newsdev2`` when there (read at run time, never copied), else the bundled
samples. ``demo`` times ``workbench demo --no-gui`` both ways as well.

    .venv/bin/python benchmarks/import_vectors.py [--rounds 3] [--only import]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
EVAL = next(
    (p / "shared" / "eval" for p in (REPO.parent, REPO.parent.parent) if (p / "shared").is_dir()),
    REPO.parent / "shared" / "eval",
)
"""``../shared/eval`` beside the repository (or beside a worktree's folder)."""
TARGET = 1.5
WORKBENCH = str(Path(sys.executable).with_name("workbench"))


def folders() -> list[Path]:
    found = [EVAL / name / "articles" for name in ("newsdev", "newsdev2")]
    found = [f for f in found if f.is_dir()]
    return found or [REPO / "resources" / "samples"]


def timed(args: list[str], vectors: bool, db: Path) -> float:
    env = dict(os.environ)
    if not vectors:
        env["WORKBENCH_LEXICAL"] = "1"
    start = time.perf_counter()
    subprocess.run([WORKBENCH, "--db", str(db), *args], env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    return time.perf_counter() - start


def stored_vectors(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute("SELECT count(*) FROM claim_vectors").fetchone()[0])


def best_of(rounds: int, args: list[str]) -> dict[bool, tuple[float, int]]:
    """Per mode (vectors or not), the fastest of ``rounds`` cold runs and the vectors stored.

    Each run is on a new case; the two modes take turns, so a busy spell of a
    shared machine slows both rather than one.
    """
    times: dict[bool, list[float]] = {False: [], True: []}
    stored = dict.fromkeys(times, 0)
    for _ in range(rounds):
        for vectors in times:
            with tempfile.TemporaryDirectory() as tmp:
                db = Path(tmp) / "case.db"
                times[vectors].append(timed(args, vectors, db))
                stored[vectors] = stored_vectors(db)
    return {vectors: (min(times[vectors]), stored[vectors]) for vectors in times}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--only", choices=("import", "demo"), help="time one of the two")
    args = parser.parse_args()
    sources = folders()
    runs = {"import": ["import", *map(str, sources)], "demo": ["demo", "--no-gui"]}
    for name, command in runs.items():
        if args.only not in (None, name):
            continue
        best = best_of(args.rounds, command)
        (without, _), (with_vectors, stored) = best[False], best[True]
        ratio = with_vectors / without
        verdict = "ok" if name == "demo" or ratio <= TARGET else f"over {TARGET}"
        print(f"{name}: words alone {without:.2f} s, with vectors {with_vectors:.2f} s "
              f"({stored} claim vectors stored), ratio {ratio:.2f} {verdict}")  # fmt: skip


if __name__ == "__main__":
    main()

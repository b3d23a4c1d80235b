"""Several processes on one case at once: nothing lost, nothing locked, the file sound.

One process plays the app: it holds the case open on two connections for
the whole run, writes from its main thread and from a background thread
that opens and closes a connection of its own for each job (as the app's
workers do), and opens and closes extra connections now and then. Three
short-lived writers (separate processes, like command-line runs) open,
read, write and close the case at random: some keep a connection for a few
writes, some open a new one for each. Every write is an evidence link with
a unique address, so at the end every write of every process can be looked
for; the file must pass ``integrity_check``.

The baseline, measured in the same run, is the same number of writes made
by one process on one connection; the ratio is the cost of sharing the case.

    python benchmarks/stress_processes.py                 # 4 processes x 500 writes
    python benchmarks/stress_processes.py --writes 100    # a quick run
    python benchmarks/stress_processes.py --json          # one JSON object (tests read it)
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import closing
from pathlib import Path

from workbench.core.domain import Extraction, NewArticle, QuoteKind, SourceType, Stance
from workbench.core.errors import CaseBusyError, WorkbenchError
from workbench.core.services import Case

CLAIMS = 20
WRITERS = 3


def url(writer: str, number: int) -> str:
    return f"https://stress.test/{writer}/{number}"


def build(path: Path) -> list[int]:
    """A case of a few one-claim articles, written straight through the store."""
    with Case.open(path) as case:
        for number in range(CLAIMS):
            text = f"Officials said {number} bridges were closed.\n"
            start = text.index("bridges") - len(str(number)) - 1
            extraction = Extraction(
                True, "Officials", 0, 9, "Officials", SourceType.GOVERNMENT, True, "said", 10,
                14, text[start:-2], start, len(text) - 2, QuoteKind.INDIRECT, Stance.ASSERTS,
            )  # fmt: skip
            case.store.add_article(NewArticle(text=text, path=f"a{number}.txt"), [extraction])
        return case.store.claim_ids()


class Tally:
    def __init__(self) -> None:
        self.ok = 0
        self.locked = 0
        self.errors: list[str] = []
        self._lock = threading.Lock()

    def write(self, case: Case, claim_id: int, address: str) -> None:
        try:
            case.add_evidence(claim_id, address)
        except CaseBusyError:
            with self._lock:
                self.locked += 1
            return
        except (WorkbenchError, sqlite3.Error) as exc:
            with self._lock:
                self.errors.append(f"{address}: {exc}")
            return
        with self._lock:
            self.ok += 1

    def as_dict(self) -> dict[str, object]:
        return {"ok": self.ok, "locked": self.locked, "errors": self.errors}


def short_lived(db: Path, name: str, writes: int, seed: int) -> dict[str, object]:
    """A writer that opens and closes the case at random, as command-line runs do.

    Between two sessions it pauses a little with the case closed, so that
    now and then it is the last process to close the case beside the
    long-lived one: the moment SQLite decides whether to remove the -wal file.
    """
    rng = random.Random(seed)
    tally = Tally()
    case: Case | None = None
    ids: list[int] = []
    for number in range(writes):
        if case is None:
            case = Case.open(db)
            ids = case.claim_ids()
        if rng.random() < 0.3:
            case.articles()
            case.claims()
        tally.write(case, rng.choice(ids), url(name, number))
        if rng.random() < 0.6:
            case.close()
            case = None
            time.sleep(rng.random() / 100)
    if case is not None:
        case.close()
    return tally.as_dict()


def long_lived(db: Path, writes: int, seed: int, others: list[subprocess.Popen[str]]) -> Tally:
    """The app: two connections held until the others are done, a job thread, extra opens.

    Its writes are paced over the others' run, and it keeps opening and
    closing extra connections (as the app's dialogs and jobs do) until the
    last of them has finished.
    """
    rng = random.Random(seed)
    tally = Tally()
    main, second = Case.open(db), Case.open(db, check=False)
    ids = main.claim_ids()
    job_writes = writes // 3

    def jobs() -> None:
        job_rng = random.Random(seed + 1)
        for number in range(job_writes):
            with Case.open(db, check=False) as job:  # one connection per job, as workers do
                job.claims()
                tally.write(job, job_rng.choice(ids), url("app-job", number))
            time.sleep(job_rng.random() / 50)

    worker = threading.Thread(target=jobs)
    worker.start()
    number = 0
    while number < writes - job_writes or any(p.poll() is None for p in others):
        if rng.random() < 0.2:
            with Case.open(db) as extra:  # a dialog or a job opening and closing the case
                extra.articles()
        if rng.random() < 0.3:
            second.claims()
        if number < writes - job_writes:
            tally.write(main, rng.choice(ids), url("app", number))
            number += 1
        time.sleep(rng.random() / 100)
    worker.join()
    second.close()
    main.close()
    return tally


def expected(writes: int) -> set[str]:
    job_writes = writes // 3
    names = [("app", writes - job_writes), ("app-job", job_writes)]
    names += [(f"cli{n}", writes) for n in range(WRITERS)]
    return {url(name, i) for name, count in names for i in range(count)}


def stored(db: Path) -> tuple[set[str], str]:
    with closing(sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)) as conn:
        urls = {r[0] for r in conn.execute("SELECT url FROM evidence")}
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
    return urls, str(integrity)


def run(writes: int, seed: int) -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix="workbench-stress-") as folder:
        base_db, db = Path(folder) / "baseline.db", Path(folder) / "case.db"
        ids = build(base_db)
        started = time.perf_counter()
        with Case.open(base_db) as case:
            for number in range((WRITERS + 1) * writes):
                case.add_evidence(ids[number % len(ids)], url("baseline", number))
        baseline = time.perf_counter() - started

        build(db)
        started = time.perf_counter()
        procs = [
            subprocess.Popen(
                [
                    sys.executable,
                    __file__,
                    "--worker",
                    str(db),
                    f"cli{n}",
                    str(writes),
                    str(seed + 10 + n),
                ],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
            )  # fmt: skip
            for n in range(WRITERS)
        ]
        for proc in procs:  # every writer has imported what it needs: start together
            assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        for proc in procs:
            assert proc.stdin is not None
            proc.stdin.write("go\n")
            proc.stdin.flush()
        try:
            tallies = {"app": long_lived(db, writes, seed, procs).as_dict()}
        except (WorkbenchError, sqlite3.Error, IndexError) as exc:  # the failures to find
            tallies = {"app": {"crashed": f"{type(exc).__name__}: {exc}"}}
        for n, proc in enumerate(procs):
            out, _ = proc.communicate(timeout=600)
            tallies[f"cli{n}"] = json.loads(out) if proc.returncode == 0 else {"crashed": out}
        elapsed = time.perf_counter() - started
        urls, integrity = stored(db)
    want = expected(writes)
    return {
        "processes": WRITERS + 1,
        "writes_per_process": writes,
        "writes": len(want),
        "lost": len(want - urls),
        "locked": sum(int(t.get("locked", 0)) for t in tallies.values()),  # type: ignore[call-overload]
        "errors": [e for t in tallies.values() for e in t.get("errors", [])],  # type: ignore[attr-defined]
        "crashed": [name for name, t in tallies.items() if "crashed" in t],
        "integrity": integrity,
        "seconds": round(elapsed, 2),
        "baseline_seconds": round(baseline, 2),
        "ratio": round(elapsed / baseline, 2) if baseline else None,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--writes", type=int, default=500, help="writes per process")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--worker", nargs=4, metavar=("DB", "NAME", "WRITES", "SEED"))
    args = parser.parse_args()
    if args.worker:
        db, name, writes, seed = args.worker
        print("ready", flush=True)
        sys.stdin.readline()
        print(json.dumps(short_lived(Path(db), name, int(writes), int(seed))))
        return
    result = run(args.writes, args.seed)
    if args.json:
        print(json.dumps(result))
        return
    print(
        f"{result['processes']} processes x {result['writes_per_process']} writes "
        f"({result['writes']} in all): {result['lost']} lost, {result['locked']} locked, "
        f"{len(result['errors'])} errors, {len(result['crashed'])} crashed, "  # type: ignore[arg-type]
        f"integrity {result['integrity']}"
    )
    print(
        f"shared case {result['seconds']} s against {result['baseline_seconds']} s for the "
        f"same writes by one process on one connection (ratio {result['ratio']})"
    )


if __name__ == "__main__":
    main()

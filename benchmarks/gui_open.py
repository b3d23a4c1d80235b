"""Time from start to the window's first paint with data: demo case vs 100,000 claims.

Builds, once, in a temporary folder: the demo case (the bundled samples,
imported, extracted and matched) and two synthetic cases of 100,000 claims
and 5,000 links, written straight through the store: one of 2,000 articles
of 50 claims, one of 5,000 articles of 20 claims (many articles weigh on the
articles list and its counts rather than on the claims table). Each timing
is a fresh Python process that opens the window on a case offscreen and
reports the seconds from its first line to the window's ``first_painted``
signal (imports included); the median of a few runs is printed for every
case, with its ratio to the demo. Target: each big case within 1.5x of the
demo.

It also times sorting the big case's table by a support count, the one
order the store cannot give: by claim ids and the counts (what the app does)
against loading every claim and sorting those (what it did before).

    QT_QPA_PLATFORM=offscreen python benchmarks/gui_open.py            # 5 runs each
    QT_QPA_PLATFORM=offscreen python benchmarks/gui_open.py --runs 1   # a smoke test
"""

from __future__ import annotations

import time

STARTED = time.perf_counter()  # before any import a child pays for

import argparse  # noqa: E402
import os  # noqa: E402
import random  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402

LINKS = 5_000
SHAPES = ((2_000, 50), (5_000, 20))
"""(articles, claims per article) of the synthetic cases: 100,000 claims each."""
SOURCES = (("The Interior Ministry", "government"), ("A rights group", "ngo"),
           ("Witnesses", "witness"), ("The army", "military_security"),
           ("The United Nations", "international_org"), ("A local doctor", "expert"))  # fmt: skip
PLACES = ("Deraa", "Homs", "Hama", "Aleppo", "Idlib", "Latakia", "Douma", "Baniyas")
EVENTS = ("were killed", "were wounded", "were arrested", "fled", "were displaced")


def child(db: Path) -> None:
    """Open the window on ``db`` and print seconds to the first paint with data."""
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from workbench.core.services import Case
    from workbench.gui.mainwindow import MainWindow
    from workbench.gui.settings import WindowSettings

    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder, Case.open(db) as case:
        layout = QSettings(str(Path(folder) / "layout.ini"), QSettings.Format.IniFormat)
        window = MainWindow(case, settings=WindowSettings(layout), warm_up=None)
        rows = window.review.model.rowCount()
        elapsed: list[float] = []

        def painted() -> None:
            elapsed.append(time.perf_counter() - STARTED)
            QTimer.singleShot(0, app.quit)

        window.first_painted.connect(painted)
        window.show()
        app.exec()
        window.close()
    print(f"{elapsed[0]:.4f} {rows}")


def sentence(rng: random.Random) -> tuple[str, str, str, str]:
    source, kind = rng.choice(SOURCES)
    content = f"{rng.randint(2, 900)} people {rng.choice(EVENTS)} in {rng.choice(PLACES)}"
    content += f" on day {rng.randint(1, 400)}"
    return source, kind, "said", content


def build_big(path: Path, articles: int, per_article: int) -> None:
    """``articles`` x ``per_article`` claims through the store, as an import would leave them."""
    from workbench.core.domain import (
        Extraction,
        LinkDraft,
        NewArticle,
        Quantity,
        QuoteKind,
        Relation,
        SourceType,
        Stance,
    )
    from workbench.core.services import Case

    rng = random.Random(5)
    with Case.open(path) as case:
        for number in range(articles):
            parts: list[str] = [f"Report {number} from the north\n\n"]
            extractions = []
            for _ in range(per_article):
                source, kind, cue, content = sentence(rng)
                at = sum(map(len, parts))
                text = f"{source} {cue} {content}. "
                parts.append(text)
                s, c_ = at, at + len(source) + 1
                k = c_ + len(cue) + 1
                digits = content.split()[0]
                extractions.append(
                    Extraction(
                        True, source, s, s + len(source), source, SourceType(kind), False,
                        cue, c_, c_ + len(cue), content, k, k + len(content),
                        QuoteKind.INDIRECT, Stance.ASSERTS,
                        (Quantity(float(digits), digits, "people", k, k + len(digits)),),
                    )
                )  # fmt: skip
            article = NewArticle(
                "".join(parts), f"Report {number}", f"Outlet {number % 40}",
                f"2024-{1 + number % 12:02d}-{1 + number % 28:02d}", path=f"r{number}.txt",
            )  # fmt: skip
            case.store.add_article(article, extractions)
        total = articles * per_article
        drafts = []
        for _ in range(LINKS):
            a, b = sorted(rng.sample(range(1, total + 1), 2))
            relation = rng.choice((Relation.CORROBORATES, Relation.CONFLICTS))
            drafts.append(
                LinkDraft(a, b, relation, rng.uniform(60, 99), ("same place",), rng.random() < 0.7)
            )
        case.store.save_links(drafts)


def time_open(db: Path, runs: int) -> tuple[float, int]:
    times, rows = [], 0
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, __file__, "--child", str(db)],
            capture_output=True, text=True, check=True, env=env,
        ).stdout.split()  # fmt: skip
        times.append(float(out[-2]))
        rows = int(out[-1])
    return statistics.median(times), rows


def time_support_sort(db: Path) -> tuple[float, float]:
    """Seconds to order all claims by corroborating count: from ids, and from loaded claims."""
    from workbench.core.services import Case
    from workbench.gui.models.claim_sort import Column, ids_by_support

    with Case.open(db) as case:
        support = case.support()
        began = time.perf_counter()
        by_ids = ids_by_support(case.claim_ids(), Column.CORROBORATING, True, support)
        from_ids = time.perf_counter() - began
        began = time.perf_counter()
        claims = case.claims()
        loaded = sorted(
            claims,
            key=lambda c: (support[c.id].corroborating if c.id in support else 0, c.id),
            reverse=True,
        )
        from_claims = time.perf_counter() - began
    assert by_ids == [c.id for c in loaded]
    return from_ids, from_claims


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return
    from workbench.core.demo import build_demo

    with tempfile.TemporaryDirectory() as folder:
        demo = Path(folder) / "demo.db"
        began = time.perf_counter()
        build_demo(demo)
        print(f"built the demo case in {time.perf_counter() - began:.1f} s")
        bigs = []
        for articles, per_article in SHAPES:
            big = Path(folder) / f"big-{articles}.db"
            began = time.perf_counter()
            build_big(big, articles, per_article)
            print(f"built {articles:,} articles x {per_article} claims in "
                  f"{time.perf_counter() - began:.1f} s")  # fmt: skip
            bigs.append((f"{articles:,} articles", big))
        demo_s, demo_rows = time_open(demo, args.runs)
        opened = [(name, *time_open(big, args.runs)) for name, big in bigs]
        from_ids, from_claims = time_support_sort(bigs[0][1])
    print(f"first paint with data, median of {args.runs} fresh processes:")
    print(f"  demo case         {demo_rows:>7,} claims  {demo_s * 1000:7.0f} ms")
    for name, big_s, big_rows in opened:
        ratio = big_s / demo_s
        verdict = "within" if ratio <= 1.5 else "OVER"
        print(f"  {name:<16}  {big_rows:>7,} claims  {big_s * 1000:7.0f} ms"
              f"  ratio {ratio:.2f}x  ({verdict} the 1.5x target)")  # fmt: skip
    print("sorting 100,000 claims by corroborating count (support counts already known):")
    print(f"  from claim ids  {from_ids * 1000:7.0f} ms")
    print(f"  loading claims  {from_claims * 1000:7.0f} ms  ({from_claims / from_ids:.1f}x slower)")


if __name__ == "__main__":
    main()

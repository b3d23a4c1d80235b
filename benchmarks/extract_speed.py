"""Words per second of the extractor against a bare ``nlp.pipe`` of the same model.

Both run in this process on the same texts with the same pipeline (the one
:func:`workbench.core.extract.model.load_nlp` builds), so the ratio measures
only what our rules over the parse cost. The target is a ratio of at least
0.9. Texts are PolNeAR's articles when ``../shared/eval`` is there (read at run
time, never copied), else the bundled sample articles; they are repeated to
reach ``--words``.

    .venv/bin/python benchmarks/extract_speed.py [--words 60000] [--rounds 3]
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from workbench.core.extract import Extractor
from workbench.core.extract.model import load_nlp

REPO = Path(__file__).resolve().parent.parent
DEFAULT_EVAL = REPO.parent / "shared" / "eval"


def load_texts(eval_dir: Path, words: int) -> tuple[list[str], str]:
    """Texts totalling about ``words`` words, and where they came from."""
    polnear = eval_dir / "polnear" / "dev_train.jsonl"
    if polnear.exists():
        with polnear.open(encoding="utf-8") as fh:
            base = [json.loads(line)["text"] for line in fh if line.strip()]
        origin = str(polnear)
    else:
        folder = REPO / "resources" / "samples"
        samples = sorted([*folder.rglob("*.txt"), *folder.rglob("*.md")])
        base = [p.read_text(encoding="utf-8") for p in samples]
        origin = "resources/samples"
    if not base:
        raise SystemExit("no texts to measure")
    texts: list[str] = []
    total = 0
    while total < words:
        for text in base:
            texts.append(text)
            total += len(text.split())
            if total >= words:
                break
    return texts, origin


def best_rate(run: Callable[[], object], words: int, rounds: int) -> float:
    """The best words/second over ``rounds`` runs (the least disturbed by other load)."""
    best = 0.0
    for _ in range(rounds):
        started = time.perf_counter()
        run()
        best = max(best, words / (time.perf_counter() - started))
    return best


def consume(items: Iterable[object]) -> None:
    for _ in items:
        pass


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL)
    parser.add_argument("--words", type=int, default=60_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=16)
    args = parser.parse_args()
    texts, origin = load_texts(args.eval_dir, args.words)
    words = sum(len(t.split()) for t in texts)
    nlp = load_nlp()
    extractor = Extractor()
    consume(nlp.pipe(texts[:4]))  # warm caches before timing either side

    def bare() -> None:
        consume(nlp.pipe(texts, batch_size=args.batch_size))

    def extract() -> None:
        consume(extractor.extract_many(texts, batch_size=args.batch_size))

    bare_rate = extract_rate = 0.0
    for _ in range(args.rounds):  # interleaved, so drifting machine load hits both alike
        bare_rate = max(bare_rate, best_rate(bare, words, 1))
        extract_rate = max(extract_rate, best_rate(extract, words, 1))
    print(f"texts: {len(texts)} from {origin}, {words} words, pipeline {nlp.pipe_names}")
    print(f"bare nlp.pipe   {bare_rate:10.0f} words/s")
    print(f"extractor       {extract_rate:10.0f} words/s")
    print(f"ratio           {extract_rate / bare_rate:10.3f}  (target >= 0.9)")


if __name__ == "__main__":
    main()

"""Score the extractor on the seed article and on PolNeAR's dev split.

Writes one ``ID.jsonl`` per document (what ``workbench extract --format
jsonl`` prints) into a temporary folder, runs the shared scorer on it and
prints the headline figures. The gold data is read where it lies
(``../shared/eval`` beside the repository unless ``--eval-dir`` says
otherwise); nothing of it is copied into the project.

    .venv/bin/python benchmarks/eval_attribution.py [--split dev] [--errors] [--seed-only]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from workbench.core.extract import Extractor

REPO = Path(__file__).resolve().parent.parent
DEFAULT_EVAL = REPO.parent / "shared" / "eval"


def write_predictions(docs: list[dict[str, str]], out_dir: Path, extractor: Extractor) -> float:
    """Extract every document into ``out_dir``; returns the seconds it took."""
    started = time.perf_counter()
    texts = (d["text"] for d in docs)
    for doc, claims in zip(docs, extractor.extract_many(texts), strict=True):
        with (out_dir / f"{doc['id']}.jsonl").open("w", encoding="utf-8") as fh:
            for claim in claims:
                fh.write(json.dumps(claim.to_dict(), ensure_ascii=False) + "\n")
    return time.perf_counter() - started


def score(scorer: Path, gold: Path, pred: Path, split: str | None, errors: bool) -> dict:
    """Run the shared scorer in a subprocess and return its JSON figures."""
    cmd = [sys.executable, str(scorer), str(gold), str(pred)]
    if split:
        cmd += ["--split", split]
    if errors:
        cmd.append("--errors")
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    brace = out.index("{\n")
    if errors:
        print(out[:brace])
    return json.loads(out[brace:])


def headline(name: str, res: dict) -> None:
    wsw = res["who_said_what@0.5"]
    att = res["attr@0.5"]
    subsets = res["recall_by_subset@0.5"]
    print(f"== {name}")
    print(
        f"who_said_what@0.5  P {wsw['P']:.3f}  R {wsw['R']:.3f}  F1 {wsw['F1']:.3f}"
        f"  (pred {wsw['n_pred']}, gold {wsw['n_gold']})"
    )
    print(f"attr@0.5           P {att['P']:.3f}  R {att['R']:.3f}  F1 {att['F1']:.3f}")
    for key in ("speech_cue", "other_cue", "direct", "indirect"):
        sub = subsets[key]
        if sub["n_gold"]:
            print(
                f"  {key:<10} n {sub['n_gold']:>4}  content R {sub['content_recall']:.3f}"
                f"  who_said_what R {sub['who_said_what_recall']:.3f}"
            )
    if res.get("source_type_accuracy") is not None:
        print(f"source type accuracy     {res['source_type_accuracy']:.3f}")
    if res.get("resolved_source_accuracy") is not None:
        print(f"resolved source accuracy {res['resolved_source_accuracy']:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL)
    parser.add_argument("--split", default="dev", help="PolNeAR split to score (dev or train)")
    parser.add_argument("--errors", action="store_true", help="list missed and invented claims")
    parser.add_argument("--seed-only", action="store_true")
    parser.add_argument("--json", action="store_true", help="also print the full scorer output")
    args = parser.parse_args()
    eval_dir: Path = args.eval_dir
    scorer = eval_dir / "score_attribution.py"
    extractor = Extractor()
    extractor.warm_up()
    sets = [("seed", eval_dir / "seed_gold.jsonl", None)]
    if not args.seed_only:
        sets.append((f"PolNeAR {args.split}", eval_dir / "polnear" / "dev_train.jsonl", args.split))
    for name, gold, split in sets:
        with gold.open(encoding="utf-8") as fh:
            docs = [json.loads(line) for line in fh if line.strip()]
        if split:
            docs = [d for d in docs if d.get("split") == split]
        with tempfile.TemporaryDirectory() as tmp:
            seconds = write_predictions(docs, Path(tmp), extractor)
            res = score(scorer, gold, Path(tmp), split, args.errors)
        headline(name, res)
        print(f"({len(docs)} documents extracted in {seconds:.1f} s)")
        if args.json:
            print(json.dumps(res, indent=1))


if __name__ == "__main__":
    main()

"""Source types and referents on newsdev and newsdev2, event by event.

Extracts every article of the two development sets (their gold texts, read
where they lie under ``../shared/eval``; nothing is copied into the project),
scores each event alone, each set, and all events with the shared scorer, and
prints who-said-what F1, source type right and referent right. With
``--errors EVENTS`` it lists the type and referent misses of those events
only (``--errors e1,e2`` or ``--errors newsdev2:e1``), so that events kept
held out are never read while the rules are written.

    .venv/bin/python benchmarks/eval_sources.py [--errors e1,e2] [--json]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

from workbench.core.extract import Extractor

REPO = Path(__file__).resolve().parent.parent
DEFAULT_EVAL = next(
    (
        p / "shared" / "eval"
        for p in (REPO.parent, REPO.parent.parent)
        if (p / "shared" / "eval").is_dir()
    ),
    REPO.parent / "shared" / "eval",
)
"""``../shared/eval`` beside the repository (or beside a worktree's folder)."""
SETS = ("newsdev", "newsdev2")


def load_scorer(eval_dir: Path) -> ModuleType:
    """The shared scorer as a module (run where it lies)."""
    spec = importlib.util.spec_from_file_location(
        "score_attribution", eval_dir / "score_attribution.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def predictions(gold: dict[str, dict[str, Any]], extractor: Extractor) -> dict[str, dict[str, Any]]:
    ids = sorted(gold)
    out: dict[str, dict[str, Any]] = {}
    for doc_id, claims in zip(
        ids, extractor.extract_many(gold[i]["text"] for i in ids), strict=True
    ):
        rows = [c.to_dict() for c in claims if c.attributed]
        out[doc_id] = {"text": gold[doc_id]["text"], "attributions": rows}
    return out


def figures(scorer: ModuleType, gold: dict[str, Any], pred: dict[str, Any]) -> dict[str, Any]:
    res = scorer.score(gold, pred)
    return {
        "wsw_f1": res["who_said_what@0.5"]["F1"],
        "type": res["source_type_accuracy"],
        "referent": res["resolved_source_accuracy"],
    }


def misses(scorer: ModuleType, gold: dict[str, Any], pred: dict[str, Any]) -> list[str]:
    """Type and referent misses on who-said-what pairs, one line each."""
    lines = []
    for doc_id in sorted(gold):
        g_items = scorer.prep(gold[doc_id])
        p_items = scorer.prep(
            {"text": gold[doc_id]["text"], "attributions": pred[doc_id]["attributions"]}
        )
        for gi, pi, cf in scorer.align(g_items, p_items):
            g, p = g_items[gi], p_items[pi]
            if cf < 0.5 or not (g["source"] & p["source"]):
                continue
            ga, pa = g["raw"], p["raw"]
            if ga.get("source_type") and ga["source_type"] != pa["source_type"]:
                lines.append(
                    f"{doc_id} TYPE {pa['source_type']} != {ga['source_type']}:"
                    f" [{pa['source']}] -> {pa['source_resolved']}"
                )
            if g["resolved"] and not scorer.resolved_ok(g["resolved"], p["resolved"]):
                lines.append(
                    f"{doc_id} REF  {pa['source_resolved']!r} != {ga['source_resolved']!r}"
                    f" [{pa['source']}]"
                )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL)
    parser.add_argument("--errors", default="", help="events whose misses to list: e1,newsdev2:e3")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = parser.parse_args()
    scorer = load_scorer(args.eval_dir)
    extractor = Extractor()
    extractor.warm_up()
    wanted = {e if ":" in e else f"newsdev:{e}" for e in args.errors.split(",") if e}
    table: dict[str, dict[str, Any]] = {}
    everything_gold: dict[str, Any] = {}
    everything_pred: dict[str, Any] = {}
    for name in SETS:
        gold = scorer.load(str(args.eval_dir / name / "attribution_gold.jsonl"))
        pred = predictions(gold, extractor)
        events = sorted({doc_id.split("-")[0] for doc_id in gold})
        for event in events:
            g = {k: v for k, v in gold.items() if k.startswith(f"{event}-")}
            p = {k: pred[k] for k in g}
            table[f"{name}:{event}"] = figures(scorer, g, p)
            if f"{name}:{event}" in wanted:
                print("\n".join(misses(scorer, g, p)))
        table[name] = figures(scorer, gold, pred)
        everything_gold.update({f"{name}/{k}": v for k, v in gold.items()})
        everything_pred.update({f"{name}/{k}": v for k, v in pred.items()})
    table["all"] = figures(scorer, everything_gold, everything_pred)
    if args.json:
        print(json.dumps(table))
        return
    print(f"{'':16} {'wsw F1':>7} {'type':>6} {'referent':>9}")
    for key, row in table.items():
        print(f"{key:16} {row['wsw_f1']:7.3f} {row['type']:6.3f} {row['referent']:9.3f}")


if __name__ == "__main__":
    main()

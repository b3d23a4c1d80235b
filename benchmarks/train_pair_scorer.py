"""Train the learned pair scorer and measure it with each event held out.

Data: the hand-annotated links of ``../shared/eval/newsdev`` and
``../shared/eval/newsdev2`` (8 events, written outside the project; read
from there, never copied). Each set is imported into a case of its own, its
claims read and embedded by the product's own code (``claim_views``), and
every cross-article pair within a story (``match.stories``) labelled by
the gold links (a claim hits a gold side when they overlap by half of the
shorter span, as ``score_links.py`` counts).

For each event E: a model is trained on the other seven events, written to
a weights file, and ``workbench match`` runs on E's set with it
(``WORKBENCH_PAIR_WEIGHTS``); ``score_links.py --event E`` scores E. The
held-out figures are the sum over events; the all-events figure uses the
model trained on all eight (in-sample, so an upper bound). ``--write``
saves that model as the shipped ``workbench/core/match/pair_weights.json``.

    python benchmarks/train_pair_scorer.py                 # held-out figures
    python benchmarks/train_pair_scorer.py --write         # and ship the weights
    python benchmarks/train_pair_scorer.py --words         # figures without the meaning model
    LEAVE_OUT=standout,headlines python benchmarks/train_pair_scorer.py   # an ablation

Fitting needs scikit-learn: ``pip install -e '.[semantic,test,bench]'``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

from workbench.core.claim_views import claim_views
from workbench.core.embeddings import load_embedder
from workbench.core.match.pair_features import (
    FEATURES,
    MEANING,
    ArticleMeans,
    Rarity,
    feature_matrix,
)
from workbench.core.match.pair_scorer import WEIGHTS_ENV, PairModel
from workbench.core.match.proposals import story_pairs
from workbench.core.match.stories import stories
from workbench.core.services import Case

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
SETS = ("newsdev", "newsdev2")
SHIPPED = ROOT / "workbench" / "core" / "match" / "pair_weights.json"
TARGET_PRECISION = 0.55
"""The threshold is the lowest probability at which the training pairs reach this precision:
a margin over the 0.5 a reviewer is promised, since stories of other forms (PolNeAR's
political news, with few figures) score lower than the training events. At 0.5 the
scorer with the count features proposed 395 links there, 3 of 30 right; at 0.55, fewer."""
SEED = 7


def extractor_digest() -> str:
    """A digest of the extraction package's source files."""
    digest = hashlib.sha1()
    for path in sorted((ROOT / "workbench" / "core" / "extract").rglob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:10]


def jsonl(path: Path) -> list[dict]:  # type: ignore[type-arg]
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def overlaps(a0: int, a1: int, b0: int, b1: int) -> bool:
    short = min(a1 - a0, b1 - b0)
    return short > 0 and (min(a1, b1) - max(a0, b0)) / short >= 0.5


def build_case(name: str, folder: Path) -> Path:
    """The set imported into a case; cached under the extractor's own digest, so that a
    change to extraction imports the set afresh instead of scoring old claims."""
    db = folder / f"{name}-{extractor_digest()}.db"
    if not db.exists():
        with Case.open(db) as case:
            case.import_paths([EVAL / name / "articles"], match=False)
    return db


def labelled_pairs(name: str, db: Path, words: bool):  # type: ignore[no-untyped-def]
    """Feature rows, labels and events of every candidate pair of the set."""
    embedder = None if words else load_embedder()
    with Case.open(db) as case:
        claims = case.claims()
        views = claim_views(case.store, claims, embedder)
        articles = {a.id: a for a in case.store.articles()}
        paths = {a.id: Path(a.path).stem for a in articles.values()}
    gold = jsonl(EVAL / name / "links_gold.jsonl")

    def sides_hit(view) -> set[tuple[int, str]]:  # type: ignore[no-untyped-def]
        """(gold link, side) pairs whose span this claim's content overlaps."""
        doc, span = paths[view.claim.article_id], view.claim.extraction
        return {
            (i, k) for i, g in enumerate(gold) for k in "ab"
            if g[k]["doc_id"] == doc
            and overlaps(span.content_start, span.content_end, g[k]["content_start"],
                         g[k]["content_end"])
        }  # fmt: skip

    hits = {v.claim.id: sides_hit(v) for v in views}
    by_article: dict[int, list] = {}  # type: ignore[type-arg]
    for view in views:
        by_article.setdefault(view.claim.article_id, []).append(view)
    rows, labels, events = [], [], []
    for story in stories(views):
        members = [v for a in story for v in by_article[a]]
        pairs = story_pairs(members)
        if not pairs:
            continue
        rarity = Rarity(v.reading for v in members)
        rows.append(feature_matrix(pairs, rarity, ArticleMeans(members)))
        for a, b in pairs:
            ha, hb = hits[a.claim.id], hits[b.claim.id]
            linked = any((i, "b" if k == "a" else "a") in hb for i, k in ha)
            labels.append(int(linked))
            events.append(f"{name}:{paths[a.claim.article_id].split('-')[0]}")
    return np.vstack(rows), np.array(labels), np.array(events)


def train(x: np.ndarray, y: np.ndarray, features: tuple[str, ...]) -> PairModel:  # type: ignore[type-arg]
    columns = [FEATURES.index(f) for f in features]
    data = x[:, columns]
    mean, scale = data.mean(axis=0), data.std(axis=0)
    scale[scale == 0] = 1.0
    fitted = LogisticRegression(class_weight="balanced", max_iter=5000, random_state=SEED)
    fitted.fit((data - mean) / scale, y)
    model = PairModel(
        features, tuple(mean.tolist()), tuple(scale.tolist()),
        tuple(fitted.coef_[0].tolist()), float(fitted.intercept_[0]), 0.5,
    )  # fmt: skip
    chances = model.probabilities(x)
    order = np.argsort(-chances)
    threshold, hits = 0.99, 0
    for rank, k in enumerate(order, start=1):
        hits += int(y[k])
        if hits / rank >= TARGET_PRECISION:
            threshold = float(chances[k])
    return PairModel(*[getattr(model, f) for f in ("features", "mean", "scale", "coef",
                                                   "intercept")], threshold)  # fmt: skip


def score_event(  # type: ignore[type-arg]
    name: str, db: Path, weights: dict, event: str, words: bool, keep: Path | None = None
) -> dict:
    """``workbench match`` on a copy of the set's case with ``weights``, scored on ``event``;
    the links are kept in ``keep`` when given, to read what was missed."""
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "case.db"
        shutil.copy(db, copy)
        path = Path(folder) / "weights.json"
        path.write_text(json.dumps(weights), encoding="utf-8")
        env = {**os.environ, WEIGHTS_ENV: str(path)}
        if words:
            env["WORKBENCH_LEXICAL"] = "1"
        workbench = str(Path(sys.executable).with_name("workbench"))
        links = subprocess.run(
            [workbench, "--db", str(copy), "match", "--format", "jsonl"],
            capture_output=True, text=True, env=env, check=True,
        ).stdout  # fmt: skip
        out = Path(folder) / "links.jsonl"
        out.write_text(links, encoding="utf-8")
        if keep is not None:
            shutil.copy(out, keep / f"{name}-{event}.jsonl")
        scored = subprocess.run(
            [sys.executable, str(EVAL / "score_links.py"), str(EVAL / name), str(out),
             "--event", event], capture_output=True, text=True, check=True,
        ).stdout  # fmt: skip
    result = json.loads(scored)
    gold = jsonl(EVAL / name / "links_gold.jsonl")
    result["gold_conflicts"] = sum(
        1 for g in gold if g["relation"] == "conflicts" and g["a"]["doc_id"].split("-")[0] == event
    )
    return result  # type: ignore[no-any-return]


def summarise(rows: list[dict]) -> dict:  # type: ignore[type-arg]
    gold = sum(r["gold_links"] for r in rows)
    found = sum(round(r["recall"] * r["gold_links"]) for r in rows)
    proposed = sum(r["proposed"] for r in rows)
    hit = sum(round(r["precision"] * r["proposed"]) for r in rows)
    right = sum(round(r["relation_right"] * round(r["recall"] * r["gold_links"])) for r in rows)
    must = [tuple(map(int, r["must_not_link_linked"].split("/"))) for r in rows]
    conflicts = sum(r["gold_conflicts"] for r in rows)
    found_conflicts = sum(round(r["conflicts_found"] * r["gold_conflicts"]) for r in rows)
    return {
        "gold": gold, "proposed": proposed, "recall": round(found / max(gold, 1), 3),
        "precision": round(hit / max(proposed, 1), 3),
        "relation_right": round(right / max(found, 1), 3),
        "conflicts_found": round(found_conflicts / max(conflicts, 1), 3),
        "cross_event": sum(r["cross_event"] for r in rows),
        "must_not_link_linked": f"{sum(m[0] for m in must)}/{sum(m[1] for m in must)}",
    }  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="ship the all-events weights")
    parser.add_argument("--words", action="store_true", help="measure the words-only model")
    parser.add_argument("--cache", default=str(Path(tempfile.gettempdir()) / "workbench-train"))
    parser.add_argument("--links", help="folder to keep each held-out event's links in")
    args = parser.parse_args()
    cache = Path(args.cache)
    cache.mkdir(parents=True, exist_ok=True)
    dbs = {name: build_case(name, cache) for name in SETS}
    left_out = set(os.environ.get("LEAVE_OUT", "").split(","))
    meaning_features = tuple(f for f in FEATURES if f not in left_out)
    words_features = tuple(f for f in FEATURES if f not in MEANING | left_out)
    data = {}
    for words in (False, True):
        parts = [labelled_pairs(name, dbs[name], words) for name in SETS]
        data[words] = tuple(np.concatenate(p) for p in zip(*parts, strict=True))
    measured = args.words
    x, y, events = data[measured]
    features = words_features if measured else meaning_features
    held_out = []
    for event in sorted(set(events)):
        keep = events != event
        model = train(x[keep], y[keep], features)
        ox, oy, oe = data[not measured]
        other = train(ox[oe != event], oy[oe != event],
                      meaning_features if measured else words_features)  # fmt: skip
        pair = (
            {"meaning": other, "words": model} if measured else {"meaning": model, "words": other}
        )
        weights = {k: v.to_dict() for k, v in pair.items()}
        name, short = event.split(":")
        keep = Path(args.links) if args.links else None
        if keep is not None:
            keep.mkdir(parents=True, exist_ok=True)
        result = score_event(name, dbs[name], weights, short, measured, keep)
        held_out.append(result)
        print(f"held out {event}: {json.dumps(result)}  threshold {model.threshold:.3f}")
    print("held-out events, summed:", json.dumps(summarise(held_out)))
    final = {
        "meaning": train(data[False][0], data[False][1], meaning_features).to_dict(),
        "words": train(data[True][0], data[True][1], words_features).to_dict(),
    }
    in_sample = [
        score_event(name, dbs[name], final, f"e{n}", measured) for name in SETS for n in range(1, 5)
    ]
    print("all events, model trained on all:", json.dumps(summarise(in_sample)))
    if args.write:
        SHIPPED.write_text(json.dumps(final, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {SHIPPED}")


if __name__ == "__main__":
    main()

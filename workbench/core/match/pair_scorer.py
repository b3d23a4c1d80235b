"""The learned pair scorer: a logistic regression over :data:`pair_features.FEATURES`.

Its weights ship as ``pair_weights.json`` beside this module. They are made
by ``benchmarks/train_pair_scorer.py`` from the hand-annotated links of the
newsdev and newsdev2 sets (``../shared/eval``, named there, not copied),
which also reports the figures with each event held out. There are two
weight sets: ``meaning`` (with sentence vectors) and ``words`` (without,
for an install without the semantic extra). ``WORKBENCH_PAIR_WEIGHTS``
names another weights file (the held-out benchmark trains one per event).
"""

from __future__ import annotations

import importlib.resources
import json
import math
import os
from dataclasses import dataclass
from typing import Any

import numpy as np

from workbench.core.match.pair_features import FEATURES

WEIGHTS_ENV = "WORKBENCH_PAIR_WEIGHTS"


@dataclass(frozen=True, slots=True)
class PairModel:
    """Standardised logistic regression: p = sigmoid(((x - mean) / scale) . coef + intercept)."""

    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[float, ...]
    intercept: float
    threshold: float
    """Probability from which a pair is proposed to the reviewer."""

    def probabilities(self, matrix: np.ndarray) -> np.ndarray:
        """One probability per row of a matrix whose columns are :data:`FEATURES`."""
        if len(matrix) == 0:
            return np.zeros(0)
        columns = [FEATURES.index(name) for name in self.features]
        x = (matrix[:, columns] - np.array(self.mean)) / np.array(self.scale)
        z = x @ np.array(self.coef) + self.intercept
        return np.asarray(1.0 / (1.0 + np.exp(-np.clip(z, -30, 30))))

    def to_dict(self) -> dict[str, Any]:
        return {
            "features": list(self.features), "mean": list(self.mean),
            "scale": list(self.scale), "coef": list(self.coef),
            "intercept": self.intercept, "threshold": self.threshold,
        }  # fmt: skip

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PairModel:
        model = cls(
            tuple(data["features"]), tuple(data["mean"]), tuple(data["scale"]),
            tuple(data["coef"]), float(data["intercept"]), float(data["threshold"]),
        )  # fmt: skip
        unknown = set(model.features) - set(FEATURES)
        if unknown or not math.isfinite(model.intercept):
            raise ValueError(f"pair weights name unknown features: {sorted(unknown)}")
        return model


def load_models() -> dict[str, PairModel]:
    """The ``meaning`` and ``words`` models, from the package or ``$WORKBENCH_PAIR_WEIGHTS``."""
    chosen = os.environ.get(WEIGHTS_ENV)
    if chosen:
        with open(chosen, encoding="utf-8") as handle:
            data = json.load(handle)
    else:
        resource = importlib.resources.files("workbench.core.match") / "pair_weights.json"
        data = json.loads(resource.read_text(encoding="utf-8"))
    return {name: PairModel.from_dict(data[name]) for name in ("meaning", "words")}

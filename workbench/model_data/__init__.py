"""Package data: the meaning model, written here by the build (build_support/).

``minilm.onnx`` (all-MiniLM-L6-v2 as an ONNX graph) and its
``tokenizer.json`` are build output and not kept in git; read them through
:mod:`workbench.core.embeddings`.
"""

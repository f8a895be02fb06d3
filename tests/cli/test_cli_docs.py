"""Every registered command is documented in docs/cli.md and answers --help (the sqlite-utils habit)."""

import subprocess
import sys
from pathlib import Path

import pytest

from relint_desktop.cli import COMMANDS, main

REPO = Path(__file__).resolve().parents[2]
DOC = (REPO / "docs" / "cli.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_command_is_documented(command):
    assert f"`relint {command}" in DOC


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_command_answers_help(command, capsys):
    with pytest.raises(SystemExit) as done:
        main([command, "--help"])
    assert done.value.code == 0
    assert f"relint {command}" in capsys.readouterr().out


def test_python_dash_m_is_the_same_command():
    done = subprocess.run([sys.executable, "-m", "relint_desktop", "validate", "--help"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and "usage: relint validate" in done.stdout

"""`relint validate`: one FILE:LINE: CODE line per problem, a summary on stderr, exit codes, --strict."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from relint_desktop.cli import main

EXAMPLE = Path(__file__).resolve().parents[1] / "core" / "data" / "example.yaml"
SOURCE = EXAMPLE.read_text(encoding="utf-8")
REPO = Path(__file__).resolve().parents[2]


def test_a_clean_file_exits_0(capsys):
    assert main(["validate", str(EXAMPLE)]) == 0
    out, err = capsys.readouterr()
    assert out == ""
    assert "1 scenario(s) loaded, 0 error(s), 0 warning(s)" in err


def test_a_broken_file_gives_file_line_code_and_exit_1(capsys, tmp_path):
    broken = tmp_path / "broken.yaml"
    broken.write_text(SOURCE.replace("goto: story\n      - text: \"You should", "goto: storyy\n      - text: \"You should"))
    assert main(["validate", str(broken)]) == 1
    out, _ = capsys.readouterr()
    line = SOURCE.split("goto: story\n      - text: \"You should")[0].count("\n") + 1
    assert out.splitlines() == [out.splitlines()[0]]
    assert out.startswith(f"{broken}:{line}: RL301 ")


def test_a_folder_with_broken_files_still_checks_the_rest(capsys, tmp_path):
    (tmp_path / "good.yaml").write_text(SOURCE)
    (tmp_path / "nested").mkdir()
    (tmp_path / "nested" / "syntax.yml").write_text("format: 1\nid: [unclosed\n")
    (tmp_path / "nested" / "binary.yaml").write_bytes(b"\xff\xfe\x00\x01")
    (tmp_path / "readme.txt").write_text("ignored")
    assert main(["validate", str(tmp_path)]) == 1
    out, err = capsys.readouterr()
    codes = sorted(line.split(": ")[1].split()[0] for line in out.splitlines())
    assert codes == ["RL101", "RL102"]
    assert "3 file(s), 1 scenario(s) loaded, 2 error(s)" in err


def test_missing_path_and_non_yaml(capsys, tmp_path):
    text = tmp_path / "notes.yaml"
    text.write_text("just some words\n")
    assert main(["validate", str(tmp_path / "missing.yaml"), str(text)]) == 1
    out, _ = capsys.readouterr()
    assert [line.split(": ")[1].split()[0] for line in out.splitlines()] == ["RL100", "RL200"]


def test_warnings_pass_unless_strict(capsys, tmp_path):
    warned = tmp_path / "warned.yaml"
    warned.write_text(SOURCE.replace("        feedback: \"Your worry is real, but leading with it puts Jo on trial before "
                                     "you know what happened.\"\n", ""))
    assert main(["validate", str(warned)]) == 0
    out, _ = capsys.readouterr()
    assert " RL216 " in out
    assert main(["validate", "--strict", str(warned)]) == 1
    capsys.readouterr()
    assert main(["validate", "--strict", "--quiet", str(EXAMPLE)]) == 0
    assert capsys.readouterr().err == ""


def test_unknown_option_and_no_path_are_usage_errors(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["validate", "--frobnicate", str(EXAMPLE)])
    assert exit_info.value.code == 2
    with pytest.raises(SystemExit) as exit_info:
        main(["validate"])
    assert exit_info.value.code == 2
    assert "usage" in capsys.readouterr().err


def test_the_bundled_scenarios_are_clean():
    scenarios = REPO / "scenarios"
    if not any(scenarios.rglob("*.yaml")):
        pytest.skip("no bundled scenarios yet")
    assert main(["validate", "--quiet", str(scenarios)]) == 0


def test_as_a_real_process_without_traceback(tmp_path):
    broken = tmp_path / "broken.yaml"
    broken.write_text("format: 1\nnodes: {a: [}\n")
    done = subprocess.run([sys.executable, "-m", "relint_desktop", "validate", str(broken)], capture_output=True,
                          text=True, cwd=REPO)
    assert done.returncode == 1
    assert done.stdout.startswith(f"{broken}:2: RL101 ")
    assert "Traceback" not in done.stderr

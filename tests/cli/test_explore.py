"""`relint explore`: coverage report, unreachable endings and dead ends exit 1, the state cap, random runs."""

from __future__ import annotations

from pathlib import Path

import pytest

from relint_desktop.cli import main

CORE = Path(__file__).resolve().parents[1] / "core"
EXAMPLE = CORE / "data" / "example.yaml"
SOURCE = EXAMPLE.read_text(encoding="utf-8")


def test_the_example_is_fully_covered(capsys):
    assert main(["explore", str(EXAMPLE)]) == 0
    out = capsys.readouterr().out
    assert "nodes covered: 6/6" in out and "endings reached: 3/3" in out


def test_an_ending_that_conditions_make_unreachable_exits_1(capsys, tmp_path):
    # 'story' can only go to 'opened' when trust > 100, which never holds: the loader cannot see that
    path = tmp_path / "cond.yaml"
    path.write_text(SOURCE.replace("        - when: {green: true}\n          effects: {trust: 15}\n          goto: opened",
                                   "        - when: {green: true, if: trust > 100}\n          effects: {trust: 15}\n"
                                   "          goto: opened"))
    assert main(["validate", "--quiet", str(path)]) == 0
    assert main(["explore", str(path)]) == 1
    out = capsys.readouterr().out
    assert "UNREACHABLE ending 'opened'" in out
    assert "endings reached: 2/3" in out


def dead_end(circle: str) -> str:
    """circle-back with both choices at 'later' guarded by trust tests that the usual paths fail."""
    return circle.replace("        goto: warm\n", "        goto: warm\n        if: trust > 99\n", 1).replace(
        "if: knows(lost-job)", "if: trust < 20")


def test_a_dead_end_exits_1_with_its_path(capsys, tmp_path):
    circle = (CORE / "playthroughs" / "circle-back.yaml").read_text()
    path = tmp_path / "dead.yaml"
    path.write_text(dead_end(circle))
    assert main(["explore", str(path)]) == 1
    out = capsys.readouterr().out
    assert "DEAD END at 'later'" in out
    assert "path: text > choice 2 > reveal > choice" in out


def test_the_state_cap_stops_with_a_clear_message(capsys, tmp_path):
    # a loop that keeps raising a variable a condition reads: endless distinct states
    path = tmp_path / "grow.yaml"
    path.write_text(SOURCE.replace("  pushed: 0", "  pushed: 0\n  rounds: 0").replace(
        "        labels: [clarify]\n        effects: {trust: 10}\n        feedback: \"Noticing how Jo is and asking one "
        "open question makes it easy to answer.\"\n        goto: story",
        "        labels: [clarify]\n        effects: {rounds: 1}\n        feedback: \"Round again.\"\n        goto: door"
    ).replace("      - text: \"You should set", "      - text: \"Out\"\n        labels: []\n        feedback: \"x\"\n"
              "        goto: story\n        if: rounds > 1000000000\n      - text: \"You should set"))
    assert main(["validate", "--quiet", str(path)]) == 0
    assert main(["explore", "--max-states", "50", str(path)]) == 2
    assert "stopped after 50 states" in capsys.readouterr().out


def test_random_runs_report_outcomes(capsys):
    assert main(["explore", "--random", "30", "--seed", "7", str(EXAMPLE)]) == 0
    out = capsys.readouterr().out
    assert "30 random runs (seed 7)" in out
    counts = dict(part.split() for part in out.split("outcomes: ")[1].splitlines()[0].split(", "))
    assert sum(int(v) for v in counts.values()) == 30
    main(["explore", "--random", "30", "--seed", "7", str(EXAMPLE)])
    assert capsys.readouterr().out == out  # the same seed plays the same runs


def test_random_runs_report_runtime_errors(capsys, tmp_path):
    circle = (CORE / "playthroughs" / "circle-back.yaml").read_text()
    path = tmp_path / "dead.yaml"
    path.write_text(dead_end(circle))
    assert main(["explore", "--random", "40", "--seed", "1", str(path)]) == 1
    assert "ERROR in run with seed" in capsys.readouterr().out


def test_errors(capsys, tmp_path):
    assert main(["explore", str(tmp_path / "nope.yaml")]) == 1
    assert " RL100 " in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_info:
        main(["explore", "--random", "many", str(EXAMPLE)])
    assert exit_info.value.code == 2


def test_routes_and_choices_never_taken_are_listed(capsys):
    # in routes.yaml, 'tries > 0' never holds at 'ask', and trust is always >= 30 at 'again'
    assert main(["explore", str(CORE / "playthroughs" / "routes.yaml")]) == 0
    out = capsys.readouterr().out
    never = [line.strip() for line in out.splitlines() if "never taken" in line]
    assert never == ["never taken: route 5 of node 'ask' (line 40)", "never taken: default of node 'again' (line 59)"]
    main(["explore", str(EXAMPLE)])
    assert "never taken" not in capsys.readouterr().out

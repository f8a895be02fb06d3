"""`relint play --text`: the whole run in a terminal, driven from a pipe; re-prompts; clean early end; recorder."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from relint_desktop.cli import main
from relint_desktop.core.engine import Engine
from relint_desktop.core.explore import synthetic_evaluation
from relint_desktop.core.loader import load_scenario, load_scenario_text
from relint_desktop.core.textplay import EXIT_INPUT_ENDED, EXIT_SCENARIO_ERROR, play_text

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "tests" / "core" / "data" / "example.yaml"
SCENARIO = load_scenario(EXAMPLE).scenario


def play(monkeypatch, capsys, text: str, *args: str) -> tuple[int, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(text))
    code = main(["play", "--text", *args, str(EXAMPLE)])
    return code, capsys.readouterr().out


def test_from_a_pipe_to_the_ending():
    done = subprocess.run([sys.executable, "-m", "relint_desktop", "play", "--text", str(EXAMPLE)],
                          input="2\nThat sounds awful. Thank you for telling me.\n", capture_output=True, text=True,
                          cwd=REPO, timeout=60)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert out.startswith("== I missed the bus again ==\nYou are Jo's parent.")
    assert "Jo (hurt): Don't start. I know I'm late.\n  1. Forty minutes!" in out
    assert "  3. You should set an alarm for the bus, then.\nChoose 1-3:" in out
    assert "You: You're soaked. Come in. What happened?" in out
    assert "Noticing how Jo is and asking one open question makes it easy to answer." in out  # author's feedback
    assert "   Trust 45 -> 55 (+10)" in out
    assert "Jo (ashamed): They do it every day, actually." in out  # the line's own mood
    assert "Your reply:" in out
    assert "== Ending: " in out and "Reflect: What did Jo need from you" in out and "Try today: " in out
    assert "Traceback" not in done.stderr


def test_feedback_shows_labels_and_score(monkeypatch, capsys):
    code, out = play(monkeypatch, capsys, "1\nYou're always like this, I can't believe you!!\n")
    assert code == 0
    assert "Feedback: escalate (red), hijack (red); score " in out
    assert "Trust 45 -> 30 (-15)" in out
    assert "== Ending: Shut down ==" in out or "== Ending: Partly opened ==" in out


def test_a_bad_number_is_asked_again(monkeypatch, capsys):
    code, out = play(monkeypatch, capsys, "0\nfour\n9\n\n2\n\nThank you for telling me. That sounds hard.\n")
    assert code == 0
    assert out.count("Please type a number from 1 to 3.") == 4
    assert out.count("Please type a reply (it cannot be empty).") == 1
    assert "You: You're soaked. Come in. What happened?" in out


def test_input_ending_early_stops_cleanly_with_code_3(monkeypatch, capsys):
    code, out = play(monkeypatch, capsys, "3\n")
    assert code == EXIT_INPUT_ENDED == 3
    assert out.rstrip().endswith("Input ended before the conversation did; the run stops here.")
    code, out = play(monkeypatch, capsys, "")
    assert code == 3


def test_errors(monkeypatch, capsys, tmp_path):
    assert main(["play", str(EXAMPLE)]) == 2  # the window player is `relint`
    assert "--text" in capsys.readouterr().err
    assert main(["play", "--text", str(tmp_path / "missing.yaml")]) == 1
    assert " RL100 " in capsys.readouterr().err
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: 1\nid: x\n: :\n")
    assert main(["play", "--text", str(bad)]) == 1
    assert "RL101" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_info:
        main(["play", "--text", "--speed", "2", str(EXAMPLE)])
    assert exit_info.value.code == 2


class ListRecorder:
    """Records what it hears, and how much had been printed at that moment."""

    def __init__(self, out: io.StringIO):
        self.out = out
        self.calls: list[tuple] = []

    def started(self, scenario, state):
        self.calls.append(("started", scenario.id, state.node, len(state.turns)))

    def turn(self, state, step):
        self.calls.append(("turn", state.node, len(state.turns), self.out.getvalue()))

    def ended(self, state):
        self.calls.append(("ended", state.outcome))


def test_the_recorder_hears_every_turn_before_the_next_line_is_printed():
    out = io.StringIO()
    recorder = ListRecorder(out)
    code = play_text(SCENARIO, io.StringIO("2\nThank you for telling me, that sounds hard.\n"), out, recorder=recorder)
    assert code == 0
    assert [c[0] for c in recorder.calls] == ["started", "turn", "turn", "ended"]
    assert recorder.calls[0] == ("started", "example-missed-bus", "door", 0)
    first_turn = recorder.calls[1]
    assert first_turn[1:3] == ("story", 1)
    assert "The bus left early" not in first_turn[3]  # recorded before the next line appeared
    assert "The bus left early" in out.getvalue()


def test_resume_from_a_saved_state():
    engine = Engine(SCENARIO)
    state = engine.choose(engine.start().state, 0).state  # at 'guarded', one turn done
    out = io.StringIO()
    recorder = ListRecorder(out)
    code = play_text(SCENARIO, io.StringIO("I came on too strong. Thank you for telling me.\n"), out,
                     recorder=recorder, state=state,
                     engine=Engine(SCENARIO, evaluate=lambda text, context: synthetic_evaluation(["appreciate"])))
    assert recorder.calls[0] == ("started", "example-missed-bus", "guarded", 1)
    text = out.getvalue()
    assert "(resuming after 1 reply)" in text
    assert "Don't start" not in text and "Jo (guarded): Whatever. It doesn't matter." in text
    assert code == 3  # 'story' asks for another reply and the input has ended


def test_bundled_scenarios_play_from_a_pipe_without_errors():
    files = sorted((REPO / "scenarios").rglob("*.yaml"))[:4]
    if not files:
        pytest.skip("no bundled scenarios yet")
    replies = "".join(f"{n % 3 + 1}\nThank you for telling me. What was that like?\n" for n in range(200))
    for path in files:
        done = subprocess.run([sys.executable, "-m", "relint_desktop", "play", "--text", str(path)], input=replies,
                              capture_output=True, text=True, cwd=REPO, timeout=60)
        assert done.returncode == 0, (path, done.stdout[-500:], done.stderr)
        assert "== Ending: " in done.stdout and "Traceback" not in done.stderr


def test_a_dead_end_at_run_time_is_reported_not_raised(tmp_path):
    circle = (REPO / "tests" / "core" / "playthroughs" / "circle-back.yaml").read_text()
    dead = circle.replace("        goto: warm\n", "        goto: warm\n        if: trust > 99\n", 1).replace(
        "if: knows(lost-job)", "if: trust < 20")
    scenario = load_scenario_text(dead).scenario
    out = io.StringIO()
    code = play_text(scenario, io.StringIO("2\n1\n"), out)
    assert code == EXIT_SCENARIO_ERROR == 4
    assert "The scenario cannot go on: node 'later' offers no reply" in out.getvalue()
    wrong = Engine(SCENARIO).start().state.evolve(scenario_id="another")
    assert play_text(SCENARIO, io.StringIO(""), io.StringIO(), state=wrong) == 4

"""Every scenario can be played to an ending with `relint play --text FILE` from a pipe.

The replies are planned with the real engine first: the first offered choice ("1"), or the node's
first exemplar at a typed node. Spare "1" lines follow, so that the run still ends if the evaluator
(which other work changes) routes a typed reply differently in the child process. An ending's
closing line must appear in the output, and the command must exit 0.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from relint_desktop.core.engine import Engine
from scenarios.conftest import REPO, SCENARIO_FILES, file_id

MAX_TURNS = 80
SPARE_LINES = 60


def plan(scenario) -> tuple[list[str], str]:
    """The lines to type and the ending node they lead to."""
    engine = Engine(scenario)
    state = engine.start().state
    lines: list[str] = []
    while not state.ended:
        assert len(lines) < MAX_TURNS, f"{scenario.id}: no ending after {MAX_TURNS} replies"
        node = scenario.node(state.node)
        if node.typed is not None:
            reply = node.typed.exemplars[0]
            state = engine.reply(state, reply).state
        else:
            reply = "1"
            first = engine.options(state)[0][0]
            state = engine.choose(state, first).state
        lines.append(reply)
    return lines, state.node


@pytest.mark.parametrize("path", SCENARIO_FILES, ids=file_id)
def test_play_text_from_a_pipe_reaches_an_ending(by_file, path: Path):
    scenario = by_file.get(path.resolve())
    assert scenario is not None, f"{path} did not load"
    lines, _ = plan(scenario)
    done = subprocess.run(
        [sys.executable, "-m", "relint_desktop", "play", "--text", str(path)],
        input="\n".join(lines + ["1"] * SPARE_LINES) + "\n", capture_output=True, text=True, timeout=120,
        cwd=REPO,
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr
    assert "Traceback" not in done.stderr
    closings = {[line.text for line in node.lines if line.condition is None][-1] for node in scenario.endings}
    assert any(closing in done.stdout for closing in closings), done.stdout[-2000:]

"""Helpers for the storage, CLI and GUI progress tests: a controllable clock, turns and run states."""

from __future__ import annotations

import datetime as dt

from relint_desktop.core.rubric import ELEMENTS
from relint_desktop.core.state import RunState, TranscriptEntry, Turn


class Clock:
    """A clock the test moves by hand (passed to the store; nothing is patched globally)."""

    def __init__(self, start: dt.datetime = dt.datetime(2026, 11, 2, 12, 0, tzinfo=dt.timezone.utc)):
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta) -> None:
        self.now += dt.timedelta(**delta)


def make_turn(index: int, reply: str = "that sounds hard", labels=("validate",), score: int = 70,
              node: str | None = None) -> Turn:
    """A graded turn with every element at `score`."""
    return Turn(index=index, node=node or f"n{index + 1}", reply=reply, typed=True, choice_index=None,
                labels=tuple(labels), elements={e: score for e in ELEMENTS}, score=score)


def advance(state: RunState, turn: Turn, next_node: str | None = None, outcome: str = "") -> RunState:
    """The run state after `turn`: the reply in the transcript, standing on the next node."""
    return state.evolve(node=next_node or f"n{turn.index + 2}", turns=state.turns + (turn,), outcome=outcome,
                        transcript=state.transcript + (TranscriptEntry("learner", turn.reply, turn.node),))


def fresh_state(scenario: str = "late-night") -> RunState:
    return RunState(scenario_id=scenario, node="n1", variables={"trust": 50})

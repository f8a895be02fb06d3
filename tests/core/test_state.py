"""Run state: JSON round trips (played runs and random states) and clear errors for damaged data."""

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from relint_desktop.core.engine import Engine
from relint_desktop.core.explore import random_runs, synthetic_evaluation
from relint_desktop.core.loader import load_scenario
from relint_desktop.core.rubric import ELEMENTS, LABELS
from relint_desktop.core.state import STATE_FORMAT, RunState, StateError, TranscriptEntry, Turn

EXAMPLE = load_scenario(Path(__file__).resolve().parent / "data" / "example.yaml").scenario


def round_trip(state: RunState) -> RunState:
    return RunState.from_json(json.loads(json.dumps(state.to_json())))


def test_a_played_run_round_trips_after_every_turn_and_resumes():
    engine = Engine(EXAMPLE)
    step = engine.start()
    assert round_trip(step.state) == step.state
    step = engine.choose(step.state, 0)
    assert round_trip(step.state) == step.state
    loaded = round_trip(step.state)
    assert engine.resume(loaded).state == step.state
    final = engine.reply(loaded, "Sorry. Thank you for telling me. What happened?", synthetic_evaluation(["clarify"]))
    assert round_trip(final.state) == final.state
    assert final.state.to_json()["format"] == STATE_FORMAT


def test_runs_played_on_from_a_loaded_state_match_runs_never_saved():
    engine = Engine(EXAMPLE)
    direct = engine.choose(engine.start().state, 1).state
    saved = round_trip(direct)
    evaluation = synthetic_evaluation(["validate"])
    assert engine.reply(saved, "x", evaluation) == engine.reply(direct, "x", evaluation)


names = st.text(st.characters(codec="utf-8"), max_size=12)
ints = st.integers(-10**6, 10**6)
turns = st.builds(
    Turn, index=st.integers(0, 100), node=names, reply=st.text(max_size=200), typed=st.booleans(),
    choice_index=st.none() | st.integers(0, 8), labels=st.lists(st.sampled_from(LABELS), unique=True).map(tuple),
    elements=st.fixed_dictionaries({e: st.integers(0, 100) for e in ELEMENTS}), score=st.integers(0, 100),
    feedback=st.text(max_size=50), explanations=st.dictionaries(st.sampled_from(LABELS), st.text(max_size=30)),
    suggestion=st.text(max_size=50), trust_before=st.integers(0, 100), trust_after=st.integers(0, 100),
)
states = st.builds(
    RunState, scenario_id=names, node=names, variables=st.dictionaries(names, ints),
    visits=st.dictionaries(names, st.integers(0, 1000)), facts=st.lists(names).map(tuple), understood=st.booleans(),
    transcript=st.lists(st.builds(TranscriptEntry, names, st.text(max_size=80), names, names), max_size=5).map(tuple),
    turns=st.lists(turns, max_size=4).map(tuple), outcome=st.sampled_from(["", "opened", "partly", "shut"]),
)


@settings(max_examples=150, deadline=None)
@given(states)
def test_any_state_round_trips(state):
    assert round_trip(state) == state


@pytest.mark.parametrize("seed", range(5))
def test_random_runs_of_the_example_all_end(seed):
    for run in random_runs(EXAMPLE, 3, seed):
        assert not run.error and run.outcome


@pytest.mark.parametrize("data", [
    None, [], "text", {}, {"format": "1"}, {"format": STATE_FORMAT + 1, "scenario": "x"},
    {"format": 1}, {"format": 1, "scenario": "x", "node": "y", "variables": []},
    {"format": 1, "scenario": "x", "node": "y", "variables": {"trust": "high"}},
    {"format": 1, "scenario": "x", "node": "y", "variables": {}, "facts": "abc"},
    {"format": 1, "scenario": "x", "node": "y", "variables": {}, "transcript": ["abcd"]},
    {"format": 1, "scenario": "x", "node": "y", "variables": {}, "understood": "false"},
    {"format": 1, "scenario": "x", "node": "y", "variables": {}, "turns": [{"index": 0}]},
    {"format": 1, "scenario": "x", "node": "y", "variables": {},
     "turns": [{"index": 0, "node": "y", "reply": "r", "typed": False, "labels": ["rude"]}]},
])
def test_damaged_states_raise_state_error(data):
    with pytest.raises(StateError):
        RunState.from_json(data)


@settings(max_examples=200, deadline=None)
@given(st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=5),
                    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=6),
                    max_leaves=20))
def test_arbitrary_json_is_loaded_or_refused_cleanly(data):
    try:
        RunState.from_json(data)
    except StateError:
        pass

"""Playthrough tests (YarnSpinner style): each playthroughs/NAME.plan is played against its scenario.

A plan is plain text, one entry per line (`#` starts a comment):

    scenario: ../data/example.yaml   which scenario (default: NAME.yaml, NAME = the plan's name up to its first '.')
    scene: TEXT                      a scene heading is shown
    line: SPEAKER: TEXT              the other person says this
    fact: ID                         a fact is remembered
    understood                       the person now feels understood
    option: TEXT                     one offered choice (list them all, in order)
    prompt: TEXT                     a typed reply is asked for (TEXT may be empty)
    select: N                        pick offered option N (1-based)
    reply [LABEL, ...]: TEXT         a typed reply graded as exactly these labels
    reply: TEXT                      a typed reply graded by the real evaluator
    labels: LABEL, ...               the last reply was graded with these labels (may be empty)
    trust: N                         the trust level is now N
    ending: OUTCOME                  the run ends with this outcome

Everything the engine shows must appear in the plan, in order, before the next action.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from relint_desktop.core.engine import Engine
from relint_desktop.core.events import (
    ChoicesOffered, FactRemembered, LineSpoken, ReplyGraded, RunEnded, SceneStarted, TypedReplyRequested, Understood,
)
from relint_desktop.core.explore import synthetic_evaluation
from relint_desktop.core.loader import load_scenario

HERE = Path(__file__).resolve().parent / "playthroughs"
PLANS = sorted(HERE.glob("*.plan"))
_REPLY = re.compile(r"reply(?:\s*\[(?P<labels>[^\]]*)\])?\s*:\s?(?P<text>.*)\Z")


def expected(event) -> list[str]:
    """The plan entries an engine event stands for (none for events a plan does not list)."""
    if isinstance(event, SceneStarted):
        return [f"scene: {event.title}"]
    if isinstance(event, LineSpoken):
        return [f"line: {event.speaker}: {event.text}"]
    if isinstance(event, FactRemembered):
        return [f"fact: {event.fact}"]
    if isinstance(event, Understood):
        return ["understood"]
    if isinstance(event, ChoicesOffered):
        return [f"option: {text}" for text in event.texts]
    if isinstance(event, TypedReplyRequested):
        return [f"prompt: {event.prompt}".rstrip()]
    if isinstance(event, RunEnded):
        return [f"ending: {event.outcome}"]
    return []


def read_plan(path: Path) -> tuple[Path, list[tuple[int, str]]]:
    """The scenario file and the plan's entries with their line numbers."""
    scenario = HERE / (path.name.split(".")[0] + ".yaml")
    entries = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        text = raw.strip()
        if not text or text.startswith("#"):
            continue
        if text.startswith("scenario:"):
            scenario = (path.parent / text.split(":", 1)[1].strip()).resolve()
        else:
            entries.append((number, text))
    return scenario, entries


def labels_of(text: str) -> list[str]:
    """'a, b' -> ['a', 'b'] (sorted; '' -> [])."""
    return sorted(x.strip() for x in text.split(",") if x.strip())


@pytest.mark.parametrize("plan", PLANS, ids=[p.stem for p in PLANS])
def test_playthrough(plan: Path):
    play_plan(plan)


def play_plan(plan: Path) -> None:
    """Play one plan; an AssertionError names the plan line that did not match."""
    scenario_path, entries = read_plan(plan)
    result = load_scenario(scenario_path)
    assert result.scenario is not None, [str(d) for d in result.diagnostics]
    engine = Engine(result.scenario)
    step = engine.start()
    pending = [e for event in step.events for e in expected(event)]
    last_grade = None
    for number, entry in entries:
        where = f"{plan.name}:{number}"
        action = entry.split(":", 1)[0].split("[")[0].strip()
        if action in ("select", "reply"):
            assert pending == [], f"{where}: the plan skipped {pending}"
            if action == "select":
                offered = next(e for e in reversed(step.events) if isinstance(e, ChoicesOffered))
                index = offered.indices[int(entry.split(":", 1)[1]) - 1]
                step = engine.choose(step.state, index)
            else:
                match = _REPLY.match(entry)
                assert match, f"{where}: cannot read '{entry}'"
                evaluation = None
                if match.group("labels") is not None:
                    evaluation = synthetic_evaluation(labels_of(match.group("labels")))
                step = engine.reply(step.state, match.group("text"), evaluation)
            last_grade = next(e for e in step.events if isinstance(e, ReplyGraded))
            pending = [e for event in step.events for e in expected(event)]
        elif action == "labels":
            assert last_grade is not None, f"{where}: no reply was graded yet"
            assert sorted(last_grade.evaluation.labels) == labels_of(entry.split(":", 1)[1]), where
        elif action == "trust":
            assert step.state.trust == int(entry.split(":", 1)[1]), f"{where}: trust is {step.state.trust}"
        else:
            normalised = entry if ":" not in entry else entry.split(":", 1)[0] + ": " + entry.split(":", 1)[1].strip()
            assert pending, f"{where}: expected '{entry}' but the engine showed nothing more"
            assert pending[0] == normalised.rstrip(), f"{where}: expected '{normalised}', engine showed '{pending[0]}'"
            pending.pop(0)
    assert pending == [], f"{plan.name}: the engine also showed {pending}"
    assert step.state.ended, f"{plan.name}: the plan stopped before an ending"


def test_there_are_enough_plans():
    assert len(PLANS) >= 3


@pytest.mark.parametrize("change", [
    ("line: jo: Don't start. I know I'm late.", "line: jo: Don't start."),  # a wrong line
    ("option: You should set an alarm for the bus, then.\n", ""),  # an option left out
    ("ending: opened", "ending: shut"),  # the wrong outcome
    ("trust: 70", "trust: 71"),
    ("labels: clarify", "labels: clarify, mirror"),
    ("line: jo: Yeah. Can we talk about it after dinner? I think I want to sort it out.\nending: opened", ""),
])
def test_a_wrong_plan_fails(tmp_path, change):
    text = (HERE / "example.opened.plan").read_text(encoding="utf-8")
    assert change[0] in text
    plan = tmp_path / "wrong.plan"
    plan.write_text(text.replace(change[0], change[1]).replace("../data/", str(HERE.parent / "data") + "/"),
                    encoding="utf-8")
    with pytest.raises(AssertionError):
        play_plan(plan)

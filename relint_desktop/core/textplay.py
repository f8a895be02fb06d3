"""Playing a scenario in a terminal: engine events rendered as text, replies read line by line.

Pure: it takes input and output streams, so pipes, scripts and tests drive it. A `recorder`
(for example the progress store) hears about the run:

    recorder.started(scenario, state)   once, before the first line (state.turns is non-empty on resume)
    recorder.turn(state, step)          after every completed turn, before the next line is printed
    recorder.ended(state)               when an ending is reached
"""

from __future__ import annotations

from typing import Callable, Iterable, Protocol, TextIO

from relint_desktop.core.engine import Engine, EngineError, Step
from relint_desktop.core.events import (
    ChoicesOffered, Event, FactRemembered, LineSpoken, ReplyGiven, ReplyGraded, RunEnded, SceneStarted,
    TrustChanged, TypedReplyRequested, Understood,
)
from relint_desktop.core.model import Scenario
from relint_desktop.core.rubric import is_red
from relint_desktop.core.state import RunState

EXIT_ENDED = 0
EXIT_INPUT_ENDED = 3
EXIT_SCENARIO_ERROR = 4
OUTCOME_NAMES = {"opened": "Opened up", "partly": "Partly opened", "shut": "Shut down"}


class Recorder(Protocol):
    """Hears about a run as it is played (the storage layer implements it)."""

    def started(self, scenario: Scenario, state: RunState) -> None: ...

    def turn(self, state: RunState, step: Step) -> None: ...

    def ended(self, state: RunState) -> None: ...


def render_intro(scenario: Scenario) -> list[str]:
    """The title, the learner's role and any content notes."""
    lines = [f"== {scenario.title} ==", scenario.learner_role]
    if scenario.content_notes:
        lines.append("Content notes: " + "; ".join(scenario.content_notes))
    return lines + [""]


def render_event(event: Event, names: dict[str, str] | None = None) -> list[str]:
    """The terminal lines for one event (possibly none)."""
    if isinstance(event, SceneStarted):
        return ["", f"-- {event.title} --"]
    if isinstance(event, LineSpoken):
        return [f"{event.name} ({event.mood}): {event.text}"]
    if isinstance(event, ChoicesOffered):
        return [f"  {number}. {text}" for number, text in enumerate(event.texts, start=1)]
    if isinstance(event, TypedReplyRequested):
        return [f"  ({event.prompt})"] if event.prompt else []
    if isinstance(event, ReplyGiven):
        return [f"You: {event.text}"]
    if isinstance(event, ReplyGraded):
        return render_grade(event)
    if isinstance(event, TrustChanged):
        delta = event.after - event.before
        return [f"   Trust {event.before} -> {event.after} ({delta:+d})"]
    if isinstance(event, FactRemembered):
        return [f"   (remembered: {event.text})"]
    if isinstance(event, Understood):
        return ["   (they now feel understood)"]
    if isinstance(event, RunEnded):
        return render_ending(event)
    return []


def render_grade(event: ReplyGraded) -> list[str]:
    """Feedback on one reply: labels, score, the author's sentence, explanations and a better try."""
    evaluation = event.evaluation
    if not evaluation.gradable:
        return [f"   Not graded: {evaluation.reason}"]
    labels = ", ".join(f"{label} ({'red' if is_red(label) else 'green'})" for label in evaluation.labels)
    lines = [f"   Feedback: {labels or 'no labels (a neutral reply)'}; score {evaluation.score}/100"]
    if event.feedback:
        lines.append(f"   {event.feedback}")
    for label in evaluation.labels:
        if evaluation.explanations.get(label):
            lines.append(f"   - {label}: {evaluation.explanations[label]}")
    if evaluation.suggestion:
        lines.append(f"   Try instead: {evaluation.suggestion}")
    return lines


def render_ending(event: RunEnded) -> list[str]:
    """The ending: outcome, debrief, reflection question and the suggestion for today."""
    lines = ["", f"== Ending: {OUTCOME_NAMES.get(event.outcome, event.outcome)} =="]
    if event.debrief:
        lines.append(event.debrief)
    if event.reflection:
        lines.append(f"Reflect: {event.reflection}")
    if event.try_today:
        lines.append(f"Try today: {event.try_today}")
    return lines


def render_summary(state: RunState) -> list[str]:
    """A one-line summary of the whole run."""
    if not state.turns:
        return []
    average = round(sum(t.score for t in state.turns) / len(state.turns))
    return [f"{len(state.turns)} replies, average score {average}/100, trust at the end {state.trust}."]


def play_text(scenario: Scenario, stdin: TextIO, stdout: TextIO, *, recorder: Recorder | None = None,
              state: RunState | None = None, engine: Engine | None = None) -> int:
    """Play to an ending (exit 0), or until the input runs out (exit 3). Resumes from `state` when given."""
    engine = engine or Engine(scenario)

    def write(lines: Iterable[str]) -> None:
        for line in lines:
            stdout.write(line + "\n")
        stdout.flush()

    write(render_intro(scenario))
    if state is not None and state.turns:
        write([f"(resuming after {_replies(len(state.turns))})"])
    try:
        step = engine.resume(state) if state is not None else engine.start()
    except EngineError as exc:
        write(["", f"The scenario cannot go on: {exc}. (`relint explore FILE` finds such places.)"])
        return EXIT_SCENARIO_ERROR
    if recorder is not None:
        recorder.started(scenario, step.state)
    write(line for event in step.events for line in render_event(event))
    while not step.state.ended:
        offer = next(e for e in reversed(step.events) if isinstance(e, (ChoicesOffered, TypedReplyRequested)))
        move = _read_move(offer, stdin, write)
        if move is None:
            write(["", "Input ended before the conversation did; the run stops here."])
            return EXIT_INPUT_ENDED
        try:
            if isinstance(offer, ChoicesOffered):
                step = engine.choose(step.state, move)
            else:
                step = engine.reply(step.state, move)
        except EngineError as exc:  # a dead end the author left (every choice's condition false)
            write(["", f"The scenario cannot go on: {exc}. (`relint explore FILE` finds such places.)"])
            return EXIT_SCENARIO_ERROR
        if recorder is not None:
            recorder.turn(step.state, step)
        write(line for event in step.events for line in render_event(event))
    if recorder is not None:
        recorder.ended(step.state)
    write(render_summary(step.state))
    return EXIT_ENDED


def _read_move(offer, stdin: TextIO, write: Callable[[Iterable[str]], None]):
    """A choice index (into Node.choices) or a reply text; None at the end of the input."""
    while True:
        if isinstance(offer, ChoicesOffered):
            count = len(offer.texts)
            write([f"Choose 1-{count}:"])
            raw = stdin.readline()
            if not raw:
                return None
            answer = raw.strip()
            if answer.isdigit() and 1 <= int(answer) <= count:
                return offer.indices[int(answer) - 1]
            write([f"Please type a number from 1 to {count}."])
        else:
            write(["Your reply:"])
            raw = stdin.readline()
            if not raw:
                return None
            if raw.strip():
                return raw.strip()
            write(["Please type a reply (it cannot be empty)."])


def _replies(count: int) -> str:
    """ "1 reply", "3 replies". """
    return f"{count} reply" if count == 1 else f"{count} replies"

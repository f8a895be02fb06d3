"""The engine: advances a RunState through a compiled Scenario and reports what happened as events.

Pure and deterministic: the same scenario, state and reply always give the same step.

    engine = Engine(scenario)
    step = engine.start()                    # step.state, step.events
    step = engine.choose(step.state, 0)      # pick Node.choices[0]
    step = engine.reply(step.state, "text")  # a typed reply, graded by the evaluator
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from relint_desktop.core import evaluator as default_evaluator
from relint_desktop.core.evaluation import Evaluation, ReplyContext
from relint_desktop.core.events import (
    ChoicesOffered, Event, FactRemembered, LineSpoken, ReplyGiven, ReplyGraded, RunEnded, SceneStarted,
    TrustChanged, TypedReplyRequested, Understood,
)
from relint_desktop.core.model import Choice, Effects, Node, Route, RouteTest, Scenario
from relint_desktop.core.state import RunState, TranscriptEntry, Turn

MAX_REPLY_CHARS = 20_000
"""Replies longer than this are cut before they are stored or graded."""


class EngineError(RuntimeError):
    """A step that cannot be taken: the run has ended, a choice is not offered, a node offers nothing."""


@dataclass(frozen=True)
class Step:
    """The state after a step and the events it produced, in order."""

    state: RunState
    events: tuple[Event, ...]


class Engine:
    """Plays one compiled scenario. Holds no run state of its own."""

    def __init__(self, scenario: Scenario, evaluate: Callable[[str, ReplyContext], Evaluation] | None = None,
                 grade_labels: Callable[..., Evaluation] | None = None):
        self.scenario = scenario
        self._evaluate = evaluate or default_evaluator.evaluate
        self._grade_labels = grade_labels or default_evaluator.grade_labels
        self._fact_texts = {f.id: f.text for n in scenario.nodes.values() for f in n.remember}

    # -- starting and resuming -------------------------------------------------------------
    def start(self) -> Step:
        """A fresh run at the start node."""
        state = RunState(scenario_id=self.scenario.id, node=self.scenario.start,
                         variables=dict(self.scenario.variables))
        events: list[Event] = []
        state = self._enter(state, self.scenario.start, events)
        return Step(state, tuple(events))

    def resume(self, state: RunState) -> Step:
        """Re-offer the current node of a saved run (its lines again, no effects re-applied)."""
        if state.scenario_id != self.scenario.id:
            raise EngineError(f"this saved run belongs to scenario '{state.scenario_id}'")
        if state.node not in self.scenario.nodes:
            raise EngineError(f"the saved run stands on node '{state.node}', which the scenario no longer has")
        node = self.scenario.node(state.node)
        events: list[Event] = []
        self._speak(state, node, events)
        self._offer(state, node, events)
        return Step(state, tuple(events))

    # -- what the learner can do -----------------------------------------------------------
    def options(self, state: RunState) -> list[tuple[int, Choice]]:
        """The choices offered now, as (index into Node.choices, choice)."""
        node = self.scenario.node(state.node)
        return [(i, c) for i, c in enumerate(node.choices) if self._holds(c.condition, state)]

    def context(self, state: RunState) -> ReplyContext:
        """What the evaluator needs to know about this moment of the run."""
        node = self.scenario.node(state.node)
        facts = self._fact_texts
        said_now: list[str] = []  # everything the other person said since the learner's last reply
        for entry in reversed(state.transcript):
            if entry.who == "learner":
                break
            said_now.insert(0, entry.text)
        # A fact disclosed on this node, on its first visit, is what they are saying right now:
        # criticising it is `judge`, not `weaponize` (rubric.md: weaponize uses an *earlier* disclosure).
        fresh = {f.id for f in node.remember} if state.visits.get(node.id, 0) <= 1 else set()
        return ReplyContext(
            prompt=" ".join(said_now),
            relationship=self.scenario.relationship,
            history=tuple(facts[f] for f in state.facts if f in facts and f not in fresh),
            understood=state.understood,
            permission_given=any("permission" in t.labels for t in state.turns),
            transcript=tuple((e.who, e.text) for e in state.transcript[-12:]),
            exemplars=node.typed.exemplars if node.typed else (),
        )

    # -- replying --------------------------------------------------------------------------
    def choose(self, state: RunState, index: int) -> Step:
        """Pick Node.choices[index]; it must be offered now."""
        node = self._replyable(state)
        offered = dict(self.options(state))
        if index not in offered:
            raise EngineError(f"choice {index + 1} is not offered at node '{node.id}'")
        choice = offered[index]
        evaluation = self._grade_labels(choice.text, choice.labels, self.context(state))
        events: list[Event] = [ReplyGiven(node.id, choice.text, typed=False, choice_index=index)]
        return self._after_reply(state, node, choice.text, False, index, evaluation, choice.feedback,
                                 choice.labels, choice.effects, choice.goto, events)

    def reply(self, state: RunState, text: str, evaluation: Evaluation | None = None) -> Step:
        """A typed reply; graded here unless an evaluation is given. Routed by the first matching route."""
        node = self._replyable(state)
        if node.typed is None:
            raise EngineError(f"node '{node.id}' takes a choice, not a typed reply")
        text = (text or "")[:MAX_REPLY_CHARS]
        if evaluation is None:
            evaluation = self._evaluate(text, self.context(state))
        route = self.route_for(state, evaluation)
        events: list[Event] = [ReplyGiven(node.id, text, typed=True)]
        return self._after_reply(state, node, text, True, None, evaluation, route.feedback, (),
                                 route.effects, route.goto, events)

    def route_for(self, state: RunState, evaluation: Evaluation) -> Route:
        """The route a typed reply with this evaluation takes from the current node."""
        typed = self.scenario.node(state.node).typed
        assert typed is not None
        for route in typed.routes:
            if self._matches(route.test, evaluation, state):
                return route
        return typed.default

    # -- internals -------------------------------------------------------------------------
    def _replyable(self, state: RunState) -> Node:
        if state.ended:
            raise EngineError("the run has already ended")
        if state.node not in self.scenario.nodes:
            raise EngineError(f"the run stands on node '{state.node}', which this scenario does not have")
        return self.scenario.node(state.node)

    def _after_reply(self, state, node, text, typed, index, evaluation, feedback, authored, effects, goto,
                     events) -> Step:
        trust_before = state.trust
        events.append(ReplyGraded(node.id, evaluation, feedback, tuple(authored)))
        variables = _apply(state.variables, effects)
        turn = Turn(
            index=len(state.turns), node=node.id, reply=text, typed=typed, choice_index=index,
            labels=tuple(evaluation.labels), elements=dict(evaluation.elements), score=int(evaluation.score),
            feedback=feedback, explanations=dict(evaluation.explanations), suggestion=evaluation.suggestion,
            trust_before=trust_before, trust_after=int(variables.get("trust", 0)),
        )
        state = state.evolve(
            variables=variables,
            transcript=state.transcript + (TranscriptEntry("learner", text, node.id),),
            turns=state.turns + (turn,),
        )
        if state.trust != trust_before:
            events.append(TrustChanged(trust_before, state.trust))
        state = self._enter(state, goto, events)
        return Step(state, tuple(events))

    def _enter(self, state: RunState, node_id: str, events: list[Event]) -> RunState:
        node = self.scenario.node(node_id)
        visits = dict(state.visits)
        visits[node_id] = visits.get(node_id, 0) + 1
        trust_before = state.trust
        state = state.evolve(node=node_id, visits=visits, variables=_apply(state.variables, node.effects))
        if state.trust != trust_before:
            events.append(TrustChanged(trust_before, state.trust))
        if node.scene:
            events.append(SceneStarted(node.scene))
        spoken = self._speak(state, node, events)
        state = state.evolve(transcript=state.transcript + tuple(spoken))
        new_facts = [f for f in node.remember if f.id not in state.facts]
        for fact in new_facts:
            events.append(FactRemembered(fact.id, fact.text))
        if new_facts:
            state = state.evolve(facts=state.facts + tuple(f.id for f in new_facts))
        if node.understood and not state.understood:
            state = state.evolve(understood=True)
            events.append(Understood())
        if node.ending is not None:
            ending = node.ending
            state = state.evolve(outcome=ending.outcome)
            events.append(RunEnded(node.id, ending.outcome, ending.debrief,
                                   ending.reflection or self.scenario.reflection,
                                   ending.try_today or self.scenario.try_today))
            return state
        self._offer(state, node, events)
        return state

    def _speak(self, state: RunState, node: Node, events: list[Event]) -> list[TranscriptEntry]:
        character = self.scenario.characters.get(node.speaker)
        name = character.name if character else node.speaker
        spoken = []
        for line in node.lines:
            if self._holds(line.condition, state):
                mood = line.mood or node.mood
                events.append(LineSpoken(node.id, node.speaker, name, line.text, mood))
                spoken.append(TranscriptEntry(node.speaker, line.text, node.id, mood))
        return spoken

    def _offer(self, state: RunState, node: Node, events: list[Event]) -> None:
        if node.ending is not None:
            return
        if node.typed is not None:
            events.append(TypedReplyRequested(node.id, node.typed.prompt))
            return
        offered = self.options(state)
        if not offered:
            raise EngineError(f"node '{node.id}' offers no reply in this state (every choice's condition is false)")
        events.append(ChoicesOffered(node.id, tuple(c.text for _, c in offered), tuple(i for i, _ in offered)))

    def _matches(self, test: RouteTest, evaluation: Evaluation, state: RunState) -> bool:
        labels = set(evaluation.labels)
        if test.any and not labels & set(test.any):
            return False
        if test.all and not set(test.all) <= labels:
            return False
        if test.none and labels & set(test.none):
            return False
        if test.red is not None and bool(evaluation.red) != test.red:
            return False
        if test.green is not None and bool(evaluation.green) != test.green:
            return False
        if test.min_score is not None and evaluation.score < test.min_score:
            return False
        if test.max_score is not None and evaluation.score > test.max_score:
            return False
        return self._holds(test.condition, state)

    @staticmethod
    def _holds(condition, state: RunState) -> bool:
        return condition is None or condition.holds(state.variables, state.visits, set(state.facts))


def _apply(variables, effects: Effects) -> dict[str, int]:
    result = dict(variables)
    for name, delta in effects.add.items():
        result[name] = result.get(name, 0) + delta
    for name, value in effects.set.items():
        result[name] = value
    for name in result:
        low, high = (0, 100) if name == "trust" else (-1_000_000, 1_000_000)
        result[name] = max(low, min(high, result[name]))
    return result

"""Playing a scenario automatically: every reachable state (breadth first), or random runs.

Typed nodes are explored by building, for each route and for the default, an Evaluation
that the route's test accepts (no text is graded). States are deduplicated by what can
change the run's course: the node, the variables, visit counts (capped) and facts that
some condition reads, and the `understood` marker. So loops terminate; a cap on the number
of states stops scenarios whose variables grow without bound.
"""

from __future__ import annotations

import itertools
import random
import re
from collections import deque
from dataclasses import dataclass, field

from relint_desktop.core.engine import Engine, EngineError, Step
from relint_desktop.core.evaluation import Evaluation
from relint_desktop.core.model import Route, RouteTest, Scenario
from relint_desktop.core.rubric import ELEMENTS, GREEN_LABELS, LOWERS, RAISES, RED_LABELS
from relint_desktop.core.state import RunState

MAX_STATES = 200_000
MAX_RANDOM_STEPS = 500
PROBE_TEXT = "(explore)"


def synthetic_evaluation(labels, score: int | None = None) -> Evaluation:
    """An evaluation with exactly `labels`; unless `score` is given: 30 with a red label, 75 with only green, else 50.

    Independent of the real evaluator, so explorations and test plans do not move when its grading improves.
    """
    labels = tuple(sorted(set(labels)))
    elements = {e: 60 for e in ELEMENTS}
    for label in labels:
        for element in LOWERS.get(label, ()):
            elements[element] = 20
        for element in RAISES.get(label, ()):
            elements[element] = max(elements[element], 85)
    if score is None:
        score = 30 if any(l in RED_LABELS for l in labels) else 75 if labels else 50
    return Evaluation(labels=labels, elements=elements, score=int(score))


def _candidates(test: RouteTest):
    """Evaluations that might satisfy `test`, most natural first."""
    picks_any = list(test.any) or [None]
    reds = [None] if test.red is not True else [r for r in RED_LABELS if r not in test.none]
    greens = [None] if test.green is not True else [g for g in GREEN_LABELS if g not in test.none]
    low = test.min_score if test.min_score is not None else 0
    high = test.max_score if test.max_score is not None else 100
    scores = [None] if test.min_score is None and test.max_score is None else [low, high, (low + high) // 2]
    for pick, red, green, score in itertools.product(picks_any, reds, greens, scores):
        labels = set(test.all) | {x for x in (pick, red, green) if x}
        if test.red is False:
            labels -= set(RED_LABELS)
        if test.green is False:
            labels -= set(GREEN_LABELS)
        yield synthetic_evaluation(sorted(labels), score)


_DEFAULT_PROBES = [synthetic_evaluation(labels, score) for labels, score in
                   [((), 50), ((), 0), ((), 100)] + [((label,), None) for label in RED_LABELS + GREEN_LABELS]]


def evaluation_for(engine: Engine, state: RunState, route: Route, limit: int = 64) -> Evaluation | None:
    """An evaluation that makes the typed node at `state` take `route` (None if none found)."""
    typed = engine.scenario.node(state.node).typed
    probes = _DEFAULT_PROBES if route is typed.default else itertools.islice(_candidates(route.test), limit)
    for evaluation in probes:
        if engine.route_for(state, evaluation) is route:
            return evaluation
    return None


def moves(engine: Engine, state: RunState) -> list[tuple[str, object]]:
    """Every way on from `state`: ("choice", index) or ("reply", evaluation), with a label."""
    node = engine.scenario.node(state.node)
    if node.typed is None:
        return [(f"choice {i + 1}", i) for i, _ in engine.options(state)]
    result = []
    for number, route in enumerate(node.typed.routes + (node.typed.default,), start=1):
        evaluation = evaluation_for(engine, state, route)
        if evaluation is not None:
            name = "default" if route is node.typed.default else f"route {number}"
            result.append((name, evaluation))
    return result


def take(engine: Engine, state: RunState, move) -> Step:
    """Apply one move from `moves`."""
    return engine.choose(state, move) if isinstance(move, int) else engine.reply(state, PROBE_TEXT, move)


def probe_engine(scenario: Scenario) -> Engine:
    """An engine for exploring: choices graded by their authored labels alone (no text is analysed)."""
    return Engine(scenario, evaluate=lambda text, context=None: synthetic_evaluation(()),
                  grade_labels=lambda text, labels, context=None: synthetic_evaluation(labels))


def _light(state: RunState) -> RunState:
    """The state without its transcript and turns, which exploring never reads (keeps each step O(1))."""
    return state.evolve(transcript=(), turns=()) if state.transcript or state.turns else state


@dataclass
class Exploration:
    """What exploring found: coverage, dead ends (with the path to them) and whether it was cut short."""

    scenario: Scenario
    states: int = 0
    nodes_seen: set[str] = field(default_factory=set)
    endings_seen: dict[str, int] = field(default_factory=dict)  # ending node -> times reached
    dead_ends: list[tuple[str, str, str]] = field(default_factory=list)  # (node, problem, path)
    truncated: bool = False
    taken: set[tuple[str, str]] = field(default_factory=set)  # (node, "choice 2" / "route 1" / "default")

    @property
    def never_taken(self) -> list[tuple[str, str, int]]:
        """(node, move, line) for choices never offered and routes never matched in any explored state."""
        result = []
        for node_id in self.scenario.nodes:
            node = self.scenario.nodes[node_id]
            if node_id not in self.nodes_seen:
                continue
            for i, choice in enumerate(node.choices):
                if (node_id, f"choice {i + 1}") not in self.taken:
                    result.append((node_id, f"choice {i + 1}", choice.line))
            if node.typed is not None:
                for i, route in enumerate(node.typed.routes):
                    if (node_id, f"route {i + 1}") not in self.taken:
                        result.append((node_id, f"route {i + 1}", route.line))
                if (node_id, "default") not in self.taken:
                    result.append((node_id, "default", node.typed.default.line))
        return result

    @property
    def unreached_nodes(self) -> list[str]:
        """Nodes no explored state stood on, in file order."""
        return [n for n in self.scenario.nodes if n not in self.nodes_seen]

    @property
    def unreached_endings(self) -> list[str]:
        """Ending nodes never reached, in file order."""
        return [n.id for n in self.scenario.endings if n.id not in self.endings_seen]

    @property
    def ok(self) -> bool:
        """Every ending reached and no dead end."""
        return not self.dead_ends and not self.unreached_endings


def _relevance(scenario: Scenario):
    names: dict[str, set[str]] = {"var": set(), "node": set(), "fact": set()}
    consts = [1]
    for node in scenario.nodes.values():
        conditions = [line.condition for line in node.lines] + [c.condition for c in node.choices]
        if node.typed:
            conditions += [r.test.condition for r in node.typed.routes]
        for condition in filter(None, conditions):
            names["var"] |= condition.variables
            names["node"] |= condition.nodes
            names["fact"] |= condition.facts
            if condition.nodes:
                consts += [int(x) for x in re.findall(r"\b\d+\b", condition.source)]
    return names, min(max(consts) + 1, 50)


def explore(scenario: Scenario, max_states: int = MAX_STATES, engine: Engine | None = None) -> Exploration:
    """Breadth-first over every distinct reachable state."""
    engine = engine or probe_engine(scenario)
    names, cap = _relevance(scenario)
    variables, visited_nodes, facts = sorted(names["var"]), sorted(names["node"]), names["fact"]

    def key(state: RunState):
        return (state.node, tuple(state.variables.get(v, 0) for v in variables),
                tuple(min(state.visits.get(n, 0), cap) for n in visited_nodes),
                tuple(f for f in state.facts if f in facts), state.understood)

    result = Exploration(scenario)
    parents: dict = {}
    try:
        first = _light(engine.start().state)
    except EngineError as exc:
        result.dead_ends.append((scenario.start, str(exc), "(start)"))
        return result
    parents[key(first)] = None
    queue = deque([first])
    while queue:
        state = queue.popleft()
        result.states += 1
        result.nodes_seen.add(state.node)
        if state.ended:
            result.endings_seen[state.node] = result.endings_seen.get(state.node, 0) + 1
            continue
        for name, move in moves(engine, state):
            result.taken.add((state.node, name))
            try:
                step = take(engine, state, move)
            except EngineError as exc:
                result.dead_ends.append((_target(scenario, state, move), str(exc), _path(parents, key(state), name)))
                continue
            k = key(step.state)
            if k in parents:
                continue
            if len(parents) >= max_states:
                result.truncated = True
                return result
            parents[k] = (key(state), name)
            queue.append(_light(step.state))
    return result


def _target(scenario: Scenario, state: RunState, move) -> str:
    node = scenario.node(state.node)
    if isinstance(move, int):
        return node.choices[move].goto
    return state.node


def _path(parents: dict, k, last: str, limit: int = 60) -> str:
    """'door > choice 1 > guarded > route 2': how the explorer got to a problem."""
    steps = [last]
    while k is not None and len(steps) < limit:
        steps.append(k[0])
        entry = parents.get(k)
        if entry is None:
            break
        k, name = entry
        steps.append(name)
    return " > ".join(reversed(steps))


@dataclass
class RandomRun:
    """One random playthrough: the outcome reached, or the error it hit."""

    seed: int
    steps: int
    outcome: str = ""
    error: str = ""
    path: tuple[str, ...] = ()


def random_runs(scenario: Scenario, count: int, seed: int = 0, max_steps: int = MAX_RANDOM_STEPS) -> list[RandomRun]:
    """Play `count` runs with random choices and random typed routes; errors are caught and reported."""
    engine = probe_engine(scenario)
    runs = []
    for number in range(count):
        run_seed = seed * 1_000_003 + number
        rng = random.Random(run_seed)
        path: list[str] = []
        try:
            state = engine.start().state
            path.append(state.node)
            while not state.ended and len(path) <= max_steps:
                options = moves(engine, state)
                if not options:
                    raise EngineError(f"node '{state.node}' offers no way on")
                name, move = rng.choice(options)
                state = _light(take(engine, state, move).state)
                path.append(f"{name} > {state.node}")
            outcome = state.outcome
            error = "" if state.ended else f"no ending after {max_steps} replies (an endless loop?)"
            runs.append(RandomRun(run_seed, len(path) - 1, outcome, error, tuple(path)))
        except Exception as exc:  # reported per run: the point is to find runtime errors
            runs.append(RandomRun(run_seed, len(path), "", f"{exc.__class__.__name__}: {exc}", tuple(path)))
    return runs

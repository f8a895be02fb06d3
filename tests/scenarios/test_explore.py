"""Every scenario, explored state by state: every ending reachable, every node visited, no dead end.

Also the consistency arc, played for real: the weaponising choice is offered only after the disclosure,
the evaluator is then given that disclosure as history, and taking the choice costs trust.
"""

from __future__ import annotations

from collections import deque
from pathlib import Path

import pytest

from relint_desktop.core.engine import Engine
from relint_desktop.core.explore import explore, moves, take
from scenarios.conftest import SCENARIO_FILES, file_id
from scenarios.shape import is_multi_scene, weaponize_temptations


@pytest.mark.parametrize("path", SCENARIO_FILES, ids=file_id)
def test_explore_reaches_every_ending(by_file, path: Path):
    scenario = by_file.get(path.resolve())
    assert scenario is not None, f"{path} did not load"
    result = explore(scenario)
    assert not result.truncated
    assert result.dead_ends == []
    assert result.unreached_endings == []
    assert result.unreached_nodes == []


def states(engine: Engine, limit: int = 20_000):
    """Reachable run states, breadth first, deduplicated by node, variables, facts and the understood marker."""
    first = engine.start().state
    seen, queue = set(), deque([first])
    while queue and len(seen) < limit:
        state = queue.popleft()
        key = (state.node, tuple(sorted(state.variables.items())), state.facts, state.understood)
        if key in seen:
            continue
        seen.add(key)
        yield state
        if not state.ended:
            queue.extend(take(engine, state, move).state for _, move in moves(engine, state))


def arc_scenarios(library):
    """Multi-scene scenarios with a weaponising choice gated on a remembered fact."""
    return [s for s in library.scenarios if is_multi_scene(s) and list(weaponize_temptations(s))]


def test_consistency_arc_temptation_is_real(library):
    arcs = arc_scenarios(library)
    assert arcs
    for scenario in arcs:
        engine = Engine(scenario)
        reachable = list(states(engine))
        for node, choice, needed in weaponize_temptations(scenario):
            index = node.choices.index(choice)
            offered_with, offered_without = [], []
            for state in reachable:
                if state.node != node.id:
                    continue
                offered = index in dict(engine.options(state))
                (offered_with if needed <= set(state.facts) else offered_without).append(offered)
            assert any(offered_with), f"{scenario.id}/{node.id}: the temptation is never offered"
            assert not any(offered_without), f"{scenario.id}/{node.id}: offered before the disclosure"


def test_consistency_arc_is_detected_and_graded(library):
    """Where the temptation is offered, the evaluator's context holds the disclosure, and taking it costs trust."""
    for scenario in arc_scenarios(library):
        engine = Engine(scenario)
        facts = {f.id: f.text for n in scenario.nodes.values() for f in n.remember}
        reachable = list(states(engine))
        for node, choice, needed in weaponize_temptations(scenario):
            index = node.choices.index(choice)
            state = next(s for s in reachable if s.node == node.id and index in dict(engine.options(s)))
            history = engine.context(state).history
            assert all(facts[f] in history for f in needed)
            step = engine.choose(state, index)
            turn = step.state.turns[-1]
            assert "weaponize" in turn.labels
            assert turn.trust_after < turn.trust_before


def _descendants(scenario, node_id: str) -> set[str]:
    seen, todo = set(), [node_id]
    while todo:
        node = scenario.node(todo.pop())
        targets = [c.goto for c in node.choices]
        if node.typed is not None:
            targets += [r.goto for r in node.typed.routes + (node.typed.default,)]
        for target in targets:
            if target not in seen:
                seen.add(target)
                todo.append(target)
    return seen


def test_consistency_arc_typed_weaponising_is_caught_by_the_evaluator(library):
    """Typed later in the conflict, the temptation's words are graded weaponize (the evaluator gets the
    remembered facts as history) and take the typed node's weaponize route."""
    checked = 0
    for scenario in arc_scenarios(library):
        engine = Engine(scenario)
        reachable = list(states(engine))
        for node, choice, needed in weaponize_temptations(scenario):
            later = _descendants(scenario, node.id)
            state = next((s for s in reachable if s.node in later and needed <= set(s.facts)
                          and scenario.node(s.node).typed is not None
                          and any("weaponize" in r.test.any for r in scenario.node(s.node).typed.routes)), None)
            if state is None:
                continue
            step = engine.reply(state, choice.text)
            turn = step.state.turns[-1]
            routes = scenario.node(state.node).typed.routes
            expected = next(r.goto for r in routes if "weaponize" in r.test.any)
            assert "weaponize" in turn.labels, f"{scenario.id}/{state.node}: '{choice.text}' not caught"
            assert step.state.node == expected
            checked += 1
    assert checked, "no typed node after a temptation catches weaponising"

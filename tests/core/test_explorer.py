"""The explorer: synthetic evaluations take every route, and on condition-free graphs it agrees with the lint."""

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from relint_desktop.core.engine import Engine
from relint_desktop.core.explore import evaluation_for, explore, random_runs
from relint_desktop.core.loader import load_scenario, load_scenario_text

HERE = Path(__file__).resolve().parent
SOURCE = (HERE / "data" / "example.yaml").read_text(encoding="utf-8")
HEAD = SOURCE.split("nodes:\n")[0].replace("start: door", "start: n0") + "nodes:\n"


def test_an_evaluation_is_found_for_every_route_of_the_example():
    scenario = load_scenario(HERE / "data" / "example.yaml").scenario
    engine = Engine(scenario)
    story = engine.choose(engine.start().state, 1).state
    for route in scenario.nodes["story"].typed.routes + (scenario.nodes["story"].typed.default,):
        evaluation = evaluation_for(engine, story, route)
        assert evaluation is not None and engine.route_for(story, evaluation) is route


def test_exploring_the_example_counts_states_and_endings():
    scenario = load_scenario(HERE / "data" / "example.yaml").scenario
    found = explore(scenario)
    assert found.ok and not found.truncated and found.unreached_nodes == []
    assert set(found.endings_seen) == {"opened", "partly", "shut"}
    assert explore(scenario, max_states=3).truncated


def graph_text(edges: list[list[int]], endings: set[int], typed: set[int]) -> str:
    """Nodes n0..nK: endings, typed nodes (first target on red, the rest default) or choice nodes."""
    out = [HEAD]
    for i, targets in enumerate(edges):
        out.append(f"  n{i}:\n    speaker: jo\n    lines: [\"n{i}\"]\n")
        if i in endings or not targets:
            out.append("    ending: {outcome: partly, debrief: d}\n")
        elif i in typed:
            out.append(f"    typed: {{routes: [{{when: {{red: true}}, goto: n{targets[0]}}}], "
                       f"default: {{goto: n{targets[-1]}}}}}\n")
        else:
            items = ", ".join(f"{{text: t{t}, labels: [], feedback: f, goto: n{t}}}" for t in targets)
            out.append(f"    choices: [{items}]\n")
    return "".join(out)


@st.composite
def graphs(draw):
    size = draw(st.integers(1, 9))
    edges = [draw(st.lists(st.integers(0, size - 1), max_size=3)) for _ in range(size)]
    endings = set(draw(st.lists(st.integers(0, size - 1), max_size=3)))
    typed = set(draw(st.lists(st.integers(0, size - 1), max_size=3)))
    return edges, endings, typed


@settings(max_examples=300, deadline=None)
@given(graphs())
def test_without_conditions_the_explorer_and_the_lint_agree(graph):
    edges, endings, typed = graph
    result = load_scenario_text(graph_text(edges, endings, typed))
    unreachable = {d.message.split("'")[1] for d in result.diagnostics if d.code in ("RL401", "RL405")}
    traps = [d for d in result.diagnostics if d.code == "RL403"]
    seen, stack = {0}, [0]  # the test's own reachability, to check the lint against
    while stack:
        i = stack.pop()
        if i in endings or not edges[i]:
            continue
        for t in (edges[i] if i not in typed else [edges[i][0], edges[i][-1]]):
            if t not in seen:
                seen.add(t)
                stack.append(t)
    lost = {f"n{i}" for i in range(len(edges))} - {f"n{i}" for i in seen}
    assert unreachable <= lost and bool(unreachable) == bool(lost)
    if result.scenario is None:
        assert lost or traps or any(d.code == "RL406" for d in result.diagnostics), [str(d) for d in result.diagnostics]
        return
    found = explore(result.scenario)
    assert not found.truncated and not found.dead_ends
    assert found.unreached_nodes == [] and found.unreached_endings == []
    for run in random_runs(result.scenario, 5, seed=1):
        assert not run.error

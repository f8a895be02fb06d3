"""The bundled library: every file loads clean, the library has the promised shape, each scenario has depth."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from relint_desktop.core.rubric import ELEMENTS, OUTCOMES, PRACTICES
from scenarios.conftest import SCENARIO_FILES, SCENARIOS, file_id
from scenarios.shape import (
    conditions, is_going_first, is_multi_scene, outcomes, trust_gated, typed_nodes, weaponize_routes,
    weaponize_temptations,
)

MIN_SCENARIOS = 16
MIN_NODES = 12
MIN_TYPED = 3


def test_every_file_validates_clean(library):
    assert [str(d) for d in library.diagnostics] == [], "no errors and no warnings"
    assert len(library.scenarios) == len(SCENARIO_FILES), "some file did not load as a scenario"


def test_relint_validate_agrees():
    done = subprocess.run([sys.executable, "-m", "relint_desktop", "validate", str(SCENARIOS)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Traceback" not in done.stderr


def test_library_shape(library):
    scenarios = library.scenarios
    assert len(scenarios) >= MIN_SCENARIOS
    relationships = Counter(s.relationship for s in scenarios)
    assert relationships["parent"] >= 4, relationships
    assert relationships["partner"] >= 4, relationships
    assert relationships["manager"] >= 4, relationships
    assert relationships["friend"] + relationships["other"] >= 2, relationships
    assert sum(is_going_first(s) for s in scenarios) >= 2, "fewer than two going-first scenarios"
    assert {s.difficulty for s in scenarios} == {1, 2, 3}


@pytest.mark.parametrize("element", ELEMENTS)
def test_each_element_is_the_focus_of_two_scenarios(library, element):
    assert sum(element in s.focus for s in library.scenarios) >= 2


@pytest.mark.parametrize("practice", sorted(PRACTICES))
def test_each_practice_is_the_focus_of_two_scenarios(library, practice):
    assert sum(practice in s.practices for s in library.scenarios) >= 2


def test_a_consistency_arc_lets_weaponising_happen(library):
    """A multi-scene scenario offers a weaponising choice only once the disclosure it uses is known."""
    arcs = [s.id for s in library.scenarios if is_multi_scene(s) and list(weaponize_temptations(s))]
    assert arcs, "no multi-scene scenario with a weaponize choice gated by knows(...)"


@pytest.mark.parametrize("path", SCENARIO_FILES, ids=file_id)
def test_scenario_depth(by_file, path: Path):
    scenario = by_file.get(path.resolve())
    assert scenario is not None, f"{path} did not load"
    assert len(scenario.nodes) >= MIN_NODES
    assert outcomes(scenario) >= set(OUTCOMES), "needs an opened, a partly and a shut ending"
    typed = typed_nodes(scenario)
    assert len(typed) >= MIN_TYPED
    assert sum(len(n.typed.exemplars) >= 2 for n in typed) >= MIN_TYPED, "three typed nodes need two exemplars each"
    assert trust_gated(scenario), "no line, choice or route is gated on trust"
    assert any(n.remember for n in scenario.nodes.values()), "nothing disclosed is remembered"
    assert any(n.understood for n in scenario.nodes.values()), "no point where the person feels understood"
    assert scenario.reflection and scenario.try_today
    assert scenario.focus and scenario.practices
    facts = {f.id for n in scenario.nodes.values() for f in n.remember}
    for condition in conditions(scenario):
        assert condition.facts <= facts, f"{condition.source} asks about a fact nobody discloses"


@pytest.mark.parametrize("path", SCENARIO_FILES, ids=file_id)
def test_authored_feedback_and_exemplars(by_file, path: Path):
    scenario = by_file.get(path.resolve())
    assert scenario is not None, f"{path} did not load"
    for node in scenario.nodes.values():
        if node.kind == "choices":
            assert 2 <= len(node.choices) <= 9, f"{node.id}: a choice node offers 2 to 9 replies"
        for choice in node.choices:
            assert choice.feedback.strip(), f"{node.id}: choice '{choice.text}' has no feedback"
        if node.typed is not None:
            assert node.typed.exemplars, f"{node.id}: typed node without an exemplar reply"
    for node, route in weaponize_routes(scenario):
        assert route.effects.add.get("trust", 0) < 0, f"{node.id}: a weaponising reply must cost trust"

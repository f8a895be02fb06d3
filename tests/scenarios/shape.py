"""What the library's shape checks count: plain functions shared by the tests and the library table."""

from __future__ import annotations

from pathlib import Path

from relint_desktop.core.model import Scenario

GOING_FIRST = "going-first"
"""The folder under scenarios/ (or tag) that marks a scenario where the learner must go first."""


def is_going_first(scenario: Scenario) -> bool:
    """Kept in scenarios/going-first/, or tagged `going-first` (or `going first`)."""
    tags = {tag.replace(" ", "-") for tag in scenario.tags}
    return GOING_FIRST in tags or GOING_FIRST in Path(scenario.path).parts


def conditions(scenario: Scenario):
    """Every condition in the scenario: on lines, choices and typed routes."""
    for node in scenario.nodes.values():
        for line in node.lines:
            if line.condition is not None:
                yield line.condition
        for choice in node.choices:
            if choice.condition is not None:
                yield choice.condition
        if node.typed is not None:
            for route in node.typed.routes:
                if route.test.condition is not None:
                    yield route.test.condition


def trust_gated(scenario: Scenario) -> bool:
    """Some line, choice or route is only there once trust has reached a level."""
    return any("trust" in c.variables for c in conditions(scenario))


def typed_nodes(scenario: Scenario):
    """The nodes that take a typed reply."""
    return [n for n in scenario.nodes.values() if n.typed is not None]


def outcomes(scenario: Scenario) -> set[str]:
    """The outcomes of the scenario's endings."""
    return {n.ending.outcome for n in scenario.endings}


def weaponize_temptations(scenario: Scenario):
    """(node, choice, fact ids) for every choice labelled weaponize that is offered only once a fact is known."""
    for node in scenario.nodes.values():
        for choice in node.choices:
            if "weaponize" in choice.labels and choice.condition is not None and choice.condition.facts:
                yield node, choice, set(choice.condition.facts)


def weaponize_routes(scenario: Scenario):
    """(node, route) for every typed route that catches a weaponising reply."""
    for node in typed_nodes(scenario):
        for route in node.typed.routes:
            if "weaponize" in route.test.any or "weaponize" in route.test.all:
                yield node, route


def is_multi_scene(scenario: Scenario) -> bool:
    """A scene heading opens somewhere after the start: the story moves on in time."""
    return any(n.scene for n in scenario.nodes.values() if n.id != scenario.start)

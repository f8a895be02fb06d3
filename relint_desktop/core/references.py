"""Checks that names used in a scenario exist: gotos, speakers, variables, visits() and knows()."""

from __future__ import annotations

from relint_desktop.core.diagnostics import DiagnosticSink, did_you_mean
from relint_desktop.core.model import Scenario
from relint_desktop.core.schema import Draft


def check_references(sink: DiagnosticSink, scenario: Scenario, draft: Draft) -> None:
    """Report RL301-RL308; a goto to an unknown node makes its node opaque (no cascade)."""
    known_nodes = set(draft.node_lines)  # includes nodes whose body was broken
    for node_id, target, line in draft.gotos:
        if target not in known_nodes:
            sink.add("RL301", line, f"goto '{target}' in node '{node_id}': there is no such node"
                     f"{did_you_mean(target, known_nodes)}")
            draft.opaque.add(node_id)
    if scenario.start and scenario.start not in known_nodes:
        sink.add("RL308", draft.start_line, f"start node '{scenario.start}' does not exist"
                 f"{did_you_mean(scenario.start, known_nodes)}")
    if scenario.characters:  # with no readable characters the schema error is enough
        for node_id, speaker, line in draft.speakers:
            if speaker not in scenario.characters:
                sink.add("RL302", line, f"speaker '{speaker}' of node '{node_id}' is not one of the characters"
                         f"{did_you_mean(speaker, scenario.characters)}")
    reported: set[tuple[str, str, int]] = set()  # a name misspelt twice on one line is one mistake

    def once(code: str, name: str, line: int, message: str) -> None:
        if (code, name, line) not in reported:
            reported.add((code, name, line))
            sink.add(code, line, message)

    variables = set(scenario.variables)
    for name, line in draft.effect_vars:
        if name not in variables:
            once("RL304", name, line, f"effects change '{name}', which is not declared under 'variables'"
                 f"{did_you_mean(name, variables)}")
    facts = set(draft.facts)
    clean: set[int] = set()  # ids of conditions (shared between uses) already found to name only known things
    for condition, line in draft.conditions:
        if id(condition) in clean:
            continue
        if condition.variables <= variables and condition.nodes <= known_nodes and condition.facts <= facts:
            clean.add(id(condition))  # every condition is alive in draft.conditions, so its id is not reused
            continue
        for name in sorted(condition.variables - variables):
            once("RL305", name, line, f"condition '{condition.source}' uses '{name}', which is not declared under "
                 f"'variables'{did_you_mean(name, variables)}")
        for name in sorted(condition.nodes - known_nodes):
            once("RL306", name, line, f"condition '{condition.source}' counts visits({name}), but there is no such "
                 f"node{did_you_mean(name, known_nodes)}")
        for name in sorted(condition.facts - facts):
            once("RL307", name, line, f"condition '{condition.source}' asks knows({name}), but no node remembers "
                 f"that fact{did_you_mean(name, draft.facts)}")

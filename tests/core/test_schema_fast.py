"""The schema's fast paths agree with the general reader: the same nodes and draft, and only for flawless nodes."""

import random
from dataclasses import asdict

import pytest

from relint_desktop.core.diagnostics import DiagnosticSink
from relint_desktop.core.schema import Draft
from relint_desktop.core.schema_fast import fast_node
from relint_desktop.core.schema_nodes import read_node
from relint_desktop.core.yamltree import parse_yaml_bytes
from tests.conftest import EXAMPLE, SCENARIOS

# Small changes that make a node flawed in one way each (the general reader must then report something)
BREAKS = [("speaker: ", "speaker: 5 #"), ("mood: ", "mood: happy #"), ("goto: ", "goto: '' #"),
          ("labels: [", "labels: [nope, "), ("feedback: ", "feedbak: "), ("if: ", "if: trust >> #"),
          ("effects: {", "effects: {and: 1, "), ("outcome: ", "outcome: gone #"), ("- when: {", "- when: {red: 3, "),
          ("debrief: ", "debrief: '' #"), ("text: ", "text: [] #"), ("default:", "defaults:")]


def drafts(text: str):
    """(node id, line, mapping) of every node in a scenario text."""
    sink = DiagnosticSink("t.yaml")
    data = parse_yaml_bytes(text.encode(), sink)
    assert not sink.items
    nodes = data["nodes"]
    return [(node_id, nodes.line_of(node_id), body) for node_id, body in nodes.items()]


def both(node_id, line, body):
    """(fast node, fast draft) and (general node, general draft, diagnostics) for one node."""
    fast_draft, slow_draft, sink = Draft(), Draft(), DiagnosticSink("t.yaml")
    fast = fast_node(node_id, body, line, fast_draft)
    slow = read_node(sink, node_id, body, slow_draft, line)
    return (fast, fast_draft), (slow, slow_draft, sink.items)


def texts():
    files = [EXAMPLE] + sorted(SCENARIOS.rglob("*.yaml"))
    return [path.read_text(encoding="utf-8") for path in files]


@pytest.mark.parametrize("text", texts())
def test_flawless_nodes_read_the_same_either_way(text):
    taken = 0
    for node_id, line, body in drafts(text):
        (fast, fast_draft), (slow, slow_draft, problems) = both(node_id, line, body)
        if fast is None:
            continue
        taken += 1
        assert not problems
        assert fast == slow and asdict(fast) == asdict(slow)
        assert fast_draft == slow_draft  # gotos, conditions, effect variables, speakers and facts, in order
    assert taken > 0  # the bundled files are flawless, so most of their nodes take the fast path


def test_a_flaw_always_goes_to_the_general_reader():
    rng = random.Random(7)
    source = EXAMPLE.read_text(encoding="utf-8")
    checked = 0
    for _ in range(300):
        old, new = rng.choice(BREAKS)
        spots = [i for i in range(len(source)) if source.startswith(old, i)]
        if not spots:
            continue
        at = rng.choice(spots)
        text = source[:at] + new + source[at + len(old):]
        sink = DiagnosticSink("t.yaml")
        if parse_yaml_bytes(text.encode(), sink) is None:
            continue
        for node_id, line, body in drafts(text):
            if not isinstance(body, dict):
                continue
            (fast, fast_draft), (slow, slow_draft, problems) = both(node_id, line, body)
            if fast is None:
                continue
            checked += 1
            assert not problems, problems  # the fast path never accepts what the general reader reports
            assert fast == slow and fast_draft == slow_draft
    assert checked > 0


def test_fast_paths_know_the_same_keys_as_the_general_reader():
    from relint_desktop.core import schema_fast, schema_nodes

    for kind in ("NODE", "LINE", "CHOICE", "ENDING", "TYPED", "ROUTE", "WHEN"):
        assert getattr(schema_fast, f"_{kind}_KEYS") == frozenset(getattr(schema_nodes, f"_{kind}_KEYS")), kind

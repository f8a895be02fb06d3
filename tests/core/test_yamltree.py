"""Reading YAML into marked trees: lines as an editor shows them, also around unusual line-break characters."""

from relint_desktop.core.diagnostics import DiagnosticSink
from relint_desktop.core.loader import load_scenario_text
from relint_desktop.core.yamltree import parse_yaml_bytes
from tests.conftest import EXAMPLE

SOURCE = EXAMPLE.read_text(encoding="utf-8")
# libyaml counts NEL, LS and PS as line breaks; an editor does not, and FILE:LINE must match the editor
ODD = SOURCE.replace('summary: "Your', 'summary: "Yo\u2028ur\x85 \u2029')


def editor_line(text: str, marker: str) -> int:
    return text[: text.index(marker)].count("\n") + 1


def test_lines_match_the_editor_around_nel_ls_and_ps():
    plain, odd = load_scenario_text(SOURCE), load_scenario_text(ODD)
    assert plain.scenario is not None and odd.scenario is not None and not odd.errors
    for node_id, node in plain.scenario.nodes.items():
        assert odd.scenario.nodes[node_id].line == node.line == editor_line(SOURCE, f"\n  {node_id}:") + 1
        assert [c.line for c in odd.scenario.nodes[node_id].choices] == [c.line for c in node.choices]


def test_errors_after_nel_carry_the_editor_line():
    text = ODD.replace("  pushed: 0\n", "  pushed: 0\n  pushed: 1\n")
    (duplicate,) = load_scenario_text(text).diagnostics
    first = editor_line(text, "  pushed: 0")
    assert (duplicate.code, duplicate.line) == ("RL106", first + 1)
    assert f"first on line {first})" in duplicate.message  # the line inside the message is the editor's too
    broken_text = ODD.replace("  pushed: 0\n", "  pushed: !!python/object:os.system x\n")
    broken = load_scenario_text(broken_text)
    assert [(d.code, d.line) for d in broken.errors] == [("RL105", editor_line(broken_text, "  pushed: !!"))]


def test_aliases_share_one_relabelled_mapping():
    text = "a: &x {k: 1}\n# \x85\nb: *x\nc: [*x, *x]\n"
    data = parse_yaml_bytes(text.encode(), DiagnosticSink("t.yaml"))
    assert data.line_of("c") == 4 and data["b"] is data["a"] and data["a"].line_of("k") == 1

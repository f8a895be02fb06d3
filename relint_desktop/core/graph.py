"""A scenario as a Graphviz dot graph: nodes are what the person says, edges are the learner's replies.

Endings are coloured by outcome (opened green, partly amber, shut red); typed-reply nodes
are hexagons; the start node has a thick border. Edge labels stay short: the choice number
and its labels, or the route's test.
"""

from __future__ import annotations

from relint_desktop.core.model import Node, RouteTest, Scenario

OUTCOME_COLOURS = {"opened": "#9be3a5", "partly": "#ffd27a", "shut": "#f29b9b"}
MAX_LABEL = 28


def escape(text: str) -> str:
    """Text made safe inside a dot string (one line; backslashes and quotes escaped)."""
    return " ".join(str(text).split()).replace("\\", "\\\\").replace('"', '\\"')


def quote(text: str) -> str:
    """A dot string literal."""
    return f'"{escape(text)}"'


def short(text: str, limit: int = MAX_LABEL) -> str:
    """Text cut to `limit` characters with an ellipsis."""
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 3].rstrip() + "..."


def route_label(test: RouteTest) -> str:
    """'any: judge, fix' / 'red' / 'green, score >= 60' ..."""
    parts = []
    for name in ("any", "all", "none"):
        labels = getattr(test, name)
        if labels:
            parts.append(f"{name}: {', '.join(labels)}")
    if test.red is not None:
        parts.append("red" if test.red else "not red")
    if test.green is not None:
        parts.append("green" if test.green else "not green")
    if test.min_score is not None:
        parts.append(f"score >= {test.min_score}")
    if test.max_score is not None:
        parts.append(f"score <= {test.max_score}")
    if test.condition is not None:
        parts.append(f"if {test.condition.source}")
    return short(", ".join(parts) or "always")


def _node_line(scenario: Scenario, node: Node) -> str:
    character = scenario.characters.get(node.speaker)
    name = character.name if character else node.speaker
    first = short(node.lines[0].text, 36) if node.lines else ""
    label = "\\n".join(escape(part) for part in (node.id, f"{name} ({node.mood})", first))
    attributes = [f'label="{label}"']
    if node.ending is not None:
        attributes += ["shape=box", "style=\"rounded,filled\"",
                       f'fillcolor="{OUTCOME_COLOURS.get(node.ending.outcome, "#dddddd")}"',
                       f'tooltip={quote("ending: " + node.ending.outcome)}']
    elif node.typed is not None:
        attributes += ["shape=hexagon", "style=filled", 'fillcolor="#e3ecfa"']
    else:
        attributes += ["shape=box", "style=filled", 'fillcolor="#ffffff"']
    if node.id == scenario.start:
        attributes.append("penwidth=3")
    return f"  {quote(node.id)} [{', '.join(attributes)}];"


def to_dot(scenario: Scenario) -> str:
    """The whole scenario as dot source (ends with a newline)."""
    out = [f"digraph {quote(scenario.id)} {{",
           f"  graph [label={quote(scenario.title)}, labelloc=t, rankdir=TB, fontname=\"Helvetica\"];",
           '  node [fontname="Helvetica", fontsize=10];',
           '  edge [fontname="Helvetica", fontsize=9];']
    for node in scenario.nodes.values():
        out.append(_node_line(scenario, node))
    for node in scenario.nodes.values():
        for number, choice in enumerate(node.choices, start=1):
            label = f"{number}" + (f": {', '.join(choice.labels)}" if choice.labels else "")
            if choice.condition is not None:
                label += f" [if {choice.condition.source}]"
            out.append(f"  {quote(node.id)} -> {quote(choice.goto)} [label={quote(short(label))}, "
                       f"tooltip={quote(choice.text)}];")
        if node.typed is not None:
            for route in node.typed.routes:
                out.append(f"  {quote(node.id)} -> {quote(route.goto)} [label={quote(route_label(route.test))}];")
            out.append(f"  {quote(node.id)} -> {quote(node.typed.default.goto)} [label=\"default\", style=dashed];")
    out.append("}")
    return "\n".join(out) + "\n"

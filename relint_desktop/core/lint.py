"""Graph checks on a scenario: unreachable nodes, dead ends, loops with no way out (RL4xx).

Conditions are not evaluated here (except ones that use no names at all); `relint explore`
plays every state to find what only shows up at run time. A node whose ways on could not
be read (the draft marks it opaque) is assumed to lead anywhere, so one broken node never
produces a wave of follow-on reports.
"""

from __future__ import annotations

from relint_desktop.core.conditions import Condition
from relint_desktop.core.diagnostics import DiagnosticSink
from relint_desktop.core.model import Node, Scenario
from relint_desktop.core.schema import Draft


def successors(node: Node) -> list[str]:
    """Every node a reply can lead to from `node`, in order, without repeats."""
    targets = [c.goto for c in node.choices]
    if node.typed is not None:
        targets += [r.goto for r in node.typed.routes] + [node.typed.default.goto]
    return list(dict.fromkeys(t for t in targets if t))


def check_graph(sink: DiagnosticSink, scenario: Scenario, draft: Draft) -> None:
    """Report RL401-RL407 for the parts of the graph that could be read."""
    order = list(draft.node_lines)  # file order, including nodes whose body was broken
    if not order or scenario.start not in draft.node_lines:
        return
    edges = _edges(order, scenario.nodes, draft.node_lines)
    opaque = set(draft.opaque) | (set(order) - set(scenario.nodes))
    _check_lines_and_choices(sink, scenario)
    reachable = _reach([scenario.start], edges)
    if not reachable & opaque:
        _report_unreachable(sink, scenario, draft, order, edges, reachable)
    endings = {n.id for n in scenario.endings}
    if not endings and not opaque:
        sink.add("RL406", draft.start_line, "the scenario has no ending; add a node with 'ending: {outcome: ...}'")
        return
    reverse: dict[str, list[str]] = {n: [] for n in order}
    for source, targets in edges.items():
        for target in targets:
            reverse[target].append(source)
    escapes = _reach(endings | opaque, reverse)
    trapped = [n for n in order if n in reachable and n not in escapes]
    for component in _bottom_components(trapped, edges):
        names = ", ".join(f"'{n}'" for n in component[:5]) + (" ..." if len(component) > 5 else "")
        single = len(component) == 1
        what = f"node {names} leads only back into itself" if single else f"nodes {names} lead only into each other"
        sink.add("RL403", draft.node_lines[component[0]], f"{what}: no ending can be reached from here; "
                 "give one reply a way out")


def _edges(order: list[str], nodes, known) -> dict[str, list[str]]:
    """Each node's successors that exist (no repeats, in order); [] for a node whose body could not be read."""
    edges: dict[str, list[str]] = {}
    for name in order:
        node = nodes.get(name)
        if node is None:
            edges[name] = []
        elif node.typed is None:  # the common case, inlined: a list of choices
            targets = [c.goto for c in node.choices]
            edges[name] = [t for t in dict.fromkeys(targets) if t and t in known]
        else:
            edges[name] = [t for t in successors(node) if t in known]
    return edges


def _reach(starts, edges: dict[str, list[str]]) -> set[str]:
    seen = set(starts)
    stack = list(seen)
    while stack:
        for target in edges.get(stack.pop(), ()):
            if target not in seen:
                seen.add(target)
                stack.append(target)
    return seen


def _report_unreachable(sink, scenario, draft, order, edges, reachable) -> None:
    lost = [n for n in order if n not in reachable]
    lost_set = set(lost)
    has_parent = {t for n in lost for t in edges[n] if t != n}
    covered: set[str] = set()
    roots = [n for n in lost if n not in has_parent] + lost  # true roots first, then loops among the lost
    for root in roots:
        if root in covered:
            continue
        behind = _reach([root], {n: [t for t in edges[n] if t in lost_set] for n in lost}) - {root}
        covered |= behind | {root}
        more = f"; {len(behind)} node(s) after it are unreachable too" if behind else ""
        node = scenario.nodes.get(root)
        if node is not None and node.ending is not None:
            sink.add("RL405", draft.node_lines[root], f"ending '{root}' can never be reached: no reply leads here")
        else:
            sink.add("RL401", draft.node_lines[root], f"node '{root}' can never be reached from the start "
                     f"'{scenario.start}': no reply leads here{more}")


def _never(condition: Condition | None) -> bool:
    """True for a condition that names nothing and is false (like `false` or `1 > 2`)."""
    if condition is None or condition.variables or condition.nodes or condition.facts:
        return False
    return not condition.holds({}, {}, set())


def _check_lines_and_choices(sink: DiagnosticSink, scenario: Scenario) -> None:
    for node in scenario.nodes.values():
        for line in node.lines:
            if line.condition is None:  # the usual case: a line always said, so no RL404/RL407 for lines
                break
        else:
            _check_lines(sink, node)
        if node.ending is None and node.typed is None and node.choices:
            for choice in node.choices:
                if choice.condition is None:  # a choice always offered: no RL402/RL407 for choices
                    break
            else:
                _check_choices(sink, node)


def _check_lines(sink: DiagnosticSink, node: Node) -> None:
    if node.lines and all(_never(line.condition) for line in node.lines):
        sink.add("RL407", node.line, f"node '{node.id}' can never say anything: every line's condition is "
                 "always false")
    elif node.lines and all(line.condition is not None for line in node.lines):
        sink.add("RL404", node.line, f"node '{node.id}' may say nothing: every line has a condition; "
                 "give one line no 'if'")


def _check_choices(sink: DiagnosticSink, node: Node) -> None:
    if all(_never(c.condition) for c in node.choices):
        sink.add("RL407", node.line, f"node '{node.id}' can never offer a reply: every choice's condition "
                 "is always false")
    elif all(c.condition is not None for c in node.choices):
        sink.add("RL402", node.line, f"node '{node.id}' may offer no reply: every choice has a condition; "
                 "give one choice no 'if' (or run `relint explore`)")


def _bottom_components(nodes: list[str], edges: dict[str, list[str]]) -> list[list[str]]:
    """Strongly connected parts of `nodes` with no edge out to another part (in file order)."""
    inside = set(nodes)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[list[str]] = []
    for root in nodes:  # iterative Tarjan: scenarios may have 10,000 nodes
        if root in index:
            continue
        work = [(root, 0)]
        while work:
            node, i = work.pop()
            if i == 0:
                index[node] = low[node] = len(index)
                stack.append(node)
                on_stack.add(node)
            targets = [t for t in edges[node] if t in inside]
            if i < len(targets):
                work.append((node, i + 1))
                target = targets[i]
                if target not in index:
                    work.append((target, 0))
                elif target in on_stack:
                    low[node] = min(low[node], index[target])
                continue
            if low[node] == index[node]:
                part = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    part.append(member)
                    if member == node:
                        break
                components.append(part)
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    position = {n: i for i, n in enumerate(nodes)}
    result = []
    for part in components:
        members = set(part)
        if all(t in members for n in part for t in edges[n] if t in inside):
            result.append(sorted(part, key=position.get))
    return sorted(result, key=lambda p: position[p[0]])

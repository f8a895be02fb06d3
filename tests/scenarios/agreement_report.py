"""Label agreement: the evaluator's labels for every authored choice against the author's labels.

Run `.venv/bin/python tests/scenarios/agreement_report.py [--out FILE] [PATHS...]` to print the
agreement figure and every disagreement (file, node, choice text, authored vs evaluated).
The test in test_agreement.py uses the same functions, so the report and the check never differ.

Each choice is graded in the context the engine gives it at that node: what the person just
said, the relationship, the history `weaponize` needs (the facts disclosed on every path to the
node, plus any fact the choice's own condition asks for), and whether the person already feels
understood (and was asked permission) on every path there.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(REPO))

from relint_desktop.core.evaluation import ReplyContext  # noqa: E402
from relint_desktop.core.evaluator import evaluate  # noqa: E402
from relint_desktop.core.loader import load_library  # noqa: E402
from relint_desktop.core.model import Node, Scenario  # noqa: E402

TARGET = 0.95
"""Issue 6: exact label-set agreement on at least 95% of choices."""


@dataclass(frozen=True)
class ChoiceVerdict:
    """One authored choice, with the author's labels and the evaluator's."""

    file: str
    scenario: str
    node: str
    text: str
    authored: tuple[str, ...]
    evaluated: tuple[str, ...]

    @property
    def agrees(self) -> bool:
        """Exact label-set match."""
        return set(self.authored) == set(self.evaluated)


def _edges(node: Node) -> list[tuple[str, tuple[str, ...]]]:
    """(target, labels that lead there): choices carry their labels, typed routes none."""
    if node.choices:
        return [(c.goto, tuple(c.labels)) for c in node.choices]
    if node.typed is not None:
        return [(r.goto, ()) for r in node.typed.routes + (node.typed.default,)]
    return []


def _reachable(scenario: Scenario, blocked_node=lambda n: False, blocked_edge=lambda labels: False) -> set[str]:
    """Nodes reachable from the start without entering a blocked node or taking a blocked edge."""
    if blocked_node(scenario.node(scenario.start)):
        return set()
    seen, todo = {scenario.start}, [scenario.start]
    while todo:
        node = scenario.node(todo.pop())
        for target, labels in _edges(node):
            if target in seen or blocked_edge(labels) or blocked_node(scenario.node(target)):
                continue
            seen.add(target)
            todo.append(target)
    return seen


def _certain(scenario: Scenario, node: Node) -> list[Node]:
    """The nodes every path from the start to `node` passes through (itself included)."""
    return [n for n in scenario.nodes.values()
            if n.id == node.id or node.id not in _reachable(scenario, blocked_node=lambda m, n=n: m.id == n.id)]


def choice_context(scenario: Scenario, node: Node, needed: frozenset[str] = frozenset()) -> ReplyContext:
    """The context the engine grades a reply in at `node`; `needed`: fact ids the reply's condition asks for."""
    certain = {f.id for n in _certain(scenario, node) if n.remember for f in n.remember}
    # As in Engine.context: what this node discloses (on its first visit) is the prompt, not history.
    fresh = {f.id for f in node.remember}
    history = tuple(f.text for n in scenario.nodes.values() for f in n.remember
                    if f.id in (certain | set(needed)) - fresh)
    without_understood = _reachable(scenario, blocked_node=lambda n: n.understood)
    without_permission = _reachable(scenario, blocked_edge=lambda labels: "permission" in labels)
    return ReplyContext(
        prompt=" ".join(line.text for line in node.lines),
        relationship=scenario.relationship,
        history=history,
        understood=node.id not in without_understood,
        permission_given=node.id not in without_permission,
        transcript=tuple((node.speaker, line.text) for line in node.lines),
    )


def _shown(path: str) -> str:
    """The path relative to the repository when it is inside it."""
    try:
        return str(Path(path).resolve().relative_to(REPO))
    except ValueError:
        return path


def verdicts(scenarios) -> list[ChoiceVerdict]:
    """Every choice of every scenario, authored labels against evaluated ones."""
    found = []
    for scenario in scenarios:
        for node in scenario.nodes.values():
            if not node.choices:
                continue
            for choice in node.choices:
                needed = choice.condition.facts if choice.condition is not None else frozenset()
                evaluation = evaluate(choice.text, choice_context(scenario, node, needed))
                found.append(ChoiceVerdict(_shown(scenario.path), scenario.id, node.id, choice.text,
                                           tuple(sorted(choice.labels)), tuple(sorted(evaluation.labels))))
    return found


def agreement(found: list[ChoiceVerdict]) -> float:
    """The share of choices whose evaluated label set equals the authored one (1.0 when there are none)."""
    return sum(v.agrees for v in found) / len(found) if found else 1.0


def report(found: list[ChoiceVerdict]) -> str:
    """The agreement figure, then one block per disagreement."""
    wrong = [v for v in found if not v.agrees]
    lines = [f"label agreement: {len(found) - len(wrong)}/{len(found)} choices = {agreement(found):.1%} "
             f"(target {TARGET:.0%})", f"disagreements: {len(wrong)}", ""]
    for v in wrong:
        lines += [f"{v.file} :: {v.node}", f"  choice:    {v.text}",
                  f"  authored:  {list(v.authored)}", f"  evaluated: {list(v.evaluated)}", ""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Print the report (and write it to --out); exit 1 when agreement is under the target."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", default=[str(REPO / "scenarios")])
    parser.add_argument("--out", help="also write the report to this file")
    args = parser.parse_args(argv)
    library = load_library(args.paths)
    found = verdicts(library.scenarios)
    text = report(found)
    try:
        print(text)
    except BrokenPipeError:  # piped into `head`: the reader has what it wanted
        sys.stderr.close()
    if args.out:
        Path(args.out).write_text(text + "\n", encoding="utf-8")
    return 0 if agreement(found) >= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())

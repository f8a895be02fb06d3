"""docs/scenario-library.md, generated from the scenario files so that it always tells the truth.

Run `.venv/bin/python tests/scenarios/library_table.py` after adding or changing a scenario;
test_library_table.py fails while the committed page differs from what this script writes.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
for _path in (REPO, REPO / "tests"):  # run as a script from anywhere
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

from relint_desktop.core.loader import load_library  # noqa: E402
from relint_desktop.core.rubric import ELEMENTS, PRACTICES, RELATIONSHIPS  # noqa: E402
from scenarios.shape import is_going_first  # noqa: E402

PAGE = REPO / "docs" / "scenario-library.md"
DIFFICULTY = {1: "1 gentle", 2: "2 moderate", 3: "3 hard"}


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render(scenarios) -> str:
    """The whole page for these scenarios, sorted by relationship, difficulty and id."""
    scenarios = sorted(scenarios, key=lambda s: (RELATIONSHIPS.index(s.relationship), s.difficulty, s.id))
    lines = [
        "# The scenario library",
        "",
        "Generated from `scenarios/` by `tests/scenarios/library_table.py`; do not edit by hand",
        "(the tests fail when this page and the files disagree). How to write one: docs/writing-scenarios.md.",
        "",
        "| id | title | relationship | difficulty | focus | practices | content notes |",
        "|---|---|---|---|---|---|---|",
    ]
    for s in scenarios:
        relationship = s.relationship + (" (going first)" if is_going_first(s) else "")
        lines.append("| " + " | ".join(_cell(x) for x in (
            f"`{s.id}`", s.title, relationship, DIFFICULTY.get(s.difficulty, str(s.difficulty)),
            ", ".join(s.focus), ", ".join(s.practices), "; ".join(s.content_notes) or "none")) + " |")
    relationships = Counter(s.relationship for s in scenarios)
    difficulties = Counter(s.difficulty for s in scenarios)
    lines += [
        "",
        "## Coverage",
        "",
        f"{len(scenarios)} scenarios. By relationship: "
        + ", ".join(f"{r} {relationships[r]}" for r in RELATIONSHIPS)
        + f"; going first {sum(is_going_first(s) for s in scenarios)}.",
        "By difficulty: " + ", ".join(f"{DIFFICULTY[d]} {difficulties[d]}" for d in sorted(DIFFICULTY)) + ".",
        "",
        "| element or practice | scenarios that declare it as their focus |",
        "|---|---|",
    ]
    for element in ELEMENTS:
        lines.append(f"| {element} | {sum(element in s.focus for s in scenarios)} |")
    for practice in PRACTICES:
        lines.append(f"| {practice} ({PRACTICES[practice].lower()}) | {sum(practice in s.practices for s in scenarios)} |")
    lines += [
        "",
        "## How the library is checked",
        "",
        "`.venv/bin/python -m pytest tests/scenarios -q` checks, for every file under `scenarios/`:",
        "",
        "- it loads with no errors or warnings, and `relint validate scenarios/` agrees;",
        "- `explore` reaches every node and every ending, with no dead end;",
        "- depth: at least 12 nodes; an opened, a partly and a shut ending; at least three typed-reply nodes",
        "  with two exemplar replies each; something gated on trust; remembered facts; a point where the",
        "  person feels understood; a reflection question and a try-today commitment;",
        "- feedback on every choice, an exemplar on every typed node, 2 to 9 choices per choice node;",
        "- `relint play --text FILE` plays it to an ending from a pipe;",
        "",
        "and for the library as a whole: at least 16 scenarios, 4 parent, 4 partner, 4 work (`manager`),",
        "2 friend or family, 2 going first (folder `scenarios/going-first/` or tag `going-first`); all three",
        "difficulties; every element and practice the focus of at least two scenarios; a consistency arc",
        "(a multi-scene scenario whose weaponising choice appears only after the disclosure it uses); and",
        "the evaluator agreeing with the authored labels on at least 95% of choices.",
        "`./dev bench scenario_agreement` (or `tests/scenarios/agreement_report.py`) lists each disagreement.",
    ]
    return "\n".join(lines) + "\n"


def main() -> int:
    """Write docs/scenario-library.md from the bundled scenarios."""
    library = load_library([REPO / "scenarios"])
    PAGE.write_text(render(library.scenarios), encoding="utf-8")
    print(f"wrote {PAGE.relative_to(REPO)} ({len(library.scenarios)} scenarios)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

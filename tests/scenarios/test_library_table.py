"""docs/scenario-library.md lists exactly the scenarios in scenarios/, as library_table.py renders them."""

from __future__ import annotations

from scenarios.library_table import PAGE, render


def test_library_page_is_up_to_date(library):
    expected = render(library.scenarios)
    assert PAGE.exists(), "run: .venv/bin/python tests/scenarios/library_table.py"
    assert PAGE.read_text(encoding="utf-8") == expected, \
        "docs/scenario-library.md is stale; run: .venv/bin/python tests/scenarios/library_table.py"


def test_every_scenario_has_a_row(library):
    page = render(library.scenarios)
    for scenario in library.scenarios:
        assert f"| `{scenario.id}` | {scenario.title.replace('|', chr(92) + '|')} |" in page

"""The bundled library, loaded once for every check in this folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from relint_desktop.core.loader import load_library

REPO = Path(__file__).resolve().parents[2]
SCENARIOS = REPO / "scenarios"
SCENARIO_FILES = sorted(p for p in SCENARIOS.rglob("*") if p.suffix in (".yaml", ".yml"))
"""Every scenario file, found at collection time so each gets its own test ids."""


def file_id(path: Path) -> str:
    """A short test id: the path under scenarios/."""
    return str(path.relative_to(SCENARIOS))


@pytest.fixture(scope="session")
def library():
    """Every scenario under scenarios/, loaded by the real loader."""
    return load_library([SCENARIOS])


@pytest.fixture(scope="session")
def by_file(library):
    """Resolved file path -> compiled scenario (only files that loaded)."""
    return {Path(s.path).resolve(): s for s in library.scenarios}

"""Where the window's scenarios come from: the loader over one folder, never raising."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class LoadedLibrary:
    """The scenarios that loaded and one plain line (FILE:LINE: CODE message) per broken-file error."""

    scenarios: tuple
    problems: tuple[str, ...]

    def get(self, scenario_id: str):
        """The scenario with this id, or None."""
        return next((s for s in self.scenarios if s.id == scenario_id), None)


def default_scenarios_dir() -> Path:
    """The bundled scenarios: inside the package when installed as a bundle, else the repository's."""
    for candidate in (PACKAGE_DIR / "scenarios", PACKAGE_DIR.parent / "scenarios"):
        if candidate.is_dir():
            return candidate
    return PACKAGE_DIR.parent / "scenarios"


def load_scenarios(folder: Path | str) -> LoadedLibrary:
    """Every scenario under `folder`; broken files become problem lines and the rest still load."""
    try:
        from relint_desktop.core.loader import load_library
    except ImportError as exc:
        return LoadedLibrary((), (f"{folder}:1: GUI-NO-LOADER the scenario loader is missing ({exc.name})",))
    try:
        library = load_library([Path(folder)])
    except Exception as exc:  # a loader bug must never stop the window from opening
        return LoadedLibrary((), (f"{folder}:1: GUI-LOADER-FAILED {exc.__class__.__name__}: {exc}",))
    errors = [d for d in library.diagnostics if getattr(d, "is_error", True)]
    return LoadedLibrary(tuple(library.scenarios), tuple(str(d) for d in errors))

"""Loading scenario files into compiled Scenarios, with every problem reported as a Diagnostic.

    result = load_scenario("scenarios/teen.yaml")   # result.scenario (None on any error), result.diagnostics
    library = load_library(["scenarios/"])          # library.scenarios, library.diagnostics

Never raises for a bad file: reading, schema, references and the graph are checked in
turn and a broken file never stops the rest of a library from loading.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from relint_desktop.core.diagnostics import Diagnostic, DiagnosticSink
from relint_desktop.core.lint import check_graph
from relint_desktop.core.model import Scenario
from relint_desktop.core.references import check_references
from relint_desktop.core.schema_scenario import read_scenario, scenario_key_line
from relint_desktop.core.yamltree import MAX_BYTES, parse_yaml_bytes, paused_gc, read_yaml

SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True)
class LoadResult:
    """One file's outcome: the scenario (None when there is any error) and its diagnostics."""

    path: str
    scenario: Scenario | None
    diagnostics: tuple[Diagnostic, ...]

    @property
    def errors(self) -> tuple[Diagnostic, ...]:
        """Only the errors."""
        return tuple(d for d in self.diagnostics if d.is_error)

    @property
    def warnings(self) -> tuple[Diagnostic, ...]:
        """Only the warnings."""
        return tuple(d for d in self.diagnostics if not d.is_error)


@dataclass(frozen=True)
class Library:
    """Every scenario that loaded cleanly from some files and folders, plus all diagnostics."""

    scenarios: tuple[Scenario, ...]
    diagnostics: tuple[Diagnostic, ...]
    results: tuple[LoadResult, ...] = ()

    def get(self, scenario_id: str) -> Scenario | None:
        """The scenario with this id, or None."""
        return next((s for s in self.scenarios if s.id == scenario_id), None)

    @property
    def errors(self) -> tuple[Diagnostic, ...]:
        """Only the errors."""
        return tuple(d for d in self.diagnostics if d.is_error)


def load_scenario(path: Path | str) -> LoadResult:
    """Read, check and compile one scenario file."""
    path = Path(path)
    sink = DiagnosticSink(str(path))
    try:
        if path.is_dir():
            sink.add("RL100", 1, "this is a folder; name one scenario file here")
            return _compile(sink, None, path)
        with paused_gc():  # the parse tree dies inside the pause, so the collector never scans it
            return _compile(sink, read_yaml(path, sink), path)
    except Exception as exc:  # a loader bug must not take the program down; it is reported like a bad file
        sink.add("RL199", 1, f"the loader failed on this file ({exc.__class__.__name__}: {exc}); please report it")
        return LoadResult(str(path), None, sink.sorted())


def load_scenario_text(text: str | bytes, name: str = "<text>", max_bytes: int = MAX_BYTES) -> LoadResult:
    """Check and compile scenario YAML given as text (editors, tests); `name` is used as the file."""
    sink = DiagnosticSink(name)
    raw = text.encode("utf-8", "surrogatepass") if isinstance(text, str) else bytes(text)
    try:
        if len(raw) > max_bytes:
            sink.add("RL103", 1, f"the text is larger than {max_bytes:,} bytes")
            return LoadResult(name, None, sink.sorted())
        with paused_gc():  # the parse tree dies inside the pause, so the collector never scans it
            return _compile(sink, parse_yaml_bytes(raw, sink), Path(name))
    except Exception as exc:
        sink.add("RL199", 1, f"the loader failed on this text ({exc.__class__.__name__}: {exc}); please report it")
        return LoadResult(name, None, sink.sorted())


def _compile(sink: DiagnosticSink, data, path: Path) -> LoadResult:
    if sink.items:  # the file could not be read as YAML
        return LoadResult(str(path), None, sink.sorted())
    with paused_gc():  # thousands of small frozen objects, no cycles: the collector would only slow this down
        scenario, draft = read_scenario(sink, data, str(path))
        if scenario is not None:
            check_references(sink, scenario, draft)
            check_graph(sink, scenario, draft)
    ok = scenario is not None and not sink.has_errors
    return LoadResult(str(path), scenario if ok else None, sink.sorted())


def scenario_files(paths: Iterable[Path | str]) -> tuple[list[Path], list[Diagnostic]]:
    """The scenario files named by `paths` (folders searched recursively, sorted), and missing-path errors."""
    files: list[Path] = []
    problems: list[Diagnostic] = []
    for entry in paths:
        path = Path(entry)
        if path.is_dir():
            found = [p for p in path.rglob("*") if p.suffix.lower() in SUFFIXES and p.is_file()]
            files.extend(sorted(found))
        elif path.exists():
            files.append(path)
        else:
            sink = DiagnosticSink(str(path))
            sink.add("RL100", 1, "no such file or folder")
            problems.extend(sink.items)
    return list(dict.fromkeys(files)), problems


def load_library(paths: Iterable[Path | str]) -> Library:
    """Load every scenario file under `paths`; duplicate ids are reported (RL309) and the later file skipped."""
    files, problems = scenario_files(paths)
    diagnostics: list[Diagnostic] = list(problems)
    results: list[LoadResult] = []
    scenarios: list[Scenario] = []
    first_file: dict[str, str] = {}
    for file in files:
        result = load_scenario(file)
        scenario = result.scenario
        extra: tuple[Diagnostic, ...] = ()
        if scenario is not None and scenario.id in first_file:
            sink = DiagnosticSink(str(file))
            sink.add("RL309", _id_line(file), f"the id '{scenario.id}' is already used by {first_file[scenario.id]}; "
                     "this file is skipped")
            extra = tuple(sink.items)
            result = LoadResult(result.path, None, result.diagnostics + extra)
        elif scenario is not None:
            first_file[scenario.id] = str(file)
            scenarios.append(scenario)
        results.append(result)
        diagnostics.extend(result.diagnostics)
    return Library(tuple(scenarios), tuple(diagnostics), tuple(results))


def _id_line(path: Path) -> int:
    sink = DiagnosticSink(str(path))
    return scenario_key_line(read_yaml(path, sink), "id")


def asset_path(scenario_file: Path | str, value: str) -> Path | None:
    """The file `value` names, relative to the scenario's folder; None when it would leave that folder (RL213)."""
    base = Path(scenario_file).resolve().parent
    if not isinstance(value, str) or not value or "\x00" in value or Path(value).is_absolute():
        return None
    target = (base / value).resolve()
    return target if target == base or base in target.parents else None

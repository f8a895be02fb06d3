"""Authoring problems as data: a stable code, a severity, the file, the line and a message.

Every code is listed in CODES and documented in docs/diagnostics.md; tests check codes,
never message wording.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Iterable

ERROR = "error"
WARNING = "warning"

CODES: dict[str, tuple[str, str]] = {
    # RL1xx: reading the file
    "RL100": (ERROR, "the file cannot be read"),
    "RL101": (ERROR, "YAML syntax error"),
    "RL102": (ERROR, "the file is not UTF-8 text"),
    "RL103": (ERROR, "the file is too large"),
    "RL104": (ERROR, "too many aliases, or an alias that refers to itself"),
    "RL105": (ERROR, "a YAML tag that is not allowed"),
    "RL106": (ERROR, "the same key twice in one mapping"),
    "RL107": (ERROR, "nested too deeply"),
    "RL199": (ERROR, "the loader itself failed (a bug in Relint; please report it)"),
    # RL2xx: the shape of the file (schema)
    "RL200": (ERROR, "the file is not a scenario mapping"),
    "RL201": (ERROR, "a required key is missing"),
    "RL202": (ERROR, "an unknown key"),
    "RL203": (ERROR, "a value of the wrong type"),
    "RL204": (ERROR, "a value that is not one of the allowed ones"),
    "RL205": (ERROR, "an id or name in the wrong form"),
    "RL206": (ERROR, "an unsupported format version"),
    "RL207": (ERROR, "a node needs exactly one of choices, typed or ending"),
    "RL208": (ERROR, "a typed node without a default route"),
    "RL209": (ERROR, "more than 9 choices"),
    "RL210": (ERROR, "an empty list where at least one item is needed"),
    "RL211": (ERROR, "a number out of range"),
    "RL212": (ERROR, "a condition that cannot be parsed"),
    "RL213": (ERROR, "a file path that leaves the scenario's folder"),
    "RL214": (ERROR, "empty text"),
    "RL215": (WARNING, "a route that always matches hides what follows it"),
    "RL216": (WARNING, "a choice without feedback"),
    # RL3xx: references between parts of the file
    "RL301": (ERROR, "goto names a node that does not exist"),
    "RL302": (ERROR, "speaker names a character that does not exist"),
    "RL303": (ERROR, "a label outside the rubric"),
    "RL304": (ERROR, "effects name an undeclared variable"),
    "RL305": (ERROR, "a condition names an undeclared variable"),
    "RL306": (ERROR, "visits() names a node that does not exist"),
    "RL307": (ERROR, "knows() names a fact no node remembers"),
    "RL308": (ERROR, "the start node does not exist"),
    "RL309": (ERROR, "two scenarios with the same id"),
    # RL4xx: the graph
    "RL401": (ERROR, "a node that can never be reached"),
    "RL402": (WARNING, "a node that may offer no reply (every choice has a condition)"),
    "RL403": (ERROR, "a loop with no way out: no ending can be reached from here"),
    "RL404": (WARNING, "a node that may say nothing (every line has a condition)"),
    "RL405": (ERROR, "an ending that can never be reached"),
    "RL406": (ERROR, "the scenario has no ending"),
    "RL407": (ERROR, "a node that can never say anything or offer anything"),
}
"""Code -> (default severity, short title). docs/diagnostics.md explains each with an example and a fix."""


@dataclass(frozen=True)
class Diagnostic:
    """One problem found in a scenario file."""

    code: str
    severity: str  # "error" | "warning"
    file: str
    line: int  # 1-based
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.code} {self.message}"

    @property
    def is_error(self) -> bool:
        """True for an error (a warning does not stop a scenario from loading)."""
        return self.severity == ERROR


class DiagnosticSink:
    """Collects diagnostics for one file; the severity comes from CODES unless given."""

    def __init__(self, file: str):
        self.file = file
        self.items: list[Diagnostic] = []

    def add(self, code: str, line: int, message: str, severity: str | None = None) -> None:
        """Record one diagnostic at a 1-based line."""
        self.items.append(Diagnostic(code, severity or CODES[code][0], self.file, max(1, int(line or 1)), message))

    @property
    def has_errors(self) -> bool:
        """True when any error was recorded."""
        return any(d.is_error for d in self.items)

    def sorted(self) -> tuple[Diagnostic, ...]:
        """The diagnostics in line order (stable for equal lines)."""
        return tuple(sorted(self.items, key=lambda d: d.line))


def did_you_mean(word: str, candidates: Iterable[str]) -> str:
    """' (did you mean 'x'?)' when a candidate is close to `word`, else ''."""
    close = difflib.get_close_matches(str(word), [str(c) for c in candidates], n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def count(diagnostics: Iterable[Diagnostic]) -> tuple[int, int]:
    """(errors, warnings) among `diagnostics`."""
    items = list(diagnostics)
    errors = sum(1 for d in items if d.is_error)
    return errors, len(items) - errors

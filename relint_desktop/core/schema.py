"""The shape of a scenario file: typed reading of each mapping, reporting RL2xx diagnostics.

Reading never stops at the first problem: a bad value is reported once and replaced by a
harmless default, so the rest of the file is still checked. What later checks need
(gotos, conditions, variables named in effects, facts) is collected in a Draft.
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass, field
from typing import Any

from relint_desktop.core.conditions import Condition, ConditionError, parse_condition
from relint_desktop.core.diagnostics import DiagnosticSink, did_you_mean
from relint_desktop.core.model import Effects
from relint_desktop.core.rubric import LABELS
from relint_desktop.core.yamltree import MarkedDict, MarkedList

FORMAT_VERSION = 1
MOODS = ("neutral", "calm", "guarded", "hurt", "sad", "anxious", "angry", "defensive", "ashamed", "withdrawn",
         "relieved", "hopeful", "open", "warm")
NAME_RE = re.compile(r"[A-Za-z][A-Za-z0-9_-]*\Z")  # node, character and fact ids
VARIABLE_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
SCENARIO_ID_RE = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*\Z")
_RESERVED = {"and", "or", "not", "true", "false", "visits", "knows"}
NO_EFFECTS = Effects()  # shared: nothing ever changes an Effects after it is built
_ABSENT = object()
_NONE_MISSPELT: frozenset[str] = frozenset()  # shared until a Reader finds a misspelt key
_KEY_SETS: dict[tuple[str, ...], frozenset[str]] = {}  # known keys of each kind of mapping, as a set
_parse_condition = functools.lru_cache(maxsize=4096)(parse_condition)  # Conditions are immutable: share them


@dataclass
class Draft:
    """What the schema pass found, for the reference and graph checks."""

    gotos: list[tuple[str, str, int]] = field(default_factory=list)  # (node, target, line)
    conditions: list[tuple[Condition, int]] = field(default_factory=list)
    effect_vars: list[tuple[str, int]] = field(default_factory=list)
    speakers: list[tuple[str, str, int]] = field(default_factory=list)  # (node, speaker, line)
    facts: dict[str, int] = field(default_factory=dict)  # fact id -> first line remembered
    opaque: set[str] = field(default_factory=set)  # nodes whose ways on could not all be read
    node_lines: dict[str, int] = field(default_factory=dict)
    start_line: int = 1


def describe(value: Any) -> str:
    """How a wrongly typed value reads in a message."""
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return f"{str(value).lower()} (a yes/no value; put text in quotes)"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return f"'{value}'"


class Reader:
    """Typed getters over one mapping of the file; problems are reported once, defaults returned."""

    __slots__ = ("sink", "data", "where", "ok", "misspelt")

    def __init__(self, sink: DiagnosticSink, data: MarkedDict, where: str, known: tuple[str, ...],
                 required: tuple[str, ...] = (), at: int | None = None):
        self.sink, self.data, self.where = sink, data, where
        self.ok = True
        self.misspelt: set[str] = _NONE_MISSPELT  # known keys an unknown key looks like (reported once, RL202)
        known_set = _KEY_SETS.get(known)
        if known_set is None:
            known_set = _KEY_SETS[known] = frozenset(known)
        if not known_set.issuperset(data):  # the slow loop only when some key is unknown
            for key in data:
                if key not in known:
                    hint = did_you_mean(key, known)
                    sink.add("RL202", data.line_of(key), f"unknown key '{key}' in {where}{hint}")
                    if hint:
                        if self.misspelt is _NONE_MISSPELT:
                            self.misspelt = set()
                        self.misspelt.add(hint.split("'")[1])
        for key in required:
            if key not in data:
                if key in self.misspelt:
                    self.ok = False
                else:
                    self.fail("RL201", at or data.line, f"{where} needs '{key}'")

    def fail(self, code: str, line: int, message: str) -> None:
        """Report a problem in this mapping."""
        self.ok = False
        self.sink.add(code, line, message)

    def line(self, key: str) -> int:
        """The line of `key` (or of the mapping)."""
        return self.data.line_of(key)

    def has(self, key: str) -> bool:
        """True when the key is present (even with an empty value)."""
        return key in self.data

    def text(self, key: str, default: str = "", nonempty: bool = False) -> str:
        """A text value; numbers are not accepted as text (quote them)."""
        value = self.data.get(key, _ABSENT)
        if value is _ABSENT:
            return default
        if not isinstance(value, str):
            self.fail("RL203", self.line(key), f"'{key}' in {self.where} should be text, found {describe(value)}")
            return default
        if nonempty and not value.strip():
            self.fail("RL214", self.line(key), f"'{key}' in {self.where} is empty")
            return default
        return value

    def integer(self, key: str, default: int, low: int, high: int) -> int:
        """A whole number within low..high."""
        if key not in self.data:
            return default
        return check_int(self, self.data[key], self.line(key), f"'{key}' in {self.where}", default, low, high)

    def number(self, key: str, default: float, low: float, high: float) -> float:
        """A number (whole or decimal) within low..high."""
        if key not in self.data:
            return default
        value = self.data[key]
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            self.fail("RL203", self.line(key), f"'{key}' in {self.where} should be a number, found {describe(value)}")
            return default
        if not low <= value <= high:
            self.fail("RL211", self.line(key), f"'{key}' in {self.where} is {value}; it must be {low} to {high}")
            return default
        return float(value)

    def boolean(self, key: str, default: bool = False) -> bool:
        """true or false."""
        if key not in self.data:
            return default
        value = self.data[key]
        if not isinstance(value, bool):
            self.fail("RL203", self.line(key), f"'{key}' in {self.where} should be true or false, "
                      f"found {describe(value)}")
            return default
        return value

    def one_of(self, key: str, allowed, default: str) -> str:
        """A text value from `allowed`."""
        value = self.text(key, default)
        if value not in allowed:
            self.fail("RL204", self.line(key), f"'{key}' in {self.where} is '{value}'; it must be one of: "
                      f"{', '.join(allowed)}{did_you_mean(value, allowed)}")
            return default
        return value

    def mapping(self, key: str) -> MarkedDict | None:
        """A nested mapping, or None when absent or of another type (reported)."""
        if key not in self.data:
            return None
        value = self.data[key]
        if not isinstance(value, dict):
            self.fail("RL203", self.line(key), f"'{key}' in {self.where} should be a mapping of "
                      f"'name: value' lines, found {describe(value)}")
            return None
        return value

    def sequence(self, key: str, nonempty: bool = False) -> MarkedList | None:
        """A nested list, or None when absent or of another type (reported)."""
        if key not in self.data:
            return None
        value = self.data[key]
        if not isinstance(value, list):
            self.fail("RL203", self.line(key), f"'{key}' in {self.where} should be a list ('- item' lines), "
                      f"found {describe(value)}")
            return None
        if nonempty and not value:
            self.fail("RL210", self.line(key), f"'{key}' in {self.where} needs at least one item")
        return value

    def texts(self, key: str, allowed=None) -> tuple[str, ...]:
        """A list of text items (each from `allowed` when given)."""
        items = self.sequence(key)
        if items is None:
            return ()
        result = []
        for i, item in enumerate(items):
            line = items.line_of(i)
            if not isinstance(item, str) or not item.strip():
                self.fail("RL203", line, f"item {i + 1} of '{key}' in {self.where} should be text, "
                          f"found {describe(item)}")
            elif allowed is not None and item not in allowed:
                code = "RL303" if allowed is LABELS else "RL204"
                self.fail(code, line, f"'{item}' in '{key}' of {self.where} is not one of: "
                          f"{', '.join(allowed)}{did_you_mean(item, allowed)}")
            else:
                result.append(item)
        return tuple(result)

    def condition(self, key: str, draft: Draft) -> Condition | None:
        """A parsed `if:` condition (collected for the reference checks)."""
        if key not in self.data:
            return None
        value = self.data[key]
        if isinstance(value, bool):
            value = "true" if value else "false"
        if not isinstance(value, (str, int)):
            self.fail("RL203", self.line(key), f"'{key}' in {self.where} should be a condition like "
                      f"'trust >= 50', found {describe(value)}")
            return None
        try:
            condition = _parse_condition(str(value))
        except ConditionError as exc:
            self.fail("RL212", self.line(key), f"condition '{value}' in {self.where}: {exc.message} "
                      f"(column {exc.column})")
            return None
        draft.conditions.append((condition, self.line(key)))
        return condition

    def effects(self, key: str, draft: Draft) -> Effects:
        """`{var: delta, set: {var: value}}`."""
        data = self.mapping(key)
        if data is None:
            return NO_EFFECTS
        where = f"'{key}' of {self.where}"
        add = {}
        values = {}
        for name, value in data.items():
            line = data.line_of(name)
            if name == "set":
                if not isinstance(value, dict):
                    self.fail("RL203", line, f"'set' in {where} should be a mapping of variable: value")
                    continue
                for var, val in value.items():
                    if self._effect_name(var, value.line_of(var), where, draft):
                        values[var] = check_int(self, val, value.line_of(var), f"'{var}' in {where}", 0,
                                                *((0, 100) if var == "trust" else (-1_000_000, 1_000_000)))
            elif self._effect_name(name, line, where, draft):
                add[name] = check_int(self, value, line, f"'{name}' in {where}", 0, -1_000_000, 1_000_000)
        return Effects(add=add, set=values)

    def _effect_name(self, name: str, line: int, where: str, draft: Draft) -> bool:
        if not isinstance(name, str) or not VARIABLE_RE.match(name) or name in _RESERVED:
            self.fail("RL205", line, f"'{name}' in {where} is not a variable name")
            return False
        draft.effect_vars.append((name, line))
        return True


def check_int(reader: Reader, value: Any, line: int, what: str, default: int, low: int, high: int) -> int:
    """A whole number within low..high, else report and return `default`."""
    if isinstance(value, bool) or not isinstance(value, int):
        reader.fail("RL203", line, f"{what} should be a whole number, found {describe(value)}")
        return default
    if not low <= value <= high:
        reader.fail("RL211", line, f"{what} is {value}; it must be {low} to {high}")
        return default
    return value


def check_name(reader: Reader, name: Any, line: int, what: str, pattern=NAME_RE) -> bool:
    """True when `name` is a usable id; otherwise report RL205."""
    if not isinstance(name, str) or not pattern.match(name) or name in _RESERVED:
        allowed = "letters, digits and '_'" if pattern is VARIABLE_RE else "letters, digits, '-' and '_'"
        reader.fail("RL205", line, f"{what} '{name}' should start with a letter and use only {allowed}")
        return False
    return True

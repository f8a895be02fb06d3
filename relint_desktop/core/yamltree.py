"""Reading untrusted YAML safely, keeping the line of every key and item.

The file is composed into YAML nodes (never constructed into objects, so no tag can
build anything), then turned into plain dicts, lists and scalars. Limits: file size,
alias expansion (billion laughs), nesting depth. Problems become RL1xx diagnostics.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from relint_desktop.core.diagnostics import DiagnosticSink

MAX_BYTES = 1_000_000
MAX_DEPTH = 64
MAX_ALIAS_NODES = 10_000
"""Aliases may add at most this many nodes beyond those written out in the file."""

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_T = "tag:yaml.org,2002:"
_PLAIN_TAGS = {_T + "str", _T + "int", _T + "float", _T + "bool", _T + "null", _T + "timestamp",
               _T + "map", _T + "seq", _T + "merge"}
_TRUE = {"true", "yes", "on", "y"}


class MarkedDict(dict):
    """A mapping from the file; `line` is where it starts, `lines[key]` where each key is."""

    line: int = 1
    lines: dict

    def line_of(self, key: str) -> int:
        """The line of `key`, or of the mapping when the key is absent."""
        return self.lines.get(key, self.line)


class MarkedList(list):
    """A sequence from the file; `line` is where it starts, `lines[i]` where item i is."""

    line: int = 1
    lines: list

    def line_of(self, index: int) -> int:
        """The line of item `index`."""
        return self.lines[index] if 0 <= index < len(self.lines) else self.line


class _Limit(Exception):
    def __init__(self, code: str, line: int, message: str):
        super().__init__(message)
        self.code, self.line, self.message = code, line, message


def read_yaml(path: Path, sink: DiagnosticSink) -> Any:
    """The file's content as marked dicts/lists/scalars; None (with diagnostics) when it cannot be read."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            sink.add("RL103", 1, f"the file is {size:,} bytes; a scenario may be at most {MAX_BYTES:,} bytes")
            return None
        with open(path, "rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        sink.add("RL100", 1, f"cannot read the file: {exc.strerror or exc}")
        return None
    if len(raw) > MAX_BYTES:
        sink.add("RL103", 1, f"the file is larger than {MAX_BYTES:,} bytes")
        return None
    return parse_yaml_bytes(raw, sink)


def parse_yaml_bytes(raw: bytes, sink: DiagnosticSink) -> Any:
    """Like read_yaml, for bytes already in memory."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        sink.add("RL102", line, "the file is not UTF-8 text (save it as UTF-8)")
        return None
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = min(mark.line + 1, text.count("\n") + 1) if mark is not None else 1  # end of file: last line
        problem = " ".join(str(exc.problem or exc.context or "invalid YAML").split())
        if "nesting depth" in problem:  # libyaml's own limit
            sink.add("RL107", line, f"the file is nested too deeply (at most {MAX_DEPTH} levels)")
        else:
            sink.add("RL101", line, f"YAML syntax: {problem}")
        return None
    except yaml.YAMLError as exc:
        position = getattr(exc, "position", None)
        line = text[:position].count("\n") + 1 if isinstance(position, int) else 1
        reason = getattr(exc, "reason", "") or "invalid YAML"
        sink.add("RL101", line, f"YAML syntax: {reason}")
        return None
    except RecursionError:
        sink.add("RL107", 1, f"the file is nested too deeply (at most {MAX_DEPTH} levels)")
        return None
    if root is None:
        return None
    builder = _Builder(sink)
    try:
        return builder.build(root, 0)
    except _Limit as exc:
        sink.add(exc.code, exc.line, exc.message)
        return None
    except RecursionError:
        sink.add("RL107", 1, f"the file is nested too deeply (at most {MAX_DEPTH} levels)")
        return None


class _Builder:
    """Turns composed nodes into marked values, counting nodes to stop alias bombs."""

    def __init__(self, sink: DiagnosticSink):
        self.sink = sink
        self.seen: set[int] = set()
        self.built = 0
        self.active: set[int] = set()

    def build(self, node: yaml.Node, depth: int) -> Any:
        line = node.start_mark.line + 1
        if depth > MAX_DEPTH:
            raise _Limit("RL107", line, f"nested too deeply (at most {MAX_DEPTH} levels)")
        key = id(node)
        if key in self.active:
            raise _Limit("RL104", line, "an alias refers to the mapping or list that contains it")
        self.built += 1
        self.seen.add(key)
        if self.built - len(self.seen) > MAX_ALIAS_NODES:
            raise _Limit("RL104", line, f"aliases expand to too many values (at most {MAX_ALIAS_NODES:,} extra)")
        tag = node.tag
        if tag not in _PLAIN_TAGS and not (isinstance(node, yaml.ScalarNode) and tag == _T + "binary"):
            shown = "!!" + tag[len(_T):] if tag.startswith(_T) else tag
            raise _Limit("RL105", line, f"the tag '{shown}' is not allowed in scenario files; remove it")
        if isinstance(node, yaml.ScalarNode):
            return self.scalar(node, line)
        self.active.add(key)
        try:
            if isinstance(node, yaml.SequenceNode):
                result = MarkedList(self.build(item, depth + 1) for item in node.value)
                result.line = line
                result.lines = [item.start_mark.line + 1 for item in node.value]
                return result
            return self.mapping(node, line, depth)
        finally:
            self.active.discard(key)

    def mapping(self, node: yaml.MappingNode, line: int, depth: int) -> MarkedDict:
        result = MarkedDict()
        result.line = line
        result.lines = {}
        merged: list[MarkedDict] = []
        for key_node, value_node in node.value:
            if key_node.tag == _T + "merge":
                value = self.build(value_node, depth + 1)
                merged.extend(v for v in (value if isinstance(value, list) else [value]) if isinstance(v, dict))
                continue
            key_line = key_node.start_mark.line + 1
            if not isinstance(key_node, yaml.ScalarNode):
                raise _Limit("RL203", key_line, "a key must be plain text, not a list or mapping")
            key = self.build(key_node, depth + 1)
            key = key if isinstance(key, str) else str(key_node.value)
            if key in result:
                self.sink.add("RL106", key_line, f"'{key}' appears twice here (first on line {result.lines[key]}); "
                              "the second one would silently replace the first")
                continue
            result[key] = self.build(value_node, depth + 1)
            result.lines[key] = key_line
        for extra in merged:  # `<<: *defaults` fills in keys not written out
            for key, value in extra.items():
                if key not in result:
                    result[key] = value
                    result.lines[key] = extra.line_of(key)
        return result

    @staticmethod
    def scalar(node: yaml.ScalarNode, line: int) -> Any:
        tag, value = node.tag, node.value
        if tag == _T + "str" or tag == _T + "timestamp" or tag == _T + "binary":
            return value
        if tag == _T + "null":
            return None
        if tag == _T + "bool":
            return value.lower() in _TRUE
        if tag == _T + "int":
            try:
                digits = value.replace("_", "")
                sign = -1 if digits.startswith("-") else 1
                digits = digits.lstrip("+-")
                if digits.startswith("0x"):
                    return sign * int(digits[2:], 16)
                if digits.startswith("0o"):
                    return sign * int(digits[2:], 8)
                if digits.startswith("0b"):
                    return sign * int(digits[2:], 2)
                if ":" in digits:  # YAML 1.1 base 60; nobody means it, keep the text
                    return value
                return sign * int(digits, 8 if len(digits) > 1 and digits.startswith("0") else 10)
            except ValueError:  # too many digits: leave it as text, the schema reports the type
                return value
        if tag == _T + "float":
            low = value.lower().replace("_", "")
            if low in (".inf", "+.inf"):
                return float("inf")
            if low == "-.inf":
                return float("-inf")
            if low == ".nan":
                return float("nan")
            try:
                return float(low)
            except ValueError:
                return value
        return value

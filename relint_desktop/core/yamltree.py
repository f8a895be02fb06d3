"""Reading untrusted YAML safely, keeping the line of every key and item.

The file is parsed into YAML events by libyaml (or PyYAML's pure parser) and built straight
into plain dicts, lists and scalars: nothing is ever constructed from a tag, so no tag can
build anything. Limits: file size, alias expansion (billion laughs), nesting depth.
Problems become RL1xx diagnostics. Building from events, with the garbage collector paused
(the tree has no cycles), is several times faster than composing YAML nodes.
"""

from __future__ import annotations

import gc
import re
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import yaml

from relint_desktop.core.diagnostics import DiagnosticSink
from relint_desktop.core.yamlscalar import SPECIAL_FIRST, T, ForbiddenTag, plain, scalar, shown

MAX_BYTES = 1_000_000
MAX_DEPTH = 64
MAX_ALIAS_NODES = 10_000
"""Aliases may add at most this many nodes beyond those written out in the file."""

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_CParser = getattr(getattr(yaml, "_yaml", None), "CParser", None) if _Loader is not yaml.SafeLoader else None
_T = T
_NO_KEY = object()
_MERGE = object()


class MarkedDict(dict):
    """A mapping from the file; `line` is where it starts, `lines[key]` where each key is."""

    __slots__ = ("line", "lines")  # no per-instance __dict__: a file has tens of thousands of these

    def line_of(self, key: str) -> int:
        """The line of `key`, or of the mapping when the key is absent."""
        return self.lines.get(key, self.line)


class MarkedList(list):
    """A sequence from the file; `line` is where it starts, `lines[i]` where item i is."""

    __slots__ = ("line", "lines")

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
    table = _line_table(text)
    fix = (lambda line: table[min(line, len(table) - 1)]) if table else (lambda line: line)
    try:
        with paused_gc():
            root = _build(_event_source(text))
            if table:
                _relabel(root, fix, set())
            return root
    except _Duplicate as exc:
        sink.add(exc.code, fix(exc.line), _Duplicate(exc.key, exc.line, fix(exc.first)).message)
    except _Limit as exc:
        sink.add(exc.code, fix(exc.line), exc.message)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = min(fix(mark.line + 1), text.count("\n") + 1) if mark is not None else 1  # end of file: last line
        problem = " ".join(str(exc.problem or exc.context or "invalid YAML").split())
        if "nesting depth" in problem:  # libyaml's own limit
            sink.add("RL107", line, f"the file is nested too deeply (at most {MAX_DEPTH} levels)")
        else:
            sink.add("RL101", line, f"YAML syntax: {problem}")
    except yaml.YAMLError as exc:
        position = getattr(exc, "position", None)
        line = text[:position].count("\n") + 1 if isinstance(position, int) else 1
        reason = getattr(exc, "reason", "") or "invalid YAML"
        sink.add("RL101", line, f"YAML syntax: {reason}")
    return None


@contextmanager
def paused_gc():
    """Pause the cycle collector while many small objects are made (it would rescan them again and again)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _event_source(text: str):
    """A function returning the next parse event of `text`, then None (libyaml's parser called directly)."""
    if _CParser is not None:
        return _CParser(text).get_event
    events = yaml.parse(text, Loader=_Loader)
    return lambda: next(events, None)


def _build(next_event) -> Any:
    """The document's value from parse events; _Limit on a broken limit or a forbidden tag.

    The innermost open mapping or list and its pending key live in local variables (the hot
    path touches no attributes of its own). Each open one is also a frame on the stack, a
    plain list (cheaper to make than an object): [value, is_map, key, key_line, anchor, merged];
    the innermost frame's key and key_line are stale while they live in the locals.
    """
    stack: list[list] = []
    anchors: dict[str, tuple[Any, int]] = {}  # name -> (value, how many values it expands to)
    sizes: dict[int, int] = {}  # id of an anchored mapping or list -> its expanded size
    open_anchors: set[str] = set()
    root = None
    documents = 0
    extra = 0  # values added by aliases beyond those written out
    memo: dict[str, Any] = {}  # unquoted text -> its value (values are immutable: ints, floats, bools, None, text)
    memo_get = memo.get
    top: list | None = None  # the innermost frame
    container = clines = None  # its value and its lines
    is_map = False
    key, key_line = _NO_KEY, 0  # its pending key (the frame's own key/key_line are stale while it is on top)

    def size_of(value) -> int:
        """Values inside `value`, aliases expanded; anchored parts are counted once and remembered."""
        known = sizes.get(id(value))
        if known is not None:
            return known
        if isinstance(value, dict):
            return 1 + sum(size_of(v) for v in value.values())
        if isinstance(value, list):
            return 1 + sum(size_of(v) for v in value)
        return 1

    def place(value, line: int, anchor, raw_key=None) -> None:
        """The general case: put `value` into the innermost frame (its key/key_line must be up to date)."""
        nonlocal root
        if anchor:
            size = size_of(value)
            anchors[anchor] = (value, size)
            if isinstance(value, (dict, list)):
                sizes[id(value)] = size
        if not stack:
            root = value
            return
        frame = stack[-1]
        container = frame[0]
        if not frame[1]:
            container.append(value)
            container.lines.append(line)
        elif frame[2] is _NO_KEY:
            if isinstance(value, (dict, list)):
                raise _Limit("RL203", line, "a key must be plain text, not a list or mapping")
            frame[2] = raw_key if raw_key is not None else str(value)
            frame[3] = line
        else:
            key, frame[2] = frame[2], _NO_KEY
            if key is _MERGE:
                frame[5] = [v for v in (value if isinstance(value, list) else [value]) if isinstance(v, dict)]
            elif key in container:
                raise _Duplicate(key, frame[3], container.lines[key])
            else:
                container[key] = value
                container.lines[key] = frame[3]

    scalar_event, mapping_start, mapping_end = yaml.ScalarEvent, yaml.MappingStartEvent, yaml.MappingEndEvent
    sequence_start, sequence_end, special = yaml.SequenceStartEvent, yaml.SequenceEndEvent, SPECIAL_FIRST
    while True:
        event = next_event()
        if event is None:
            break
        kind = event.__class__
        if kind is scalar_event:
            if event.tag is None and event.anchor is None and top is not None:  # the common case, kept fast
                raw = event.value
                if is_map:
                    if key is _NO_KEY:
                        if raw != "<<" or not event.implicit[0]:
                            key = raw  # keys are their text, never resolved
                            key_line = event.start_mark.line + 1
                            continue
                    elif key is not _MERGE and key not in container:
                        if event.implicit[0] and (not raw or raw[0] in special):
                            value = memo_get(raw, _NO_KEY)
                            raw = memo.setdefault(raw, plain(raw)) if value is _NO_KEY else value
                        container[key] = raw
                        clines[key] = key_line
                        key = _NO_KEY
                        continue
                else:
                    if event.implicit[0] and (not raw or raw[0] in special):
                        value = memo_get(raw, _NO_KEY)
                        raw = memo.setdefault(raw, plain(raw)) if value is _NO_KEY else value
                    container.append(raw)
                    clines.append(event.start_mark.line + 1)
                    continue
            line = event.start_mark.line + 1
            try:
                value, tag = scalar(event)
            except ForbiddenTag as exc:
                raise _Limit("RL105", line, f"the tag '{exc}' is not allowed in scenario files; remove it") from None
            raw_key = _MERGE if tag == _T + "merge" else event.value
            if top is not None:
                top[2], top[3] = key, key_line
            place(value, line, event.anchor, raw_key)
            if top is not None:
                key, key_line = top[2], top[3]
        elif kind is mapping_start or kind is sequence_start:
            line = event.start_mark.line + 1
            if event.tag is not None and event.tag not in ("!", _T + "map", _T + "seq"):
                raise _Limit("RL105", line, f"the tag '{shown(event.tag)}' is not allowed in scenario files; remove it")
            if len(stack) >= MAX_DEPTH:
                raise _Limit("RL107", line, f"nested too deeply (at most {MAX_DEPTH} levels)")
            is_map = kind is mapping_start
            if is_map:
                value = MarkedDict()
                value.lines = clines = {}
            else:
                value = MarkedList()
                value.lines = clines = []
            value.line = line
            if event.anchor:
                open_anchors.add(event.anchor)
            if top is not None:
                top[2] = key
                top[3] = key_line
            top = [value, is_map, _NO_KEY, 0, event.anchor, None]
            stack.append(top)
            container = value
            key, key_line = _NO_KEY, 0
        elif kind is mapping_end or kind is sequence_end:
            value, _, _, _, anchor, merged = stack.pop()
            if stack:
                top = stack[-1]
                container, is_map, key, key_line, _, _ = top
                clines = container.lines
            else:
                top = container = clines = None
                is_map, key, key_line = False, _NO_KEY, 0
            if top is not None and merged is None and anchor is None:  # the common case, kept fast
                if not is_map:
                    container.append(value)
                    clines.append(value.line)
                    continue
                if key is not _NO_KEY and key is not _MERGE and key not in container:
                    container[key] = value
                    clines[key] = key_line
                    key = _NO_KEY
                    continue
            if merged:  # `<<: *defaults` fills in keys not written out
                for extra_map in merged:
                    for merged_key, item in extra_map.items():
                        if merged_key not in value:
                            value[merged_key] = item
                            value.lines[merged_key] = extra_map.line_of(merged_key)
            if anchor:
                open_anchors.discard(anchor)
            if top is not None:
                top[2], top[3] = key, key_line
            place(value, value.line, anchor)
            if top is not None:
                key, key_line = top[2], top[3]
        elif kind is yaml.AliasEvent:
            line = event.start_mark.line + 1
            if event.anchor in open_anchors:
                raise _Limit("RL104", line, "an alias refers to the mapping or list that contains it")
            if event.anchor not in anchors:
                raise _Limit("RL101", line, f"YAML syntax: the alias '*{event.anchor}' has no anchor "
                             f"'&{event.anchor}' before it")
            value, size = anchors[event.anchor]
            extra += size
            if extra > MAX_ALIAS_NODES:
                raise _Limit("RL104", line, f"aliases expand to too many values (at most {MAX_ALIAS_NODES:,} extra)")
            if top is not None:
                top[2], top[3] = key, key_line
            place(value, line, None, value if isinstance(value, str) else None)
            if top is not None:
                key, key_line = top[2], top[3]
        elif kind is yaml.DocumentStartEvent:
            documents += 1
            if documents > 1:
                raise _Limit("RL101", event.start_mark.line + 1, "YAML syntax: a scenario file holds one document; "
                             "remove the second '---'")
    return root


def _value(event, line: int) -> Any:
    try:
        return scalar(event)[0]
    except ForbiddenTag as exc:
        raise _Limit("RL105", line, f"the tag '{exc}' is not allowed in scenario files; remove it") from None


class _Duplicate(_Limit):
    def __init__(self, key: str, line: int, first: int):
        super().__init__("RL106", line, f"'{key}' appears twice here (first on line {first}); "
                         "the second one would silently replace the first")
        self.key, self.first = key, first


_BREAKS = re.compile("\r\n|[\r\n\x85\u2028\u2029]")
_UNSEEN_BREAKS = ("\x85", "\u2028", "\u2029")


def _line_table(text: str) -> list[int] | None:
    """libyaml's line (1-based) -> the line an editor shows, for text with NEL, LS or PS; None for other text.

    libyaml counts those three characters as line breaks; editors (and `FILE:LINE`) do not.
    """
    if not any(odd in text for odd in _UNSEEN_BREAKS):
        return None
    table, line = [1, 1], 1
    for found in _BREAKS.finditer(text):
        if found.group() not in _UNSEEN_BREAKS:
            line += 1
        table.append(line)
    return table


def _relabel(value, fix, seen: set[int]) -> None:
    """Put editor lines into a built tree (each mapping or list once: aliases share them)."""
    if not isinstance(value, (MarkedDict, MarkedList)) or id(value) in seen:
        return
    seen.add(id(value))
    value.line = fix(value.line)
    if isinstance(value, MarkedDict):
        value.lines = {key: fix(line) for key, line in value.lines.items()}
        items = value.values()
    else:
        value.lines = [fix(line) for line in value.lines]
        items = value
    for item in items:
        _relabel(item, fix, seen)

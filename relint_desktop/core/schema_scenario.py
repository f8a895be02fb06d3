"""Reading the top level of a scenario file: metadata, characters, variables and nodes."""

from __future__ import annotations

from typing import Any

from relint_desktop.core.diagnostics import DiagnosticSink
from relint_desktop.core.model import Character, Scenario, Voice
from relint_desktop.core.rubric import ELEMENTS, PRACTICES, RELATIONSHIPS
from relint_desktop.core.schema import (
    FORMAT_VERSION, SCENARIO_ID_RE, VARIABLE_RE, Draft, Reader, check_int, check_name, describe,
)
from relint_desktop.core.schema_nodes import read_nodes
from relint_desktop.core.yamltree import MarkedDict

_TOP_KEYS = ("format", "id", "title", "relationship", "difficulty", "summary", "content_notes", "focus",
             "practices", "tags", "learner_role", "characters", "variables", "start", "reflection", "try_today",
             "nodes")
_REQUIRED = ("format", "id", "title", "relationship", "difficulty", "learner_role", "characters", "start", "nodes")
_CHARACTER_KEYS = ("name", "description", "voice")
_VOICE_KEYS = ("gender", "age", "language", "rate", "pitch", "volume")
GENDERS = ("female", "male")
AGES = ("child", "teen", "adult", "older")


def read_scenario(sink: DiagnosticSink, data: Any, path: str) -> tuple[Scenario | None, Draft]:
    """The scenario as far as it can be read (None when the top level is unusable) and the draft."""
    draft = Draft()
    if not isinstance(data, dict):
        what = "empty" if data is None else f"{describe(data)}, not a mapping"
        sink.add("RL200", getattr(data, "line", 1), f"the file is {what}; a scenario starts with 'format: 1', "
                 "'id: ...' and the other keys of docs/scenario-format.md")
        return None, draft
    if not any(key in data for key in _REQUIRED):  # some other YAML file: one message, not a flood
        sink.add("RL200", data.line, "this does not look like a scenario: none of 'format', 'id', 'start', "
                 "'nodes' ... is here (see docs/scenario-format.md)")
        return None, draft
    r = Reader(sink, data, "the scenario", _TOP_KEYS, _REQUIRED, at=1)
    if "format" in data:
        version = data["format"]
        if version != FORMAT_VERSION or isinstance(version, bool):
            r.fail("RL206", r.line("format"), f"this file says format {describe(version)}; this version of Relint "
                   f"reads format {FORMAT_VERSION} only")
    scenario_id = r.text("id", nonempty=True)
    if scenario_id and not SCENARIO_ID_RE.match(scenario_id):
        r.fail("RL205", r.line("id"), f"the scenario id '{scenario_id}' should use only lowercase letters, digits "
               "and '-' (like 'teen-stopped-talking')")
    characters = _characters(r)
    variables = _variables(r)
    nodes_data = r.mapping("nodes")
    if nodes_data is not None and not nodes_data:
        r.fail("RL210", r.line("nodes"), "the scenario has no nodes")
    nodes = read_nodes(sink, nodes_data, draft) if nodes_data else {}
    start = r.text("start", nonempty=True)
    draft.start_line = r.line("start")
    scenario = Scenario(
        id=scenario_id, title=r.text("title", nonempty=True),
        relationship=r.one_of("relationship", RELATIONSHIPS, "other"), difficulty=r.integer("difficulty", 1, 1, 3),
        characters=characters, learner_role=r.text("learner_role", nonempty=True),
        variables=variables, start=start, nodes=nodes, summary=r.text("summary"),
        content_notes=r.texts("content_notes"), focus=r.texts("focus", ELEMENTS),
        practices=r.texts("practices", tuple(PRACTICES)), tags=_tags(r), reflection=r.text("reflection"),
        try_today=r.text("try_today"), path=path,
    )
    return scenario, draft


def _tags(r: Reader) -> tuple[str, ...]:
    items = r.sequence("tags")
    tags = []
    for i, item in enumerate(items or ()):
        if isinstance(item, bool) or not isinstance(item, (str, int)) or not str(item).strip():
            r.fail("RL203", items.line_of(i), f"tag {i + 1} should be a word, found {describe(item)}")
        else:
            tags.append(str(item))
    return tuple(tags)


def _characters(r: Reader) -> dict[str, Character]:
    data = r.mapping("characters")
    if data is None:
        return {}
    if not data:
        r.fail("RL210", r.line("characters"), "the scenario needs at least one character")
    result = {}
    for char_id, item in data.items():
        line = data.line_of(char_id)
        if not check_name(r, char_id, line, "the character id"):
            continue
        if not isinstance(item, dict):
            r.fail("RL203", line, f"character '{char_id}' should be a mapping with at least 'name', found "
                   f"{describe(item)}")
            result[char_id] = Character(char_id, char_id)
            continue
        c = Reader(r.sink, item, f"character '{char_id}'", _CHARACTER_KEYS, ("name",), at=line)
        voice = Voice()
        voice_data = c.mapping("voice")
        if voice_data is not None:
            v = Reader(r.sink, voice_data, f"the voice of '{char_id}'", _VOICE_KEYS)
            voice = Voice(gender=v.one_of("gender", GENDERS, "") if "gender" in voice_data else "",
                          age=v.one_of("age", AGES, "") if "age" in voice_data else "",
                          language=v.text("language", "en", nonempty=True) or "en",
                          rate=v.number("rate", 1.0, 0.25, 4.0), pitch=v.number("pitch", 1.0, 0.25, 4.0),
                          volume=v.number("volume", 1.0, 0.0, 1.0))
        result[char_id] = Character(char_id, c.text("name", char_id, nonempty=True) or char_id, voice,
                                    c.text("description"))
    return result


def _variables(r: Reader) -> dict[str, int]:
    variables = {"trust": 50}
    data = r.mapping("variables")
    for name, value in (data or {}).items():
        line = data.line_of(name)
        if not check_name(r, name, line, "the variable name", VARIABLE_RE):
            continue
        low, high = (0, 100) if name == "trust" else (-1_000_000, 1_000_000)
        variables[name] = check_int(r, value, line, f"variable '{name}'", variables.get(name, 0), low, high)
    return variables


def scenario_key_line(data: Any, key: str) -> int:
    """The line of a top-level key (1 when unknown)."""
    return data.line_of(key) if isinstance(data, MarkedDict) else 1

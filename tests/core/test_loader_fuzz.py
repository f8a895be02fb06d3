"""Fuzzing the loader: random bytes, random YAML and mutated copies of the example only ever give diagnostics."""

import os
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from relint_desktop.core.diagnostics import CODES
from relint_desktop.core.engine import Engine, EngineError
from relint_desktop.core.explore import explore
from relint_desktop.core.loader import load_scenario, load_scenario_text

EXAMPLE = Path(__file__).resolve().parent / "data" / "example.yaml"
SOURCE = EXAMPLE.read_text(encoding="utf-8")
LINES = SOURCE.splitlines()
# RELINT_FUZZ_EXAMPLES=5000 runs a longer campaign; the default keeps the suite quick
FUZZ = settings(max_examples=int(os.environ.get("RELINT_FUZZ_EXAMPLES", "300")), deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def check(text) -> None:
    """The loader's promise for any input."""
    result = load_scenario_text(text, "fuzz.yaml")
    raw = text if isinstance(text, bytes) else text.encode("utf-8", "surrogatepass")
    last_line = raw.count(b"\n") + 1
    for d in result.diagnostics:
        assert d.code in CODES and d.code != "RL199", str(d)
        assert d.severity == CODES[d.code][0] and d.file == "fuzz.yaml"
        assert 1 <= d.line <= last_line, str(d)
    if result.scenario is None:
        assert any(d.is_error for d in result.diagnostics)
    else:
        assert not any(d.is_error for d in result.diagnostics)
        try:
            Engine(result.scenario).start()
        except EngineError:
            pass


@FUZZ
@given(st.binary(max_size=2000))
def test_random_bytes(data):
    check(data)


@FUZZ
@given(st.text(max_size=1000))
def test_random_text(text):
    check(text)


SCENARIO_WORDS = ["format", "id", "title", "start", "nodes", "speaker", "lines", "choices", "typed", "ending",
                  "goto", "text", "labels", "effects", "trust", "if", "routes", "default", "when", "outcome", "door"]
scalars = st.none() | st.booleans() | st.integers(-5, 200) | st.floats(allow_nan=False) | st.sampled_from(
    SCENARIO_WORDS + ["opened", "clarify", "trust > 3", "jo", "(", "knows(x)"]) | st.text(max_size=10)
documents = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.sampled_from(SCENARIO_WORDS) | st.text(max_size=6),
                                                                inner, max_size=6),
    max_leaves=40,
)


@FUZZ
@given(documents)
def test_random_yaml_documents(document):
    check(yaml.safe_dump(document, allow_unicode=True))


@FUZZ
@given(documents, st.sampled_from(["door", "guarded", "story", "opened", "characters", "variables"]))
def test_example_with_one_part_replaced(document, part):
    data = yaml.safe_load(SOURCE)
    if part in data["nodes"]:
        data["nodes"][part] = document
    else:
        data[part] = document
    check(yaml.safe_dump(data, allow_unicode=True, sort_keys=False))


VALUES = ["", "0", "-1", "101", "[]", "{}", "null", "true", "no", "\"x\"", "9" * 5000, "&a x", "*a", "*nowhere",
          "!!str x", "!!python/name:os.system", "[a, b", "{a: 1", "goto: x", "opened", "trust >=", "1e999", ":",
          "- x", "'unclosed", "|", ">", "~", "\t", "é", "\x00", "\U0001F600", "knows(teased)", "visits(door) > 0"]
mutation = st.tuples(st.sampled_from(["delete", "value", "swap", "duplicate", "indent", "insert"]),
                     st.integers(0, len(LINES) - 1), st.integers(0, len(LINES) - 1), st.sampled_from(VALUES),
                     st.integers(0, 4))


def mutate(lines: list[str], change) -> list[str]:
    kind, i, j, value, spaces = change
    lines = list(lines)
    if not lines:
        return [value]
    i, j = i % len(lines), j % len(lines)
    if kind == "delete":
        del lines[i]
    elif kind == "value":
        key = lines[i].split(":", 1)[0] if ":" in lines[i] else lines[i]
        lines[i] = f"{key}: {value}"
    elif kind == "swap":
        lines[i], lines[j] = lines[j], lines[i]
    elif kind == "duplicate":
        lines.insert(i, lines[j])
    elif kind == "indent":
        lines[i] = " " * spaces + lines[i].lstrip()
    else:
        lines.insert(i, value)
    return lines


@FUZZ
@given(st.lists(mutation, min_size=1, max_size=5))
def test_mutated_example(changes):
    lines = LINES
    for change in changes:
        lines = mutate(lines, change)
    check("\n".join(lines) + "\n")


@settings(max_examples=60, deadline=None)
@given(st.lists(mutation, min_size=1, max_size=3))
def test_mutated_example_that_still_loads_can_be_explored(changes):
    lines = LINES
    for change in changes:
        lines = mutate(lines, change)
    result = load_scenario_text("\n".join(lines) + "\n")
    if result.scenario is not None:
        exploration = explore(result.scenario, max_states=5000)
        assert exploration.states >= 1


def test_files_that_are_not_scenarios(tmp_path):
    cases = {
        "empty.yaml": b"",
        "binary.yaml": bytes(range(256)) * 4,
        "utf16.yaml": SOURCE.encode("utf-16"),
        "huge.yaml": b"a: " + b"x" * 1_100_000,
        "deep.yaml": b"[" * 5000 + b"]" * 5000,
        "bomb.yaml": b"a: &a [x,x,x,x,x,x,x,x,x,x]\n" + b"".join(
            f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 10)}]\n".encode() for i in range(8)),
        "merge-bomb.yaml": b"a: &a {x: 1}\nb: &b {<<: [*a, *a]}\n",
        "self.yaml": b"a: &a {b: *a}\n",
    }
    expected = {"empty.yaml": "RL200", "binary.yaml": "RL102", "utf16.yaml": "RL102", "huge.yaml": "RL103",
                "deep.yaml": "RL107", "bomb.yaml": "RL104", "merge-bomb.yaml": "RL200", "self.yaml": "RL104"}
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
        result = load_scenario(tmp_path / name)
        assert [d.code for d in result.diagnostics] == [expected[name]], (name, [str(d) for d in result.diagnostics])
    folder = load_scenario(tmp_path)
    assert [d.code for d in folder.diagnostics] == ["RL100"]

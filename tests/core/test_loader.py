"""The loader: the example loads cleanly; each single mistake gives exactly one diagnostic at its line."""

from pathlib import Path

import pytest

from relint_desktop.core.diagnostics import CODES, Diagnostic
from relint_desktop.core.loader import (
    Library, LoadResult, asset_path, load_library, load_scenario, load_scenario_text,
)

EXAMPLE = Path(__file__).resolve().parent / "data" / "example.yaml"

SOURCE = EXAMPLE.read_text(encoding="utf-8")


def line_of(text: str, marker: str) -> int:
    """1-based line of the first occurrence of `marker` in `text`."""
    assert marker in text, marker
    return text[: text.index(marker)].count("\n") + 1


def test_example_loads_clean():
    result = load_scenario(EXAMPLE)
    assert isinstance(result, LoadResult)
    assert result.diagnostics == ()
    scenario = result.scenario
    assert scenario.id == "example-missed-bus"
    assert scenario.start == "door"
    assert scenario.variables == {"trust": 45, "pushed": 0}
    assert [n.id for n in scenario.endings] == ["opened", "partly", "shut"]
    assert scenario.nodes["door"].line == line_of(SOURCE, "  door:")
    assert scenario.nodes["story"].remember[0].id == "teased"
    assert scenario.nodes["guarded"].typed.default.goto == "partly"
    assert scenario.characters["jo"].voice.gender == "female"


# (name, old text, new text, expected code, a marker on the expected line in the changed file)
CASES = [
    ("goto typo", "goto: story\n      - text: \"You should", "goto: storyy\n      - text: \"You should", "RL301", "storyy"),
    ("unknown key", "    mood: hurt\n", "    mod: hurt\n", "RL202", "mod: hurt"),
    ("label outside rubric", "[clarify]", "[clarifi]", "RL303", "clarifi"),
    ("undeclared variable", "set: {pushed: 1}", "set: {pushd: 1}", "RL304", "pushd"),
    ("condition syntax", "if: trust < 30", "if: trust < < 30", "RL212", "trust < < 30"),
    ("condition variable", "if: trust < 30", "if: trus < 30", "RL305", "trus <"),
    ("visits unknown node", "if: trust < 30", "if: visits(dor) > 1", "RL306", "visits(dor)"),
    ("knows unknown fact", "if: trust < 30", "if: knows(teasd)", "RL307", "knows(teasd)"),
    ("no default", "      default:\n        goto: partly\n  story:", "  story:", "RL208", "    typed:\n      prompt: \"Jo is closing"),
    ("yaml syntax", "  guarded:\n    speaker", "  guarded:\n   speaker", "RL101", "    mood: guarded"),
    ("object tag", "title: \"I missed", "title: !!python/object:os.system \"I missed", "RL105", "title:"),
    ("unknown speaker", "speaker: jo\n    mood: sad", "speaker: joe\n    mood: sad", "RL302", "speaker: joe"),
    ("misspelt speaker key", "speaker: jo\n    mood: sad", "speakr: jo\n    mood: sad", "RL202", "speakr"),
    ("misspelt typed key", "    typed:\n      prompt: \"Jo is", "    typd:\n      prompt: \"Jo is", "RL202", "typd"),
    ("bad outcome", "outcome: opened", "outcome: open", "RL204", "outcome: open\n"),
    ("bad mood", "mood: withdrawn", "mood: grumpy", "RL204", "mood: grumpy"),
    ("format 2", "format: 1", "format: 2", "RL206", "format: 2"),
    ("unknown start", "start: door", "start: dor", "RL308", "start: dor"),
    ("trust out of range", "trust: 45", "trust: 145", "RL211", "trust: 145"),
    ("yes as a line", "- \"Whatever. It doesn't matter.\"", "- yes", "RL203", "- yes"),
    ("text as number", "difficulty: 1", "difficulty: easy", "RL203", "difficulty: easy"),
    ("empty lines", "    lines:\n      - \"Forget it. I'm not telling you stuff anymore.\"", "    lines: []", "RL210",
     "lines: []"),
    ("both choices and ending", "    ending:\n      outcome: shut", "    choices: []\n    ending:\n      outcome: shut",
     "RL207", "  shut:\n"),
    ("duplicate node id", "  partly:\n", "  shut:\n    speaker: jo\n    lines: [x]\n    ending: {outcome: shut, debrief: x}\n"
     "  partly:\n", "RL106", "  shut:\n    speaker: jo\n    mood: angry"),
    ("unreachable node", "goto: story\n      - text: \"You should", "goto: guarded\n      - text: \"You should", None, None),
]


@pytest.mark.parametrize("name, old, new, code, marker", CASES, ids=[c[0] for c in CASES])
def test_one_mistake_gives_one_diagnostic(name, old, new, code, marker):
    assert old in SOURCE
    text = SOURCE.replace(old, new, 1)
    result = load_scenario_text(text, "broken.yaml")
    if code is None:  # the change is harmless: another path still reaches 'story'
        assert result.diagnostics == ()
        return
    errors = [d for d in result.diagnostics if d.is_error]
    assert [d.code for d in errors] == [code], [str(d) for d in result.diagnostics]
    # the "did you mean" / "unknown key" cases put the line on the marker
    assert errors[0].line == line_of(text, marker), str(errors[0])
    assert result.scenario is None


def test_diagnostic_str_and_fields():
    d = Diagnostic("RL301", "error", "a.yaml", 7, "goto 'x' ...")
    assert str(d) == "a.yaml:7: RL301 goto 'x' ..."
    assert d.is_error
    with pytest.raises(AttributeError):
        d.line = 3  # frozen


def test_every_code_is_documented():
    doc = (Path(__file__).resolve().parents[2] / "docs" / "diagnostics.md").read_text(encoding="utf-8")
    for code, (severity, _title) in CODES.items():
        assert f"| {code} | {severity} |" in doc, code


def test_library_loads_files_and_folders_and_reports_duplicates(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.yaml").write_text(SOURCE, encoding="utf-8")
    (tmp_path / "sub" / "b.yml").write_text(SOURCE, encoding="utf-8")  # same id
    (tmp_path / "sub" / "c.yaml").write_text("format: [", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not a scenario", encoding="utf-8")
    other = SOURCE.replace("id: example-missed-bus", "id: another-one")
    (tmp_path / "z.yaml").write_text(other, encoding="utf-8")
    library = load_library([tmp_path, tmp_path / "missing.yaml"])
    assert isinstance(library, Library)
    assert [s.id for s in library.scenarios] == ["example-missed-bus", "another-one"]
    codes = sorted((Path(d.file).name, d.code) for d in library.diagnostics)
    assert codes == [("b.yml", "RL309"), ("c.yaml", "RL101"), ("missing.yaml", "RL100")]
    dup = next(d for d in library.diagnostics if d.code == "RL309")
    assert dup.line == line_of(SOURCE, "id: example")


def test_library_of_nothing():
    assert load_library([]).scenarios == ()


@pytest.mark.parametrize("old, new, marker", [
    ("    lines:\n      - \"Don't start. I know I'm late.\"\n", "", "  door:"),  # a node without lines
    ("      debrief: \"Jo answered the practical question but kept the painful part back.\"\n", "", "    ending:\n"
     "      outcome: partly"),
    ("    name: Jo\n", "", "  jo:"),
    ("      default:\n        goto: partly\n  story:", "      default:\n        feedback: x\n  story:",
     "      default:\n        feedback: x"),
])
def test_a_missing_key_is_reported_where_its_parent_starts(old, new, marker):
    assert old in SOURCE
    text = SOURCE.replace(old, new, 1)
    errors = [d for d in load_scenario_text(text).diagnostics if d.is_error]
    assert [d.code for d in errors] == ["RL201"], [str(d) for d in errors]
    assert errors[0].line == line_of(text, marker)


def test_asset_paths_stay_inside_the_scenario_folder(tmp_path):
    scenario = tmp_path / "pack" / "s.yaml"
    (tmp_path / "pack" / "img").mkdir(parents=True)
    assert asset_path(scenario, "img/jo.png") == (tmp_path / "pack" / "img" / "jo.png").resolve()
    for bad in ("../secret.txt", "img/../../secret.txt", "/etc/passwd", "", "a\x00b", None):
        assert asset_path(scenario, bad) is None, bad
    (tmp_path / "pack" / "link").symlink_to(tmp_path)
    assert asset_path(scenario, "link/secret.txt") is None  # a link out of the folder counts as leaving it


def test_anchors_and_merge_keys_work_with_lines():
    text = SOURCE.replace("        effects: {trust: 10}\n        feedback: \"Noticing",
                          "        effects: &warm {trust: 10}\n        feedback: \"Noticing").replace(
        "        effects: {trust: 15}\n          feedback: \"Owning", "        effects: *warm\n          feedback: \"Owning")
    result = load_scenario_text(text)
    assert result.diagnostics == ()
    assert result.scenario.nodes["guarded"].typed.routes[1].effects.add == {"trust": 10}
    merged = "x: &base {speaker: jo, mood: calm}\n" + SOURCE.replace(
        "  opened:\n    speaker: jo\n    mood: relieved\n", "  opened:\n    <<: *base\n    mood: relieved\n")
    result = load_scenario_text(merged)
    assert [d.code for d in result.diagnostics] == ["RL202"]  # only the helper key 'x' is unknown
    assert result.diagnostics[0].line == 1

"""Graph checks: unreachable parts reported once, loops with no way out, endings, and no cascades."""

from pathlib import Path

from relint_desktop.core.loader import load_scenario_text

SOURCE = (Path(__file__).resolve().parent / "data" / "example.yaml").read_text(encoding="utf-8")
HEAD = SOURCE.split("nodes:\n")[0] + "nodes:\n"


def node(name: str, body: str) -> str:
    return f"  {name}:\n    speaker: jo\n    lines: [\"{name}\"]\n" + "".join(f"    {line}\n" for line in body.splitlines())


def choice(goto: str, extra: str = "") -> str:
    return f"choices: [{{text: go, labels: [], feedback: f, goto: {goto}{extra}}}]"


END = "ending: {outcome: opened, debrief: done}"


def codes(text: str) -> list[tuple[str, int]]:
    return [(d.code, d.line) for d in load_scenario_text(HEAD.replace("start: door", "start: a") + text).diagnostics]


def line(text: str, name: str) -> int:
    full = HEAD + text
    return full[: full.index(f"  {name}:\n")].count("\n") + 1


def test_an_unreachable_chain_is_one_error_at_its_first_node():
    body = node("a", choice("end")) + node("end", END) + node("x", choice("y")) + node("y", choice("end"))
    assert codes(body) == [("RL401", line(body, "x"))]
    message = str(load_scenario_text(HEAD.replace("start: door", "start: a") + body).diagnostics[0])
    assert "1 node(s) after it" in message


def test_an_unreachable_ending_has_its_own_code():
    body = node("a", choice("end")) + node("end", END) + node("lost", END)
    assert codes(body) == [("RL405", line(body, "lost"))]


def test_a_loop_with_no_way_out_is_one_error():
    body = (node("a", "choices: [{text: go, labels: [], feedback: f, goto: b}, {text: out, labels: [], feedback: f, "
                      "goto: end}]") + node("b", choice("c")) + node("c", choice("b")) + node("end", END))
    assert codes(body) == [("RL403", line(body, "b"))]


def test_a_node_looping_on_itself():
    body = node("a", "choices: [{text: go, labels: [], feedback: f, goto: a}, {text: out, labels: [], feedback: f, "
                     "goto: b}]") + node("b", choice("b")) + node("end", END)
    assert ("RL403", line(body, "b")) in codes(body)


def test_no_ending_at_all():
    body = node("a", choice("b")) + node("b", choice("a"))
    assert [c for c, _ in codes(body)] == ["RL406"]


def test_conditions_on_every_line_or_choice_are_warnings_and_always_false_ones_errors():
    body = (node("a", choice("end", ", if: trust > 10")).replace('lines: ["a"]', 'lines: [{text: hi, if: trust > 3}]')
            + node("end", END))
    assert sorted(c for c, _ in codes(body)) == ["RL402", "RL404"]
    never = node("a", choice("end", ", if: 'false'")) + node("end", END)
    assert [c for c, _ in codes(never)] == ["RL407"]


def test_a_broken_node_does_not_make_what_follows_unreachable():
    # 'a' has no way on that can be read; everything after it may still be reachable through it
    body = node("a", "choices: oops") + node("b", choice("end")) + node("end", END)
    assert [c for c, _ in codes(body)] == ["RL203"]


def test_an_unknown_goto_does_not_cascade():
    body = node("a", choice("bb")) + node("b", choice("end")) + node("end", END)
    assert [c for c, _ in codes(body)] == ["RL301"]


def test_a_long_scenario_is_checked_without_recursion_limits():
    body = "".join(node(f"n{i}", choice(f"n{i + 1}")) for i in range(3000)) + node("n3000", END)
    text = HEAD.replace("start: door", "start: n0") + body
    assert load_scenario_text(text).diagnostics == ()
    looped = text.replace("goto: n2999}", "goto: n1}")  # n1 ... n2998 -> n1: a trap; n2999 and the end are cut off
    assert [d.code for d in load_scenario_text(looped).diagnostics] == ["RL403", "RL401"]

"""`relint evaluate`: the rubric's JSON-lines contract and the readable single-reply output."""

from __future__ import annotations

import io
import json
import sys

from relint_desktop.cli import main
from relint_desktop.commands import evaluate as command
from relint_desktop.core.rubric import ELEMENTS


def write_lines(path, lines):
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_jsonl_round_trip_keeps_order_and_reports_the_malformed_line(tmp_path, capsys):
    source = tmp_path / "in.jsonl"
    write_lines(source, [
        json.dumps({"id": "a", "reply": "That makes sense. What happened?", "prompt": "I failed my test.",
                    "labels": ["validate", "clarify"], "kind": "plain"}),
        "{this is not json",
        json.dumps({"id": "c", "prompt": "no reply here"}),
        json.dumps({"id": "d", "reply": "Like you admitted, you can't cope. Typical.", "relationship": "friend",
                    "history": ["I told you I can't cope with stress"]}),
        json.dumps({"id": "e", "reply": "You could move one deadline.", "understood": True, "permission_given": True}),
    ])
    code = main(["evaluate", "--jsonl", str(source)])
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert code == command.EXIT_BAD_LINES
    assert [o["id"] for o in out] == ["a", None, "c", "d", "e"]
    assert out[1]["error"].startswith(command.BAD_JSON) and set(out[1]) == {"id", "error"}
    assert out[2]["error"].startswith(command.NO_REPLY)
    first = out[0]
    assert set(first) == {"id", "labels", "score", "elements", "spans"}
    assert first["labels"] == sorted(first["labels"]) and {"validate", "clarify"} <= set(first["labels"])
    assert set(first["elements"]) == set(ELEMENTS) and 0 <= first["score"] <= 100
    reply = "That makes sense. What happened?"
    assert any(reply[s["start"]:s["end"]] == "That makes sense" and s["label"] == "validate" for s in first["spans"])
    assert "weaponize" in out[3]["labels"]
    assert "fix" not in out[4]["labels"]  # understood + permission_given reached the context


def test_all_good_lines_exit_zero(tmp_path, capsys):
    source = tmp_path / "in.jsonl"
    write_lines(source, [json.dumps({"id": str(i), "reply": "ok"}) for i in range(3)])
    assert main(["evaluate", "--jsonl", str(source)]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 3


def test_stdin_is_read_with_a_dash(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.StringIO('{"id": "x", "reply": "Thanks for telling me."}\n[1, 2]\n'))
    assert main(["evaluate", "--jsonl", "-"]) == command.EXIT_BAD_LINES
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert out[0]["labels"] == ["appreciate"] and out[1]["error"].startswith(command.NOT_OBJECT)


def test_missing_file_is_a_plain_message(tmp_path, capsys):
    assert main(["evaluate", "--jsonl", str(tmp_path / "nope.jsonl")]) == command.EXIT_USAGE
    assert "cannot read" in capsys.readouterr().err


def test_single_reply_prints_labels_words_elements_and_try_instead(capsys):
    code = main(["evaluate", "That reminds me of when I got fired, you should just quit.",
                 "--prompt", "I think I'm about to lose my job.", "--relationship", "friend",
                 "--history", "I said I hate my boss"])
    out = capsys.readouterr().out
    assert code == 0
    assert "hijack" in out and '"That reminds me of"' in out and "fix" in out
    assert all(element in out for element in ELEMENTS)
    assert "Try instead:" in out


def test_single_reply_as_json(capsys):
    assert main(["evaluate", "That makes sense.", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["labels"] == ["validate"] and data["explanations"]["validate"] and data["suggestion"]


def test_no_reply_and_no_file_is_a_usage_error(capsys):
    assert main(["evaluate"]) == command.EXIT_USAGE


def test_a_byte_order_mark_and_odd_optional_fields_do_not_break_a_line(tmp_path, capsys):
    source = tmp_path / "bom.jsonl"
    source.write_bytes("\ufeff".encode() + json.dumps({"id": "a", "reply": "That makes sense.", "history": "not a list",
                                                       "relationship": "stranger", "prompt": 5}).encode() + b"\n")
    assert main(["evaluate", "--jsonl", str(source)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["id"] == "a" and out["labels"] == ["validate"]

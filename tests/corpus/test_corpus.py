"""The labelled corpus (corpus/dev.jsonl, corpus/heldout.jsonl): format, size, balance, split and rubric rules.

Every requirement of issue 3 part 3 is checked here from the files themselves, so a batch that
breaks one (a missing label, a mislabelled double question, a reply in both parts) fails the suite.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from relint_desktop.core.rubric import LABELS, RELATIONSHIPS

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "corpus"
FIELDS = {"id": str, "reply": str, "prompt": str, "relationship": str, "history": list,
          "understood": bool, "permission_given": bool, "labels": list, "hard": bool, "kind": str,
          "batch": str}
EASY_KINDS = {"plain", "neutral"}


def _tool(name: str):
    """Import corpus/tools/NAME.py (the tools are scripts, not a package)."""
    spec = importlib.util.spec_from_file_location(f"corpus_{name}", CORPUS / "tools" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _read(name: str) -> list[dict]:
    lines = (CORPUS / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


DEV = _read("dev.jsonl")
HELD = _read("heldout.jsonl")
ALL = DEV + HELD


def questions(reply: str) -> int:
    """rubric.md: each sentence whose closing punctuation contains '?' is one question."""
    count = 0
    for sentence in re.findall(r"[^.!?…]+[.!?…]*", reply):
        end = re.search(r"[.!?…]+$", sentence.strip())
        count += bool(end and "?" in end.group())
    return count


def share(records: list[dict], test) -> float:
    return sum(1 for r in records if test(r)) / len(records)


# --- format -----------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["dev.jsonl", "heldout.jsonl"])
def test_every_line_is_a_json_object_with_the_fields(name):
    for number, line in enumerate((CORPUS / name).read_text(encoding="utf-8").splitlines(), 1):
        record = json.loads(line)
        assert isinstance(record, dict), f"{name}:{number}"
        for field, kind in FIELDS.items():
            assert isinstance(record.get(field), kind), f"{name}:{number} field {field}"
        assert record["reply"].strip() and record["prompt"].strip(), f"{name}:{number}"
        assert all(isinstance(h, str) and h.strip() for h in record["history"]), f"{name}:{number}"
        assert re.fullmatch(r"p-\d{4}", record["id"]), f"{name}:{number}"


def test_ids_are_unique_across_both_files():
    counts = Counter(r["id"] for r in ALL)
    assert [i for i, n in counts.items() if n > 1] == []


def test_labels_are_rubric_ids_sorted_without_repeats():
    for r in ALL:
        assert set(r["labels"]) <= set(LABELS), r["id"]
        assert r["labels"] == sorted(set(r["labels"])), r["id"]


def test_relationships_are_rubric_ids():
    assert {r["relationship"] for r in ALL} <= set(RELATIONSHIPS)


def test_hard_flag_follows_the_kind():
    for r in ALL:
        assert r["hard"] == (r["kind"] not in EASY_KINDS), r["id"]


def test_no_reply_is_repeated_in_the_same_context():
    counts = Counter((r["reply"].lower(), r["prompt"].lower(), tuple(r["history"])) for r in ALL)
    assert [k for k, n in counts.items() if n > 1] == []


# --- size and balance (issue 3, part 3) -------------------------------------------------------

def test_at_least_1200_replies():
    assert len(ALL) >= 1200


@pytest.mark.parametrize("relationship", RELATIONSHIPS)
def test_each_relationship_is_at_least_12_percent(relationship):
    assert share(ALL, lambda r: r["relationship"] == relationship) >= 0.12


@pytest.mark.parametrize("label", LABELS)
def test_each_label_on_70_replies_and_20_held_out(label):
    assert sum(label in r["labels"] for r in ALL) >= 70
    assert sum(label in r["labels"] for r in HELD) >= 20


def test_at_least_30_percent_carry_two_or_more_labels():
    assert share(ALL, lambda r: len(r["labels"]) >= 2) >= 0.30


def test_at_least_25_percent_are_hard_cases():
    assert share(ALL, lambda r: r["hard"]) >= 0.25


def test_at_least_5_percent_carry_no_label():
    assert share(ALL, lambda r: not r["labels"]) >= 0.05


def test_the_hard_case_families_of_the_issue_are_all_present():
    kinds = Counter(r["kind"] for r in ALL)
    for kind in ("negation", "sarcasm", "advice-as-question", "brief-self-disclosure", "hijack-story",
                 "minimising-reassurance", "two-questions", "either-or", "permission-then-advice",
                 "permission-vs-fix", "stage-after-understood", "weaponize-from-history",
                 "weaponize-explicit", "kind-recall", "clinical-mirror", "logistics-after-feeling",
                 "praise-not-validate", "prediction-dismiss", "cross-examine"):
        assert kinds[kind] >= 5, kind


# --- the split ---------------------------------------------------------------------------------

def _heldout_by_rule(reply: str) -> bool:
    """The documented rule, written out again here so a change in build.py is noticed."""
    key = " ".join(reply.split()).lower()
    return int(hashlib.sha256(key.encode("utf-8")).hexdigest()[:8], 16) % 100 < 30


def test_split_follows_the_fixed_rule():
    assert all(not _heldout_by_rule(r["reply"]) for r in DEV)
    assert all(_heldout_by_rule(r["reply"]) for r in HELD)


def test_split_is_about_70_30():
    assert 0.25 <= len(HELD) / len(ALL) <= 0.35


def test_no_reply_appears_in_both_parts():
    dev = {" ".join(r["reply"].split()).lower() for r in DEV}
    held = {" ".join(r["reply"].split()).lower() for r in HELD}
    assert dev & held == set()


def test_build_reproduces_the_committed_files(tmp_path):
    build = _tool("build")
    build.write(tmp_path)
    for name in ("dev.jsonl", "heldout.jsonl"):
        assert (tmp_path / name).read_bytes() == (CORPUS / name).read_bytes(), name


def test_build_rejects_a_malformed_batch_line():
    build = _tool("build")
    good = "@ friend | I'm sad.\nV . | That sounds hard.\n"
    assert build.parse_batch(good, "x")[0]["labels"] == ["validate"]
    for bad in ("V . | reply before any context\n", "@ friend | sad\nX . | unknown letter\n",
                "@ friend | sad\nV nope | unknown kind\n", "@ cousin | sad\nV . | bad relationship\n",
                "@ friend | sad\nVV . | repeated letter\n", "@ friend | sad\nV . missing separator\n"):
        with pytest.raises(build.BatchError):
            build.parse_batch(bad, "x")


def test_readme_statistics_are_current():
    stats = _tool("stats")
    readme = (CORPUS / "README.md").read_text(encoding="utf-8")
    current = stats.table(DEV, HELD) in readme
    assert current, "stale table: run  python corpus/tools/stats.py --readme"


# --- rubric rules applied consistently -----------------------------------------------------------

def test_two_questions_are_always_interrogate():
    wrong = [r["id"] for r in ALL if questions(r["reply"]) >= 2 and "interrogate" not in r["labels"]]
    assert wrong == []


def test_interrogate_never_comes_with_clarify():
    assert [r["id"] for r in ALL if {"interrogate", "clarify"} <= set(r["labels"])] == []


def test_clarify_is_at_most_one_question():
    assert [r["id"] for r in ALL if "clarify" in r["labels"] and questions(r["reply"]) > 1] == []


def test_interrogate_needs_two_questions_or_a_cross_examination():
    wrong = [r["id"] for r in ALL if "interrogate" in r["labels"]
             and questions(r["reply"]) < 2 and r["kind"] != "cross-examine"]
    assert wrong == []


def test_either_or_is_one_question():
    for r in ALL:
        if r["kind"] == "either-or":
            assert questions(r["reply"]) == 1 and "interrogate" not in r["labels"], r["id"]


def test_advice_after_understood_and_permission_is_not_fix_or_judge():
    stage = [r for r in ALL if r["understood"] and r["permission_given"]]
    assert len(stage) >= 15
    assert [r["id"] for r in stage if "fix" in r["labels"]] == []
    # Weaponising is never "a different view": it keeps its judge (or escalate) at this stage too.
    assert [r["id"] for r in stage if "judge" in r["labels"] and "weaponize" not in r["labels"]] == []


def test_advice_with_only_one_of_the_two_conditions_is_still_fix():
    half = [r for r in ALL if r["kind"] == "stage-after-understood"
            and not (r["understood"] and r["permission_given"])]
    assert half and all("fix" in r["labels"] for r in half)


def test_permission_then_advice_in_one_reply_is_fix_not_permission():
    rows = [r for r in ALL if r["kind"] == "permission-then-advice"]
    assert rows and all("fix" in r["labels"] or "judge" in r["labels"] for r in rows)
    assert [r["id"] for r in rows if "permission" in r["labels"]] == []


def test_weaponize_is_criticism_or_threat_and_has_a_source():
    for r in ALL:
        if "weaponize" in r["labels"]:
            assert {"judge", "escalate"} & set(r["labels"]), r["id"]
            if r["kind"] == "weaponize-from-history":
                assert r["history"], r["id"]


def test_kind_recall_uses_history_and_is_never_weaponize():
    rows = [r for r in ALL if r["kind"] == "kind-recall"]
    assert rows
    for r in rows:
        assert "weaponize" not in r["labels"] and r["history"], r["id"]
        assert set(r["labels"]) & {"clarify", "validate", "appreciate"}, r["id"]


def test_praise_is_never_validate_and_predictions_are_dismiss():
    for r in ALL:
        if r["kind"] == "praise-not-validate":
            assert "validate" not in r["labels"], r["id"]
        if r["kind"] == "prediction-dismiss":
            assert "dismiss" in r["labels"], r["id"]


def test_clinical_mirrors_are_mirror():
    assert all("mirror" in r["labels"] for r in ALL if r["kind"] == "clinical-mirror")


def test_neutral_replies_carry_no_label():
    assert [r["id"] for r in ALL if r["kind"] == "neutral" and r["labels"]] == []


def test_the_same_logistics_reply_is_dismiss_after_a_feeling_and_unlabelled_after_a_request():
    by_reply: dict[str, set[tuple[str, ...]]] = {}
    for r in ALL:
        if r["kind"] == "logistics-after-feeling":
            by_reply.setdefault(r["reply"].lower(), set()).add(tuple(r["labels"]))
    assert any({("dismiss",), ()} <= labels for labels in by_reply.values())


def test_brief_self_disclosure_that_hands_back_is_not_hijack():
    handed_back = [r for r in ALL if r["kind"] == "brief-self-disclosure" and "clarify" in r["labels"]]
    assert len(handed_back) >= 10
    assert [r["id"] for r in handed_back if "hijack" in r["labels"]] == []
    assert all("hijack" in r["labels"] for r in ALL if r["kind"] == "hijack-story")


def test_stats_problem_check_agrees():
    assert _tool("stats").problems(ALL) == []


BREAKS = [
    ("either-or", "Do you want ideas or just to vent", [], False, False),
    ("plain", "Go to HR.", ["fix"], True, True),
    ("plain", "Honestly, you were naive.", ["judge"], True, True),
    ("stage-after-understood", "Want to hear an idea, or not today?", ["permission"], True, False),
    ("permission-then-advice", "Can I suggest something? Quit.", ["fix", "permission"], False, False),
    ("clinical-mirror", "I'm hearing that you feel let down.", [], False, False),
    ("neutral", "Hmm.", ["validate"], False, False),
    ("hijack-story", "When my dog died I cried for a week.", ["validate"], False, False),
    ("brief-self-disclosure", "Same here. How are you doing?", ["clarify", "hijack"], False, False),
    ("kind-recall", "You said exams scare you. Is this that?", ["clarify"], False, False),
    ("plain", "You told me you cheat.", ["weaponize"], False, False),
]


@pytest.mark.parametrize("kind, reply, labels, understood, permission", BREAKS)
def test_the_batch_checker_flags_every_per_reply_rule_the_corpus_tests_hold(kind, reply, labels, understood,
                                                                            permission):
    # The helpers who write batches run corpus/tools/check_batch.py and never these tests, so it must catch the same.
    record = {"id": "x", "reply": reply, "labels": labels, "kind": kind, "history": [],
              "understood": understood, "permission_given": permission}
    assert _tool("check_batch").rule_problems([record])


def test_the_batch_checker_finds_nothing_in_the_corpus():
    assert _tool("check_batch").rule_problems(ALL) == []

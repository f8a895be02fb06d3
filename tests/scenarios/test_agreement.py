"""The evaluator agrees with the authors' labels on at least 95% of the library's choices (issue 6).

Run tests/scenarios/agreement_report.py to see every disagreement (file, node, text, authored vs evaluated).
"""

from __future__ import annotations

from scenarios.agreement_report import TARGET, ChoiceVerdict, agreement, choice_context, report, verdicts


def test_evaluator_agrees_with_authored_labels(library):
    found = verdicts(library.scenarios)
    assert len(found) >= 200, "the library should have hundreds of authored choices"
    share = agreement(found)
    assert share >= TARGET, report(found)


def test_report_lists_every_disagreement():
    found = [
        ChoiceVerdict("a.yaml", "a", "start", "You should calm down.", ("fix",), ("fix", "judge")),
        ChoiceVerdict("a.yaml", "a", "start", "What happened?", ("clarify",), ("clarify",)),
        ChoiceVerdict("b.yaml", "b", "later", "Thanks for telling me.", ("appreciate",), ()),
    ]
    text = report(found)
    assert agreement(found) == 1 / 3
    assert "1/3 choices" in text and "disagreements: 2" in text
    assert "You should calm down." in text and "Thanks for telling me." in text
    assert "What happened?" not in text
    assert "a.yaml :: start" in text and "b.yaml :: later" in text


def test_choice_context_carries_what_the_engine_would_give(library):
    """History: facts disclosed on every path to the node, plus those a choice's condition asks for."""
    arc = library.get("partner-chores-arc")
    assert arc is not None
    kitchen = arc.node("kitchen")
    plain = choice_context(arc, kitchen)
    assert plain.history == (), "a path to the kitchen skips the Sunday disclosure"
    assert plain.relationship == "partner" and plain.prompt == kitchen.lines[-1].text
    gated = choice_context(arc, kitchen, frozenset({"called-lazy"}))
    assert any("called them lazy" in fact for fact in gated.history)
    freeze = choice_context(arc, arc.node("the-freeze"))
    assert any("called them lazy" in fact for fact in freeze.history), "every path to the-freeze passes lazy-jamie"
    assert not freeze.understood and choice_context(arc, arc.node("kitchen")).understood is False
    assert choice_context(arc, arc.node("thirty-four")).understood

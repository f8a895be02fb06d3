"""The condition language: evaluation, what it refers to, errors with columns, and fuzzing."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from relint_desktop.core.conditions import MAX_LENGTH, ConditionError, parse_condition


@pytest.mark.parametrize("text, variables, visits, facts, expected", [
    ("trust >= 60", {"trust": 60}, {}, set(), True),
    ("trust >= 60", {"trust": 59}, {}, set(), False),
    ("trust >= 40 and not knows(failed-test)", {"trust": 45}, {}, {"failed-test"}, False),
    ("trust >= 40 and not knows(failed-test)", {"trust": 45}, {}, set(), True),
    ("visits(opening) > 1 or (patience < 3 and trust > 40)", {"patience": 2, "trust": 41}, {"opening": 1}, set(), True),
    ("visits(opening) > 1 or (patience < 3 and trust > 40)", {"patience": 3, "trust": 41}, {"opening": 1}, set(), False),
    ("asked", {"asked": 2}, {}, set(), True),
    ("asked", {}, {}, set(), False),  # unknown names count as 0
    ("true", {}, {}, set(), True),
    ("not false == 0", {}, {}, set(), False),  # not (false == 0)
    ("1 != 2 and 3 == 3 and 2 <= 2 and 3 > 2", {}, {}, set(), True),
])
def test_holds(text, variables, visits, facts, expected):
    assert parse_condition(text).holds(variables, visits, facts) is expected


def test_names_are_collected_for_validation():
    condition = parse_condition("visits(a-node) > 1 and knows(fact.one) or (x < 2 and not y)")
    assert condition.variables == {"x", "y"}
    assert condition.nodes == {"a-node"}
    assert condition.facts == {"fact.one"}


@pytest.mark.parametrize("text, column", [
    ("trust < < 30", 9), ("trust >=", 9), ("", 1), ("trust $ 3", 7), ("(trust > 3", 11), ("trust > 3)", 10),
    ("visits(3)", 8), ("knows()", 7), ("and", 1), ("trust-5 > 3", 1), ("a < b < c", 7),
])
def test_errors_have_a_column(text, column):
    with pytest.raises(ConditionError) as info:
        parse_condition(text)
    assert info.value.column == column, info.value.message


def test_limits():
    with pytest.raises(ConditionError):
        parse_condition("x" * (MAX_LENGTH + 1))
    with pytest.raises(ConditionError):
        parse_condition("(" * 120 + "x" + ")" * 120)
    with pytest.raises(ConditionError):
        parse_condition("not " * 120 + "x")
    with pytest.raises(ConditionError):
        parse_condition(None)


tokens = st.sampled_from(list("()<>=! abcnotdrusvikw0123456789_-.") + ["and", "or", "not", "visits(", "knows(", "trust"])


@settings(max_examples=500, deadline=None)
@given(st.lists(tokens, max_size=30).map("".join) | st.text(max_size=80))
def test_any_text_parses_or_raises_condition_error(text):
    try:
        condition = parse_condition(text)
    except ConditionError as exc:
        assert 1 <= exc.column <= len(text) + 1
        return
    condition.holds({"trust": 50}, {"a": 1}, {"f"})

"""Bad or odd input never raises and always comes back as a well-formed Evaluation (hypothesis)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from relint_desktop.core.evaluation import Evaluation, ReplyContext
from relint_desktop.core.evaluator import _evaluate, evaluate, grade_labels
from relint_desktop.core.evaluator.text import MAX_CHARS
from relint_desktop.core.rubric import ELEMENTS, LABELS

# Pieces that stress the rules: shapes from the rubric, punctuation runs, odd characters.
PIECES = st.sampled_from([
    "That makes sense.", "Why would you", "you should just", "?", "!!", "WHAT?!", " ", "\n", "\t", "\x00", "\u200f",
    "\u202e", "שלום", "مرحبا", "你好", "🙂", "👍🏽", "é", "İ", "ß", "so you felt", "I'm not judging, but", "at least",
    "like you admitted", "I've felt that too.", "What happened?", "...", "’", "“quoted”", "\r\n", "\ud800",
])
TEXT = st.one_of(st.text(max_size=300), st.lists(PIECES, max_size=40).map("".join))
CONTEXTS = st.builds(
    ReplyContext,
    prompt=st.one_of(st.text(max_size=200), PIECES),
    relationship=st.sampled_from(["parent", "partner", "manager", "friend", "other", "???"]),
    history=st.lists(st.one_of(st.text(max_size=80), PIECES), max_size=3).map(tuple),
    understood=st.booleans(),
    permission_given=st.booleans(),
    exemplars=st.lists(st.text(max_size=40), max_size=2).map(tuple),
)


def well_formed(reply: str, evaluation: Evaluation) -> None:
    assert isinstance(evaluation, Evaluation)
    assert set(evaluation.labels) <= set(LABELS)
    assert list(evaluation.labels) == sorted(set(evaluation.labels))
    assert set(evaluation.elements) == set(ELEMENTS)
    assert all(0 <= v <= 100 for v in evaluation.elements.values())
    assert 0 <= evaluation.score <= 100
    for span in evaluation.spans:
        assert 0 <= span.start < span.end <= len(reply)
        assert span.label in evaluation.labels
    assert set(evaluation.explanations) == set(evaluation.labels)
    if not evaluation.gradable:
        assert evaluation.reason and not evaluation.labels


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(reply=TEXT, context=CONTEXTS)
def test_any_text_in_any_context_grades_without_raising(reply, context):
    # The inner function, so a bug cannot hide behind evaluate()'s last line of defence.
    well_formed(reply, _evaluate(reply, context))


@settings(max_examples=100, deadline=None)
@given(reply=TEXT, chosen=st.lists(st.sampled_from(LABELS + ("nonsense",)), max_size=4))
def test_grade_labels_returns_exactly_the_known_authored_labels(reply, chosen):
    evaluation = grade_labels(reply, chosen)
    assert evaluation.labels == tuple(sorted(set(chosen) - {"nonsense"}))
    for span in evaluation.spans:
        assert span.label in evaluation.labels and 0 <= span.start < span.end <= len(reply)


def test_empty_and_whitespace_are_not_gradable_with_a_reason():
    for reply in ("", "   ", "\n\t "):
        evaluation = evaluate(reply)
        assert not evaluation.gradable and evaluation.reason


def test_emoji_only_reply_is_not_gradable():
    evaluation = evaluate("🙂🙂")
    assert not evaluation.gradable and evaluation.reason


def test_other_language_is_not_gradable_with_a_reason():
    evaluation = evaluate("Я понимаю, это очень тяжело для тебя.")
    assert not evaluation.gradable and evaluation.reason


def test_right_to_left_marks_and_control_characters_keep_spans_exact():
    reply = "\u200f\x07That makes sense.\x00 What happened?"
    evaluation = evaluate(reply)
    assert "validate" in evaluation.labels
    span = next(s for s in evaluation.spans if s.label == "validate")
    assert reply[span.start:span.end] == "That makes sense"


def test_a_hundred_thousand_characters_are_graded_on_their_start():
    reply = "That sounds really hard. " * 4000
    evaluation = evaluate(reply)
    assert evaluation.gradable and "validate" in evaluation.labels
    assert all(s.end <= MAX_CHARS for s in evaluation.spans)


def test_non_text_reply_and_context_do_not_raise():
    assert not evaluate(None).gradable  # type: ignore[arg-type]
    assert evaluate("That makes sense.", "not a context").gradable  # type: ignore[arg-type]
    assert grade_labels(None, None).labels == ()  # type: ignore[arg-type]

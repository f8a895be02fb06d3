"""Element scores, the overall score, explanations and "try instead", by rubric.md's rules."""

from __future__ import annotations

from relint_desktop.core.evaluation import ReplyContext
from relint_desktop.core.evaluator import evaluate, grade_labels
from relint_desktop.core.evaluator.scoring import GOOD, element_scores, overall_score
from relint_desktop.core.rubric import LOWERS, RAISES


def test_each_red_label_lowers_its_elements_and_each_green_raises_its_own():
    neutral = element_scores(())
    for label, elements in LOWERS.items():
        scores = element_scores((label,))
        assert all(scores[e] < neutral[e] for e in elements), label
    for label, elements in RAISES.items():
        scores = element_scores((label,))
        assert all(scores[e] > neutral[e] for e in elements), label


def test_weaponize_is_the_hardest_drop():
    weaponized = element_scores(("weaponize",))["consistency"]
    others = [min(element_scores((label,)).values()) for label in LOWERS if label != "weaponize"]
    assert weaponized < min(others)
    assert overall_score(("weaponize",), element_scores(("weaponize",))) < overall_score(("judge",), element_scores(("judge",)))


def test_any_red_label_keeps_the_score_below_good_whatever_the_green():
    labels = ("fix", "mirror", "validate", "appreciate", "clarify", "permission")
    evaluation = grade_labels("x", labels)
    assert evaluation.score < GOOD and evaluation.grade == "mixed"


def test_green_only_reply_reads_as_good():
    evaluation = evaluate("Thanks for telling me. That sounds really hard. What happened?")
    assert not evaluation.red and evaluation.score >= GOOD and evaluation.grade == "good"


def test_explanations_quote_the_words_and_are_one_line():
    evaluation = evaluate("You're overreacting.", ReplyContext(prompt="I feel so embarrassed."))
    line = evaluation.explanations["judge"]
    assert "overreacting" in line and "\n" not in line


def test_grade_labels_keeps_the_authors_labels_and_finds_their_spans():
    reply = "You should just quit. That sounds awful."
    evaluation = grade_labels(reply, ["fix"])
    assert evaluation.labels == ("fix",)
    assert evaluation.spans and all(s.label == "fix" for s in evaluation.spans)
    assert set(evaluation.explanations) == {"fix"} and evaluation.suggestion


def test_suggestion_uses_the_scenario_exemplars_when_there_are_some():
    context = ReplyContext(prompt="I failed.", exemplars=("That sounds gutting. What happened?",))
    assert evaluate("Just study harder.", context).suggestion == "That sounds gutting. What happened?"


def test_suggestion_mirrors_the_persons_own_words_and_asks_one_question():
    suggestion = evaluate("Just study harder.", ReplyContext(prompt="I feel so overwhelmed by all this.")).suggestion
    assert "overwhelmed" in suggestion and suggestion.count("?") == 1
    plain = evaluate("Just study harder.", ReplyContext(prompt="My boss moved my project to someone else.")).suggestion
    assert "your boss moved your project" in plain and plain.count("?") == 1


def test_grade_labels_points_at_a_sentence_for_an_authored_label_no_rule_found():
    reply = "Right. I see. We'll sort the car out at the weekend."
    evaluation = grade_labels(reply, ["dismiss"], ReplyContext(prompt="I'm scared to drive again after the crash."))
    assert evaluation.labels == ("dismiss",)
    assert evaluation.spans and all(s.label == "dismiss" and 0 <= s.start < s.end <= len(reply) for s in evaluation.spans)


def test_the_mirror_turns_both_people_around():
    prompt = "I have to tell you something and it's really bad."
    suggestion = evaluate("Oh no.", ReplyContext(prompt=prompt)).suggestion
    assert suggestion.startswith("So you have to tell me something")
    assert suggestion.count("?") == 1

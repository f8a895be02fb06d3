"""Every rule and boundary case of rubric.md, graded by the real evaluator (rules and model together)."""

from __future__ import annotations

import pytest

from relint_desktop.core.evaluation import ReplyContext
from relint_desktop.core.evaluator import evaluate

FEELING = ReplyContext(prompt="I've been feeling really overwhelmed at work lately and I don't know what to do.")


def labels(reply: str, context: ReplyContext = FEELING) -> set[str]:
    return set(evaluate(reply, context).labels)


@pytest.mark.parametrize("reply, label", [
    ("That reminds me of when I lost my job. I was a wreck for months and my boss never even called.", "hijack"),
    ("You think that's bad? I had three deadlines this week and nobody helped me at all.", "hijack"),
    ("How do you think that makes me feel?", "hijack"),
    ("Maybe if you were more organised this wouldn't keep happening.", "judge"),
    ("You're overreacting.", "judge"),
    ("That was a stupid move.", "judge"),
    ("Why would you agree to all that in the first place?", "judge"),
    ("You should just tell your boss you can't take on any more.", "fix"),
    ("Just say no to the next project.", "fix"),
    ("Have you tried making a to-do list?", "fix"),
    ("Here's what you do: block out your mornings.", "fix"),
    ("It's not a big deal, everyone gets busy.", "dismiss"),
    ("Don't worry about it.", "dismiss"),
    ("At least you have a job.", "dismiss"),
    ("Anyway, about dinner tonight, are we still doing pasta?", "dismiss"),
    ("WHAT?! This is a disaster!", "escalate"),
    ("I can't believe you'd let it get this bad!", "escalate"),
    ("You're grounded.", "escalate"),
    ("Who was there? What did you say? Why didn't you call?", "interrogate"),
    ("Can you tell me more about what happened?", "clarify"),
    ("What was that like for you?", "clarify"),
    ("So you felt ignored when that happened?", "mirror"),
    ("Sounds like you're stretched thin.", "mirror"),
    ("Thanks for trusting me with that.", "appreciate"),
    ("I'm really glad you told me.", "appreciate"),
    ("That makes sense.", "validate"),
    ("Anyone would be rattled by that.", "validate"),
    ("That sounds really hard.", "validate"),
    ("Do you want ideas, or do you want me to just listen?", "permission"),
])
def test_typical_shapes(reply, label):
    assert label in labels(reply)


def test_two_questions_interrogate_not_clarify():
    found = labels("What's been hard? Is it school?")
    assert "interrogate" in found and "clarify" not in found


def test_one_question_is_clarify_not_interrogate():
    found = labels("What's been the hardest part?")
    assert "clarify" in found and "interrogate" not in found


def test_either_or_inside_one_sentence_is_one_question():
    found = labels("Is it the workload or the people that's getting to you?")
    assert "interrogate" not in found


def test_clinical_reflection_is_still_mirror():
    evaluation = evaluate("I hear that you are experiencing feelings of frustration.", FEELING)
    assert "mirror" in evaluation.labels
    assert "lainer" in evaluation.explanations["mirror"]  # the feedback suggests plainer words


def test_brief_self_disclosure_that_hands_back_is_not_hijack():
    found = labels("I've felt that too. What's it like for you?")
    assert "hijack" not in found and "clarify" in found


def test_story_that_takes_the_floor_is_hijack():
    found = labels("I've felt that too. When I started my last job I cried every night for a month, "
                   "and my manager was awful to me, I nearly quit twice.")
    assert "hijack" in found


def test_permission_question_is_permission():
    assert labels("Do you want ideas, or should I just listen?") >= {"permission"}


def test_advice_right_after_asking_is_fix_not_permission():
    found = labels("Want my advice? Quit.")
    assert "fix" in found and "permission" not in found


def test_advice_as_a_question_is_fix():
    assert "fix" in labels("Would it help to just email her?")


def test_praise_is_not_validate():
    assert "validate" not in labels("You're so smart.")


def test_it_will_all_work_out_is_dismiss_not_validate():
    found = labels("It'll all work out.")
    assert "dismiss" in found and "validate" not in found


def test_minimising_reassurance_is_dismiss():
    assert "dismiss" in labels("Oh, you'll be fine, it's nothing really.")


def test_logistics_after_a_feeling_is_dismiss_but_not_after_a_practical_request():
    reply = "Can you pick up milk on the way home? We're out."
    assert "dismiss" in labels(reply, FEELING)
    practical = ReplyContext(prompt="Can you tell me what time we're leaving tomorrow and what I need to bring?")
    assert labels(reply, practical) == set()


def test_negation_announcing_a_verdict_is_judge():
    assert "judge" in labels("I'm not judging, but you really should have seen this coming.")


def test_negated_verdict_is_not_judge():
    found = labels("You're not overreacting at all.")
    assert "judge" not in found


def test_sarcasm_is_judge():
    assert "judge" in labels("So you just gave up, great.")


def test_stage_rule_advice_after_understood_and_permission_is_not_fix():
    reply = "You could ask your manager to move one deadline to next week."
    assert "fix" in labels(reply)
    later = ReplyContext(prompt="Yes, I'd love some ideas actually.", understood=True, permission_given=True)
    assert "fix" not in labels(reply, later)


def test_weaponize_explicit_reference_without_history():
    found = labels("Like you admitted last week, you can't handle pressure.")
    assert "weaponize" in found and "judge" in found


def test_weaponize_from_history_overlap():
    context = ReplyContext(prompt="I missed the deadline again.", history=("I told you I get panic attacks before big deadlines",))
    assert "weaponize" in labels("No wonder, with your panic attacks before every deadline. Typical.", context)


def test_kind_recall_is_not_weaponize():
    context = ReplyContext(prompt="I missed the deadline again.", history=("I told you I get panic attacks before big deadlines",))
    found = labels("You mentioned the panic attacks before deadlines. How has that been this week?", context)
    assert "weaponize" not in found


def test_threat_to_tell_is_weaponize():
    assert "weaponize" in labels("Keep this up and I'll tell everyone what you told me about your dad.")


def test_neutral_reply_has_no_label():
    assert labels("ok") == set()
    assert labels("hmm") == set()


def test_ok_then_straight_to_a_task_after_a_feeling_is_dismiss():
    found = labels("OK. Send me the slides by Wednesday.")
    assert "dismiss" in found and "fix" not in found
    assert labels("Ok. Noted.") == set()


def test_weaponize_from_what_they_said_earlier_in_the_conversation():
    context = ReplyContext(
        prompt="I missed the deadline again.",
        transcript=(("sam", "Honestly I panic whenever a big deadline comes up, I always have."),
                    ("learner", "That sounds hard."), ("sam", "I missed the deadline again.")))
    assert "weaponize" in labels("Typical. You panic at every big deadline and then it's everyone else's problem.", context)
    assert "weaponize" not in labels("You mentioned you panic before big deadlines. How was this one?", context)


def test_recall_then_a_caring_question_is_kind_in_other_words_too():
    context = ReplyContext(prompt="I messed up the client call today.",
                           history=("You told me you get really anxious on calls with senior people",))
    assert not evaluate("You mentioned calls with senior people make you anxious. Was today like that?", context).red
    found = labels("Maybe if you sorted out your anxiety this wouldn't keep happening.", context)
    assert {"judge", "weaponize"} <= found

"""Everyday shapes of each label, written for these tests (not taken from the corpus)."""

from __future__ import annotations

import pytest

from relint_desktop.core.evaluation import ReplyContext
from relint_desktop.core.evaluator import evaluate

PROMPT = ReplyContext(prompt="I got passed over for the promotion again and I feel like such an idiot for hoping.")
HISTORY = ReplyContext(prompt="I got passed over for the promotion again.",
                       history=("I told you I freeze up in interviews and panic",))


@pytest.mark.parametrize("reply, expected", [
    ("That's gutting, especially after hoping so hard. What did they say?", {"validate", "clarify"}),
    ("You need to update your CV tonight and start applying elsewhere.", {"fix"}),
    ("Ugh, same thing happened to me at my old job, I ended up quitting and it was the best thing I ever did.", {"hijack"}),
    ("Don't beat yourself up, there will be other promotions.", {"dismiss"}),
    ("Who got it? When did they tell you? Did they give a reason?", {"interrogate"}),
    ("So you hoped for it and it went to someone else, and now you're feeling foolish.", {"mirror"}),
    ("Thank you for telling me, I know that wasn't easy to say.", {"appreciate"}),
    ("Would it help to talk through options, or do you just want to vent for now?", {"permission"}),
    ("You're not an idiot for hoping. Anyone would have hoped.", {"validate"}),
    ("Maybe if you'd spoken up more in meetings they'd have noticed you.", {"judge"}),
    ("Have you asked for feedback from your manager?", {"fix"}),
    ("Well, at least you still have a job.", {"dismiss"}),
    ("Anyway, did you remember to book the restaurant for Saturday?", {"dismiss"}),
    ("That sounds so frustrating. I'm sorry.", {"validate"}),
    ("I felt like that when I got rejected once. What's the worst part for you?", {"clarify"}),
    ("It'll happen next time, you're brilliant.", {"dismiss"}),
    ("What was going through your mind when you heard?", {"clarify"}),
    ("It sounds like you're questioning whether it's worth trying.", {"mirror"}),
    ("Great, so now you'll mope about it for a month.", {"judge"}),
    ("Can I share what I'd do, or is that not what you need right now?", {"permission"}),
    ("I'm really glad you came to me with this.", {"appreciate"}),
    ("Okay.", set()),
])
def test_everyday_shapes(reply, expected):
    assert set(evaluate(reply, PROMPT).labels) == expected


@pytest.mark.parametrize("reply, expected", [
    ("Maybe it's the interview panic again, you know you freeze.", {"judge", "weaponize"}),
    ("You mentioned freezing in interviews before. Was this one like that?", {"clarify"}),
    ("If you don't pull yourself together I'll tell the team how you panic in interviews.", {"escalate", "weaponize"}),
])
def test_disclosures_recalled_kindly_or_used_as_weapons(reply, expected):
    assert set(evaluate(reply, HISTORY).labels) == expected


@pytest.mark.parametrize("reply", [
    "Wait, he shouted at you? That's not okay, and I'm sorry it happened.",
    "Keep me posted on how he's doing, and tell me if you want company.",
    "Go, go. I'll cover here.",
])
def test_supportive_replies_are_not_red(reply):
    context = ReplyContext(prompt="My boss shouted at me in front of the whole team today and my dad is in hospital.")
    assert not evaluate(reply, context).red


@pytest.mark.parametrize("reply, label", [
    ("im so sorry, thats awful", "validate"),
    ("dont worry youll be fine", "dismiss"),
    ("thats a really normal thing to feel", "validate"),
    ("youre being dramatic", "judge"),
])
def test_replies_typed_like_texts(reply, label):
    assert label in evaluate(reply, PROMPT).labels


FEELING = ReplyContext(prompt="I didn't get into the course I wanted. I feel like all that work was for nothing.")
UNDERSTOOD = ReplyContext(prompt="Yes please, I'd love your ideas.", understood=True, permission_given=True)
PRACTICAL = ReplyContext(prompt="Can you tell me where the spare keys are?")


@pytest.mark.parametrize("context, reply, expected", [
    (FEELING, "Oh well done, all that effort for nothing then.", {"judge"}),
    (FEELING, "Wow, shocking, who could have predicted that.", {"judge"}),
    (FEELING, "I'm not trying to be harsh, but you did leave the application late.", {"judge"}),
    (FEELING, "You're not a failure. This hurts because you cared.", {"validate"}),
    (FEELING, "You're so talented, honestly.", set()),
    (FEELING, "Everything will fall into place, you'll see.", {"dismiss"}),
    (FEELING, "Ugh, I didn't get into my first choice either. I ended up at a uni I hated, dropped out after a term, "
              "and my parents still go on about it.", {"hijack"}),
    (FEELING, "I didn't get my first choice either. What was it about this course that mattered most?", {"clarify"}),
    (FEELING, "Did you remember to put the bins out?", {"dismiss"}),
    (FEELING, "Would it be worth calling the admissions office tomorrow?", {"fix"}),
    (FEELING, "Want my honest advice? Reapply next year.", {"fix"}),
    (FEELING, "Was it the interview or the grades?", {"clarify"}),
    (FEELING, "Thank you for telling me. That's a real blow after all that work.", {"appreciate", "validate"}),
    (UNDERSTOOD, "You could look at the foundation year, it often leads straight in.", set()),
    (PRACTICAL, "Top drawer in the kitchen, next to the batteries.", set()),
])
def test_hard_cases_of_each_kind(context, reply, expected):
    assert set(evaluate(reply, context).labels) == expected


WORK = ReplyContext(prompt="I've been really struggling at work and I cried in the toilets today.")


@pytest.mark.parametrize("reply", [
    "That was never going to end well, was it.",
    "You brought a lot of this on yourself, to be honest.",
    "Hmm, that's not the smartest thing you've ever done.",
    "Sounds like you didn't really think it through.",
    "Ugh, this is stressing me out just hearing it.",
    "Same, I'm drowning at work too. My manager has me on three projects.",
    "Cheer up, it's not the end of the world.",
    "Why not just speak to HR about it?",
])
def test_replies_that_break_trust_in_unfamiliar_words_are_red(reply):
    assert evaluate(reply, WORK).red


@pytest.mark.parametrize("reply", [
    "Take all the time you need.",
    "That's gutting after all the saving you did.",
    "Crying at work happens to so many people when things get too much. What's been building up?",
    "I'd be devastated too. What's going through your head?",
    "There's no right way to handle this.",
    "Of course you don't know how to handle it, nobody does at first.",
])
def test_supportive_replies_in_unfamiliar_words_are_not_red(reply):
    evaluation = evaluate(reply, WORK)
    assert not evaluation.red


LATE = ReplyContext(prompt="I got a warning at work for being late three times this month.")


@pytest.mark.parametrize("reply", [
    "To be fair, she's got a point.",
    "It's not exactly hard to set an alarm.",
    "How hard is it to remember one date?",
    "Sounds like a you problem.",
    "Surely you saw this coming.",
    "Being late three times is just lazy.",
])
def test_verdicts_in_everyday_words_judge(reply):
    assert "judge" in evaluate(reply, LATE).labels


def test_not_hard_to_see_why_is_not_a_verdict():
    assert "judge" not in evaluate("It's not hard to see why you're upset.", LATE).labels


@pytest.mark.parametrize("reply", [
    "You were amazing at your last place.",
    "Your boss is lucky to have you.",
    "You handled the Jenkins account really well last year.",
    "Your hair looks nice today.",
])
def test_praise_and_remarks_about_them_are_not_reflections(reply):
    assert "mirror" not in evaluate(reply, WORK).labels


@pytest.mark.parametrize("reply", [
    "You don't have to have it all figured out.",
    "You always tell me the truth, and I really value that.",
    "Take a breath. I'm listening.",
    "Hey. Come here. Do you want to talk about it?",
])
def test_warm_words_that_look_like_verdicts_or_orders_are_not_red(reply):
    assert not evaluate(reply, WORK).red


DOG = ReplyContext(prompt="My dog died this morning and I can't stop crying.", relationship="friend")


@pytest.mark.parametrize("reply, label", [
    ("I know exactly what you mean, I burnt out in 2019 and it took me a year to recover, I was signed off, the works.",
     "hijack"),
    ("Kids can be mean, you'll toughen up.", "dismiss"),
    ("You're probably being a bit sensitive about it.", "judge"),
    ("Aw, at least you had lots of good years with him.", "dismiss"),
    ("Which teacher saw it, and what did they do, and why didn't they call me?", "interrogate"),
])
def test_more_unfamiliar_shapes(reply, label):
    assert label in evaluate(reply, DOG).labels

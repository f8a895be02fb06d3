"""Verdicts and hijacks worded in ways no single phrase list covers: the general shapes in blame.py and
focus.py (comparisons, blame by consequence, verdicts on effort, a first-person story taking the floor).
Replies written for these tests, not taken from the corpus."""

from __future__ import annotations

import pytest

from relint_desktop.core.evaluation import ReplyContext
from relint_desktop.core.evaluator import evaluate
from relint_desktop.core.rubric import RED_LABELS

PROMPT = ReplyContext(prompt="I got passed over for the promotion again and I feel like such an idiot for hoping.",
                      relationship="friend")


@pytest.mark.parametrize("reply", [
    "What did you honestly expect after coasting all year?",
    "Your sister would have handled this way better.",
    "Isn't that what happens when you don't put yourself forward?",
    "Sounds like you didn't want it badly enough.",
    "You're acting like the world owes you something.",
    "You can't really blame them when you hardly ever speak up in meetings.",
    "Anyone with a bit of sense would have seen that coming.",
    "It's your attitude that's the issue here.",
    "You were never going to get it with that kind of effort.",
    "Nobody likes a complainer.",
    "Well that's what you get for trusting them.",
    "Honestly, you brought this on yourself.",
    "You've only yourself to blame, mate.",
    "Serves you right for going behind their backs.",
    "Well, you've made your bed.",
    "If you put half the effort into work that you put into your phone, this wouldn't happen.",
    "Your brother never had this problem at work.",
    "That's the price of leaving it till the last minute.",
    "Sounds like someone needs to get organised.",
    "To be fair you can be a bit full-on with people.",
    "I'm surprised, this isn't like someone at your level.",
    "Some of us managed to keep our heads down at your age.",
    "We've been over this, love.",
    "Not your proudest moment, was it.",
    "I'm not unkind, but you need a thicker skin.",
    "I don't want to lecture you, but you could see it coming.",
    "You could at least pretend to care.",
    "You're as stubborn as your dad.",
    "ugh. that's kinda on u tho",
    "Gee, I wonder how that happened.",
    "Who leaves their keys in the car? Honestly.",
    "You're the one who said it would be fine.",
    "That's such a you thing to do.",
    "Speaking up isn't exactly your strong suit.",
    "Some colleague you are.",
    "Honestly, I'd be cross with you too.",
    "You must have realised it was coming.",
    "tbh that sounds like an excuse",
    "ok but ur wasting so much time on this",
    "honestly u overthink everything",
    "Applying before you'd checked the dates wasn't the smartest move.",
    "Most people read the small print before they sign.",
])
def test_general_verdict_shapes_judge(reply):
    assert "judge" in evaluate(reply, PROMPT).labels


@pytest.mark.parametrize("reply", [
    "Honestly I've been dealing with my own boss all week and I'm exhausted. I nearly walked out on Tuesday.",
    "I'm actually in the middle of a job hunt myself and it's grim. I've sent out forty applications.",
])
def test_a_story_of_mine_by_shape_hijacks(reply):
    assert "hijack" in evaluate(reply, PROMPT).labels


@pytest.mark.parametrize("reply", [
    "Most people would feel gutted after that.",
    "It's your call whether you apply again, and I'm with you either way.",
    "I checked the date, it's next Friday.",
    "I made your bed this morning, it's all ready for you.",
    "I've been there too. How are you holding up?",
    "You're not an idiot for hoping. That sounds painful.",
    "You can be hard on yourself. That sounds like a rough day.",
    "Your brother always backs you up, doesn't he? I'm glad he's around.",
    "Thank you for telling me, I know it's embarrassing to say out loud.",
    "I'm hearing that a family emergency has pulled you away this week.",
    "Of course you're numb. It's only been a day.",
    "You're not overthinking it. That sounds really unsettling.",
])
def test_kind_or_neutral_replies_stay_free_of_red(reply):
    assert not set(evaluate(reply, PROMPT).labels) & set(RED_LABELS)


@pytest.mark.parametrize("prompt, reply", [
    ("The plumber called. Could you ring him back about Tuesday? I'm in meetings all day.", "Yep, I'll call him at lunch."),
    ("(your flatmate) Can you help me carry the lost property boxes down? They're heavy.", "Sure, grab the trolley and we'll do two trips."),
    ("Thanks, you really get it. So what would you do in my place?", "I'd book a quiet chat with her next week and start from what you need."),
])
def test_answering_a_request_or_an_ask_for_advice_is_not_fix_or_dismiss(prompt, reply):
    labels = set(evaluate(reply, ReplyContext(prompt=prompt)).labels)
    assert not labels & {"fix", "dismiss"}


def test_a_plea_is_not_a_practical_request():
    ctx = ReplyContext(prompt="I broke the vase again. Please don't be cross.")
    assert "fix" in evaluate("No more ball games indoors from now on, understood?", ctx).labels


def test_a_reflected_pressure_is_not_advice():
    ctx = ReplyContext(prompt="My dad is ill and I keep acting normal at work but I'm falling apart.")
    labels = set(evaluate("It sounds like work is the one place you feel you have to keep it together.", ctx).labels)
    assert "fix" not in labels
    assert "fix" in evaluate("You have to keep it together at work.", ctx).labels


def test_a_shouted_word_standing_alone_is_alarm():
    assert "escalate" in evaluate("NO. That can't be right.", PROMPT).labels
    assert "escalate" in evaluate("Do you have ANY idea what that costs?", PROMPT).labels


SLEEP = ReplyContext(prompt="I can't sleep before big presentations, I lie there for hours and then I'm wrecked.")


@pytest.mark.parametrize("reply", [
    "The key is getting up at the same time every day.",
    "What works for me is a long walk the evening before.",
    "Melatonin. Works a treat.",
    "Best thing is to just accept you won't sleep and rest anyway.",
])
def test_advice_dressed_as_a_tip_is_fix(reply):
    assert "fix" in evaluate(reply, SLEEP).labels


def test_shrugging_it_off_is_dismiss():
    assert "dismiss" in evaluate("Meh, you'll sleep when it's over.", SLEEP).labels


@pytest.mark.parametrize("reply", [
    "Oh no, now I'm anxious about mine!",
    "Ugh, I'm getting stressed just listening to this.",
    "Join the club. I haven't had a day off since March.",
    "So everything I do around here doesn't count.",
    "lol same, my sister and I had a massive row last week, it was carnage",
    "Oh my days. I actually feel sick.",
    "i literally deal with this every day with my sister, i'm so over it",
])
def test_the_listeners_own_state_taking_the_floor_is_hijack(reply):
    labels = set(evaluate(reply, PROMPT).labels)
    assert "hijack" in labels and "fix" not in labels


@pytest.mark.parametrize("reply", ["I'm nervous for you. How are you feeling about tomorrow?",
                                   "I'm worried about you, that sounds like a lot.",
                                   'So the whole "I\'m stressed" thing was about the exam. What part worries you most?'])
def test_feeling_for_them_is_not_hijack(reply):
    assert "hijack" not in evaluate(reply, PROMPT).labels


@pytest.mark.parametrize("reply", [
    "I can imagine that hit hard.",
    "Of course it rattled you.",
    "One bad night doesn't undo all the progress you've made.",
    "It's an easy mistake to make.",
])
def test_the_feeling_treated_as_fitting_is_validate(reply):
    assert "validate" in evaluate(reply, PROMPT).labels


LOW = ReplyContext(prompt="I've been feeling really low since the move and I haven't told anyone.")


@pytest.mark.parametrize("reply", [
    "Mm. I'm listening.",
    "Okay. You're safe, that's what matters. How are you feeling?",
    "I'm here. Take whatever time you need.",
    "I'm glad you said something.",
    "Being that far from everyone would get to anyone.",
])
def test_steady_kind_replies_are_not_red(reply):
    assert not set(evaluate(reply, LOW).labels) & set(RED_LABELS)


def test_ok_then_a_task_after_a_feeling_is_still_dismiss():
    assert "dismiss" in evaluate("OK. Did you remember to pay the gas bill?", LOW).labels


def test_ah_well_theres_always_next_year_is_dismiss():
    assert "dismiss" in evaluate("Ah well, there's always next year.", PROMPT).labels


TRAIN = ReplyContext(prompt="I've been getting panic attacks on the train to work and I nearly got off halfway.")


def test_sympathy_with_shouldnt_have_to_and_an_offer_of_company_are_not_verdicts_or_logistics():
    from relint_desktop.core.evaluator.pipeline import find_spans
    from relint_desktop.core.evaluator.text import clean

    for reply in ("You shouldn't have to white-knuckle your way to work.",
                  "I just want you to know I'm around if you want company on the train."):
        spans, _ = find_spans(clean(reply), TRAIN, use_model=False)
        assert not {s.label for s in spans} & {"judge", "dismiss"}
    assert "judge" in evaluate("You shouldn't have missed the train.", TRAIN).labels


def test_who_cares_is_dismiss_but_so_what_happened_is_not():
    assert "dismiss" in evaluate("Honestly, who cares.", PROMPT).labels
    assert "dismiss" not in evaluate("So what happened when they told you?", PROMPT).labels

"""Probes of generalisation: replies written for these tests in new words (not from the corpus, not from the
scenarios), each checked against rubric.md's definitions rather than against any phrase list. Each case names the
labels the reply must carry and the labels it must not carry; a change that only fits one sentence will not pass
its neighbours.

Families: the listener's own feelings or story taking the floor (and brief nods that hand it back), verdicts in
plain and understated shapes, advice after a prompt that only looks like a request (asking to confide, asking for
discretion), dismissals by prediction, weaponising against kind recall, reflections against thanks, and kind or
small-talk replies that must stay free of red labels."""

from __future__ import annotations

import pytest

from relint_desktop.core.evaluation import ReplyContext
from relint_desktop.core.evaluator import evaluate

P1 = "I didn't get the promotion. They gave it to someone who joined after me."
P2 = "My dad's been really ill and I'm the only one who visits him."
P3 = "I failed my driving test again. Third time."
P4 = "I've been feeling really lonely since I moved here."
P5 = "I snapped at my daughter this morning and I feel awful about it."
P6 = "I think my friends have been leaving me out on purpose."
RED = {"hijack", "judge", "fix", "dismiss", "escalate", "weaponize", "interrogate"}
H_DRINK = ("I told you last month I sometimes drink to get through the evenings.",)
H_FRIENDS = ("You told me you've always struggled to make friends.",)
H_MUM = ("I told you I'm scared I'm turning into my mum.",)


CASES = [
    # hijack: the listener's own feelings or story take the floor
    ("I know exactly how that feels. I was passed over twice at my last place and it nearly broke me.", P1, (), {"hijack"}, set()),
    ("Ugh, I've had the worst week too. My landlord is putting the rent up again.", P1, (), {"hijack"}, set()),
    ("Honestly I'm exhausted just thinking about it. I barely sleep as it is.", P2, (), {"hijack"}, set()),
    ("I felt so left out when I started here. Nobody spoke to me for a month.", P4, (), {"hijack"}, set()),
    ("My mum was the same before she died. I did all the hospital runs myself for two years.", P2, (), {"hijack"}, set()),
    ("This is bringing up so much for me. I can't really talk about my own dad without crying.", P2, (), {"hijack"}, set()),
    ("I snap at mine all the time. Last week I made her cry over a sock.", P5, (), {"hijack"}, set()),
    ("I'm gutted, to be honest. I thought I'd be the one they picked.", P1, (), {"hijack"}, set()),
    ("I get lonely too. Some nights I sit in the car because I can't face the empty flat.", P4, (), {"hijack"}, set()),
    ("I feel so guilty about my own father. I haven't visited him since Easter.", P2, (), {"hijack"}, set()),
    ("Honestly, I was devastated. I cried the whole way home.", "Were you upset when I didn't come?", (), {"hijack"}, set()),
    # brief nods that hand the focus back
    ("I've been there. What's been the hardest part for you?", P4, (), {"clarify"}, {"hijack"}),
    ("Something similar happened to me once. How are you feeling about it now?", P1, (), set(), {"hijack"}),
    # judge
    ("Well, you did leave it very late to apply.", P1, (), {"judge"}, set()),
    ("Third time? You clearly weren't practising enough.", P3, (), {"judge"}, set()),
    ("That's a pretty harsh way to speak to a child.", P5, (), {"judge"}, set()),
    ("Honestly, you bring a lot of this on yourself.", P6, (), {"judge"}, set()),
    ("To be fair, you can be quite hard work in groups.", P6, (), {"judge"}, set()),
    ("It sounds to me like you're being a bit paranoid.", P6, (), {"judge"}, {"mirror"}),
    ("Snapping at her like that wasn't exactly great parenting.", P5, (), {"judge"}, set()),
    ("You're far too quick to assume the worst about people.", P6, (), {"judge"}, set()),
    ("Surely you knew they'd pick someone with more experience.", P1, (), {"judge"}, set()),
    ("Shouting at a seven-year-old is pretty cruel, to be fair.", P5, (), {"judge"}, set()),
    ("Well, that was a silly thing to do.", P5, (), {"judge"}, set()),
    # fix
    ("You should ask them for feedback on why.", P1, (), {"fix"}, set()),
    ("Book a few more lessons before the next one.", P3, (), {"fix"}, set()),
    ("Join a club or something, that's how you meet people.", P4, (), {"fix"}, set()),
    ("Have you thought about asking your siblings to do a rota?", P2, (), {"fix"}, {"clarify"}),
    ("You could always sign up for evening classes.", P4, (), {"fix"}, set()),
    ("You need to say sorry to her tonight.", P5, (), {"fix"}, set()),
    ("You should talk to your manager about it.", "Can I tell you something? I've been really struggling at work.", (), {"fix"}, set()),
    ("You should tell your family, though. They'd want to know.", "Will you keep this between us? I've started seeing a counsellor.", (), {"fix"}, set()),
    ("It's a bit sad, honestly. You need to get out more.", "God, I sound so pathetic. Can I tell you something?", (), {"fix"}, set()),
    # dismiss
    ("Ah, it's only a driving test, plenty of people fail.", P3, (), {"dismiss"}, set()),
    ("Kids forget these things in five minutes.", P5, (), {"dismiss"}, set()),
    ("I'm sure they're not leaving you out on purpose.", P6, (), {"dismiss"}, set()),
    ("Don't take it so hard, there'll be other promotions.", P1, (), {"dismiss"}, set()),
    # escalate
    ("WHAT? Who did they give it to?!", P1, (), {"escalate"}, set()),
    ("That's outrageous, I'm going to ring HR myself.", P1, (), {"escalate"}, set()),
    # weaponize and kind recall
    ("Were you drinking again last night, is that why?", P5, H_DRINK, {"weaponize"}, set()),
    ("Well, you did say making friends has never been your thing.", P6, H_FRIENDS, {"weaponize"}, set()),
    ("Careful, that's exactly what your mum used to do.", P5, H_MUM, {"weaponize"}, set()),
    ("I remember you said evenings are the hardest. Was last night one of those?", P5, H_DRINK, set(), RED),
    ("I've been worried about my own drinking lately, if I'm honest.", P5, H_DRINK, {"hijack"}, {"weaponize", "judge"}),
    # mirror
    ("So you're doing all the visiting on your own, and it's wearing you down.", P2, (), {"mirror"}, RED),
    ("You wanted it, and they went with someone newer.", P1, (), {"mirror"}, RED),
    ("It sounds like you're really missing having people around.", P4, (), {"mirror"}, RED),
    ("You feel like you're on the outside looking in.", P6, (), {"mirror"}, RED),
    # green without mirror, and kind replies with no red label
    ("I'm really glad you told me.", P5, (), {"appreciate"}, {"mirror"} | RED),
    ("Thank you for saying it out loud.", P5, (), {"appreciate"}, {"mirror"} | RED),
    ("Thank you for telling me. Honestly.", P5, (), {"appreciate"}, RED),
    ("Thanks for trusting me with this. Truly.", P2, (), {"appreciate"}, RED),
    ("I'm so glad you said something. What's been going on?", P4, (), {"appreciate", "clarify"}, {"mirror"} | RED),
    ("That's a horrible feeling, especially when you care so much.", P6, (), {"validate"}, RED),
    ("That makes sense. Anyone would be shaken.", P3, (), {"validate"}, RED),
    ("You're not a bad mum. You had a rough morning.", P5, (), set(), RED),
    ("I'm so sorry, that's really unfair.", P1, (), {"validate"}, RED),
    ("He sounds like he was a nightmare to work for.", "My old boss used to shout at me in front of everyone.", (), set(), RED),
    ("Your dad is lucky to have you.", P2, (), set(), RED),
    ("I'm here whenever you want to talk about it.", P4, (), set(), RED),
    ("What did they say when they told you?", P1, (), {"clarify"}, RED),
    # practical requests and small talk
    ("No worries. Glad the new job's going well.", "Work's busy but good. Anything else you needed?", (), set(), RED),
    ("Okay, good to know. See you Saturday then.", "I can't do Friday, can we make it Saturday?", (), set(), RED),
    ("Sure, semi-skimmed?", "Can you grab some milk on your way home?", (), set(), RED),
    ("Nope, that's everything. Hope the course goes well.", "I'm fine, just busy with the course. Was there anything else?", (), set(), RED),
]


# A second round, written before the rules that now catch it.
Q1 = "My girlfriend broke up with me last night. I didn't see it coming."
Q2 = "I got told off in front of the whole team today."
Q3 = "I've been having panic attacks before work."
Q4 = "My son won't talk to me anymore. He just shuts his door."
Q5 = "I spent all our savings on a car that's now broken."
Q6 = "(your flatmate) I've been struggling to pay my share of the rent."
H_A = ("You told me you've been in debt before and hid it from your ex.",)
H_B = ("I told you I was worried I'm a bad dad because I work so much.",)

CASES += [
    ("Well, you weren't exactly the easiest person to live with.", Q1, (), {"judge"}, set()),
    ("I did wonder how long she'd put up with it.", Q1, (), {"judge"}, set()),
    ("If you'd checked the engine first, you wouldn't be in this mess.", Q5, (), {"judge"}, set()),
    ("Spending all of it on a car was a bit reckless, wasn't it?", Q5, (), {"judge"}, set()),
    ("Maybe stop taking everything so personally.", Q2, (), {"judge"}, set()),
    ("You do tend to panic over small things.", Q3, (), {"judge"}, set()),
    ("That's what happens when you never say no to extra work.", Q3, (), {"judge"}, set()),
    ("Getting told off usually means you've done something wrong.", Q2, (), {"judge"}, set()),
    ("Honestly, I'd have dumped you too.", Q1, (), {"judge"}, set()),
    ("Who buys a car without getting it checked?", Q5, (), {"judge"}, {"clarify"}),
    ("You've only got yourself to thank for that.", Q5, (), {"judge"}, set()),
    ("Panic attacks are the worst. I had them for years after my divorce, I couldn't even get on a bus.", Q3, (), {"hijack"}, set()),
    ("My daughter did exactly the same at that age and I was heartbroken.", Q4, (), {"hijack"}, set()),
    ("Honestly, it makes me so anxious hearing this, I've got my own review next week.", Q2, (), {"hijack"}, set()),
    ("Tell me about it, my boss does that to me constantly.", Q2, (), {"hijack"}, set()),
    ("Ugh, I'm skint too. I had to borrow off my mum last month.", Q6, (), {"hijack"}, set()),
    ("I remember my first break-up. I didn't leave my room for a week.", Q1, (), {"hijack"}, set()),
    ("I've had panic attacks too. What do they feel like for you?", Q3, (), {"clarify"}, {"hijack"}),
    ("So it came out of nowhere, and now you're trying to make sense of it.", Q1, (), {"mirror"}, RED),
    ("You're getting the panic before you've even walked in.", Q3, (), {"mirror"}, RED),
    ("It sounds like the closed door is the hardest part.", Q4, (), {"mirror"}, RED),
    ("Thanks for letting me know about the rent.", Q6, (), {"appreciate"}, RED | {"mirror"}),
    ("So we're doing the debt thing again, are we?", Q6, H_A, {"weaponize"}, set()),
    ("Hiding money problems seems to be a habit of yours.", Q6, H_A, {"weaponize"}, set()),
    ("Maybe if you were home more he'd talk to you. You said it yourself.", Q4, H_B, {"weaponize"}, set()),
    ("You mentioned you've dealt with debt before. What helped then?", Q6, H_A, set(), {"weaponize", "judge"}),
    ("I know work's been taking a lot out of you lately. How are things with him otherwise?", Q4, H_B, set(), RED),
    ("Plenty more fish in the sea, mate.", Q1, (), {"dismiss"}, set()),
    ("It's just nerves, everyone gets them.", Q3, (), {"dismiss"}, set()),
    ("He'll grow out of it.", Q4, (), {"dismiss"}, set()),
    ("Cars can be replaced.", Q5, (), {"dismiss"}, set()),
    ("Get him out of the house, take him fishing or something.", Q4, (), {"fix"}, set()),
    ("Breathing exercises help loads, try box breathing.", Q3, (), {"fix"}, set()),
    ("Sell it for parts and cut your losses.", Q5, (), {"fix"}, set()),
    ("It might be worth speaking to your GP.", Q3, (), {"fix"}, set()),
    ("Oh my god, ALL of it?!", Q5, (), {"escalate"}, set()),
    ("Right, I'm going in there tomorrow to have it out with your manager.", Q2, (), {"escalate"}, set()),
    ("Oh mate. That's such a shock.", Q1, (), {"validate"}, RED),
    ("That sounds really frightening. How long has it been happening?", Q3, (), {"validate", "clarify"}, RED),
    ("I'm not going anywhere. Take your time.", Q1, (), set(), RED),
    ("Of course you're gutted, you loved her.", Q1, (), {"validate"}, RED),
    ("It's brave of you to say it out loud.", Q3, (), set(), RED),
    ("He's lucky to have a dad who notices.", Q4, (), set(), RED),
    ("Thanks for telling me, it can't have been easy. Genuinely.", Q6, (), {"appreciate"}, RED),
    ("Okay. Do you want to talk about it now or later?", Q2, (), set(), RED),
    ("Sorry to hear that. I'm here if you want to talk.", Q2, (), set(), RED),
    ("That's so unfair on you, you work really hard.", Q2, (), set(), RED),
    ("Yes, no problem. What time do you leave?", "Are you still ok to feed the cat on Sunday?", (), set(), RED),
    ("No rush, see you soon.", "Running ten minutes late, sorry!", (), set(), RED),
    # shapes from the rubric's own words, said differently
    ("What I'd do is switch the phone off an hour before bed.", "I can't switch off at night.", (), {"fix"}, set()),
    ("Ever tried writing it all down before you sleep?", "I can't switch off at night.", (), {"fix"}, {"clarify"}),
    ("Ha, welcome to your forties.", "I can't switch off at night.", (), {"dismiss"}, set()),
    ("Right, and it's never your fault, is it.", "I got sent out of class again. It wasn't even me.", (), {"judge"}, set()),
    ("I do that all the time, honestly, it drives me mad.", "I keep checking my phone every five minutes.", (), {"hijack"}, set()),
]


@pytest.mark.parametrize("reply,prompt,history,must,must_not", CASES, ids=[c[0][:40] for c in CASES])
def test_probe(reply, prompt, history, must, must_not):
    labels = set(evaluate(reply, ReplyContext(prompt=prompt, history=history)).labels)
    assert must <= labels, f"missing {sorted(must - labels)}; got {sorted(labels)}"
    assert not labels & must_not, f"should not carry {sorted(labels & must_not)}; got {sorted(labels)}"

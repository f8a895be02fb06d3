"""`hijack`: the listener's own story, feelings or needs take the floor (rubric.md).

A brief nod to the listener's own experience that hands the focus straight back is not a
hijack; a story about the listener is.
"""

from __future__ import annotations

import re

from relint_desktop.core.evaluation import Span
from relint_desktop.core.evaluator import text as T
from relint_desktop.core.evaluator.rules import Reading, Rx, sentence_span

HIJACK = Rx(
    r"\b(?:that|this|it|which|you)\s+(?:totally\s+|really\s+|just\s+)?reminds?\s+me\s+(?:of|about)\b",
    r"\byou\s+think\s+(?:that's|that\s+is|this\s+is|yours\s+is|you've\s+got\s+it|you\s+have\s+it)\s+(?:bad|hard|rough|tough)\b",
    r"\btry\s+(?:being|having)\s+(?:me|my)\b|\bimagine\s+how\s+i\s+feel\b",
    r"\bhow\s+(?:do\s+you\s+think|does)\s+(?:that|this|it)\s+makes?\s+me\s+(?:feel|look)\b|\bhow\s+(?:that|this|it)\s+makes?\s+me\s+(?:feel|look)\b",
    r"\bwhat\s+about\s+(?:me|my|how\s+i)\b|\b(?:think|thought)\s+about\s+(?:me|how\s+i)\b",
    r"\bi(?:'m|\s+am)\s+the\s+one\s+who\b",
    r"\b(?:this|that|it)\s+(?:is|was)\s+(?:so\s+|really\s+)?(?:hard|embarrassing|stressful|awful|humiliating|upsetting|difficult|hurtful)\s+for\s+me\b",
    r"\bmakes?\s+me\s+look\b|\bwhat\s+will\s+(?:people|everyone|they|the\s+neighbou?rs|my\s+\w+)\s+think\s+(?:of|about)\s+(?:me|us)\b|\bmy\s+reputation\b",
    r"\bwhen\s+i\s+was\s+(?:your\s+age|a\s+kid|young|younger|in\s+(?:school|college|high\s+school)|at\s+(?:school|uni|college)|starting|new|\w+ing)\b",
    r"\b(?:the\s+)?same\s+(?:thing\s+)?(?:happened|happens)\s+to\s+me\b|\bthat\s+(?:happened|happens)\s+to\s+me\b",
    r"\blet\s+me\s+tell\s+you\s+(?:about\s+)?(?:my|what\s+happened\s+to\s+me|about\s+the\s+time|about\s+when)\b",
    r"\bi(?:'ve|\s+have)\s+got\s+(?:my\s+own|so\s+much|enough)\b|\bi\s+have\s+(?:my\s+own|enough\s+on\s+my\s+plate)\b",
    r"\bi\s+(?:remember|recall)\s+when\s+i\b|\bthat's\s+(?:exactly\s+)?(?:like|what)\s+(?:happened\s+to\s+me|me)\b",
    r"\bat\s+least\s+you\s+don't\s+have\s+(?:my|to\s+deal\s+with\s+my)\b",
    r"\byou're\s+not\s+the\s+only\s+one\s+(?:who|with)\b",
    r"\b(?:enough|that's\s+enough)\s+about\s+(?:you|that)\b|\b(?:my|me)\s+(?:turn|day\s+was|week\s+was)\b",
    r"\bdo\s+you\s+(?:even\s+)?know\s+(?:how|what)\s+(?:hard|much|stressful)\s+(?:this|it|that)\s+is\s+for\s+me\b|\bdo\s+you\s+know\s+what\s+i\s+(?:gave\s+up|sacrificed|do)\b",
    r"(?:^|[.!?,]\s*)(?:oh\s+|ugh,?\s+|god,?\s+)?tell\s+me\s+about\s+it\b(?!\s*\?)|\bstory\s+of\s+my\s+life\b|\byou're\s+(?:so\s+)?lucky\b|\bi\s+wish\s+i\s+(?:had|could)\b|\bi'd\s+kill\s+for\b|\btry\s+having\b|\bwait\s+(?:till|until)\s+you\b|\bthat's\s+nothing\b|\bi've\s+got\s+it\s+(?:worse|bad)\b|\bthink\s+(?:about\s+)?how\s+i\s+feel\b|\b(?:i'm|i\s+am|i\s+was|me|i\s+look\s+like|i\s+feel\s+like)\s+(?:such\s+)?a\s+bad\s+(?:mum|mom|mother|dad|father|parent|wife|husband|boss|friend|partner)\b|\bin\s+front\s+of\s+my\b|\bembarrassing\s+for\s+me\b",
    r"\b(?:stressing|freaking|wearing|winding|bumming)\s+me\s+out\b|\b(?:you're|you\s+are|it's|this\s+is)\s+making\s+me\s+(?:feel|look|worry|stressed|anxious|sad|upset|angry)\b|\bthe\s+pressure\s+on\s+me\b|\bbreathing\s+down\s+my\s+neck\b|\bi(?:'ve|\s+have)\s+been\s+(?:ignored|overlooked|passed\s+over|so\s+busy|swamped|run\s+off\s+my\s+feet|working\s+all|up\s+all)\b|\bi\s+didn't\s+think\s+i'?d\s+get\b|\bi'?ve\s+got\s+(?:the\s+kids|too\s+much\s+on)\b|\bmy\s+own\s+(?:drinking|problems|stuff|issues|worries)\b",
    r"\b(?:bringing|brings|brought|stirring|stirs|stirred|dragging|drags)\s+(?:up\s+)?(?:\w+\s+){0,3}?(?:up\s+)?(?:for|in)\s+me\b|\bhits?\s+(?:a\s+bit\s+|really\s+|so\s+)?close\s+to\s+home\s+for\s+me\b",
    r"\b(?:energy|time|room|attention|space)\s+(?:left\s+)?for\s+me\b|\bi\s+(?:really\s+)?needed\s+you\s+(?:tonight|today|this\s+(?:evening|week|morning)|here)\b",
    r"\bafter\s+everything\s+i(?:'ve|\s+have)\s+done\b|\bi\s+work\s+so\s+hard\b|\bi\s+sacrificed\b",
    # "Me too" feelings and the listener's own state taking the floor.
    r"\b(?:i'm|i\s+am|i\s+feel|i\s+felt|i've\s+been|i\s+was|i\s+get|i\s+got)\s+(?:so\s+|really\s+|just\s+|a\s+bit\s+|pretty\s+)?(?:terrified|scared|stressed|lonely|nervous|anxious|panicking|knackered|exhausted|tired|shattered|skint|broke|struggling|gutted|worried|rubbish|awful|the\s+same|bored|sad|low|fed\s+up|overwhelmed|swamped|miserable)\b[^.?!]*\b(?:too|either|as\s+well|also|myself)\b",
    r"(?:^|[.!?]\s+|,\s*)(?:oh\s+|honestly\s+|mate,?\s+|ugh,?\s+)?same(?:\s+here)?\s*[,.!]|\blucky\s+you\b|\b(?:with|off\s+with|at|on)\s+me\s+too\b|\bdon't\s+want\s+to\s+make\s+(?:this|it)\s+about\s+me\b|\bi(?:'ve|\s+have)\s+had\s+a\s+(?:really\s+|very\s+|so\s+)?(?:long|rough|hard|bad|awful|horrible|crap|terrible)\s+(?:day|week)\b|\bi\s+love\s+(?:therapy|it|that)\b[^.?!]*\bmy\b|\bme\s+either\b",
    r"\b(?:puts|leaves|left|put)\s+me\s+in\b|\bwhat\s+(?:this|that|it)\s+means\s+for\s+me\b|\b(?:do|did)\s+(?:that|this)\s+to\s+me\b|\bwhat\s+about\s+us\b|\b(?:how|what)\s+am\s+i\s+(?:supposed|meant)\s+to\b|\bhow\s+do\s+you\s+think\s+i\s+feel\b|\b(?:asks|cares)\s+about\s+(?:my|me)\b|\bi'm\s+the\s+bad\s+guy\b|\bi\s+get\s+the\s+\w+|\bi'm\s+your\s+(?:mother|father|mum|mom|dad|wife|husband|boss|manager|partner)\b",
    r"\bnot\s+(?:trying\s+)?to\s+make\s+(?:this|it)\s+about\s+me\b|\bi'm\s+not\s+trying\s+to\s+make\s+(?:this|it)\s+about\s+me\b|\bit\s+hurts\s+that\s+you\b|\bthink\s+that\s+of\s+me\b|\bstuck\s+between\s+you\b|\bbringing\s+up\s+(?:all\s+)?my\b|\bmy\s+(?:own\s+)?(?:stuff|workload|week|day|worst\s+nightmare|job\s+is|nan|grandad|place\s+is)\b",
    r"\bi\s+(?:can't|cannot|couldn't)\s+(?:do\s+this|cope|take\s+this|deal\s+with\s+this)\b|\bi'm\s+not\s+ready\s+for\s+this\b|\bmy\s+heart's\s+(?:pounding|racing)\b|\bi\s+couldn't\s+sleep\b|\bi've\s+been\s+(?:so\s+)?(?:stressed|worried|terrified|anxious|scared)\s+(?:about|you|that|for)\b|\bi'll\s+have\s+to\b|\bi'm\s+going\s+to\s+be\s+(?:driving|stuck|left)\b",
)

# The listener's own state or needs taking the floor, by shape: "now I'm nervous", "I'm getting anxious just
# hearing it", "all the stuff I do", "leave me in the lurch" (not "I'm worried about you", "I'm nervous for you").
HIJACK_STATE = Rx(
    r"\b(?:now\s+)?(?:i'm|i\s+am|i\s+(?:actually\s+|literally\s+|honestly\s+|genuinely\s+)?feel|i'm\s+getting|i'm\s+starting\s+to\s+feel|i\s+get)\s+(?:so\s+|really\s+|a\s+bit\s+|quite\s+|pretty\s+|all\s+|getting\s+)?"
    r"(?:nervous|anxious|stressed|panicky|panicking|scared|terrified|on\s+edge|jealous|exhausted|knackered|wiped|fed\s+up|overwhelmed|queasy|sick)\b"
    r"(?!\s+(?:for|about\s+(?:you|your|what\s+you|how\s+you)|that|you|your|to\s+hear|of\s+(?:you|what|how)|on\s+your))",
    r"\bi(?:'m|\s+am)\s+(?:so\s+|just\s+|really\s+|honestly\s+)?over\s+it\b|\bi\s+(?:literally\s+|also\s+|actually\s+)?(?:deal\s+with|go\s+through|put\s+up\s+with)\s+(?:this|that|it|the\s+same)\s+(?:\w+\s+){0,2}?(?:every|all\s+the\s+time|constantly|daily)\b",
    r"\b(?:all|everything|the\s+stuff|the\s+things|what)\s+(?:that\s+)?i\s+do\s+(?:doesn't|don't|isn't|for|around|here)\b|\bjoin\s+the\s+club\b|\btry\s+doing\s+my\b",
    r"\bleave\s+me\s+(?:in\s+the\s+lurch|hanging|to\s+(?:deal|pick|sort|cope|do)|with\s+(?:all|everything|the))\b|\b(?:about|consider|think\s+of)\s+how\s+i\s+feel\b",
    r"(?:^|[.!?,]\s*)(?:omg|lol|haha|ha|god|ugh|yeah|literally|oh\s+my\s+god),?\s+same\b(?:\s+here)?\s*[,.!]",
)

# First-person narrative: a sentence about what happened to the listener.
_STORY = Rx(
    r"\b(?:i|my\s+\w+|we|our\s+\w+)\s+(?:[\w']+\s+){0,2}?(?:was|were|had|went|got|felt|used\s+to|once|lost|failed|hated|quit|tried|remember|dealt|"
    r"went\s+through|worked|moved|broke|ended|spent|took|told\s+my|started|left|came|been\s+there|been\s+through|"
    r"happened|have\s+been|am\s+so|'m\s+so|'ve\s+been|have\s+so|cried|buried|stalled|hit|looked|ended\s+up|"
    r"'ve\s+had|have\s+had|thought|couldn't|still\s+have|still\s+can't|did\s+the\s+(?:exact\s+)?same|always\s+thought|can\s+never)\b"
)
# The same, by shape rather than by verb list: any regular past tense after I/we, "I've been ...ing",
# "I'm in the middle of / dealing with / going through", or the listener's own things ("my own boss"). A sentence
# found only by shape counts when it is long or the reply has another story sentence: a share of the floor.
_STORY_SHAPE = Rx(
    r"\bi\s+(?:[\w']+\s+){0,2}?(?:[a-z]{3,}ed|made|did|went|took|spent|left|lost|kept|found|sat|ran|gave|got|had|saw|came|felt|cried)\b(?!\s+(?:you|your|to\s+(?:say|ask|tell|check|hear|know|let)))",

    r"\bi(?:'ve|\s+have)\s+(?:\w+\s+)?been\s+[a-z]{3,}ing\b",
    r"\bi(?:'m|\s+am)\s+(?:actually\s+|currently\s+|also\s+|still\s+)?(?:in\s+the\s+middle\s+of|dealing\s+with|going\s+through|stuck\s+(?:in|with)|juggling|drowning)\b",
    r"\bmy\s+own\s+\w+",
    r"\bi(?:'ve|\s+have)\s+(?:\w+\s+)?(?:sent|done|seen|gone|lost|spent|quit|left|given|taken|written|put)\b",
)
# Habits of the listener's own ("I snap at mine all the time", "I get those every single day"): a story in one line.
_HABIT = Rx(r"\bi\s+(?:[\w']+\s+){1,5}?(?:all\s+the\s+time|every\s+(?:single\s+)?(?:day|night|week|time|morning|weekend)|constantly|most\s+(?:days|nights|weekends))\b")
_FIRST = re.compile(r"\b(?:i|i'm|i've|i'd|i'll|im|ive|me|my|myself|mine)\b")
# "you know", "mind you" are fillers: "That's my biggest fear, you know." is still about the listener.
_SECOND = re.compile(r"\b(?:you(?!\s+know\b)(?<!mind\syou)|you're|you've|you'd|you'll|youre|your|yours|yourself|ur|u)\b")
# Sentences about the listener that are plainly for the person: not stories.
_FOR_THEM = Rx(
    r"\bi(?:'m|\s+am)\s+(?:so\s+|really\s+)?(?:sorry|glad|here|proud|with\s+you|on\s+your\s+side|listening|curious|wondering)\b|"
    r"\bi\s+(?:hear|get|understand|believe|love|appreciate|see|can\s+(?:see|imagine|tell|hear)|want\s+to\s+(?:hear|understand|know|help))\b|"
    r"\bi(?:'d|\s+would)\s+(?:love|like)\s+to\s+(?:hear|know|understand)\b|\blet\s+me\b|\bi\s+had\s+no\s+idea\b|\bi\s+didn't\s+(?:know|realise|realize|notice|see)\b|\bthank\b|\bi\s+wonder\b|\bme\s+know\b|\btell\s+me\b|\bi\s+think\b"
)
_HAND_BACK = Rx(
    r"\byou\b|\byour\b|\byou're\b|\byou've\b"
)
_NOD = Rx(
    r"\b(?:i've|i\s+have)\s+(?:felt|been)\s+(?:that|there|something\s+like\s+that|like\s+that|the\s+same)\b|\bme\s+too\b|"
    r"\bi(?:'ve|\s+have)\s+had\s+(?:that|something\s+similar|a\s+(?:similar|taste))\b|\bi\s+know\s+(?:that|the)\s+feeling\b|"
    r"\bi\s+felt\s+(?:that|the\s+same)\b|\bsomething\s+similar\s+happened\s+to\s+me\b|\bthat\s+happened\s+to\s+me\s+(?:once|too)\b"
)


def hijacks(reading: Reading) -> list[Span]:
    """Spans for hijack, after the brief-nod exception."""
    # Their words quoted back ("the whole 'I'm stressed' thing") are not the listener's state.
    state = [sp for sp in reading.spans(HIJACK_STATE, "hijack") if _quote_count(reading.text[:sp.start]) % 2 == 0]
    spans = reading.spans(HIJACK, "hijack") + state
    story_sentences, shaped = [], []
    for s in reading.sentences:
        lo = s.lower
        if _FOR_THEM.search(lo) or s.question:
            continue
        if len(_FIRST.findall(lo)) >= 1 and not _SECOND.search(lo) and _STORY.search(lo):
            story_sentences.append(s)
        elif len(_FIRST.findall(lo)) >= 1 and not _SECOND.search(lo) and _HABIT.search(lo):
            story_sentences.append(s)
        elif len(_FIRST.findall(lo)) >= 1 and not _SECOND.search(lo) and _STORY_SHAPE.search(lo):
            shaped.append(s)
        elif len(_FIRST.findall(lo)) >= 3 and len(_SECOND.findall(lo)) <= 1 and len(T.words(lo)) >= 15 and _STORY.search(lo):
            # "I know exactly what you mean, I burnt out and I was signed off for a year...": one long sentence
            # that only nods at them before telling the listener's own story.
            story_sentences.append(s)
    if shaped and (len(shaped) + len(story_sentences) >= 2 or any(len(T.words(s.text)) >= 12 for s in shaped)):
        story_sentences = sorted(story_sentences + shaped, key=lambda s: s.start)
    if story_sentences:
        story_words = sum(len(T.words(s.text)) for s in story_sentences)
        last = story_sentences[-1]
        after = [s for s in reading.sentences if s.start > last.start]
        hands_back = any(s.question or _HAND_BACK.search(s.lower) for s in after)
        brief = len(story_sentences) == 1 and story_words <= 14
        if not (brief and hands_back) and (len(story_sentences) >= 2 or story_words > 14 or not hands_back):
            if len(story_sentences) >= 2 or story_words > 9 or _NOD.search(last.lower) is None:
                spans += [sentence_span(s, "hijack") for s in story_sentences]
    spans += _own_feelings(reading)
    if spans:
        spans = [sp for sp in spans if not _brief_nod(reading, sp)]
    return spans


# The listener's own feelings, stated about themselves ("I feel so guilty about my own father", "I get lonely too").
_OWN_FEELING = Rx(
    r"\b(?:i(?:'m|\s+am)|i\s+(?:feel|felt|was|get|got)|i(?:'ve|\s+have)\s+(?:been|felt))\s+(?:so\s+|really\s+|pretty\s+|a\s+bit\s+|quite\s+|very\s+|"
    r"absolutely\s+|just\s+|honestly\s+|totally\s+|completely\s+|still\s+|actually\s+)*(?:guilty|gutted|devastated|heartbroken|lonely|sad|"
    r"miserable|depressed|exhausted|knackered|drained|hurt|upset|angry|furious|jealous|ashamed|embarrassed|crushed|awful|"
    r"terrible|rubbish|sick|scared|terrified|anxious|worried|stressed|overwhelmed|nervous|broken|lost|low|a\s+wreck|a\s+mess)\b",
)
# "Me too" closing a sentence about the listener alone: "I've had the worst week too", "I get lonely as well".
_ME_TOO_END = re.compile(r"\b(?:too|as\s+well)\W*$")
_PAST_FEELING = Rx(r"\bi\s+(?:was|felt)\b|\bi(?:'ve|\s+have)\s+(?:been|felt)\b")
_HYPOTHETICAL = Rx(r"\bi(?:'d|\s+would)\b|\bwould\b|\bif\s+i\b|\bi\s+(?:can|could)\s+(?:imagine|see|understand)\b")


def _own_feelings(reading: Reading) -> list[Span]:
    """Sentences that put the listener's own feelings on the floor: first person, nothing said to them, not
    hypothetical ("I'd be gutted too" imagines their place), not their words quoted back; a short exclamation
    ("I'm gutted.") may be felt for them, so it counts with a second sentence about the listener or at 6+ words."""
    own = [s for s in reading.sentences if not s.question and _FIRST.search(s.lower) and not _SECOND.search(s.lower)
           and not _FOR_THEM.search(s.lower) and not _HYPOTHETICAL.search(s.lower)
           and _quote_count(reading.text[:s.start]) % 2 == 0 and '"' not in s.text]
    feeling = [s for s in own if _OWN_FEELING.search(s.lower) or _ME_TOO_END.search(s.lower[-12:])]
    if not feeling:
        return []
    # A feeling in the past ("Honestly, I was hurt.") tells the listener's own story however short it is.
    if len(own) >= 2 or any(len(T.words(s.text)) >= 6 or _PAST_FEELING.search(s.lower) for s in feeling):
        return [sentence_span(s, "hijack") for s in feeling]
    return []


def _quote_count(text: str) -> int:
    return sum(text.count(q) for q in ('"', "\u201c", "\u201d"))


# Phrases that take the floor however briefly they are said.
_GRAB = Rx(r"makes?\s+me\s+(?:feel|look)|what\s+about\s+(?:me|us|my)|i'm\s+the\s+one|you\s+think\s+(?:that's|that\s+is|this\s+is|you've)|"
           r"how\s+do\s+you\s+think\s+i|to\s+me\s*\?|for\s+me\b|about\s+me\b|i'm\s+the\s+bad|i\s+can't\s+(?:do|cope|take)|"
           r"(?<!on\s)my\s+own\b|my\s+(?:workload|heart)|i'll\s+have\s+to|puts\s+me|leaves\s+me|lucky\s+you")


def _brief_nod(reading: Reading, span: Span) -> bool:
    # "I've felt that too. What's it like for you?": a short first-person aside, then the focus goes back.
    sentence = reading.sentence_at(span.start)
    if sentence is None or len(T.words(sentence.text)) > 18:
        return False
    if _GRAB.search(sentence.lower) or not _FIRST.search(sentence.lower):
        return False
    after = [s for s in reading.sentences if s.start > sentence.start]
    if not after or len(after) > 3:
        return False
    others = [s for s in reading.sentences if s.start != sentence.start and _FIRST.search(s.lower) and not _SECOND.search(s.lower) and not _FOR_THEM.search(s.lower)]
    # The focus goes back with a question to them ("What's it like for you?", "what's the scariest bit?"), not one
    # about the listener.
    return not others and any(s.question and (_SECOND.search(s.lower) or not _FIRST.search(s.lower)) for s in after)

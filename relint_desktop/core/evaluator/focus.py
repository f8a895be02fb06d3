"""`hijack` (the listener takes the floor) and `dismiss` (the feeling is brushed away), rubric.md.

A brief nod to the listener's own experience that hands the focus straight back is not a
hijack; a story about the listener is. Logistics right after a shared feeling is a dismissal,
the same words after a practical request are not.
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
    r"\bafter\s+everything\s+i(?:'ve|\s+have)\s+done\b|\bi\s+work\s+so\s+hard\b|\bi\s+sacrificed\b",
)

# First-person narrative: a sentence about what happened to the listener.
_STORY = Rx(
    r"\b(?:i|my|me)\b[^.?!]*\b(?:was|had|went|got|did|felt|used\s+to|once|lost|failed|hated|quit|tried|remember|dealt|"
    r"went\s+through|worked|moved|broke|ended|spent|made|took|told\s+my|started|left|came|been\s+there|been\s+through|"
    r"happened|have\s+been|am\s+so|'m\s+so|'ve\s+been|have\s+so|feel\s+the\s+same)\b"
)
_FIRST = re.compile(r"\b(?:i|i'm|i've|i'd|i'll|me|my|myself|mine)\b")
_SECOND = re.compile(r"\b(?:you|you're|you've|you'd|you'll|your|yours|yourself)\b")
# Sentences about the listener that are plainly for the person: not stories.
_FOR_THEM = Rx(
    r"\bi(?:'m|\s+am)\s+(?:so\s+|really\s+)?(?:sorry|glad|here|proud|with\s+you|on\s+your\s+side|listening|curious|wondering)\b|"
    r"\bi\s+(?:hear|get|understand|believe|love|appreciate|see|can\s+(?:see|imagine|tell|hear)|want\s+to\s+(?:hear|understand|know|help))\b|"
    r"\bi(?:'d|\s+would)\s+(?:love|like)\s+to\s+(?:hear|know|understand)\b|\blet\s+me\b|\bthank\b|\bi\s+wonder\b|\bme\s+know\b|\btell\s+me\b|\bi\s+think\b"
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
    spans = reading.spans(HIJACK, "hijack")
    story_sentences = []
    for s in reading.sentences:
        lo = s.lower
        if _FOR_THEM.search(lo) or s.question:
            continue
        if len(_FIRST.findall(lo)) >= 1 and not _SECOND.search(lo) and _STORY.search(lo):
            story_sentences.append(s)
    if story_sentences:
        story_words = sum(len(T.words(s.text)) for s in story_sentences)
        last = story_sentences[-1]
        after = [s for s in reading.sentences if s.start > last.start]
        hands_back = any(s.question or _HAND_BACK.search(s.lower) for s in after)
        brief = len(story_sentences) == 1 and story_words <= 14
        if not (brief and hands_back) and (len(story_sentences) >= 2 or story_words > 14 or not hands_back):
            if len(story_sentences) >= 2 or story_words > 9 or _NOD.search(last.lower) is None:
                spans += [sentence_span(s, "hijack") for s in story_sentences]
    if spans:
        spans = [sp for sp in spans if not _brief_nod(reading, sp)]
    return spans


def _brief_nod(reading: Reading, span: Span) -> bool:
    # "I've felt that too. What's it like for you?": a short first-person aside, then the focus goes back.
    sentence = reading.sentence_at(span.start)
    if sentence is None or len(T.words(sentence.text)) > 14:
        return False
    if not (_NOD.search(sentence.lower) or _STORY.search(sentence.lower)):
        return False
    if HIJACK.search(sentence.lower) and not _NOD.search(sentence.lower) and not re.search(r"reminds?\s+me|happened\s+to\s+me", sentence.lower):
        return False
    after = [s for s in reading.sentences if s.start > sentence.start]
    if not after or len(after) > 3:
        return False
    others = [s for s in reading.sentences if s.start != sentence.start and _FIRST.search(s.lower) and not _SECOND.search(s.lower) and not _FOR_THEM.search(s.lower)]
    return not others and any(s.question and _SECOND.search(s.lower) for s in after)

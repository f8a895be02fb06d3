"""`fix` (advice nobody asked for) and `permission` (asking before advising), rubric.md.

Advice phrased as a question ("would it help to just email her?", "have you tried...") is
still `fix`; "Do you want ideas, or should I just listen?" is `permission`.
"""

from __future__ import annotations

import re

from relint_desktop.core.evaluation import Span
from relint_desktop.core.evaluator.rules import Reading, Rx

_ACTION = (r"(?:tell|ask|talk|speak|email|e-mail|call|ring|text|message|write|go|get|take|make|stop|quit|leave|"
           r"try|start|sign|book|schedule|set|put|send|ignore|block|delete|apologi[sz]e|focus|breathe|sleep|"
           r"drink|eat|exercise|study|practi[sc]e|plan|prioriti[sz]e|delegate|push|report|document|raise|"
           r"bring|look|find|break|cut|drop|sit|reach|see|use|keep|consider|move|switch|change|hire|fire|"
           r"pay|save|buy|sell|cancel|skip|say|let|walk|run|write|journal|meditate|confront|join|apply|"
           r"unfollow|mute|dump|forgive|explain|show|give|check|lower|organi[sz]e|prepare|rest|relax|"
           r"do|hand|pick|request|escalate|loop|file|log|list|make|turn|stay|learn|grab|visit|wait|work|"
           r"hang|head|offer|limit|chill|sleep|reply|respond|remind|clear|block|download|install|update)")

FIX = Rx(
    # Advice dressed as a tip or a recipe that works ("the key is...", "what works for me is...", "works a treat").
    r"\b(?:the|my)\s+(?:key|trick|secret|answer|solution|best\s+bet|cure|golden\s+rule)\s+(?:is|was|here\s+is)\b|\bbest\s+thing\s+(?:is|to\s+do\s+is|you\s+can\s+do)\b",
    r"\bwhat\s+(?:works|worked|helps|helped)\s+(?:for\s+)?me\s+(?:is|was)\b|\bworks\s+(?:a\s+treat|every\s+time|wonders)\b|\bdoes\s+the\s+trick\b",
    r"\byou\s+(?:really\s+|definitely\s+|honestly\s+|just\s+|probably\s+|seriously\s+)?(?:should|ought\s+to|need\s+to|have\s+to|must|gotta|got\s+to|'ve\s+got\s+to|had\s+better|'d\s+better|better)\s+(?!have\b|feel\b|be\s+proud|know\b)",
    r"\byou\s+(?:should|shouldn't)\s+(?=just\b|try\b|talk\b|tell\b|ask\b)",
    r"\bwhy\s+(?:don't|dont)\s+you\b|\bwhy\s+not\s+(?:just\s+)?" + _ACTION + r"\b",
    r"\bhow\s+about\s+(?:you\s+)?(?:just\s+)?(?:" + _ACTION + r"|trying|talking|asking|telling|taking|going|getting|making)\b",
    r"\bwhat\s+about\s+(?:just\s+)?(?:trying|talking|asking|telling|taking|going|getting|making|calling|emailing|texting|writing)\b",
    r"\bhave\s+you\s+(?:tried|thought\s+about|thought\s+of|considered|looked\s+into|talked\s+to|spoken\s+to|asked|told\s+(?:him|her|them)|gone\s+to|checked|reached\s+out)\b",
    r"\bdid\s+you\s+(?:try|think\s+about|consider|ever\s+think\s+about|ever\s+try)\b",
    r"\b(?:could|can't|cant|couldn't|can)\s+you\s+(?:not\s+)?just\b",
    r"\bmaybe\s+(?:you\s+)?(?:could|should|can|need\s+to|try|just|it's\s+time\s+to|consider)\b",
    r"\byou\s+(?:could|can|might)\s+(?:always\s+|also\s+|just\s+)?(?!see\b)(?:try|just|" + _ACTION + r")\b",
    r"\bshall\s+i\s+(?:book|call|ring|make|get|phone|email|speak|talk|sort)\b|\bwe\s+(?:need|have|ought)\s+to\s+(?:book|call|ring|get|go|see|make|sort|find|tell|report|speak|talk)\b|\bi'll\s+(?:ring|call|book|sort|find|get)\s+(?:around|round|you|a|the|someone)\b",
    r"\bwhat\s+if\s+you\s+(?:just\s+|tried\s+|were\s+to\s+)?\w+",
    r"\bwould(?:n't)?\s+it\s+(?:help|be\s+(?:better|easier|smarter|good|worth|a\s+good\s+idea|an\s+idea|wise|sensible))\s+(?:to|if\s+you|\w+ing)\b",
    r"\b(?:it\s+)?(?:might|would|could|may)\s+help\s+(?:to|if\s+you)\b",
    r"(?:^|[.!?,]\s+|\n)(?:just\s+)?try\s+(?:to\s+|and\s+|not\s+to\s+)?\w+",
    r"\bmy\s+(?:advice|suggestion|tip|recommendation)\b",
    r"\bhere's\s+what\s+(?:you|i'd|i\s+would|to)\b",
    r"\bif\s+i\s+were\s+you\b|\bif\s+i\s+was\s+you\b|\bin\s+your\s+(?:shoes|position|place),\s+i(?:'d|\s+would)\b",
    r"\bi(?:'d|\s+would)\s+(?:just\s+|honestly\s+|probably\s+|definitely\s+)?(?:suggest|recommend|tell|go|try|talk|ask|email|call|quit|leave|start|say|look|get|take|make|stop|push|speak|ignore|block|focus)\b",
    r"\bi\s+(?:suggest|recommend|think\s+you\s+should|think\s+you\s+need|think\s+you\s+ought)\b",
    r"\bthe\s+(?:trick|key|answer|solution|fix|best\s+thing|best\s+move|move|thing\s+to\s+do)\s+(?:is|would\s+be)\s+(?:to|just)\b",
    r"\ball\s+you\s+(?:need|have|gotta)\s+(?:to\s+)?(?:do|is)\b",
    r"\bthe\s+best\s+(?:thing|way|approach)\s+(?:to\s+do\s+)?(?:is|would\s+be)\b",
    r"\bwhat\s+you\s+(?:need|should\s+do|have\s+to\s+do|want\s+to\s+do)\s+is\b",
    r"(?:^|[.!?;:,]\s*|\n)\s*(?:(?:so|ok|okay|well|look|honestly|seriously|listen|then|first|next|now),?\s+)?(?:just\s+)?(?:go(?![,.!\s]*(?:go\b|$|for\s+it))(?!\s*[.!]+(?:\s|$))|get|tell|ask|talk|speak|email|call|text|write|stop|quit|leave|start|sign|book|schedule|send|ignore|block|delete|apologi[sz]e|focus|breathe|sleep|drink|exercise|study|plan|prioriti[sz]e|delegate|push|report|document|bring|find|break|cut|drop|use|move|switch|change|cancel|skip|say|walk|journal|meditate|confront|apply|unfollow|mute|dump|forgive|explain|check|lower|organi[sz]e|prepare|rest|relax|request|escalate|loop|file|list|make|put|set|take|turn|pick|hand|offer|limit|grab|reach\s+out|sit\s+(?:down|with)|write\s+down|look\s+(?:into|for|at)|let\s+(?:him|her|them|it|go)|try)\b(?!\s+(?:me|care\b|your\s+time|it\s+easy|a\s+breath\s+with\s+me))",
    r"\bjust\s+(?:" + _ACTION + r")\b",
    r"\bgo\s+(?:talk|see|ask|tell)\b",
    r"(?:^|[.!?;:]\s*|\n)\s*(?:(?:so|ok|okay|well|right|look|honestly|then|first|next|now|mate|love|son|darling|just|ugh),?\s+)*(?:join|sit|have|finish|buy|strip|download|give|put|book|plan|write|make|take|start|see|ring|email|apply|sign|keep|find|bring|pack|move|cut|drop|switch|spend|save|pay|eat|drink|sleep|rest|wait|walk|delete|block|report|record|note|document|print|send|check|prepare|practise|practice|read|watch|focus|remember\s+to|consider|push|aim|set|treat|avoid|limit|skip|cancel|hold|wear|swap|use|learn|look\s+(?:into|for|at|up)|talk\s+to|speak\s+to|tell\s+(?:him|her|them|your)|ask\s+(?:him|her|them|your|for)|get\s+(?:back|a|an|some|yourself|out|help|on|in)|let\s+me\s+(?:do|handle|sort|deal|talk|speak))\b(?![^.?!]*\?)",
    r"\blet's\s+(?:just\s+)?(?:put|make|get|go|do|plan|sit\s+down|write|try|book|call|find|sort|look|set|draw|work\s+out|figure|start)\b|\bwe\s+could\s+(?:always\s+|just\s+)?(?:go|try|do|get|make|book|look|set|start|find|sort|plan|sit)\b|\bcan\s+you\s+not\s+(?:just\s+)?\w+|\bno\s+more\s+\w+\s+after\b",
    r"\bconsider\s+\w+ing\b",
    r"\bwhat\s+i(?:'d|\s+would)\s+do\s+is\b|(?:^|[.!?]\s+)(?:have\s+you\s+)?ever\s+(?:tried|thought\s+(?:about|of)|considered)\b",
    r"\bnext\s+time\b[^.?!]*?,\s*(?:just\s+)?(?:you\s+)?(?:walk|tell|say|ask|leave|go|call|ring|text|hang|ignore|stand|speak|put|get)\b",
    r"\b(?:might|may|could|would)\s+be\s+worth\s+(?:\w+ing|a\s+(?:try|shot|go|look))\b|(?<!whether\s)(?<!\bif\s)\b(?:it's|it\s+is)\s+(?:always\s+|definitely\s+|probably\s+)?worth\s+(?:\w+ing|a\s+(?:try|shot|go))\b|\bcut\s+your\s+losses\b",
    # A rule laid down ("No more ball games indoors from now on", "from now on you're texting me").
    r"\bno\s+more\s+\w+[^.?!]*\bfrom\s+now\s+on\b|\bfrom\s+now\s+on,?\s+(?:you|we)(?:'re|\s+are|'ll|\s+will|\s+need|\s+have|\s+must)\b",
    r"\bhave\s+you\s+(?:called|rung|phoned|emailed|messaged|texted|got|put|booked|spoken|seen\s+a|gone|made|written|applied|updated|contacted|reported|looked|checked|asked)\b(?![^.?!]*\?[^.?!]+\?)",
    r"\bshouldn't\s+you\b|\bwouldn't\s+you\s+be\s+better\b|\bcould\s+you\s+(?:not\s+)?(?:ask|tell|talk|speak|email|call|ring|text|send|try|just|get|take|go|see|book|move|swap|change|raise|mention|explain|put)\b",
    r"\byou(?:'d|\s+had)\s+better\b|\blet\s+me\s+(?:do\s+the\s+talking|handle|sort|deal\s+with|fix|take\s+care\s+of|call|ring|speak\s+to|talk\s+to)\b",
    r"(?:^|[.!?;:]\s*|\n)\s*(?:(?:so|ok|okay|well|right|look|honestly|seriously|listen|then|first|next|now|mate|love|son|darling),?\s+)?(?:stick|pay|pack|come|keep|stay|tell|ring|phone|give|head|hold|lay|wear|swap|text|ask|speak|sort|see|book|sign|email|call|get|go(?![,.!\s]*(?:go\b|$|for\s+it))(?!\s*[.!]+(?:\s|$))|take|stop|quit|leave|bin|ditch|dump|report|delete|block|apply)\b(?!\s+(?:me|care|your\s+time|it\s+easy|us\s+know|you\s+company))",
)

# "tell me more", "take your time", "let me know": invitations, not instructions.
_NOT_FIX = Rx(
    r"\bjoin\s+the\s+club\b|\btry\s+(?:doing|being|having)\s+(?:my|me)\b|\btry\s+thinking\s+about\s+(?:how\s+i|me)\b",
    r"\btake\s+a\s+(?:deep\s+|big\s+)?breath\b|\bcome\s+(?:here|in|and\s+sit|sit)\b|\bwait,|\bwait\s+(?:what|a\s+(?:sec|second|minute|moment))\b|\b(?:hold|hang)\s+on\b|\bkeep\s+me\s+(?:posted|updated|in\s+the\s+loop)\b|\bgive\s+me\s+a\s+(?:sec|second|minute|moment)\b|\bsee,|\bstay\s+safe\b|\bsleep\s+well\b|\bget\s+well\b|\bkeep\s+in\s+touch\b|\blook\s+at\s+you\b|"
    r"\b(?:tell|talk\s+to|walk)\s+me\b|\bhave\s+(?:a\s+(?:good|great|lovely|think)|fun)\b|\bsit\s+with\s+(?:it|that|this)\b|\btake\s+(?:all\s+)?(?:the|whatever|as\s+much)\s+time\b|\btake\s+your\s+time\b|\blet\s+me\b|\btake\s+care\b|\bgo\s+on\b|\bkeep\s+going\b|"
    r"\bsee\s+you\b|\bsee\s+ya\b|\btry\s+me\b|\bmake\s+sense\b|\bmakes\s+sense\b|\bjust\s+(?:wanted|want|listen|here|checking|asking|curious|saying|feel|felt|felt\s+like|a\s+little|a\s+bit|want\s+to|so|really)\b"
)

PERMISSION = Rx(
    r"\b(?:do|would)\s+you\s+(?:want|like)\s+(?:me\s+to\s+(?:just\s+)?(?:listen|share|offer|give|suggest|help|throw|brainstorm|weigh\s+in|say)|(?:some|any|my)\s+(?:ideas|advice|suggestions|thoughts|help|input|perspective|take|two\s+cents|feedback)|ideas|advice|suggestions|thoughts|input|a\s+(?:suggestion|thought|perspective|different\s+(?:view|take|angle))|to\s+(?:hear|brainstorm|problem-solve|work\s+out))\b",
    r"\b(?:want|wanna)\s+(?:some\s+|any\s+|my\s+)?(?:ideas|advice|suggestions|thoughts|input|help\s+(?:thinking|figuring|brainstorming))\b",
    r"\b(?:can|could|may|might|mind\s+if)\s+i\s+(?:offer|share|suggest|give|make|throw\s+out|tell\s+you\s+what\s+i|add|mention|float)\b",
    r"\bis\s+it\s+(?:ok|okay|alright|all\s+right)\s+(?:if|for)\s+(?:i|me\s+to)\s+(?:share|offer|suggest|give|say)\b",
    r"\bwould\s+it\s+help\s+(?:if\s+i|for\s+me\s+to|to\s+hear|to\s+brainstorm|to\s+think)\b",
    r"\bwould\s+it\s+be\s+(?:useful|helpful|okay|ok|alright|all\s+right|welcome)\s+(?:if\s+i|for\s+me\s+to)\s+(?:shared|share|told|tell|offered|offer|suggested|suggest|gave|give|said|say|added|add)\b",
    r"\b(?:are\s+you\s+)?open\s+to\s+(?:hearing|some|a|ideas|suggestions|advice|another|my)\b",
    r"\bdo\s+you\s+(?:just\s+)?want\s+(?:to\s+vent|me\s+to\s+(?:just\s+)?listen|to\s+just\s+vent)\b",
    r"\b(?:or|rather)\s+(?:do\s+you\s+want|should\s+i|would\s+you\s+rather|would\s+you\s+prefer|do\s+you\s+need)\s+(?:me\s+to\s+)?(?:just\s+)?(?:listen|vent|hear|be\s+here)\b",
    r"\bwould\s+you\s+(?:rather|prefer)\s+(?:i|me\s+to|that\s+i)\s+(?:just\s+)?(?:listen|stay|help|share|offer)\b",
    r"\b(?:are\s+you\s+looking\s+for|do\s+you\s+need)\s+(?:advice|ideas|solutions|help\s+solving|a\s+fix|suggestions)\b",
    r"\bwhat\s+would\s+(?:be\s+)?(?:most\s+)?help(?:ful)?\s+(?:from\s+me|right\s+now|for\s+me\s+to\s+do)\b",
    r"\bhow\s+can\s+i\s+(?:best\s+)?(?:help|support)\b",
    r"\bdo\s+you\s+want\s+(?:help|me\s+to\s+help)\b",
    r"\bwant\s+my\s+(?:honest\s+|real\s+|professional\s+|personal\s+|own\s+)?(?:take|thoughts|two\s+cents|advice|opinion|view)\s*\?",
)


_ECHO = re.compile(r"^\W*(?:go|call|drop|quit|leave|move|take|get|give|stop|break|sell|tell|cancel|dump|skip|stay|study|retrain|switch)\b[^,]*\?")
_NARRATIVE_JUST = Rx(r"\b(?:i'm|i\s+was|we've|we|he|she|they|he'd|she'd|they'd|it's|it\s+was|are|is|i)\s+just\s+\w+")

# Offers that leave the choice with them: "if you want", "no pressure", "up to you".
OFFER = Rx(
    r"\bif\s+you\s+(?:ever\s+)?(?:want|wanted|'d\s+like|would\s+like|'d\s+prefer|prefer|like|need)\b",
    r"\bno\s+pressure\b|\b(?:totally|entirely|completely)?\s*your\s+call\b|\bup\s+to\s+you\b|\bonly\s+if\s+(?:you|and\s+when)\b|\bwhenever\s+you(?:'re|\s+are)\s+ready\b",
    r"\bor\s+(?:do\s+you|would\s+you|should\s+i|we\s+can|i\s+can|just|not\s+yet|would\s+that|is\s+it|later)\b[^.?!]*\??",
    r"\bhappy\s+to\s+(?:share|just\s+listen|help|listen|go\s+through|talk)\b|\bjust\s+say\b",
    r"(?:^|[.!?]\s+)(?:do\s+you\s+)?want\s+to\s+\w+[^.?!]*\bor\b|\b(?:do|would)\s+you\s+(?:want|like)\s+me\s+to\b[^.?!]*\bor\b|\bat\s+your\s+(?:own\s+)?pace\b|\bis\s+that\s+(?:ok|okay|alright|all\s+right)\s*\?|"
    r"\b(?:do\s+you\s+)?want\s+(?:them|it|those|me\s+to)\b[^.?!]*\?|\bwould\s+that\s+(?:be\s+)?(?:useful|helpful|help)\b|\bdo\s+you\s+want\s+(?:them|those|to\s+(?:plan|think|talk|go|work|look|figure|brainstorm|make))\b[^.?!]*\bor\b",
)
_OFFER_OF_HELP = Rx(r"\b(?:i|we)\s+(?:could|can|might)\b|\bwould\s+it\s+help\b|\bi've\s+got\s+(?:a\s+few|some|a\s+couple)\b|\bthere\s+are\s+(?:some|a\s+few)\b|\bi\s+know\s+(?:some|a\s+couple|a\s+few)\b")

_REPORTED = re.compile(r"\b(?:you\s+(?:feel|felt|think|thought|believe|worry|worried)|"
                       r"(?:they|he|she)\s+(?:said|says|told\s+you|think|thinks)|you've\s+been\s+told|you\s+were\s+told)\s+(?:that\s+|like\s+)?$")


def find(reading: Reading) -> list[Span]:
    """Spans for fix and permission, before the stage rule and the question rules."""
    spans: list[Span] = []
    offered = _offers(reading)
    spans += offered
    for m in FIX.finditer(reading.lower):
        s, e = m.start(), m.end()
        while s < e and not reading.lower[s].isalpha():
            s += 1
        if s >= e:
            continue
        sentence = reading.sentence_at(s)
        if sentence is not None and sentence.question and sentence.start == s and _ECHO.match(sentence.lower):
            continue  # "Drop out?!" echoes their words in alarm; it is not advice
        if _NARRATIVE_JUST.search(reading.lower[max(0, s - 14):s + 5]):
            continue
        if sentence is not None and _REPORTED.search(reading.lower[max(sentence.start, s - 40):s]):
            continue  # "it sounds like you feel you have to keep it together" reflects a pressure, it gives none
        not_fix = _NOT_FIX.search(reading.lower, s, min(len(reading.lower), e + 30))
        if not_fix is not None and not_fix.start() <= e:
            continue
        if any(o.start <= s < o.end or _same_sentence_offer(reading, s, o) for o in offered):
            continue
        spans.append(Span(s, e, "fix"))
    spans += reading.spans(PERMISSION, "permission")
    return spans


def _offers(reading: Reading) -> list[Span]:
    # An offer of help with the choice left to them is permission: "I could help you book it, if you want."
    found = []
    has_offer = any(_OFFER_OF_HELP.search(s.lower) for s in reading.sentences)
    for m in OFFER.finditer(reading.lower):
        sentence = reading.sentence_at(m.start())
        if sentence is None:
            continue
        if has_offer or sentence.question or PERMISSION.search(reading.lower) or re.search(r"\b(?:talk|listen|vent|rant|hear|ideas|thoughts|help|plan|options)\b", sentence.lower):
            found.append(Span(sentence.start, sentence.end, "permission"))
    return found


def _same_sentence_offer(reading: Reading, pos: int, offer: Span) -> bool:
    sentence = reading.sentence_at(pos)
    if sentence is None:
        return False
    if sentence.start == offer.start:
        return True
    # "There are things we could do. Do you want to go through them, or just talk first?"
    return _OFFER_OF_HELP.search(sentence.lower) is not None and sentence.end <= offer.start + 1 + 400

"""What the context changes: `weaponize` from earlier disclosures, the prompt's kind, and the stage rule.

`weaponize` needs the earlier disclosures (rubric.md); without them it can still be read from
explicit references used as criticism ("like you admitted..."). Recalling a disclosure kindly,
to ask more or to support, is not weaponising.
"""

from __future__ import annotations

import re

from relint_desktop.core.evaluation import Span
from relint_desktop.core.evaluator import text as T
from relint_desktop.core.evaluator.rules import Reading, Rx, sentence_span

# Pointing at something the person said before.
REFERENCE = Rx(
    r"\b(?:like|as|just\s+like|just\s+as)\s+you\s+(?:yourself\s+)?(?:told\s+me|said|admitted|mentioned|confessed|confided|shared|put\s+it|told\s+us|told\s+everyone)\b",
    r"\byou\s+(?:admitted|confessed|confided)\b|\byou\s+(?:even\s+)?(?:told|said\s+to)\s+me\s+(?:yourself|before|last|that\s+you|once|you)\b",
    r"\bremember\s+(?:when|what|how)\s+you\s+(?:told|said|admitted|cried|freaked|panicked|confessed|mentioned)\b",
    r"\byou\s+said\s+(?:it\s+)?yourself\b|\bby\s+your\s+own\s+admission\b|\bin\s+your\s+own\s+words\b|\byour\s+words,?\s+not\s+mine\b",
    r"\bafter\s+what\s+you\s+(?:told|said|admitted|shared)\b|\bafter\s+(?:you|what)\s+(?:told|said)\s+me\s+about\b",
    r"\b(?:given|with|considering)\s+your\s+(?:history|track\s+record|past|record|problems?|issues|anxiety|depression|drinking|adhd|temper|diagnosis|condition)\b",
    r"\b(?:that's|this\s+is|it's)\s+(?:just\s+)?(?:your|the)\s+(?:anxiety|depression|adhd|trauma|issues|insecurity|insecurities|drinking|therapy|temper|condition|meds|disorder)\s+talking\b",
    r"\b(?:this\s+is|it's|that's)\s+(?:just\s+|exactly\s+)?like\s+(?:last\s+time|that\s+time|the\s+last\s+time|when\s+you|what\s+happened\s+with|your\s+last)\b",
    r"\bnot\s+the\s+first\s+time\b|\b(?:here|there)\s+(?:we|you)\s+go\s+again\b|\bonce\s+again\b|\bhistory\s+repeating\b|\bsame\s+(?:old\s+)?(?:story|pattern|thing)\s+(?:as|again|with\s+you)\b",
    r"\b(?:is\s+this|this\s+is|that's|is\s+that)\s+(?:another|one\s+of\s+your|your)\s+(?:panic\s+attack|episode|meltdown|breakdown|moods?|spirals?|things?)\b",
    r"\b(?:so\s+)?this\s+is\s+(?:why|how)\s+you\s+(?:lost|got|ended|failed|can't|couldn't|never)\b",
)
# Threatening to use what was shared.
THREAT = Rx(
    r"\bif\s+you\s+don't\b[^.?!]*,\s*i\s+will\b|\bi\s+hope\s+i\s+don't\s+(?:need|have)\s+to\s+(?:tell|mention|involve|report|raise)\b|\bi(?:'m|\s+am)\s+taking\s+(?:it|that|your\s+\w+)\s+(?:off|away\s+from)\s+you\b|\bor\s+i(?:'ll|\s+will)\s+(?:tell|let)\b",
    r"\b(?:i'll|i\s+will|i'm\s+going\s+to|i'm\s+gonna|i'm|i\s+am|i'll\s+have\s+to|i\s+might\s+have\s+to|i'd\s+have\s+to)\s+(?:be\s+)?(?:tell|telling|mention|mentioning|let\s+\w+\s+know|inform|informing|report|reporting|raise|raising|flag|flagging|show|showing|call|calling|ring|ringing|phone|phoning|email|emailing)\s+(?:it\s+to\s+|this\s+to\s+|that\s+to\s+)?(?:your|the|everyone|everybody|mum|mom|dad|hr|them|him|her|people|social|my|our)\b",
    r"\b(?:i'll|i\s+will|i\s+could|i\s+might|maybe\s+i\s+should|i'm\s+going\s+to|i\s+should|don't\s+make\s+me)\s+(?:just\s+)?(?:tell|show|remind|let)\s+(?:everyone|everybody|your|them|him|her|mom|dad|the\s+(?:team|class|boss|group)|people)\b[^.?!]*\b(?:what\s+you|about\s+(?:your|you|the\s+time|what)|you\s+(?:said|told|did|admitted))\b",
    r"\b(?:wait\s+until|wait\s+till|what\s+if)\s+(?:everyone|everybody|your\s+\w+|they|people)\s+(?:hears?|finds?\s+out|knows?)\s+(?:about\s+)?(?:what\s+you|your|that\s+you)\b",
)
CRITICAL = Rx(
    r"\bagain\b|\bno\s+wonder\b|\bthat's\s+why\b|\bthis\s+is\s+why\b|\bthat\s+explains\b|\btypical\b|\bof\s+course\b|\bas\s+usual\b|"
    r"\bjust\s+like\b|\bsee\?|\bproves?\b|\balways\b|\bnever\b|\bcan't\s+(?:handle|cope|deal|manage|be\s+trusted|take|keep)\b|"
    r"\bproblem\b|\bfault\b|\bwhat\s+do\s+you\s+expect\b|\bbecause\s+you\b|\bsurprised\b|\bexpected\b|\bobviously\b|"
    r"\bmaybe\s+(?:that's|it's|you)\b|\bso\s+(?:maybe|clearly|obviously)\b|\bclearly\b|\bexcuse\b|"
    r"\bsounds\s+like\s+(?:another|your)\b|\bhere\s+we\s+go\b|\byour\s+(?:thing|issue|problem)\b|\bpattern\b|\bhabit\b|\bof\s+yours\b|\bwhy\b|"
    r"\blearn(?:ed)?\b|\bgrow\s+up\b|\bpathetic\b|\bweak\b|\bdrama\b|\bdramatic\b|\boverreact\w*\b|\bstupid\b|\blazy\b|"
    r"\bcrazy\b|\bliability\b|\bunreliable\b|\btrust\s+you\b|\bbaggage\b|\bmess\b|\bscrew\w*\s+up\b|\bmess\w*\s+up\b"
)
KIND = Rx(
    r"\bhow(?:'s|\s+is|\s+are|\s+has|\s+have|\s+did|\s+does|\s+was)\b|\bi\s+remember\s+you\b|\byou\s+mentioned\b|\bthat\s+must\b|"
    r"\bmakes\s+sense\b|\bno\s+wonder\s+(?:this|it|that)\s+(?:is|feels|hit|hurts|stings)\b|\bi\s+know\s+(?:how|that|you)\b|\bwith\s+everything\b|"
    r"\bgiven\s+what\s+you(?:'ve|\s+have)\s+(?:been\s+through|shared|told)\b|\bi'm\s+(?:sorry|here|proud|glad)\b|\bcan\s+i\s+help\b|"
    r"\bwhat\s+(?:would|can|could)\s+(?:help|i\s+do)\b|\bis\s+(?:that|this|it)\s+(?:part|connected|related|on\s+your\s+mind|still)\b|"
    r"\b(?:hard|tough|rough|heavy|a\s+lot|painful|scary)\b|\bthank\b|\bbrave\b|\bcourage\b|\bsupport\b|\bproud\b|\bhere\s+for\s+you\b|\bdoes\s+(?:it|this|that)\b|\bwhat\s+(?:is|was)\s+it\s+like\b"
)
_STOP = frozenset(
    "a an the and or but if so to of in on at for with about from by as is are was were be been being am i me my mine "
    "you your yours we our us they them their he him his she her it its this that these those there here what when where "
    "who why how which do does did done doing have has had having not no yes just really very so too also can could "
    "would should will shall may might must than then out up down over again still even ever never always some any all "
    "one ones thing things stuff like get got getting go going went gone know knew think thought said say says tell told "
    "time last week before earlier yesterday today now ago month months year years day days way lot much many more most "
    "feel felt feeling feelings back into only own same other something anything everything nothing someone anyone "
    "make made want wanted need needed let lets i'm you're it's that's don't didn't can't won't i've you've i'd you'd "
    "dont didnt cant wont im youre thats well oh okay ok yeah because while since until after being been mean".split())
_FEELING = Rx(
    r"\b(?:feel|felt|feeling|scared|afraid|sad|angry|mad|hurt|overwhelmed|stressed|anxious|worried|lonely|alone|"
    r"embarrassed|ashamed|upset|tired|exhausted|cry|cried|crying|hate|awful|terrible|horrible|miserable|depressed|"
    r"hopeless|nightmares?|scary|panicking|broke\s+down|can't\s+take|can't\s+do\s+this|so\s+much|too\s+much|nobody|no\s+one|ignored|invisible|"
    r"failing|failed|messed\s+up|screwed\s+up|stupid|worthless|jealous|nervous|panic|freaking|frustrated|annoyed|"
    r"disappointed|heartbroken|devastated|rejected|left\s+out|bullied|fight|fought|dumped|broke\s+up|fired|lost|"
    r"struggling|hard|drowning|burned\s+out|burnt\s+out|i\s+don't\s+know\s+what|i\s+think\s+i|confession|have\s+to\s+tell\s+you|"
    r"sorry|mistake|worry|guilty|guilt|pressure|broken|stuck|trapped|sick\s+of|fed\s+up|hurts?|unfair|wrong|trouble)\b"
)
_PRACTICAL = Rx(
    r"^\W*(?:can|could|would|will)\s+you\b|^\W*(?:what\s+time|when\s+(?:is|are|do|does|should)|where\s+(?:is|are|do)|"
    r"do\s+we|did\s+you|are\s+we|is\s+the|have\s+you\s+seen|should\s+i\s+(?:bring|book|order))\b|"
    r"\b(?:pick\s+up|drop\s+off|dinner|groceries|schedule|meeting|what\s+time|o'clock|remind\s+me|do\s+you\s+know\s+where)\b"
)


# They asked for advice or a view outright: an answer is not unasked-for advice.
_ASKS_ADVICE = Rx(
    r"\bwhat\s+(?:would|should|do|did)\s+you\s+do\b|\bwhat\s+(?:should|do|would|can)\s+i\s+(?:do|say)\b|"
    r"\bwhat\s+do\s+you\s+(?:think|reckon|suggest)\s+i\s+(?:should|ought|do)\b|\bany\s+(?:advice|ideas|tips|suggestions)\b|"
    r"\bwhat\s+would\s+you\s+(?:say|suggest|recommend|advise)\b|\bwhat's\s+your\s+(?:advice|take|view)\b|\bhow\s+would\s+you\s+handle\b"
)
# A request made at the start of any sentence ("The broker rang. Can you call her back?"), or of a clause that asks
# ("I can't do Friday, can we make it Saturday?").
_REQUEST = re.compile(r"^\W*(?:can|could|would|will)\s+(?:you|u|i|we)\b|^\W*(?:would|do)\s+you\s+mind\b|"
                      r"^\W*(?:are\s+you|is\s+it)\s+(?:still\s+)?(?:ok|okay|alright|all\s+right|able|free|around|up\s+for|happy|fine)\s+(?:to|if|for|with)\b|"
                      r"^[^?]*,\s*(?:so\s+|but\s+|and\s+)?(?:can|could|would|will)\s+(?:you|u|we)\b[^,]*\?\s*$")
# Not practical, though phrased as a request: asking to disclose ("Can I tell you something?") and asking for
# discretion about a disclosure ("Will you not mention it?", "Can you keep this between us?").
_CONFIDING = re.compile(r"\b(?:can|could|may)\s+i\s+(?:tell|ask|say|be\s+honest|talk\s+to|confess|admit|share)\b|"
                        r"\b(?:not|never)\s+(?:to\s+)?(?:mention|tell|say)\b|\bbetween\s+(?:us|you\s+and\s+me)\b|"
                        r"\bkeep\s+(?:it|this|that)\s+(?:quiet|secret|to\s+yourself|under\s+wraps)\b|\bpromise\s+(?:not|you\s+won't)\b")
_ROLE_TAG = re.compile(r"^\s*\([^)]{0,60}\)\s*")


def is_feeling_prompt(prompt_lower: str) -> bool:
    """True when the other person shared a feeling (or we do not know): logistics then dismiss it."""
    prompt_lower = _ROLE_TAG.sub("", prompt_lower)  # "(your roommate) Can you ..." is still a request
    if not prompt_lower.strip():
        return True
    if _ASKS_ADVICE.search(prompt_lower):
        return False
    parts = [p for p in re.split(r"(?<=[.?!])\s+", prompt_lower.strip()) if p]
    requests = [p for p in parts if _REQUEST.search(p) and not _CONFIDING.search(p)]
    if any(_CONFIDING.search(p) for p in parts) and not requests:
        return True
    if requests:
        # A feeling word only inside the request ("lost cat posters") is not a feeling shared.
        return any(_FEELING.search(p) for p in parts if p not in requests)
    if _FEELING.search(prompt_lower):
        return True
    return _PRACTICAL.search(prompt_lower) is None


STEM = 4
"""Letters kept of each word: "anxious" and "anxiety" must meet, so the stem is short."""


def content_words(text: str) -> set[str]:
    """Words that carry content, cut to a crude stem (their first letters), for overlap with earlier disclosures."""
    return {_stem(w)[:STEM] for w in T.words(text) if w not in _STOP and len(w) > 2}


def _stem(word: str) -> str:
    # "hiding" and "hid", "worried" and "worry" meet: a common ending goes before the word is cut short.
    for ending in ("ing", "ied", "ed", "es"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


# Pointing back at a disclosure in any tone; whether it is a weapon depends on the rest of the reply.
RECALL = Rx(
    r"\byou\s+(?:literally\s+|even\s+|yourself\s+|did\s+|once\s+|already\s+)?(?:told\s+me|said|admitted|mentioned|promised|confessed|confided|swore)\b(?!\s+something\b|\s+so\b)",
    r"\byou(?:'ve|\s+have)\s+(?:told|said\s+to)\s+me\b|\bdidn't\s+you\s+(?:say|tell\s+me|admit|promise|mention)\s+(?:that|you|this|it|about|the|your)\b|\bby\s+your\s+own\s+admission\b|\blike\s+you\s+promised\b",
    r"\bas\s+you\s+(?:admitted|said|told|mentioned)\b",
)
_RED = frozenset({"judge", "escalate", "dismiss", "fix", "hijack"})
_GREEN = frozenset({"validate", "mirror", "appreciate", "clarify", "permission"})


def weaponize(reading: Reading, other: list[Span]) -> list[Span]:
    """weaponize spans: a disclosure (named, or matching the history) pointed back at them in a hostile
    reply, or a threat to tell. Kind recall, in a reply that is otherwise supportive, is not weaponising."""
    # Words that are also in what they just said are the current topic, not a reach back to a disclosure.
    topic = content_words(reading.prompt_lower)
    history_full = [content_words(h) for h in reading.context.history if isinstance(h, str)]
    history = [fact - topic for fact in history_full]
    earlier = [content_words(text) - topic for who, text in _their_lines(reading.context)[:-1]]
    mine = content_words(reading.lower)
    points_back = RECALL.search(reading.lower) or REFERENCE.search(reading.lower) or \
        any(len(mine & fact) >= 1 for fact in history)
    spans: list[Span] = reading.spans(THREAT, "weaponize") if points_back else []
    spans += [Span(m.start(), m.end(), "weaponize") for m in _THREAT_TELL.finditer(reading.lower)]
    labels = {s.label for s in other}
    hostile = bool(labels & _RED) or CRITICAL.search(reading.lower) is not None
    harsh = bool(labels & {"judge", "escalate"}) or CRITICAL.search(reading.lower) is not None
    # A question counts as kindness only when it carries no dig ("Is it the gambling again?" does).
    kind = bool(labels & (_GREEN - {"clarify"})) or any(
        KIND.search(s.lower) or any(sp.label == "clarify" and s.start <= sp.start < s.end for sp in other)
        for s in reading.sentences if s.question and not _DIG.search(s.lower))
    # "I remember you said evenings are the hardest": recalling to understand, unless a dig rides along.
    kind = kind or any(_KIND_RECALL.search(s.lower) and not _DIG.search(s.lower) and not CRITICAL.search(s.lower)
                       for s in reading.sentences)
    kind = kind and not (labels & {"judge", "escalate"})
    for sentence in reading.sentences:
        lo = sentence.lower
        ref = REFERENCE.search(lo)
        if ref and (hostile or not kind):
            spans.append(Span(sentence.start + ref.start(), sentence.start + ref.end(), "weaponize"))
            continue
        recall = RECALL.search(lo)
        if recall and not kind and hostile:
            spans.append(Span(sentence.start + recall.start(), sentence.start + recall.end(), "weaponize"))
            continue
        if history and not kind and not about_myself(lo):
            words = content_words(lo)
            fresh = max((len(words & fact) for fact in history), default=0)
            full = max((len(words & fact) for fact in history_full), default=0)
            # Two words of an old disclosure that are not today's topic; or one, said with a dig; or one, in a
            # reply that offers nothing else (a cold aside about their anxiety is still a weapon).
            if fresh >= 2 or (full >= 1 and (CRITICAL.search(lo) or harsh)) or (fresh >= 1 and not labels):
                spans.append(sentence_span(sentence, "weaponize"))
                continue
        # What they said earlier in this conversation counts too, but only when the reply is plainly hostile
        # (talking about the same thing again is normal; turning it into a dig is not).
        if earlier and harsh and not kind:
            words = content_words(lo)
            if max((len(words & said) for said in earlier), default=0) >= 2 and CRITICAL.search(lo):
                spans.append(sentence_span(sentence, "weaponize"))
    return spans


_FIRST_PERSON = re.compile(r"\b(?:i|i'm|i've|i'd|i'll|im|ive|me|my|myself|mine)\b")
_SECOND_PERSON = re.compile(r"\b(?:you|you're|you've|you'd|you'll|youre|your|yours|yourself|ur|u)\b")


def about_myself(lower: str) -> bool:
    """A sentence about the listener alone (first person, no "you"): sharing the same topic as their disclosure
    ("I failed chemistry too", "I've been lying awake about Dad") takes the floor, but turns nothing against them."""
    # Their words quoted back ("the whole 'I'm stressed' thing") and hedges ("I suppose", "I guess") are not the
    # listener talking about themselves.
    plain = _HEDGE.sub(" ", _QUOTED.sub(" ", lower))
    return _FIRST_PERSON.search(plain) is not None and _SECOND_PERSON.search(lower) is None


_QUOTED = re.compile(r"\"[^\"]*\"|(?<!\w)'[^']*'(?!\w)")
_HEDGE = re.compile(r"\bi\s+(?:suppose|guess|think|bet|mean|reckon|imagine|wonder|notice|see|take\s+it|gather|hear)\b|\bi'm\s+(?:sure|guessing|assuming|told)\b|\bi'd\s+say\b|\blet\s+me\b|\bremind\s+me\b")


# A dig inside a question ("Is it the gambling again?", "or are you just lazy?"); asking whether it
# feels like that again is not one.
_DIG = Rx(r"\btypical\b|\bno\s+wonder\b|\bof\s+course\b|\bas\s+usual\b|\bjust\s+like\s+you\b|\bproves?\b|\balways\b|\bnever\b|"
          r"\bcan't\s+(?:handle|cope|deal|manage)\b|\bproblem\b|\bfault\b|\bexcuse\b|\bwhy\b|\bjust\s+lazy\b|\bor\s+are\s+you\s+just\b|\bthe\s+\w+\s+again\s*\?")


def kind_recall(reading: Reading, spans: list[Span]) -> list[Span]:
    """Recalling a disclosure in a supportive reply tells them their experience is taken seriously: validate."""
    if any(s.label in _RED or s.label == "weaponize" for s in spans):
        return []
    if not any(s.label in _GREEN for s in spans):
        return []
    if not reading.context.history:
        return []
    found = []
    for sentence in reading.sentences:
        m = _KIND_RECALL.search(sentence.lower)
        if m:
            found.append(Span(sentence.start + m.start(), sentence.start + m.end(), "validate"))
    return found


_KIND_RECALL = Rx(r"\bi\s+(?:know|remember)\s+(?:from\s+)?(?:what\s+you|you\s+(?:told|said|mentioned|shared))\b|\bi\s+know\s+(?:the|with\s+your)\s+\w+|\bi\s+remember\s+(?:you|what)\b|\byou\s+told\s+me\s+(?:last|before|about)\b[^.?!]*\bworried\b")


def _their_lines(context) -> list[tuple[str, str]]:
    """The other person's lines in the conversation so far (the last one is the current prompt)."""
    lines = []
    for entry in context.transcript or ():
        if isinstance(entry, (tuple, list)) and len(entry) == 2 and isinstance(entry[1], str) and entry[0] != "learner":
            lines.append((str(entry[0]), entry[1]))
    return lines


_THREAT_TELL = Rx(r"\b(?:i'll|i\s+will|i'm\s+going\s+to|i'm)\s+(?:tell|telling)\s+(?:everyone|everybody|the\s+whole)\b[^.?!]*\b(?:what\s+you|about\s+(?:your|you|the\s+time|what))\b")


_REMEMBER = Rx(r"\bremember\b|\bagain\b|\blike\s+(?:last|that)\b|\byou\s+(?:said|told|admitted)\b|\bno\s+wonder\b|\bthat's\s+why\b")

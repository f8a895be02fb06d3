"""`dismiss`: minimising, false reassurance, silver linings, changing the subject (rubric.md).

"It'll all work out" is a dismissal, not validation. Moving to logistics when a feeling was
shared is a dismissal; the same reply to a practical request carries no label.
"""

from __future__ import annotations

from relint_desktop.core.evaluation import Span
from relint_desktop.core.evaluator.rules import Reading, Rx, sentence_span

DISMISS = Rx(
    r"\bwho\s+cares\b(?!\s+(?:what|about\s+(?:what|them|her|him)))|\bso\s+what\s*[?.!]",
    r"\b(?:it's|that's|it\s+is|that\s+is|this\s+is|it\s+isn't|that\s+isn't|it\s+wasn't|that\s+wasn't|it\s+was|that\s+was)\s+(?:really\s+|honestly\s+|seriously\s+|just\s+)?(?:not|no|nothing|hardly)\s+(?:a\s+|such\s+a\s+|that\s+)?(?:big|huge|major)\s+(?:deal|thing)\b",
    r"\bno\s+big\s+deal\b|\bnot\s+a\s+big\s+deal\b|\bnot\s+the\s+end\s+of\s+the\s+world\b|\bnothing\s+to\s+(?:worry|cry|be\s+upset|get\s+upset|stress)\s+about\b",
    r"\b(?:it's|that's|it\s+is|that\s+is|it\s+was|that\s+was)\s+(?:really\s+|honestly\s+)?(?:not|nothing|hardly)\s+(?:that|so|like\s+that|too)\s+(?:bad|serious|terrible|hard|awful|big)\b",
    r"\b(?:it\s+)?could\s+(?:be|have\s+been)\s+(?:a\s+lot\s+|so\s+much\s+|much\s+)?worse\b|\b(?:other|some)\s+people\s+have\s+it\s+(?:a\s+lot\s+|much\s+|way\s+)?worse\b",
    r"\bat\s+least\b(?!\s+(?:you\s+told\s+me|one\s+question|for\s+now|a\s+little))",
    r"\bdon't\s+(?:worry|stress|sweat|fret|overthink|dwell|panic|be\s+(?:sad|upset|so\s+hard\s+on|silly|like\s+that|down)|cry|let\s+it\s+(?:get\s+to|bother)|take\s+it\s+(?:so\s+)?(?:personally|hard|to\s+heart)|think\s+(?:about\s+it|too\s+much))\b",
    r"\bno\s+need\s+to\s+(?:worry|stress|be\s+upset|cry|panic|feel|get\s+upset|be\s+sad)\b",
    r"\b(?:it'll|it\s+will|everything\s+will|everything'll|everything's\s+going\s+to|things\s+will|things'll|it's\s+going\s+to|it's\s+gonna|things\s+are\s+going\s+to|things\s+are\s+gonna|everything\s+is\s+going\s+to|everything's\s+gonna|you'll|you\s+will|we'll|this\s+will|that\s+will|it\s+all)\s+(?:all\s+|definitely\s+|surely\s+|probably\s+|totally\s+|be\s+all\s+)?(?:be\s+(?:fine|okay|ok|alright|all\s+right|great|good|just\s+fine|totally\s+fine|over\s+soon)|work\s+(?:itself\s+|themselves\s+)?out|blow\s+over|pass|get\s+better|sort\s+(?:itself|themselves)\s+out|turn\s+out\s+(?:fine|okay|great|well)|fall\s+into\s+place|look\s+back\s+and\s+laugh|laugh\s+about|forget\s+(?:about\s+)?(?:it|this|all)|get\s+over\s+it|bounce\s+back|be\s+over|figure\s+it\s+out|land\s+on\s+your\s+feet|find\s+(?:another|someone|a\s+better)|ace\s+it|crush\s+it|nail\s+it)\b",
    r"\beverything\s+happens\s+for\s+a\s+reason\b|\blook\s+on\s+the\s+bright\s+side\b|\bsilver\s+lining\b|\bbright\s+side\b|\bblessing\s+in\s+disguise\b",
    r"\b(?:cheer|chin)\s+up\b|\bcalm\s+down\b|\b(?:just\s+)?relax\b|\bget\s+over\s+it\b|\blet\s+it\s+go\b|\bmove\s+on\b|\bshake\s+it\s+off\b|\bforget\s+(?:about\s+)?(?:it|him|her|them|that)\b|\bsmile\b",
    r"\bit's\s+(?:just|only)\s+(?:a|one|an|some|the|for|school|work|money|grades?|a\s+game|a\s+job|a\s+test)\b|\b(?:it|that)\s+was\s+(?:just|only)\s+(?:a|one|an)\b|\bit's\s+only\b(?!\s+been\s+(?:a|one|two|three|a\s+few|a\s+couple\s+of)\s+(?:day|days|week|weeks|month|months)\b)",
    r"\b(?:happens|it\s+happens|that\s+happens)\s+to\s+(?:everyone|everybody|the\s+best\s+of\s+us|all\s+of\s+us)\b|\beveryone\s+(?:goes\s+through|feels\s+(?:that|like\s+that)|has\s+(?:bad|off)|gets)\b|\bwe\s+all\s+(?:go\s+through|have\s+(?:bad|off)|feel)\b",
    r"\bthat's\s+(?:just\s+)?(?:life|how\s+it\s+(?:is|goes)|the\s+way\s+it\s+goes|part\s+of\s+(?:life|growing\s+up|the\s+job))\b|\bit\s+is\s+what\s+it\s+is\b|\b(?:oh|ah)\s+well\b(?!\s+done)|\bthere's\s+always\s+(?:next|another|tomorrow|other)\b|\bwhatever\b(?!\s+(?:time|help|support|happens|it\s+takes|you|he|she|they|it|happens|we|i|the|your))",
    r"\bbe\s+grateful\b|\bbe\s+thankful\b|\bthink\s+positive\b|\bstay\s+positive\b|\bpositive\s+thoughts\b|\bgood\s+vibes\b|\blook\s+at\s+(?:the|all\s+the)\s+(?:good|positives)\b",
    r"\byou're\s+(?:fine|okay|ok|gonna\s+be\s+fine|going\s+to\s+be\s+fine|strong|tough)\b(?!\s+to\b)|\bi'm\s+sure\s+(?:it's|it\s+was|it'll|it\s+will|you'll|they|he|she|everything|you're)\b|\byou've\s+got\s+this\b|\byou\s+got\s+this\b",
    r"\b(?:in|after)\s+(?:a\s+(?:week|month|year|few\s+(?:days|weeks|years))|ten\s+years|no\s+time)\s*,?\s*(?:you|nobody|no\s+one|this|it)\b|\bwater\s+under\s+the\s+bridge\b|\btime\s+heals\b|\bplenty\s+(?:more\s+)?(?:fish|of\s+other)\b|\bnobody\s+(?:will\s+)?(?:even\s+)?(?:remember|notice|care)s?\b",
    r"(?:^|[.!?]\s+|,\s*)(?:anyway|anyways|anyhow)\b|\bon\s+(?:a\s+|another\s+)?(?:different|other|lighter|happier)\s+note\b|\bby\s+the\s+way\b|\bchanging\s+the\s+subject\b|\bspeaking\s+of\s+which\b|\benough\s+(?:about|of)\s+(?:that|this)\b|\blet's\s+(?:not\s+(?:dwell|talk|get\s+into)|change\s+the\s+subject|talk\s+about\s+something\s+else|move\s+on|focus\s+on\s+(?:the\s+)?(?:positive|good))\b",
    r"\b(?:we|let's)\s+(?:can\s+|could\s+)?(?:talk|deal\s+with|discuss)\s+(?:about\s+)?(?:this|it|that)\s+later\b|\bnot\s+now\b|\bi\s+don't\s+have\s+time\s+for\s+(?:this|that)\b|\bcan\s+(?:this|it|we)\s+wait\b",
    r"\bcan\s+you\s+(?:just\s+)?(?:send|get|do|pick|grab|bring|finish|cover|sort)\s+me\b|\bit's\s+(?:all\s+)?in\s+your\s+head\b|\byou'll\s+(?:survive|live|sleep\s+when|be\s+over\s+it)\b|^\W*meh\b|\bthere's\s+no\s+point\s+(?:in\s+)?(?:worrying|getting\s+upset|crying|dwelling)\b|\bstop\s+worrying\b|\bno\s+use\s+crying\b",
    r"\b(?:it|things)\s+(?:always|usually)\s+(?:works?|turns?)\s+out\b|\bthings\s+(?:always\s+)?(?:have\s+a\s+way|work\s+out)\b|\bit\s+all\s+works\s+out\b|\btomorrow\s+is\s+(?:a\s+new|another)\s+day\b",
    r"\b(?:it's|that's|it\s+is|it\s+was)\s+(?:probably\s+|literally\s+|honestly\s+)?(?:nothing|just\s+a\s+phase|just\s+(?:the|your|a|how|because|them|him|her|hormones|nerves|stress|tiredness))\b|\bmeans\s+nothing\b|\bit's\s+probably\s+(?:just|nothing|fine)\b",
    r"\byou(?:'re|\s+are)\s+(?:probably\s+)?just\s+(?:tired|stressed|hormonal|hungry|being|reading|overthinking|nervous|worn|imagining|in\s+a\s+mood)\b|\b(?:they're|he's|she's|they\s+are)\s+(?:probably\s+|only\s+)?just\s+(?:jealous|busy|stressed|tired|being|like\s+that|teasing|joking|having)\b",
    r"\byou'll\s+(?:toughen|grow|get\s+used|be\s+stronger|learn\s+to\s+live|feel|have|smash|love|find|make|get|do|nail|ace|be\s+(?:top|great|amazing|brilliant|grand|sound|absolutely)|see|look\s+back|soon|forget|meet|settle|bounce)\b|\b(?:he|she|they|it)(?:'ll|\s+will)\s+(?:be\s+back|come\s+(?:round|around|back|home)|realise|realize|get\s+over|blow\s+over|sort\s+itself|happen|turn\s+up|pull\s+through|forget|be\s+(?:fine|okay|ok|alright|grand))\b",
    r"\b(?:something|someone|things)\s+will\s+(?:turn\s+up|come\s+along|work\s+out|change|get\s+better)\b|\byou're\s+always\s+fine\b|\b(?:i|we)\s+know\s+it\s+will\b",
    r"\b(?:all|most|lots\s+of|loads\s+of|plenty\s+of)\s+(?:couples|people|kids|teenagers|parents|managers|new\s+starters|families|friends|students)\s+(?:go\s+through|get|feel|have|do|wonder|struggle|drink|are|forget|miss|fail|make|mess|say|cry|lose)\b|\b(?:everyone|everybody|we\s+all)(?:'s|\s+has)?\s+(?:got|gets|get|has|does|drinks|vapes|feels|goes|is|wonders|struggles)\b",
    r"\bi\s+wouldn't\s+worry\b|\bdon't\s+beat\s+yourself\s+up\b|\btry\s+not\s+to\s+(?:worry|think\s+about|dwell|stress)\b|\bstop\s+(?:worrying|stressing|fretting|overthinking)\b|\blet\s+it\s+wash\s+over\b|\bdon't\s+let\s+(?:it|them|him|her)\s+get\s+to\s+you\b",
    r"\b(?:you're|you\s+are)\s+better\s+off\b|\boverrated\b|\b(?:he|she|they|it|mum|dad)\s+(?:probably\s+)?(?:doesn't|didn't|don't)\s+mean\s+(?:anything|it|owt)\b|\bthat's\s+just\s+how\s+(?:she|he|they|it|things)\b|\bsounds\s+like\s+a\s+(?:holiday|dream|treat|laugh)\b|\bthat's\s+all\s+it\s+is\b",
    r"\bi'm\s+sure\s+(?:that's|it's|he|she|they|it)\s+(?:not|wasn't|isn't|didn't|did\s+not|doesn't)\b|\bi\s+don't\s+think\s+(?:anyone|anybody|they|he|she)(?:'s|\s+is|\s+are|\s+was|\s+meant|\s+means)\b|\bprobably\s+just\s+reading\s+into\b",
    r"\bnobody\s+(?:does|did|would|thinks|cares|noticed|minds)\s+that\b|\b(?:something|someone)\s+(?:better\s+)?(?:will|'ll|is\s+going\s+to)\s+(?:come|turn)\b|\b(?:it\s+|they\s+)?always\s+(?:does|do|works?\s+out)\b|\bthere(?:'ll|\s+will)\s+be\s+(?:other|more|plenty)\b|\bboys\s+will\s+be\s+boys\b|\bprobably\s+deserved\b|\b(?:he|she|they)(?:'ll|\s+will)\s+have\s+forgotten\b|\bdon't\s+think\s+like\s+that\b|\bgive\s+it\s+(?:time|a\s+(?:week|few|bit|month))\b|\bit(?:'ll|\s+will)\s+get\s+easier\b|\bearly\s+days\b|\b(?:it's|just)\s+a\s+phase\b|\bfor\s+the\s+best\b|\bit's\s+fine\b|\b(?:he|she|they)\s+won't\s+(?:say|tell|notice|mind|care)\b|\bin\s+no\s+time\b|\b(?:his|her|their)\s+loss\b|\bnever\s+mind\b|\bround\s+the\s+corner\b|\byou\s+get\s+used\s+to\s+it\b|\bstops\s+stinging\b|\byou're\s+perfect\b|\btomorrow's\s+a\s+new\s+day\b|\bgrow\s+out\s+of\s+it\b|\bit's\s+the\s+news\b|\bcan\s+we\s+not\s+do\s+this\b|\bworse\s+things\s+happen\b|\bthat's\s+rubbish,?\s+nobody\b|",
    r"\bwill\s+be\s+(?:fine|okay|ok|alright|all\s+right|grand)\b|\b(?:he|she|they|it)(?:'ll|\s+will)\s+(?:get\s+bored|text\s+you|call\s+you|ring\s+you|come\s+round|calm\s+down|forget|move\s+on|get\s+over\s+it|soon\s+\w+)\b|\byou've\s+got\s+it\s+(?:easy|good|lucky)\b|\bnobody\s+thinks\s+(?:you're|that)\b|\bdon't\s+(?:freak\s+out|get\s+(?:upset|worked\s+up|so\s+worked\s+up)|take\s+it\s+to\s+heart)\b|\blighten\s+up\b|\bchill\b|\bnot\s+that\s+(?:deep|serious)\b|\bon\s+the\s+(?:plus|bright)\s+side\b|\bno\s+harm\s+done\b|\bsuch\s+is\s+life\b|\bthis\s+time\s+next\s+(?:year|week|month)\b|\bkeep\s+your\s+chin\s+up\b|\bmoving\s+on\b|\bwhat's\s+done\s+is\s+done\b|\bnothing\s+you\s+can\s+do\b|\bcould\s+have\s+been\s+worse\b|\bworse\s+things\s+happen\b|\bno\s+use\s+(?:worrying|crying|dwelling)\b|\bsleep\s+on\s+it\b|\byou'll\s+laugh\b|\bit'll\s+(?:blow|pass|sort|work)\b|\b(?:it|this|that)\s+(?:too\s+)?shall\s+pass\b|\bsilly\s+to\s+worry\b|\bnot\s+worth\s+(?:worrying|getting\s+upset|crying|stressing)\b|",
    # Predictions that others will soon forget or get over it ("kids forget these things in five minutes").
    r"\b(?:kids|children|people|everyone|everybody|they|he|she|it)\s+(?:will\s+|'ll\s+|always\s+|soon\s+|usually\s+|all\s+|just\s+)*(?:forget|forgets|get\s+over\s+it|gets\s+over\s+it|move\s+on|moves\s+on|bounce\s+back|bounces\s+back)\b(?!\s+(?:you|to|about\s+you))[^.?!]*?\b(?:in\s+(?:a|an|one|two|five|ten|a\s+few|\d+)\s+(?:second|minute|hour|day|week)s?|by\s+(?:tomorrow|tonight|monday|next\s+week|the\s+weekend)|in\s+no\s+time|soon|straight\s+away)\b",
    r"\b(?:it|things|everything|this|that)(?:'ll|\s+will)\s+(?:all\s+)?(?:settle(?:\s+down)?|calm\s+down|die\s+down|ease(?:\s+off|\s+up)?|fade|wear\s+off|improve|pick\s+up|look\s+up|come\s+good|come\s+right|straighten\s+out)\b",
    r"\bwelcome\s+to\s+(?:your\s+(?:twenties|thirties|forties|fifties|sixties|teens|life)|renting|parenthood|adulthood|adult\s+life|being\s+a|working\s+life|the\s+(?:joys|wonderful\s+world))\b",
    r"\b(?:kids|children|people|mums|moms|dads|parents|teenagers|everyone|everybody|they)\s+(?:always\s+|soon\s+|usually\s+|all\s+|just\s+)?get\s+over\s+(?:it|that|this|that\s+stuff|these\s+things|stuff\s+like\s+that)\b",
    r"\b(?:can|could)\s+(?:always\s+)?be\s+replaced\b|\bit's\s+only\s+money\b|\bmoney\s+comes\s+and\s+goes\b|\byou\s+can\s+always\s+(?:get|find|buy|make|earn)\s+(?:another|a\s+new|more|it\s+back)\b",
    r"\bi'm\s+sure\s+(?:he|she|they)\s+(?:didn't|did\s+not)\s+mean\b|\b(?:he|she|they)\s+(?:probably\s+)?didn't\s+mean\s+(?:it|anything)\b",
)

# Practical talk: schedules, errands, chores; a dismissal only when a feeling was just shared.
LOGISTICS = Rx(
    r"\b(?:dinner|lunch|breakfast|groceries|laundry|dishes|chores|trash|bins|errands?|the\s+car|the\s+bill|the\s+rent|"
    r"the\s+kids|pick\s+(?:you|him|her|them|it)?\s*up|drop\s+(?:you|him|her|them|it)?\s*off|what\s+time|o'clock|"
    r"\d{1,2}(?::\d\d)?\s?(?:am|pm)|this\s+weekend|next\s+week|schedule|calendar|meeting|agenda|"
    r"appointment|deadline|the\s+report|the\s+slides|the\s+deck|the\s+email|the\s+invoice|standup|stand-up|"
    r"sprint|ticket|timesheet|expenses|homework|practice\s+starts|the\s+game|the\s+bus|the\s+train|the\s+flight|"
    r"did\s+you\s+(?:remember|pay|buy|get|finish|send|call|feed)|don't\s+forget|remind\s+me|we\s+need\s+to\s+leave|"
    r"are\s+we\s+still|can\s+you\s+(?:grab|pick|send|buy|bring|take|finish|cover)|reschedule|book(?:ed)?|"
    r"the\s+dog|the\s+cat|walk\s+the|feed\s+the|gas|petrol|parking|milk|bread|takeout|order\s+(?:pizza|food|in)|"
    r"weekend|plans?\s+for|for\s+tea|the\s+form|dishwasher|sign\s+in|which\s+\w+\?|the\s+party|the\s+trip|the\s+wedding|packed|pack\s+your|your\s+room|clean\s+(?:up|your))\b"
)
_ACK = frozenset({"validate", "mirror", "appreciate", "permission"})


def find(reading: Reading) -> list[Span]:
    """Spans for dismiss (the logistics rule runs later, once the other labels are known)."""
    return reading.spans(DISMISS, "dismiss", unless_negated=False)


_ACK_ONLY = Rx(r"^\W*(?:ok|okay|right|alright|all\s+right|aw|ah|oh|mm|hm)\W*$")
_CARING = Rx(r"\bfeel\w*|\bhow\s+are\s+you\b|\bare\s+you\s+(?:ok|okay|alright|all\s+right|hurt|safe)\b|\blistening\b|"
             r"\btell\s+me\b|\blike\s+for\s+you\b|\bgoing\s+on\b|\bhow\s+(?:are|is)\s+(?:it|things)\b|\bhow\s+you're\b")
_BRUSH_OK = frozenset({"fix", "clarify", "interrogate", "dismiss"})


def brushed_off(reading: Reading, other: list[Span]) -> list[Span]:
    """"OK." and straight on to a task or a practical question, after a feeling: the feeling was skipped."""
    sentences = reading.sentences
    if len(sentences) < 2 or not reading.feeling_prompt or not _ACK_ONLY.search(sentences[0].lower) \
            or not sentences[0].text.rstrip().endswith("."):
        return []
    if any(s.label not in _BRUSH_OK for s in other):
        return []
    rest = sentences[1:]
    # A caring question or an invitation ("How are you feeling?", "I'm listening") after the "OK." is not a task.
    practical = any(s.label in ("fix", "interrogate") or (s.label == "clarify" and not _CARING.search(reading.lower, s.start, s.end))
                    for s in other) or any(LOGISTICS.search(s.lower) for s in rest)
    if not practical or all(_ACK_ONLY.search(s.lower) for s in rest):
        return []
    return [Span(sentences[1].start, sentences[-1].end, "dismiss")]


_PRESENT = Rx(r"\bi'm\s+(?:around|here|free|about|with\s+you)\b|\bif\s+you\s+(?:want|need|fancy|like)\b|\byou\s+don't\s+(?:have|need)\s+to\b|"
              r"\bno\s+(?:rush|pressure)\b|\bkeep\s+you\s+company\b")


def logistics(reading: Reading, other: list[Span]) -> list[Span]:
    """Logistics with no acknowledgement, after a shared feeling: dismiss over those sentences."""
    # Only a reply that is all logistics: any other label means the reply did something else too.
    if not reading.feeling_prompt or any(s.label != "clarify" for s in other):
        return []
    # An offer of presence or a release from pressure ("I'm around if you want company on the train", "you
    # don't have to have a plan") mentions plans without skipping the feeling.
    # Looking back at what happened ("What I said at lunch was unfair, and I'm sorry") arranges nothing.
    return [sentence_span(s, "dismiss") for s in reading.sentences
            if LOGISTICS.search(s.lower) and not _PRESENT.search(s.lower) and not _LOOKING_BACK.search(s.lower)]


_LOOKING_BACK = Rx(r"\byou\s+(?:needed|had\s+to|were|felt|went|wanted)\b|\bknocked\s+you\b|\bsorry\b|\bapologi[sz]e\b|\b(?:what\s+)?i\s+(?:said|did|meant|was|should\s+have|shouldn't\s+have)\b|\bmy\s+fault\b")


def settle(reading: Reading, spans: list[Span], logistic: list[Span]) -> list[Span]:
    """A practical question that skips the feeling is the dismissal, not curiosity."""
    if not logistic:
        return spans
    return [s for s in spans if not (s.label == "clarify" and any(l.start <= s.start < l.end for l in logistic))]

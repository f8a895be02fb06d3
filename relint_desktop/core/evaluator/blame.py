"""General shapes of a verdict on the person (`judge`), written from rubric.md's definition rather than
from particular replies: comparisons with others, blame by consequence, verdicts on effort or attitude,
labels through "nobody likes a...", and rhetorical questions that assign blame.

These are structures, so a verdict worded in a new way still has a fair chance of being caught.
"""

from __future__ import annotations

from relint_desktop.core.evaluator.rules import Rx

# Filler a speaker slips in without changing the verdict ("what did you *honestly* expect").
_ADV = r"(?:(?:honestly|really|seriously|actually|even|truly|just|exactly|else|realistically)\s+)?"

BLAME = Rx(
    # Comparisons with someone who did better, or with what "normal" people do.
    r"\b(?:your|his|her|their)\s+(?:\w+\s+)?\w+\s+would(?:'ve|\s+have)\s+(?:\w+\s+){0,4}?(?:better|differently|no\s+(?:problem|trouble|fuss))\b",
    r"\bi(?:'d|\s+would)(?:'ve|\s+have)\s+(?:\w+\s+){0,3}?(?:better|differently)\b",
    r"\b(?:most|other|normal|sensible|reasonable)\s+people\s+(?:just\s+|simply\s+)?(?:manage|cope|get\s+on|deal|would\s+(?:just\s+)?(?!feel|be\b|have\s+(?:felt|been))\w+|don't\s+(?:make|moan|complain|whine|fall\s+apart)|can\s+(?:handle|cope|manage))\b",
    r"\b(?:a|any)\s+(?:normal|reasonable|sensible|grown|mature|decent)\s+(?:person|adult|employee|parent|partner|friend)\s+would\b",
    r"\banyone\s+with\s+(?:a\s+(?:bit|shred|ounce)\s+of\s+|any\s+|half\s+a\s+|an\s+ounce\s+of\s+)?(?:sense|brains?|common\s+sense|a\s+brain)\b",
    r"\b(?:anyone|everyone|anybody|everybody)\s+(?:else\s+)?(?:could|would|can|did)(?:'ve|\s+have)?\s+(?:seen|predicted|guessed|told\s+you)\b",
    r"\b(?:your|his|her)\s+(?:big\s+|little\s+|older\s+|younger\s+)?(?:brother|sister|cousin|friends?|classmates?|colleagues?|peers?|team\s*mates?|predecessor)\s+(?:never|didn't|doesn't|don't|always|all)\s+(?:\w+\s+)?(?:had|has|have|managed?|coped?|did|does|do)\s+(?:this|that|any|a|fine|it|no)\s*(?:problem|trouble|issue|fuss|\w*)\b",
    r"\b(?:(?:isn't|wasn't|not)\s+(?:like|what\s+i'd\s+expect\s+(?:from|of))\s+)?(?:someone|somebody|anyone)\s+(?:at|of|with)\s+your\s+(?:level|experience|age|seniority|stage)\b|\b(?:below|beneath)\s+(?:the\s+)?(?:standard|par|level)\b|\bnot\s+up\s+to\s+(?:standard|scratch|par|the\s+(?:job|standard))\b",
    r"\bwhy\s+can't\s+you\s+(?:just\s+)?be\s+(?:more\s+)?like\b|\bunlike\s+(?:your|some)\s+\w+,?\s+you\b",
    # Blame by consequence: what happened follows from what they did.
    r"\b(?:that's|that\s+is|this\s+is|it's)?\s*what\s+you\s+get\s+(?:for|when|if)\b",
    r"\b(?:only\s+(?:got\s+|have\s+)?yourself\s+to\s+(?:blame|thank)|brought\s+(?:it|this|that|them)\s+on\s+yourself|"
    r"serves\s+you\s+right)\b|\byou(?:'ve|\s+have)?\s+made\s+your\s+(?:own\s+)?bed\b",
    r"\bwhat\s+" + _ADV + r"(?:did|do|were|are)\s+you\s+" + _ADV + r"(?:expect|expecting|think\s+(?:would|was\s+going\s+to))\b",
    r"\b(?:that's|this\s+is|it's|isn't\s+that)\s+the\s+price\s+(?:of|for|you\s+pay)\b|\bthat's\s+what\s+comes\s+of\b",
    r"\bif\s+you(?:'d|\s+had|\s+did|\s+were)?\s+(?:\w+\s+){0,12}?(?:this|it|that|none\s+of\s+this)\s+(?:wouldn't|would\s+not|would\s+never|never\s+would)(?:'ve|\s+have)?\s+(?:happen|happened|be|been)\b|\bhalf\s+the\s+effort\b",
    r"\b(?:that's|isn't\s+that|this\s+is|it's)\s+(?:just\s+)?what\s+happens\s+(?:when|if)\s+you\b",
    r"\byou\s+(?:were|was)\s+(?:\w+\s+)?never\s+going\s+to\b",
    r"\bwith\s+(?:that|this|your)\s+(?:kind\s+of\s+|sort\s+of\s+|level\s+of\s+)?(?:attitude|effort|approach|mindset|work\s+ethic|temper|track\s+record)\b",
    r"\b(?:it's|it\s+is|it\s+was|that's|the\s+(?:issue|problem|trouble|thing)\s+(?:here\s+)?(?:is|was))\s+(?:really\s+|just\s+|more\s+)?your\s+(?:own\s+)?(?:attitude|approach|mindset|effort|behaviou?r|temper|mouth|tone|lack|laziness|pride|ego)\b",
    r"\byour\s+(?:attitude|approach|mindset|effort|behaviou?r|temper|tone|work\s+ethic)\s+(?:is|was|has\s+been|needs|isn't|wasn't|could)\b",
    r"\byou\s+(?:\w+\s+)?(?:didn't|don't|did\s+not|do\s+not|weren't|aren't)\s+(?:\w+\s+)?(?:want|try|trying|care|push|pushing|prepare|work|fight|wanting)\w*\s+(?:(?:it|for\s+it|that|them|him|her)\s+)?(?:hard\s+|badly\s+|much\s+)?enough\b",
    r"\b(?:set|setting)\s+yourself\s+up\s+(?:for|to)\b|\byou\s+(?:dug|made)\s+(?:this|that|your\s+own)\s+(?:hole|mess)\b",
    # Labels and character verdicts in indirect shapes.
    r"\byou\s+can\s+be\s+(?:a\s+bit\s+|a\s+little\s+|quite\s+|pretty\s+|really\s+|so\s+|very\s+|too\s+|rather\s+)(?!hard\s+on\s+yourself|kind|brave|strong|proud|honest|generous|funny|patient|gentle|lovely|sweet|thoughtful|caring)[a-z-]+(?:\s+on)?\b",
    r"\byou\s+do\s+(?:this|that)\s+(?:with|to|every|all|whenever|each|any)\b|\b(?:someone|somebody)\s+(?:needs|has)\s+to\s+(?:get|grow|learn|stop|toughen|be\s+more)\b|\b(?:embarrassed|ashamed)\s+(?:for|of)\s+you\b",
    r"\byou(?:'re|\s+are)\s+(?:\w+\s+)?acting\s+like\b|\byou\s+act\s+like\b|\bthe\s+world\s+owes\s+you\b|\bhanded\s+to\s+you\s+on\s+a\b|\bexpect\w*\s+(?:things|everything|it)\s+to\s+be\s+handed\b",
    r"\bno(?:body|\s+one)\s+(?:likes|wants|needs|respects|trusts)\s+(?:a|an|someone\s+who|people\s+who)\b|\bno(?:body|\s+one)\s+wants\s+to\s+(?:hear|listen\s+to|be\s+around|deal\s+with)\b",
    r"\byou\s+can't\s+(?:really\s+|exactly\s+|honestly\s+)?blame\s+(?:them|him|her|the|your|anyone|people)\b",
    # Rhetorical questions that put the blame on them.
    r"\bdon't\s+you\s+think\s+(?:that\s+)?(?:maybe\s+)?(?:you|it\s+was\s+(?:you|your)|your)\b",
    r"\bwhat\s+made\s+you\s+think\s+(?:that\s+)?(?:it|that|this|you)\s+(?:was|would|could)\b",
    r"\bhow\s+many\s+times\s+(?:have|do|did)\s+i\b|\bwhen\s+(?:will|are)\s+you\s+(?:ever\s+)?(?:going\s+to\s+)?learn\b",
    # Moralising by example, reproach and announced verdicts.
    r"\bsome\s+of\s+us\s+(?:\w+\s+)?(?:learned|learnt|had\s+to|managed|manage|actually|still|don't|didn't|know)\b|\bin\s+my\s+day\b",
    r"\bwhen\s+i\s+was\s+[^,.?!]{1,30},?\s+(?:we|i)\s+(?:didn't\s+get\s+to|had\s+to|wouldn't|couldn't|just\s+got\s+on|didn't\s+have\s+the\s+luxury)\b",
    r"\b(?:i|we)(?:'ve|\s+have)\s+(?:talked|spoken|been\s+(?:over|through))\s+(?:about\s+)?(?:this|that)\b|\bwe've\s+had\s+this\s+(?:conversation|talk)\b",
    r"\bnot\s+(?:your|the|my)\s+(?:finest|best|proudest|greatest|brightest)\s+(?:hour|moment|move|idea|day)\b|\bnot\s+a\s+(?:great|good|brilliant)\s+look\b",
    r"\b(?:is|was|were|are|that's|it's)\s+(?:just\s+)?asking\s+for\s+(?:it|trouble)\b|\b(?:aren't|isn't|not|wasn't|weren't)\s+cut\s+out\s+for\b",
    r"\byou\s+(?:saw|must\s+have\s+seen|could\s+(?:see|have\s+seen))\s+(?:this|that|it)\s+coming\b|\blook\s+in\s+the\s+mirror\b|\b(?:long\s+)?hard\s+look\s+at\s+yourself\b",
    r"\byou\s+could\s+(?:at\s+least\s+)?(?:make\s+(?:an|more\s+of\s+an|some)\s+effort|try\s+harder|bother)\b|\byou\s+could\s+at\s+least\b",
    r"\bi\s+(?:don't|do\s+not)\s+want\s+to\s+(?:kick|pile\s+on|lecture|nag|preach|be\s+(?:that|harsh|mean|the\s+one))[^.?!]*\bbut\b|\bthat's\s+all\s+i'm\s+saying\b",
    r"\b(?:i'm|i\s+am)\s+not\s+(?:being\s+)?(?!sure\b|certain\b|positive\b|an?\s+expert\b|going\b|trying\s+to\s+(?:pry|push|rush)|here\b)un\w+,?\s+but\b",
    r"\bi\s+(?:worry|fear)\s+(?:that\s+)?you\s+(?:think|always|never|just|don't\s+(?:take|listen|care|try)|can't\s+(?:take|handle)|won't\s+(?:listen|learn))\b",
    r"\byou(?:'re|\s+are)\s+(?:just\s+|every\s+bit\s+)?as\s+(?!brave|strong|kind|clever|smart|good|capable|talented|lovely|important)[a-z]+\s+as\b",
    r"\bso\s+(?:i'm|i\s+am|my\s+\w+\s+(?:are|is)|we're|we\s+are)\s+the\s+(?:problem|bad\s+guys?|villains?|enemy)\b|\bstrikes\s+again\b|\blove\s+that\s+for\s+(?:us|you|me)\b",
    r"\b(?:that's|it's|this\s+is)\s+(?:kinda\s+|kind\s+of\s+|sort\s+of\s+|a\s+bit\s+|partly\s+|all\s+|really\s+|totally\s+)?on\s+u\b",
    r"\b(?:gee|golly|wow|hmm),?\s+i\s+wonder\s+(?:how|why)\b|\bi\s+wonder\s+how\s+(?:that|this)\s+happened\b|\bjust\s+like\s+that\s*\?",
    r"\byou(?:'re|\s+are)\s+the\s+one\s+who\b|\bdon't\s+come\s+(?:crying|running)\s+to\s+me\b|\badd\s+it\s+to\s+the\s+list\b",
    # Exasperation standing alone after a question or remark ("Who does that? Honestly."); after thanks or a kind
    # word the same word is emphasis ("Thank you for telling me. Really."): see _EMPHASIS in pipeline.py.
    r"(?:[.?!]\s+)(?:honestly|seriously|really|unbelievable|typical|classic|come\s+on|i\s+mean)\s*[.!]+\s*$",
    r"\b(?:such\s+a|a\s+(?:very|typical|classic))\s+you\s+thing\b|\b(?:need|get|grow|develop)\s+(?:a\s+)?thicker\s+skin\b",
    # Verdicts by understatement, by siding with the other person, or by a jab at their self-image.
    r"\b(?:not|isn't|aren't|wasn't|weren't|never\s+been)\s+(?:really\s+|exactly\s+|quite\s+)?your\s+(?:strong\s+(?:point|suit)|forte|strength|strongest\s+\w+)\b",
    r"\bsome\s+(?:\w+\s+)?(?:friend|mother|mum|mom|dad|father|parent|partner|boyfriend|girlfriend|husband|wife|sister|brother|son|daughter|employee|manager|colleague|professional|adult)\s+you\s+are\b",
    r"\bi(?:'d|\s+would)\s+(?:\w+\s+){0,3}?(?:with|at)\s+you\s+too\b|\b(?:can't|cannot)\s+(?:say\s+i\s+|really\s+)?blame\s+(?:her|him|them)\b|\bi\s+don't\s+blame\s+(?:her|him|them)\b",
    r"\byou\s+(?:normally|usually|always)\s+pride\s+yourself\b|\bfor\s+someone\s+who\s+(?:claims|prides|supposedly|always\s+says|says\s+(?:they|she|he|you))\b",
    r"\byou\s+must\s+have\s+(?:known|seen|realised|realized|noticed|guessed)\b",
    r"\b(?:that|this|it)\s+(?:sounds|seems|looks|smells)\s+(?:a\s+lot\s+|a\s+bit\s+|kind\s+of\s+|kinda\s+)?like\s+(?:an?\s+|some\s+)?(?:excuse|cop-?out|overreaction|drama|you\s+problem|laziness|self-sabotage|attention-seeking|sulking|whining|moaning|bad\s+(?:idea|decision|call))\b",
    r"\b(?:you(?:'re|\s+are)|ur|u\s+r)\s+(?:just\s+|literally\s+|only\s+)?(?:wasting|throwing\s+away|squandering|ruining|sabotaging)\b",
    r"\b(?:you|u)\s+(?:always\s+|just\s+)?(?:over-?think|over-?react|over-?analy[sz]e|catastrophi[sz]e|dramati[sz]e|over-?complicate)\w*\b",
    r"\b(?:wasn't|isn't|hardly|not\s+exactly)\s+(?:the\s+|your\s+)?(?:smartest|brightest|wisest|cleverest|best|greatest|most\s+sensible)\s+(?:thing|idea|move|decision|choice|plan|call)\b",
    r"\b(?:most|other|sensible|normal)\s+people\s+(?:\w+\s+){1,4}?(?:before|first|beforehand|properly|in\s+advance)\b",
    # More verdicts by general shape: blame for what they bring on themselves, understatement with "exactly", "far
    # too quick to...", and a moral word on an act ("shouting at him was pretty cruel", "a harsh way to speak to a child").
    r"\byou\s+(?:\w+\s+)?(?:bring|brought|bringing)\s+(?:a\s+lot\s+of\s+|some\s+of\s+|most\s+of\s+|all\s+of\s+|half\s+of\s+)?(?:this|it|that|these|them|things)\s+(?:\w+\s+)?on\s+yourself\b",
    r"\b(?:wasn't|isn't|not|hardly)\s+exactly\s+(?:a\s+|the\s+|your\s+)?(?:great|good|ideal|best|brilliant|smart|wise|clever|kind|fair|helpful|mature|sensible|professional|responsible|model|stellar|adult|grown-up)\b",
    r"\byou(?:'re|\s+are|\s+were|\s+can\s+be|\s+get)\s+(?:\w+\s+)?(?:far|way|much|a\s+bit|a\s+little|rather|just|always)\s+too\s+(?!kind\b|good\b|hard\s+on\s+yourself|young\b|late\b|early\b|modest\b|generous\b|nice\b|lovely\b|sweet\b|important\b|close\b|tired\b|busy\b)[a-z]+",
    r"(?:^|[.!?]\s+)\W*(?:well,?\s+|but\s+|honestly,?\s+|i\s+mean,?\s+)?[a-z]+ing\s+(?:at|to|on|with|over)\s+(?:him|her|them|a\s+\w+|your\s+\w+|the\s+\w+|\w+)\b[^.?!,]{0,30}?\s+(?:was|is|were|sounds|seems)\s+(?:\w+\s+)?(?:cruel|harsh|mean|nasty|unkind|spiteful|vicious|out\s+of\s+order|out\s+of\s+line|uncalled\s+for|below\s+the\s+belt|not\s+on|a\s+bit\s+much|too\s+far|over\s+the\s+top|wrong)\b",
    r"\b(?:a|such\s+a)\s+(?:\w+\s+)?(?:harsh|cruel|nasty|mean|horrible|awful|terrible|unkind|rude)\s+(?:way|thing)\s+to\s+(?:speak|talk|say|treat|behave|act|react|respond|do)\b(?!\s+(?:to\s+)?(?:you|anyone|someone)\b)(?![^.?!]*\b(?:to|at)\s+you\b)",
    # An act described by its doer's folly ("Spending all of it on a car was a bit reckless, wasn't it?"); not what
    # happened to them ("being dumped like that is cruel").
    r"(?:^|[.!?]\s+)\W*(?:well,?\s+|but\s+|honestly,?\s+|i\s+mean,?\s+)?(?!being\b|getting\b|losing\b|having\b)[a-z]+ing\b[^.?!]{0,40}?\s(?:was|is|were|sounds|seems)\s+(?:(?:a\s+bit|pretty|quite|really|so|very|rather|a\s+little|kind\s+of|just|a\s+tad|fairly|incredibly)\s+)*(?:reckless|stupid|careless|silly|daft|dumb|irresponsible|naive|foolish|selfish|lazy|rude|childish|immature|idiotic|short-sighted|rash|mad|crazy|insane|cruel|harsh|mean|nasty|unkind)\b",
    # "...means you've done something wrong": the blame is theirs by inference.
    r"\byou(?:'ve|\s+have|\s+must\s+have|\s+probably|\s+obviously|\s+clearly|\s+must've)?\s+(?:done|did)\s+something\s+(?:wrong|stupid|silly|daft|to\s+(?:deserve|upset|annoy))\b",
    # Siding with whoever hurt them ("I'd have dumped you too"), and wondering how they stood you so long.
    r"\bi(?:'d|\s+would)(?:'ve|\s+have)?\s+(?:\w+\s+)?(?:dumped|sacked|fired|left|binned|ditched|grounded|blocked|told\s+you\s+off|given\s+up\s+on|walked\s+out\s+on|done\s+the\s+same)\s+(?:you\s+)?too\b",
    r"\bhow\s+long\s+(?:she|he|they|anyone|people)(?:'d|\s+would|\s+could|\s+was\s+going\s+to|\s+were\s+going\s+to)\s+(?:put\s+up\s+with|stand|stick\s+(?:it|around)|tolerate|last)\b|\bsurprised\s+(?:she|he|they)\s+(?:put\s+up\s+with|stayed|lasted|stuck)\b",
    # A rhetorical "who does X without Y?" puts the folly on them.
    r"(?:^|[.!?]\s+)\W*who\s+(?:\w+\s+){1,5}?without\s+[^.?!]*\?|(?:^|[.!?]\s+)\W*who\s+(?:in\s+their\s+right\s+mind|on\s+earth|honestly|seriously)\b",
    r"\b(?:it's|it\s+is|it\s+was|it\s+never\s+is)\s+never\s+(?:your|you)\b|\bnever\s+your\s+fault,?\s+(?:is|was)\s+it\b",
    r"\byou\s+never\s+(?:do|did|help\s+with|finish)\s+(?:it|them|that|this|anything|any\s+of\s+(?:it|them))\b(?!\s+wrong)",
)

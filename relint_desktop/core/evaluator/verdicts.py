"""`judge` (verdicts, blame, "the feeling is wrong") and `escalate` (alarm, anger, threats), rubric.md.

Negation is read both ways: "you're not overreacting" is no verdict, while "I'm not judging,
but..." announces one. Sarcastic praise after a failure ("so you just gave up, great") judges.
"""

from __future__ import annotations

import re

from relint_desktop.core.evaluation import Span
from relint_desktop.core.evaluator import text as T
from relint_desktop.core.evaluator.rules import Reading, Rx

_INSULT = (r"(?:stupid|dumb|idiotic|ridiculous|pathetic|lazy|irresponsible|careless|selfish|immature|childish|"
           r"naive|foolish|reckless|useless|hopeless|weak|crazy|insane|silly|absurd|dramatic|paranoid|"
           r"unreasonable|petty|irrational|hysterical|spoiled|spoilt|ungrateful|rude|disrespectful|"
           r"overly\s+sensitive|too\s+sensitive|so\s+sensitive|sensitive|a\s+baby|a\s+child|a\s+drama\s+queen|"
           r"a\s+mess|a\s+disaster|a\s+pushover|a\s+doormat|clueless|incompetent|sloppy|"
           r"lazy|entitled|negative|emotional|needy|clingy|difficult|a\s+coward|cowardly|soft|thin-skinned)")

JUDGE = Rx(
    r"\b(?:you're|you\s+are|you\s+were|you\s+get|you\s+got)\s+(?:just\s+|really\s+|being\s+|so\s+|way\s+|a\s+bit\s+|a\s+little\s+|kind\s+of\s+|being\s+a\s+bit\s+|totally\s+|acting\s+|getting\s+|probably\s+|maybe\s+|quite\s+|pretty\s+|rather\s+|sometimes\s+|a\s+touch\s+)*(?:over-?\s?reacting|over-?\s?thinking|making\s+(?:a\s+big\s+deal|this\s+about|too\s+much|a\s+fuss|excuses)|blowing\s+(?:this|it|things)|" + _INSULT + r")\b",
    r"\b(?:over-?\s?reacting|overreaction|too\s+sensitive|so\s+sensitive|thin-skinned|drama\s+queen|making\s+a\s+(?:big\s+deal|mountain|fuss|scene)|blowing\s+(?:this|it|things)\s+(?:way\s+)?out\s+of\s+proportion|making\s+a\s+mountain)\b",
    r"\b(?:that|this|it)\s+(?:was|is|'s|sounds|seems)\s+(?:a\s+)?(?:really\s+|so\s+|pretty\s+|kind\s+of\s+|kinda\s+|a\s+bit\s+|very\s+|incredibly\s+)*(?:stupid|dumb|idiotic|ridiculous|pathetic|lazy|irresponsible|careless|selfish|immature|childish|naive|foolish|reckless|silly|absurd|dramatic|petty|irrational|bad\s+(?:idea|move|call|choice|decision)|poor\s+(?:choice|decision|judgment|judgement)|terrible\s+(?:idea|choice|decision)|dumb\s+(?:idea|move)|mistake|on\s+you|your\s+own\s+doing|your\s+fault|your\s+own\s+fault|wrong\s+of\s+you|a\s+choice\s+you\s+made)\b",
    r"\bwhat\s+a\s+(?:stupid|dumb|ridiculous|silly|childish|selfish|lazy|terrible|bad)\b",
    r"\b(?:you\s+)?(?:shouldn't|should\s+not|don't\s+need\s+to|have\s+no\s+reason\s+to)\s+(?:feel|be)\s+(?:that\s+way|so|this\s+way|like\s+that|upset|angry|sad|hurt|jealous|mad|bothered|offended|embarrassed|worried|anxious|scared)\b",
    r"\bno\s+reason\s+(?:to|for\s+you\s+to)\s+(?:feel|be|get)\b",
    r"\bmaybe\s+if\s+you(?:'d|\s+had|\s+were|\s+would|\s+did|\s+just|\s+weren't|\s+hadn't|\s+didn't|\s+paid|\s+tried|\s+spent|\s+stopped|\s+listened|\s+worked|\s+studied|\s+planned|\s+started|\s+got|\s+made|\s+put|\s+\w+ed)\b",
    r"\bif\s+you(?:'d|\s+had)\s+(?:just\s+|only\s+|actually\s+)?(?:listened|studied|planned|been|done|said|told|asked|started|paid|gone|taken|thought|checked|prepared|tried|worked|spoken|left|stayed|stopped|kept|called|come)\b",
    r"\byou\s+(?:should|could|ought\s+to|shouldn't|should\s+not|could\s+not|couldn't)(?:'ve|\s+have|\s+of)\b(?!\s+to\b)|\byou\s+should've\b|\byou\s+shouldn't've\b",
    r"\b(?:it's|that's|it\s+is|that\s+is|it\s+was|that\s+was)\s+(?:all\s+|kind\s+of\s+|partly\s+|really\s+)?(?:your\s+own|your)\s+(?:fault|doing|problem)\b",
    r"\byou\s+brought\s+(?:this|it)\s+on\b|\bthat's\s+on\s+you\b|\byou\s+(?:kind\s+of\s+|sort\s+of\s+)?asked\s+for\s+it\b|\byou\s+made\s+your\s+(?:own\s+)?bed\b",
    r"\bwhat\s+did\s+you\s+(?:expect|think\s+would\s+happen)\b|\bi\s+told\s+you\s+so\b|(?<!if\s)\bi\s+(?:told|warned)\s+you\b(?!\s+(?:what|about|how|that\s+i|something|a\s+secret|everything))|\bwhat\s+were\s+you\s+thinking\b",
    r"\bwhy\s+(?:on\s+earth\s+|the\s+hell\s+|in\s+the\s+world\s+)?(?:would|did|didn't|couldn't|wouldn't|can't|won't|are|were|weren't|must)\s+you\s+(?:even\s+|just\s+|always\s+|never\s+|ever\s+)?(?!think|feel|say\s+that\s+it|want\s+to\s+know)\w+",
    r"\bhow\s+(?:could|can|would)\s+you\s+(?:not\s+)?(?:even\s+)?(?:be\s+so|let|do|say|forget|miss|think|not|just|ever)\b",
    r"\byou\s+(?:always|never|constantly|keep)\s+(?!know\b|do\b|have\b|will\b|been\b|look\b|were\b|need\s+to|have\s+to|going\b|trying\b|make\s+me\s+(?:laugh|smile|feel\s+better))\w+",
    r"\b(?:grow\s+up|man\s+up|toughen\s+up|get\s+a\s+grip|get\s+over\s+yourself|suck\s+it\s+up|stop\s+(?:whining|complaining|being\s+(?:so\s+)?\w+|crying|moaning|sulking|making\s+excuses))\b",
    r"\b(?:that's|it's|that\s+is|it\s+is|that\s+was)\s+(?:just\s+|simply\s+|really\s+)?(?:wrong|not\s+okay|not\s+ok|unacceptable|inexcusable|no\s+excuse|not\s+an\s+excuse|a\s+cop-?out|an\s+excuse|lazy|selfish|on\s+you)\b",
    r"\b(?:you're|you\s+are)\s+(?:the\s+(?:problem|one\s+who\s+(?:messed|screwed|caused))|part\s+of\s+the\s+problem|too\s+\w+|so\s+(?:lazy|selfish|dramatic|sensitive|negative|careless|immature))\b",
    r"\byour\s+(?:problem|issue)\s+is\b|\bthe\s+problem\s+is\s+(?:you|that\s+you)\b",
    r"\b(?:to\s+be\s+(?:fair|honest)|honestly|frankly|well|but|let's\s+be\s+real|let's\s+be\s+honest),?\s+you\s+(?:did|didn't|were|kind\s+of|sort\s+of|brought|made|started|never|always|knew)\b",
    r"\b(?:i'm|i\s+am)\s+not\s+(?:judging|criticizing|criticising|blaming|saying\s+(?:it's|you're|you\s+were)\s+your\s+fault|trying\s+to\s+(?:judge|be\s+(?:harsh|mean|rude)|criticize|criticise|blame))\b[^.?!]*\bbut\b",
    r"\b(?:no\s+offen[cs]e|not\s+to\s+be\s+(?:harsh|mean|rude|that\s+person)|don't\s+take\s+this\s+the\s+wrong\s+way|with\s+all\s+due\s+respect|i\s+hate\s+to\s+say\s+it|i\s+say\s+this\s+with\s+love|i'm\s+just\s+saying|just\s+saying|i'm\s+just\s+being\s+honest|hate\s+to\s+break\s+it\s+to\s+you|tough\s+love)\b",
    r"\b(?:you\s+)?(?:need|have)\s+to\s+(?:learn\s+to|stop\s+being|take\s+responsibility|own\s+(?:it|that|your)|grow\s+up|be\s+more|get\s+better\s+at)\b",
    r"\bdid\s+you\s+(?:ever\s+)?(?:stop\s+to\s+)?(?:think|consider)\s+(?:that\s+)?(?:maybe\s+)?(?:you|it\s+was\s+you|your)\b",
    r"\bmaybe\s+(?:you\s+(?:were|are|should\s+have|could\s+have|weren't|aren't|just\s+weren't|did|didn't)|it\s+was\s+(?:you|your)|you're\s+(?:the|just|too|not))\b",
    r"\bare\s+you\s+(?:sure|certain)\s+(?:you're\s+not|you\s+aren't|it\s+wasn't|you\s+didn't|that\s+you)\b",
    r"\bisn't\s+(?:that|it)\s+(?:a\s+bit|kind\s+of|a\s+little)?\s*(?:much|dramatic|extreme|over\s+the\s+top|your\s+fault)\b",
    r"\bthat's\s+(?:a\s+bit\s+|kind\s+of\s+|a\s+little\s+)?(?:much|dramatic|extreme|over\s+the\s+top|an\s+overreaction|excessive)\b",
    r"\b(?:seriously|really)\?|\bcome\s+on[,!]",
    r"\byou\s+(?:probably|clearly|obviously|just)?\s*(?:weren't|aren't|were\s+not|are\s+not)\s+(?:ready|good\s+enough|cut\s+out|up\s+to|trying|putting|pulling)\b|\bmope\b|\bmoping\b|\bsulk\w*\b|\bwallow\w*\b",
    r"\bbe\s+(?:more\s+)?(?:realistic|reasonable|mature|responsible|grateful|careful)\b",
    r"\b(?:shame\s+on\s+you|you\s+should\s+be\s+ashamed|disappointed\s+in\s+you|i\s+expected\s+better|i\s+expected\s+more)\b",
    r"\bwhat's\s+wrong\s+with\s+you\b|\byou\s+only\s+have\s+yourself\s+to\s+blame\b|\byour\s+own\s+fault\b",
    r"\byou\s+(?:let|made)\s+(?:it|this|that|things)\s+(?:happen|get\s+(?:this|that|so)\s+bad)\b",
)

# Verdicts in everyday shapes: disapproval, "I told you", rhetorical digs, announced criticism.
JUDGE_MORE = Rx(
    r"\b(?:you're|you\s+are|you\s+were|you've\s+(?:always\s+)?been|you\s+can\s+be|you\s+sound)\s+(?:a\s+bit\s+|such\s+|so\s+|really\s+|being\s+|just\s+|always\s+|the\s+)*(?:an?\s+)?(?:idiot|liar|thug|quitter|snowflake|princess|baby|wimp|coward|hypocrite|joke|fool|muppet|nightmare|fragile\s+one|fragile|daft|oversensitive|over-sensitive|controlling|paranoid|jealous\s+type|flaky|unreliable|mercenary|disloyal|ungrateful|soft|precious|melodramatic|attention-seeking|obsessed|lazy|useless|hopeless|selfish|spoilt|spoiled|naive)\b",
    r"\b(?:don't|do\s+not)\s+be\s+(?:so\s+)?(?:ridiculous|daft|silly|stupid|dramatic|soft|a\s+baby|childish|pathetic|precious|melodramatic|paranoid|such\s+a|an?\s+idiot|like\s+that|mad|absurd)\b",
    r"\b(?:that's|that\s+is|this\s+is|it's|that\s+was|how)\s+(?:a\s+bit\s+|pretty\s+|really\s+|so\s+|just\s+|quite\s+|very\s+|a\s+(?:massive|huge|complete|total)\s+|a\s+)?(?:ungrateful|disgusting|controlling|disloyal|mercenary|basic|sloppy|unprofessional|pathetic|embarrassing|shameful|selfish|lazy|childish|immature|convenient|rich|hypocritical|weak|unfair\s+on(?!\s+(?:you|u)\b)|irresponsible|careless|not\s+(?:good\s+enough|fair|on|acceptable|okay|normal|an\s+excuse|really\s+an\s+excuse)|no\s+way\s+to|waste\s+of|attention|your\s+problem|exactly\s+the\s+kind|exactly\s+what)\b",
    r"\b(?:i'm|i\s+am)\s+(?:just\s+|so\s+|really\s+|very\s+|a\s+bit\s+)?disappointed\b|\bi\s+expected\s+(?:better|more)\b|(?<!if\s)\bi\s+(?:did\s+)?(?:try\s+to\s+)?(?:told|tell|warn|warned)\s+you\b(?!\s+(?:what|about|how|that\s+i))|\bi\s+knew\s+(?:it|you|this|that)\b|\bi\s+never\s+liked\b",
    r"\b(?:not\s+being\s+funny|not\s+having\s+a\s+go|i'm\s+not\s+(?:angry|cross|having\s+a\s+go|being\s+funny|saying|having\s+a\s+dig)|not\s+to\s+be\s+funny|no\s+disrespect)\b[^.?!]*\bbut\b|\bi'm\s+not\s+angry\b",
    r"\bthat's\s+what\s+happens\s+when\s+you\b|\bserves\s+you\s+right\b|\byou\s+(?:only\s+)?have\s+yourself\s+to\s+blame\b|\byou\s+never\s+learn\b|\bnothing's\s+changed\b|\bit's\s+getting\s+old\b|(?<!up\s)(?<!thanks\s)(?<!thank\syou\s)(?<!means\s)(?<!did\s)(?<!does\s)(?<!do\s)\bso\s+much\s+for\b(?!\s+(?:me|us|you|him|her|them|everything|telling|sharing|letting|trusting|being|saying|coming|your\s+(?:help|support|honesty)))|\bbit\s+of\s+a\s+pattern\b|\bbit\s+(?:much|rich|mercenary|pathetic|dramatic|soft)\b|\bsays\s+the\s+(?:person|one|man|woman|guy|girl)\s+who\b",
    r"\b(?:stop|quit)\s+(?:fishing|whining|moaning|sulking|being|making\s+(?:a\s+fuss|excuses|everything)|playing\s+the\s+victim|feeling\s+sorry)\b|\bget\s+over\s+(?:this|yourself)\b|\bpull\s+yourself\s+together\b|\bsort\s+yourself\s+out\b",
    r"\byou\s+(?:tend\s+to|do\s+(?:wind|go|get|make|change|leave|moan|overdo|take)|(?:kind\s+of|sort\s+of)\s+(?:brought|asked|deserved)|never\s+really|always\s+(?:make|say|find|get|leave|blame|think)|can't\s+(?:let|keep|expect|just\s+expect|blame)|should\s+be\s+\w+ing|need\s+to\s+get\s+over)\b",
    r"\b(?:by\s+now|grown\s+(?:man|woman|adult)|for\s+god's\s+sake|you\s+know\s+better|(?:wasn't|isn't)\s+it\s*[.]?$|did\s+you\s*[.?]?$|eh\s*\?)",
    r"\b(?:why|how)\s+(?:haven't|hasn't|didn't|don't|do|did|would|could|can)\s+you\s+(?!feel|think|want|know\s+what)(?:even\s+|just\s+|ever\s+)?(?:forget|not|lose|let|miss|leave|quit|do\s+that|say\s+that|think\s+that|end\s+up|manage|keep|go\s+and|still|said|say\s+anything|tell\s+(?:me|anyone)|bother|get\s+yourself)\b",
    r"^\W*(?:charming|marvellous|classic|typical|convenient\s+timing|convenient)\s*[.!]|\bjust\s+brilliant\b|\bconvenient\s+timing\b|\bbet\s+(?:your|they|he|she)\b[^.?!]*\b(?:thrilled|proud|delighted|pleased|impressed)\b|\bwell,?\s+congrats\b",
    r"\b(?:sure|right),?\s+(?:so\s+)?(?:everyone|everybody|nobody|they're\s+all)\b|\bright,?\s+so\s+everyone\b|\.\s*sure\s*\.?$|\bif\s+you\s+ask\s+me\b|\bas\s+an\s+excuse\b|\bis\s+never\s+the\s+answer\b|\bno\s+excuse\s+for\b|\bisn't\s+going\s+to\s+help\b|\bwon't\s+help,?\s+(?:will|is)\s+it\b",
    r"\b(?:petty|selfish|silly|stupid|ridiculous|dramatic|daft|childish|mean|nasty|lazy|horrible)\s+thing\s+to\b|\b(?:dramatic|paranoid|sensitive|needy|extra)\s+much\b|\bnice\s+one\b|\bimpressive\b|\bshocker\b|\bwho'd\s+have\s+thought\b|"
    r"\byou\s+(?:did|do|have)\s+(?:kind\s+of\s+|sort\s+of\s+)?(?:lose|spring|leave|forget|overreact|wind|go|make|get|push|take|been\s+a\s+bit)\b|\btbf\b|\byou(?:'re|\s+are)\s+(?:trying|worrying|thinking|taking\s+(?:it|this))\s+(?:way\s+)?too\b|\b(?:the|your)\s+(?:second|third|fourth|fifth|umpteenth|hundredth)\s+time\b|\byou\s+can't\s+(?:let|keep|expect|blame|just\s+expect)\b|\bnot\s+(?:like|as\s+if)\s+(?:i|anyone)\b|"
    r"\b(?:you're|you\s+are|you\s+were|you\s+can\s+be|you\s+get|you\s+seem|you've\s+been)\s+(?:so\s+|too\s+|a\s+bit\s+|really\s+|being\s+|quite\s+|pretty\s+|very\s+|kind\s+of\s+|a\s+little\s+)*(?:thoughtless|inconsiderate|clumsy|bitter|stubborn|arrogant|bossy|nosy|gullible|moody|touchy|pessimistic|negative|neurotic|obsessive|hysterical|disorganised|disorganized|messy|sloppy|careless|rude|reckless|irresponsible|immature|entitled|spoilt|spoiled|fake|dishonest|two-faced|demanding|high-maintenance|thick|dim|clueless|incompetent|a\s+(?:mess|wreck|failure|loser|pushover|doormat|drama\s+queen|nightmare|liability|child|baby))\b",
    r"\b(?:that|this|it)\s+(?:was|is|'s|sounds)\s+(?:a\s+bit\s+|so\s+|really\s+|pretty\s+|totally\s+|completely\s+|well\s+)?(?:out\s+of\s+order|out\s+of\s+line|uncalled\s+for|thoughtless|inconsiderate|rude|careless|harsh|unkind|mean|not\s+on|too\s+far|over\s+the\s+top|a\s+bit\s+much|your\s+own\s+doing|asking\s+for\s+trouble)\b",
    r"\bwho\s+does\s+that\b|\bare\s+you\s+(?:stupid|thick|mad|daft|an\s+idiot)\b|\bdid\s+you\s+(?:really|honestly|seriously)\s+think\b|\bwhat\s+did\s+you\s+think\s+would\s+happen\b|\bwhat\s+were\s+you\s+expecting\b|\byou\s+should\s+know\s+better\b|\bact\s+your\s+age\b|\bget\s+a\s+grip\b|\bhonestly,?\s+what\b",
    r"\bdid\s+you\s+even\s+(?:try|think|bother|check|ask|read|listen)\b|\bwhat\s+did\s+you\s+think\s+was\s+going\s+to\s+happen\b|\bwhose\s+(?:fault|idea)\s+(?:is|was)\s+that\b|\bcan\s+you\s+blame\s+(?:them|him|her)\b|\bwhat\s+else\s+did\s+you\s+expect\b|\bwas\s+it\s+worth\s+it\b|\bhappy\s+now\b|\bare\s+you\s+proud\s+of\s+yourself\b|\bthat's\s+your\s+excuse\b|\bwhat's\s+your\s+excuse\b",
    r"\byou\s+(?:had\s+it\s+coming|brought\s+it\s+on\s+yourself|should\s+have\s+known|knew\s+what\s+you\s+were\s+getting|made\s+your\s+choice|chose\s+(?:this|that|to)|could\s+have\s+said\s+no|of\s+all\s+people)\b|\bi\s+thought\s+you\s+were\s+(?:smarter|better|more)\b|\bi'd\s+have\s+thought\s+you\b|\b(?:grow|get)\s+a\s+(?:spine|backbone|thicker\s+skin)\b|\b(?:typical|classic)\s+you\b|\bthat's\s+so\s+you\b|\bjust\s+like\s+you\b|\b(?:always\s+)?(?:playing\s+the\s+victim|the\s+victim\s+again)\b|\bmaking\s+(?:a\s+scene|excuses)\b|\bexcuses,\s+excuses\b|\bno(?:body|\s+one)\s+(?:forced|made)\s+you\b|\byou're\s+(?:a\s+)?grown\s+(?:adult|man|woman|up)\b|\byou're\s+too\s+old\s+(?:for|to)\b|\byou're\s+(?:imagining\s+things|being\s+paranoid|reading\s+too\s+much)\b",
    r"\b(?:oh\s+)?poor\s+(?:you|thing|baby)\b|\bboo\s+hoo\b|\bcry\s+me\s+a\s+river\b|\bmust\s+be\s+nice\b|\bfirst\s+world\s+problems?\b|\bwelcome\s+to\s+(?:the\s+real\s+world|adulthood|my\s+world)\b|\bget\s+real\b|\bsuck\s+it\s+up\b",
    r"\byou(?:'re)?\s+(?:\w+\s+){0,2}?(?:too\s+much|too\s+often|way\s+too\s+\w+)\b|\bdid\s+you\s+(?:actually|even|really)\s+(?:prepare|try|study|listen|check|read|bother|think|practise|practice|revise|ask)\b|\bwhy\s+(?:do|does|is|are)\s+(?:you|she|he|they)\s+(?:always|even)\b",
    r"\b(?:didn't|doesn't|don't|haven't|hasn't|wasn't|weren't|aren't)\s+(?:they|it|you|he|she|we)\s*\.?$|\byou\s+were\s+(?:getting|being)\s+(?:a\s+bit\s+|kind\s+of\s+|really\s+|so\s+|pretty\s+)?(?:scary|difficult|impossible|aggressive|nasty|rude|unbearable|obsessed|ridiculous|dramatic|silly|unreasonable|hard\s+work)\b|\byou\s+can't\s+(?:just\s+)?(?:sit|stay|spend|hide|mope|lie)\b|\bthat's\s+(?:a\s+bit\s+|pretty\s+|really\s+|so\s+)?petty\b",
    r"\bwho\s+(?:could|would)(?:'ve|\s+have)\s+(?:predicted|guessed|seen\s+that\s+coming|thought)\b|\bwhat\s+a\s+(?:surprise|shock)\b|\bcolou?r\s+me\s+(?:shocked|surprised)\b|\bthat's\s+not\s+(?:true|fair|what\s+happened|how\s+it\s+(?:went|happened)|what\s+i\s+said)\b|\byou're\s+(?:exaggerating|twisting|making\s+(?:it|that|this)\s+up|being\s+unfair|wrong\s+about)\b|\bi\s+never\s+said\b|\bit's\s+not\s+(?:like|as\s+if)\s+i\b|\bi\s+don't\s+always\b|\boh\s+please\b|\bgive\s+me\s+a\s+break\b|\bcome\s+off\s+it\b|\bthat's\s+rich\b|\blook\s+who's\s+talking\b|\bpot\s+calling\b|\bi\s+did\s+always\s+say\b",
    r"\b(?:never|always)\s+going\s+to\s+(?:end\s+well|work|happen|last)\b|\bbrought\s+(?:a\s+lot\s+of\s+|some\s+of\s+|all\s+of\s+)?(?:this|it|that)\s+on\s+yourself\b|\bi(?:'d|\s+would)\s+never\s+(?:have\s+)?(?:done|do|say|said|let)\b|\bnot\s+the\s+(?:smartest|brightest|wisest|cleverest|best)\s+(?:thing|idea|move|decision|choice|plan)\b|\bdidn't\s+(?:really\s+)?think\s+(?:it|this|that)\s+through\b|\b(?:only\s+)?(?:got|have)\s+yourself\s+to\s+blame\b|\bwhat\s+a\s+(?:mess|stupid|silly|daft|dumb)\b",
    r"\b(?:she|he|they)(?:'s|\s+has|\s+have)\s+got\s+a\s+point\b|\b(?:she|he|they)(?:'s|\s+is|'re|\s+are)\s+(?:not\s+wrong|right\s+about\s+you|got\s+a\s+point)\b|\bmaybe\s+(?:she|he|they)(?:'s|\s+is|'re|\s+are|\s+has|\s+have)\s+(?:right|a\s+point|got\s+a\s+point)\b(?!\s+that)|\bi(?:'d|\s+would)\s+be\s+(?:annoyed|angry|upset|cross|furious|fuming|livid|hurt)\s+too\s+if\s+i\s+were\s+(?:her|him|them)\b|\bi\s+don't\s+blame\s+(?:her|him|them)\b|\b(?:she|he|they)\s+(?:has|have)\s+every\s+right\b",
    r"\byou\s+do\s+tend\s+to\b|\bit's\s+not\s+(?:exactly\s+)?(?:hard|difficult|rocket\s+science|that\s+hard|complicated)\b(?!\s+to\s+(?:see|understand|imagine|get|tell)\b)|\bhow\s+hard\s+is\s+it\s+to\b|\byou've\s+been\s+like\s+this\s+for\b|\byou're\s+always\s+like\s+this\b|\bthis\s+is\s+what\s+you\s+(?:always\s+)?do\b|\ba\s+you\s+problem\b|\bwhat\s+do\s+you\s+expect\b(?=\s*(?:[?.!,]|$|when\b|if\b|from\s+(?:them|her|him|people)))|\blike\s+(?:a\s+normal\s+person|an\s+adult|a\s+grown-?up|everyone\s+else)\b|\bsurely\s+you\s+(?:saw|knew|realised|realized|could|must)\b|\b(?:is|was|that's|it's)\s+(?:just\s+|so\s+|really\s+|plain\s+)?(?:lazy|selfish|rude|careless|thoughtless|irresponsible|pathetic|childish|immature|unprofessional|disrespectful)\b",
    r"\bwhat\s+is\s+wrong\s+with\s+you\b|\bare\s+you\s+(?:even|actually|really)\s+(?:trying|listening|serious)\b|\bwere\s+you\s+(?:even|actually)\b",
)

_SARCASM = Rx(
    r"(?:^|,\s*|\.\s*)(?:oh\s+|well\s+)?(?:great|wonderful|perfect|brilliant|fantastic|nice|lovely|awesome|terrific|super|"
    r"just\s+great|real\s+mature|very\s+mature|real\s+smart|smart\s+move|genius|nice\s+going|nice\s+one|way\s+to\s+go|"
    r"good\s+job|great\s+job|well\s+done|bravo|congrats|congratulations|classic|typical|"
    r"how\s+(?:mature|responsible|nice|convenient|typical))(?:\s+move)?\s*[.!]*\s*$",
    r"^(?:oh\s+)?(?:great|wonderful|perfect|brilliant|fantastic|nice|lovely|awesome|terrific),\s+(?:so\s+)?(?:you|another|now|that's|just|more)\b",
    r"^(?:oh\s+)?(?:great|wonderful|perfect|brilliant|fantastic|lovely|terrific),\s+so\s+",
    r"\bwell,?\s+that's\s+(?:just\s+)?(?:great|wonderful|perfect|brilliant|fantastic|nice|lovely)\b",
    r"^(?:oh\s+|wow,?\s+)?(?:well\s+done|congrats|congratulations|shocking|shocker|what\s+a\s+surprise)[,!.]\s+",
    r"\b(?:real|very|how)\s+(?:mature|responsible|smart|clever|grown-up|adult)\b",
    r"\bgood\s+(?:luck\s+with\s+that|for\s+you)\s*[.!]*\s*$",
    r"\bsmooth\s+move\b|\bnice\s+going\b|\bway\s+to\s+go\b|\bgenius\s+move\b|\bgreat\s+plan\b|\bgood\s+plan\b\s*[.!]*$",
)
# A failure or giving-up in the same sentence is what turns praise into sarcasm.
_SARCASM_CUE = Rx(r"\bso\s+you\b|\byou\s+just\b|\bjust\s+gave\b|\bgave\s+up\b|\bagain\b|\bonce\s+again\b|\bquit\b|"
                  r"\bfailed\b|\bforgot\b|\bmissed\b|\blost\b|\bmessed\b|\bscrewed\b|\bblew\b|\bbroke\b|\banother\b|"
                  r"\bthat's\s+just\b|\bof\s+course\b|\bskipped\b|\bditched\b|\bbailed\b|\bran\s+away\b|"
                  r"\bwalked\s+out\b|\bdidn't\b|\bnever\b|\bwell\b|\boh\b|\bfor\s+nothing\b|\bthen\b|\bwho\s+(?:could|would)(?:'ve|\s+have)\b")

ESCALATE = Rx(
    r"\bwhat\s*(?:\?+!+|!+\?+|!{2,}|\?{2,})",
    r"\b(?:jesus\s+christ|good\s+lord|holy\s+(?:crap|shit|cow)|oh\s+no\s+no|what\s+the\s+hell|what\s+the\s+heck|wtf|for\s+crying\s+out\s+loud)\b|\boh\s+my\s+god\b[^.?!]*[!?]",
    r"\bi\s+(?:can't|cannot|can\s+not|don't)\s+believe\s+(?:you|this|that|what|it|they|he|she|my|how)\b",
    r"\bhow\s+dare\b",
    r"\b(?:you're|ur|you\s+are)\s+(?:really\s+)?(?:scaring|frightening|worrying)\s+me\b|\b(?:should|do)\s+(?:i|we)\s+(?:be\s+)?(?:need\s+to\s+)?(?:call|calling|tell|telling|ring|ringing|phone)\s+(?:someone|somebody|the|an?\s+|911|999)|\bneed\s+to\s+call\s+someone\b|\bshould\s+we\s+be\s+worried\b",
    r"(?:^|[.!?,]\s+)(?:right,?\s+)?that's\s+it\b|\bover\s+my\s+dead\s+body\b|\bno\s+more\s+\w+(?:\s+\w+)?\s+(?:for|until)\b|\byou're\s+not\s+(?:going|throwing|leaving|doing)\b[^.?!]*\b(?:until|again|away)\b",
    r"\bi'm\s+(?:going\s+to|gonna)\s+(?:have\s+words|have\s+it\s+out|sort\s+(?:him|her|them)\s+out|go\s+(?:round|over|down)\s+there|kill)\b|\bi'm\s+coming\s+(?:now|over|right|round|to\s+get)\b|\bhave\s+words\s+with\b",
    r"\b(?:you're|you\s+are|you\s+must\s+be)\s+(?:kidding|joking)\b|\bi\s+can't\s+breathe\b|\bgoing\s+to\s+go\s+(?:badly\s+)?wrong\b|\bcould\s+lose\s+(?:us|you|me|the)\b|\bwhat\s+if\s+(?:a|she|he|they|something)\b[^.?!]*\b(?:hit|dead|died|hurt|happened|kill)\w*\b|\b(?:that's|it's)\s+(?:harassment|assault|illegal|abuse|criminal)\b|\bgot\s+to\s+be\s+illegal\b|\bshow\s+me\s+right\s+now\b",
    r"\b(?:i'll|i'm\s+going\s+to|i'm\s+gonna|i\s+could)\s+(?:kill|murder|strangle)\b|\b(?:give|giving)\s+me\s+a\s+heart\s+attack\b|\bi'm\s+(?:shaking|outraged|disgusted|horrified)\b|\b(?:this\s+is\s+an|it's\s+an|we\s+have\s+an)\s+emergency\b|\bwe're\s+going\s+to\s+(?:the\s+hospital|a&e|the\s+police)\b|\bno\s+way\s*!|\bunbelievable\s*!|\bare\s+you\s+insane\b|\bthis\s+is\s+(?:unacceptable|outrageous|a\s+nightmare|insane)\b",
    r"\bi'?m\s+(?:ringing|calling|phoning|texting|emailing|going\s+round\s+to|going\s+to\s+ring|going\s+to\s+call)\s+(?:her|him|them|their|the|your|his)\b[^.?!]*\b(?:now|right\s+now|tonight|today|immediately|this\s+minute|first\s+thing)\b|\bi\s+swear\s+to\s+god\b|\bworst\s+nightmare\b|\bheart(?:'s|\s+is)\s+(?:pounding|racing)\b|\bexactly\s+what\s+i\s+was\s+(?:afraid|scared|worried)\s+of\b|\bnot\s+acceptable\b|\byou\s+can\s+forget\s+(?:about\s+)?(?:the|your|it|going|any)\b|(?:^|[.!?]\s+)(?:oh\s+)?(?:my\s+)?god[.!]+(?:\s|$)",
    r"\b(?:have\s+it\s+out|give\s+(?:him|her|them|\w+)\s+a\s+piece\s+of\s+my\s+mind|tear\s+(?:him|her|them)\s+(?:apart|to\s+shreds)|go\s+(?:mental|ballistic|nuts)\s+at)\b",
    r"\bnow\s+i'm\s+(?:panicking|nervous|scared|worried|freaking|terrified|anxious)\b|\bi'm\s+(?:panicking|freaking\s+out)\s+too\b",
    r"\bare\s+you\s+(?:kidding|joking|serious|insane|crazy|out\s+of\s+your\s+mind|mad|nuts)\b|\byou\s+(?:must\s+be|have\s+got\s+to\s+be|gotta\s+be)\s+kidding\b|\byou've\s+got\s+to\s+be\s+kidding\b",
    r"\b(?:you're|you\s+are|you'll\s+be)\s+(?:so\s+|totally\s+|completely\s+)?(?:grounded|fired|in\s+(?:so\s+much|big|serious|huge|real)\s+trouble|done|dead|so\s+dead|finished|on\s+thin\s+ice|out\s+of\s+here)\b",
    r"\bgrounded\b|\bno\s+(?:phone|car|tv|screen\s+time|internet|going\s+out|allowance|more\s+(?:going\s+out|phone|sleepovers|parties))\s+(?:for|until)\b",
    r"\b(?:this|that|it)\s+(?:is|was|'s)\s+(?:a\s+|an\s+)?(?:absolute\s+|total\s+|complete\s+|huge\s+|massive\s+|utter\s+)?(?:disaster|catastrophe|nightmare|outrageous|unbelievable|insane|terrible\s+news|the\s+worst|a\s+crisis|an\s+emergency|serious)\b",
    r"\b(?:disaster|catastrophe|catastrophic|outrageous|unbelievable|unacceptable|disgraceful|appalling)\b",
    r"\bi(?:'m|\s+am)\s+(?:so\s+|really\s+|absolutely\s+|completely\s+|totally\s+)?(?:furious|livid|freaking\s+out|losing\s+it|going\s+to\s+lose\s+it|so\s+angry|beyond\s+angry|horrified|appalled|disgusted|shaking|in\s+shock|so\s+mad|pissed|fuming|beside\s+myself)\b",
    r"\b(?:i'm|i\s+am|we're|i'll|i\s+will|i'm\s+going\s+to|i\s+have\s+to|we\s+have\s+to|we\s+need\s+to|i\s+need\s+to)\s+(?:call|calling|phone|report|reporting|tell|telling|email|contact)\s+(?:the\s+police|the\s+cops|911|your\s+(?:school|teacher|principal|parents|father|mother|dad|mom|boss|coach)|a\s+lawyer|hr|the\s+school|the\s+principal|his\s+parents|her\s+parents|their\s+parents)\b",
    r"\b(?:right\s+now|immediately|this\s+instant|this\s+minute)\s*!",
    r"\b(?:take|taking|confiscat\w+)\s+(?:away\s+)?your\s+(?:phone|car|keys|laptop|computer|allowance)\b",
    r"\b(?:there\s+will\s+be|there\s+are\s+going\s+to\s+be|face\s+the)\s+consequences\b|\byou'll\s+pay\s+for\b|\bthis\s+ends\s+(?:now|today)\b",
    r"\bi\s+swear\s+(?:to\s+god\s+)?(?:if|i'll)\b|\bif\s+you\s+ever\s+\w+[^.?!]*\bagain\b",
    r"\b(?:we're|we\s+are|i'm|i\s+am|you're|you\s+are)\s+(?:so\s+)?(?:screwed|doomed|ruined|finished)\b|\beverything\s+is\s+ruined\b",
    r"\bwhat\s+(?:have|did)\s+you\s+done\b|\bwhat\s+have\s+you\s+done\b",
    r"\bthis\s+is\s+(?:really\s+)?(?:serious|bad|very\s+bad)\s*!",
    r"\bi'm\s+(?:so\s+)?(?:worried|scared)\s+(?:sick|to\s+death)\b",
    r"\bget\s+(?:in|over)\s+here\b|\bget\s+home\s+(?:right\s+)?now\b|\bgo\s+to\s+your\s+room\b",
)
_WARM = Rx(r"\b(?:thank|thanks|congrat\w*|love|glad|well\s+done|happy|proud|amazing|brilliant|great|yay|aw+|lovely|hug|hugs|wow|fun|lol|haha|cheer|fish|worry|cry|chill|relax|fine|okay|ok|best|good|nice|exciting|excited|wonderful|fantastic|proud|course|sorry|bless)\b")
_AUTHORITY = Rx(r"\b(?:your|the|his|her)\s+(?:mum|mom|dad|father|mother|boss|school|teacher|tutor|police|cops|hr|directors?|landlord|ex|parents|manager|head|principal|coach|wife|husband|partner|family)\b|\beveryone\b|\bhr\b|\bmum\b|\bdad\b")
# "Oh god", "oh no" opening a reply: alarm, unless the reply goes on to care, soothe or tell a story of mine.
_INTERJECTION = Rx(r"(?:^|[.!?]\s+)(?:oh\s+)?(?:god|oh\s+my\s+god|oh\s+my\s+gosh|oh\s+no|for\s+god's\s+sake|christ|bloody\s+hell|good\s+god)\b(?=\W+\w)")
_CAPS = re.compile(r"\b[A-Z]{3,}\b|\bNO\b")
_CAPS_OK = frozenset({"ASAP", "CEO", "HR", "USA", "TV", "OK", "OKAY", "LOL", "PTO", "FYI", "ADHD", "IEP", "CV",
                      "DM", "SMS", "BBQ", "PDF", "GPA", "SAT", "ACT", "NYC", "IT", "UK", "EU", "BTW", "IMO", "TBH",
                      "AM", "PM", "ER", "ICU", "DMV", "IRS", "NHS", "GP", "PTA", "ID", "PR", "QA", "KPI", "OKR", "API",
                      "SQL", "AWS", "URL", "FAQ", "RSVP", "ETA", "TLDR", "AKA", "DIY"})


def find(reading: Reading) -> list[Span]:
    """Spans for judge and escalate."""
    low = reading.lower
    spans: list[Span] = []
    for m in JUDGE.finditer(low):
        s, e = _trim(low, m.start(), m.end())
        if s >= e or _judge_negated(low, s, e) or _said_fondly(reading, s, m.group()):
            continue
        spans.append(Span(s, e, "judge"))
    from relint_desktop.core.evaluator.blame import BLAME

    for m in _chain(JUDGE_MORE.finditer(low), BLAME.finditer(low)):
        # These shapes carry their own negation ("that's not fair"); only a negation before them undoes them.
        s, e = _trim(low, m.start(), m.end())
        if s < e and (_NEG_OK.search(low, s, e) or not T.negated(low, s, window=2)) and not _OWNED.search(low[max(0, s - 20):s]):
            spans.append(Span(s, e, "judge"))
    for sentence in reading.sentences:
        lo = sentence.lower
        for m in _SARCASM.finditer(lo):
            if _SARCASM_CUE.search(lo) or re.match(r"(?:oh\s+)?(?:great|wonderful|perfect|brilliant|fantastic|lovely|terrific),\s+so\s+", lo):
                s, e = _trim(low, sentence.start + m.start(), sentence.start + m.end())
                if s < e:
                    spans.append(Span(s, e, "judge"))
    spans = [sp for sp in spans if not (sp.label == "judge" and _about_someone_else(reading, sp))]
    spans += reading.spans(ESCALATE, "escalate")
    from relint_desktop.core.evaluator.context import THREAT

    if reading.feeling_prompt:
        spans += [sp for sp in reading.spans(THREAT, "escalate") if _AUTHORITY.search(reading.lower, sp.start, sp.end + 30)]
    for sentence in reading.sentences:
        # A bare exclamation of alarm ("They can't do that!"), not cheer ("Congratulations!") or a story of mine.
        lo = sentence.lower
        if lo.rstrip().endswith("!") and not _WARM.search(lo) and reading.feeling_prompt and \
                not re.match(r"\W*(?:i|i'm|i've|my|at\s+least|look|their|don't|oh\s+i)\b", lo):
            spans.append(Span(sentence.start, sentence.end, "escalate"))
    for m in _CAPS.finditer(reading.text):
        if m.group() not in _CAPS_OK and not _acronym_context(reading.text, m):
            spans.append(Span(m.start(), m.end(), "escalate"))
    for m in re.finditer(r"[!?]*![!?]*!+|!\?+|\?!+", reading.text):
        # "?!" is alarm; a plain "!!" is often just warmth or cheer, so it needs a shout or a verdict with it.
        if len(m.group()) >= 2 and ("?" in m.group() or any(sp.label in ("escalate", "judge") for sp in spans)):
            spans.append(Span(m.start(), m.end(), "escalate"))
    return spans


# "I know it's embarrassing": the speaker owns that the feeling fits; it is not a verdict on them.
_OWNED = re.compile(r"\b(?:i\s+know|i\s+get\s+that|i\s+understand|i\s+can\s+see|i\s+imagine)\s+$")


def _chain(*iterables):
    for it in iterables:
        yield from it


_SITUATION = re.compile(r"^(?:that|this|it|how|what\s+a)\b")
_THIRD = Rx(r"\b(?:he|she|they|him|her|them|his|their|he's|she's|they're|boss|manager|teacher|dad|mum|mom|father|mother|brother|sister|friend|colleague|coach|people|someone|everyone|nobody)\b")
_YOU = Rx(r"\b(?:you|your|you're|you've|yourself)\b")


def _about_someone_else(reading: Reading, span: Span) -> bool:
    """A verdict on what someone else did ("he shouted at you? That's not okay") sides with them."""
    if not _SITUATION.match(reading.lower[span.start:span.end]):
        return False
    sentence = reading.sentence_at(span.start)
    if sentence is None:
        return False
    rest = reading.lower[span.end:sentence.end]
    if re.match(r"\s*(?:of|from|by)\s+(?:him|her|them|his|their)\b", rest):
        return True
    # The other person must come before the verdict ("he shouted at you? That's not okay"); a mention after it
    # ("that's petty, it's her big day") is the reason for a verdict on the listener.
    n = reading.sentences.index(sentence)
    before = reading.lower[reading.sentences[n - 1].start if n else sentence.start:span.start]
    return _THIRD.search(before) is not None


_SHOUTS = frozenset({"WHAT", "WHO", "WHY", "HOW", "NO", "NOT", "STOP", "NOW", "YOU", "THE", "NEVER", "EVER", "ALL",
                     "WHEN", "WHERE", "SERIOUSLY", "REALLY", "OUT", "GET", "DONE", "AGAIN", "DID", "ARE", "WAS"})
# Common words that are never acronyms: in capitals they are shouted.
_COMMON = frozenset({"ANY", "SO", "JUST", "EVERY", "ONE", "ONLY", "SUCH", "TOO", "VERY", "KNEW", "TOLD", "THIS",
                     "THAT", "HAVE", "HAD", "CAN", "WILL", "IDEA", "WHOLE", "ENTIRE", "EVERYTHING", "NOTHING"})


_FOND = Rx(r"\b(?:value|love|appreciate|admire|proud|thank|kind|honest|truth|best|there\s+for|lovely|brilliant|amazing|laugh|smile)\b")


def _said_fondly(reading: Reading, start: int, text: str) -> bool:
    # "You always tell me the truth, and I value that" is praise, not a verdict.
    if not re.match(r"you\s+(?:always|never)\b", text.lower()):
        return False
    sentence = reading.sentence_at(start)
    return sentence is not None and _FOND.search(sentence.lower) is not None


def _acronym_context(text: str, m: re.Match) -> bool:
    # A lone short capitalised word amid a calm, lower-case reply is more likely a name than a shout
    # (IVF, GCSE, NHS), unless it is a word people shout.
    if m.group() in _COMMON:
        return False
    if re.match(r"\s*[.!]", text[m.end():]) and re.search(r"(?:^|[.!?])\s*$", text[:m.start()]):
        return False  # a capitalised word standing as its own sentence ("NO.") is shouted
    if len(m.group()) <= 4 and m.group() not in _SHOUTS and len(_CAPS.findall(text)) == 1:
        return True
    return len(m.group()) <= 3 and not re.search(r"[A-Z]{3,}.*[A-Z]{3,}|!|^\s*\?", text[max(0, m.start() - 40):m.end() + 40]) \
        and not text[m.end():m.end() + 2].lstrip().startswith("?")


def _trim(low: str, s: int, e: int) -> tuple[int, int]:
    while s < e and not low[s].isalnum():
        s += 1
    while e > s and low[e - 1] in " ,;:":
        e -= 1
    return s, e


_NEG_OK = Rx(r"\bdon't\s+be\b|\bnot\s+(?:judging|criticizing|criticising|blaming|saying|trying|to\s+be)\b|\bno\s+offen|\bdon't\s+take\b|\bshouldn't\b|\bshould\s+not\b|\bno\s+reason\b")


def _judge_negated(low: str, s: int, e: int) -> bool:
    # "you're not overreacting" and "that wasn't stupid" support; the announcing forms keep their verdict.
    if _NEG_OK.search(low, s, e):
        return False
    if T.negated(low, s, window=3):
        return True
    inner = low[s:e]
    return bool(re.search(r"\b(?:not|n't|never)\b|n't\b", inner)) and not re.search(r"\bwhy\b|\bhow\b|\bdon't\s+need\b|\bdidn't\b|\bweren't\b|\bwouldn't\b|\bcouldn't\b|\bhadn't\b", inner)

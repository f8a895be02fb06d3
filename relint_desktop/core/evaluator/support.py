"""Green labels that hold the person: `mirror`, `appreciate` and `validate` (rubric.md).

Praise of the person ("you're so smart") is deliberately absent from `validate`: it grades
the person, not the feeling. Predictions that it will work out belong to `dismiss`.
"""

from __future__ import annotations

from relint_desktop.core.evaluation import Span
from relint_desktop.core.evaluator.context import content_words
from relint_desktop.core.evaluator.rules import Reading, Rx

_HARD = (r"(?:hard|tough|rough|awful|painful|exhausting|frustrating|scary|frightening|stressful|overwhelming|"
         r"lonely|isolating|heavy|hurtful|upsetting|difficult|brutal|horrible|terrible|confusing|draining|"
         r"discouraging|disappointing|infuriating|maddening|unfair|humiliating|embarrassing|awkward|"
         r"heartbreaking|devastating|crushing|miserable|tiring|demoralizing|demoralising|nerve-?wracking|"
         r"a lot|so much|like a lot|really hard|hurt|sting|stung|sad|worrying|unsettling|"
         r"rattling|jarring|a heavy load|a lot to carry|a lot to deal with|a lot to hold|rotten|cruel|the worst|"
         r"a (?:real )?bummer|a blow|blow|bummer|such a blow|gutting|intense|full on|harsh|grim|tough going|a lot to take in|"
         r"a huge thing|a big thing|a horrible (?:discovery|feeling|thing)|an awful (?:feeling|thing)|scary|frightening|"
         r"a real fright|a shock|shocking|a kick in the teeth|hard work|lonely|sad|raw|unsettling|knackering|"
         r"crap|crappy|shit|shitty|a pain|a drag|a slog|gross|horrid|dreadful|hellish|unbearable|agonising|agonizing|"
         r"alarming|annoying|baffling|bewildering|bleak|daunting|degrading|demoralising|depressing|disheartening|"
         r"distressing|disturbing|excruciating|galling|harrowing|insulting|mortifying|nerve-racking|saddening|"
         r"shattering|sickening|soul-destroying|terrifying|traumatic|troubling|unnerving|unkind|wearing|wearying|"
         r"wrenching|lousy|rough going|hard going|a lot to process|so much to deal with|a nightmare to deal with)")
_INTENS = r"(?:(?:real|so|really|incredibly|pretty|very|super|genuinely|truly|just|quite|such|absolutely|honestly|seriously|kind of|kinda|a bit|a little|really really)\s+)*"

VALIDATE = Rx(
    # The feeling treated as fitting, in general shapes: imagining it, "of course it shook you", "they're horrible",
    # a slip that "doesn't undo" what they did, "an easy one to miss".
    r"\b(?:would|could|'d)\s+(?:\w+\s+){1,2}?(?:anyone|anybody)(?:'s)?\b|\b(?:would|could)\s+(?:get\s+to|rattle|shake|floor|throw)\s+(?:anyone|anybody)\b",
    r"\bi\s+can\s+(?:only\s+|just\s+|well\s+|easily\s+)?imagine\s+(?:this|that|it|you|how|what)\b",
    r"\bof\s+course\s+(?:it|that|this)\s+(?:\w+\s+)?(?:shook|hurt|stung|upset|rattled|got\s+to|scared|knocked|threw)\b",
    r"\b(?:they're|they\s+are|those\s+are)\s+(?:so\s+|really\s+|just\s+|absolutely\s+)?(?:horrible|awful|rough|the\s+worst|exhausting|miserable|brutal|grim)\b",
    r"\b(?:doesn't|does\s+not|won't|can't)\s+(?:undo|wipe\s+out|erase|cancel\s+out|take\s+away\s+from)\b|\b(?:an\s+)?easy\s+(?:one|thing|mistake)\s+to\s+(?:miss|make)\b",
    r"\b(?:that|it|this|which|all of that|all that|what you(?:'re| are) feeling|your reaction|feeling that way|"
    r"feeling like that|the way you feel|how you feel)\s+(?:totally\s+|completely\s+|really\s+|absolutely\s+|"
    r"honestly\s+|just\s+|all\s+)?makes?\s+(?:total\s+|complete\s+|so much\s+|a lot of\s+|perfect\s+)?sense\b",
    r"\bmakes?\s+(?:total\s+|complete\s+|so much\s+|perfect\s+)?sense\s+(?:that|why|you)\b",
    r"\b(?:that's|it's|that is|it is|how|so|totally|completely|very|really)\s+(?:totally\s+|completely\s+|so\s+|very\s+|really\s+)?understandable\b",
    r"\bof\s+course\s+you(?!\s+(?:can|could|should|will|may|might|must)\b|'ll\b)(?:'re|'ve|'d|\s+\w+)",
    r"\bthere's\s+no\s+(?:right|wrong|correct|perfect)\s+way\s+to\b|\b(?:nobody|no\s+one)\s+(?:does|knows|would|could)\s+(?:at\s+first|how\s+to|what\s+to)\b",
    r"\b(?:anyone|anybody|most people|any parent|any of us|everyone|lots of people)\s+(?:would|could|might|in your (?:shoes|position|place) would)\s+(?:be|feel|have|get|struggle|find)\b",
    r"\b(?:no|small)\s+wonder\s+you(?:'re| are| feel| felt| were|'ve| have)\b",
    rf"\b(?:that|it|this|which|all that|all of that|that situation|that day|that meeting|that conversation)\s+(?:sounds|must\s+(?:be|have\s+been|feel|have\s+felt|sting)|seems|sounded|looks|feels)\s+(?:like\s+)?(?:it\s+was\s+)?(?:a\s+)?{_INTENS}{_HARD}\b",
    rf"\b(?:sounds|that's|that is|it's|what a|how)\s+(?:like\s+)?(?:a\s+)?{_INTENS}{_HARD}\b(?!\s+is\s+it\s+to)",
    rf"\bthat\s+(?:must|would|'d)\s+(?:have\s+)?(?:hurt|sting|stung|been\s+{_INTENS}{_HARD})\b",
    r"\bi\s+can\s+(?:totally\s+|really\s+|completely\s+)?(?:see|understand|imagine|get)\s+(?:why|how)\b",
    r"\bi\s+(?:totally\s+|really\s+|completely\s+)?(?:get|understand)\s+(?:it|that|why|how)\b",
    r"\bi(?:'d| would)\s+(?:probably\s+)?(?:feel|be|have\s+felt|have\s+been)\s+(?:the\s+same|that\s+way|exactly\s+the\s+same|upset|angry|hurt|scared|frustrated|worried|anxious|rattled|nervous|stressed|overwhelmed)\b",
    r"\bit(?:'s| is)\s+(?:okay|ok|alright|all right|normal|natural|fine|valid|human|understandable)\s+to\s+(?:feel|be|want|need|not|cry|struggle|have)\b",
    r"\byour\s+(?:feelings?|reaction|frustration|anger|hurt|worry|fear|sadness)\s+(?:is|are)\s+(?:valid|real|fair|understandable|legitimate|completely\s+fair)\b",
    r"\b(?:you're|you\s+are|you\s+were|you\s+aren't)\s+not\s+(?:crazy|wrong|alone|overreacting|being\s+(?:silly|dramatic|unreasonable)|weak|stupid|silly|dramatic|unreasonable|the\s+only\s+one|a\s+failure|failing|useless|a\s+burden|a\s+bad\s+\w+|broken|too\s+much|lazy|selfish|hopeless|pathetic|a\s+disappointment|a\s+quitter|making\s+it\s+up|imagining\s+it)\b|\bbecause\s+you\s+(?:care|cared|love|loved|tried|wanted\s+it)\b",
    r"\byou\s+aren't\s+(?:crazy|wrong|alone|overreacting|being\s+(?:silly|dramatic|unreasonable)|weak|stupid|silly|dramatic)\b",
    r"\b(?:it's|that's|it\s+is|that\s+is|it\s+wasn't|that\s+wasn't)\s+not\s+your\s+fault\b|\bnot\s+your\s+fault\b",
    r"\bno\s+shame\s+in\b",
    r"\bi(?:'m|\s+am)\s+(?:so\s+|really\s+|very\s+|truly\s+)?sorry\s+(?:that|you|to\s+hear|this|it|about|for\s+what)\b",
    r"\bthat\s+(?:would|'d|could)\s+(?:hurt|upset|frustrate|scare|rattle|sting|shake|worry|get\s+to)\s+(?:anyone|anybody|me|most\s+people|me\s+too)\b",
    r"\bi\s+believe\s+you\b",
    r"\byou\s+had\s+(?:good|every|a\s+good)\s+reason\b",
    r"\bthat's\s+a\s+(?:lot|heavy\s+thing|hard\s+thing)\b",
    r"\b(?:feeling|to\s+feel)\s+(?:that\s+way|like\s+that|this\s+way)\s+(?:is|makes)\s+(?:sense|normal|okay|understandable|human)\b",
    r"\bthat's\s+(?:a\s+)?(?:completely|totally|perfectly|very)?\s*(?:fair|reasonable|normal|natural|human)\s+(?:reaction|response|thing\s+to\s+feel|way\s+to\s+feel|to\s+feel)\b",
    r"\bof\s+course\s+(?:that|it)\s+(?:hurt|hurts|stung|stings|got\s+to\s+you|upset\s+you|bothers\s+you|bothered\s+you)\b",
    r"\byou\s+(?:meant\s+well|did\s+your\s+best|were\s+doing\s+your\s+best|were\s+trying\s+to\s+help|had\s+good\s+intentions)\b",
    r"\bwho\s+wouldn't\s+(?:be|feel)\b",
    r"\bi\s+can\s+see\s+(?:why|how)\s+(?:that|this|it|you)\b",
    r"(?:^|[.!?,]\s*)(?:of\s+)?course\s+(?:it|you|they|that|he|she|this)\s+(?:did|does|is|are|has|have|would|do|were|was|can|hurts|hurt|stings|stung)\b",
    r"\b(?:that's|it's|that\s+is|it\s+is|such|so)\s+(?:such\s+|so\s+|a\s+|really\s+|completely\s+|totally\s+|very\s+|a\s+really\s+)*(?:normal|common|human|natural|understandable|reasonable|valid)\b(?:\s+(?:fear|thing|feeling|reaction|response|worry|way))?",
    rf"\b(?:is|are|can\s+be|sounds?|sounded|must\s+be|must've\s+been|must\s+have\s+been|gotta|has\s+got\s+to|'s\s+gotta)\s+(?:so\s+|really\s+|such\s+|pretty\s+|just\s+)*(?:a\s+|an\s+)?(?:real\s+)?(?!a\s+lot|so\s+much|the\s+worst|like\s+a\s+lot){_HARD}\b",
    r"\bthat\s+(?:must\s+have|must've|would\s+have|'s\s+gotta|has\s+got\s+to|must)\s+(?:really\s+)?(?:hurt|stung|given\s+you|shaken|rattled|scared|knocked|felt|been)\b|\bthat's\s+gotta\s+hurt\b",
    r"\b(?:no|small)\s+wonder\s+(?:it|things|that|this|it's|you're|they)\b",
    r"\b(?:it's|that's|it\s+is|that\s+is)\s+not\s+(?:silly|stupid|daft|dumb|weird|pathetic|weak|wrong|crazy|an\s+overreaction)\b|\byou're\s+right\s+to\s+(?:be|feel)\b|\byou\s+don't\s+(?:need|have)\s+to\s+(?:apologi[sz]e|be\s+(?:sorry|okay|ok|fine|over\s+it))\b|\bslips\s+happen\b|\bi'm\s+not\s+(?:cross|angry|mad|upset)\s+(?:at\s+all|with\s+you)\b",
    r"(?:^|[.!?]\s*)i(?:'m|\s+am)\s+(?:so\s+|really\s+|very\s+|truly\s+)?sorry\s*(?:[.!,]|$|babe|love|mate|hun|sweetheart)",
    r"\b(?:that|it|this)\s+(?:really\s+|totally\s+|honestly\s+|just\s+)?sucks\b|\bi\s+can\s+only\s+imagine\b|\bi\s+can't\s+(?:even\s+)?imagine\s+how\b|\byou\s+have\s+every\s+right\s+to\b|\byou're\s+allowed\s+to\s+(?:feel|be|cry|grieve|struggle|not)\b|(?:^|[.!?]\s*)(?:totally\s+|completely\s+|very\s+)?understandable\b|(?:^|[.!?]\s*)makes\s+(?:total\s+|complete\s+|so\s+much\s+|perfect\s+)?sense\b",
    r"\bi(?:'d|\s+would)\s+(?:probably\s+)?(?:have\s+)?(?:done|felt|reacted)\s+(?:the\s+same|exactly\s+the\s+same)\b|\bi(?:'d|\s+would)\s+be\s+(?:gutted|heartbroken|devastated|fuming|livid|terrified|embarrassed|ashamed|shaken|rattled|crushed|lost|a\s+wreck|a\s+mess)\b|\banyone\s+in\s+your\s+(?:shoes|position|place)\b|\byou\s+did\s+(?:nothing|the\s+right\s+thing|nothing\s+wrong)\b|\bi\s+hate\s+that\s+(?:for\s+you|this|that|it|you)\b|\byou've\s+(?:been\s+through|had)\s+(?:so\s+much|a\s+lot|such\s+a|a\s+(?:really\s+)?(?:rough|hard|tough|horrible|awful))\b",
    r"\byou\s+don't\s+have\s+to\s+(?:have\s+it\s+all|be\s+(?:okay|ok|fine|strong|perfect|over\s+it|sorry)|explain|decide|know\s+(?:yet|right\s+now|what)|figure|carry|do\s+this\s+alone|go\s+through|hold\s+it\s+together|pretend)\b|\byou're\s+not\s+on\s+your\s+own\b|\bi'd\s+feel\s+the\s+same\b",
    r"\bi\s+know\s+how\s+(?:much|bad|badly|hard|important)\b|\bi\s+know\s+(?:you|this)\s+(?:were|was)\s+looking\s+forward\b|\bi\s+know\s+(?:how\s+much\s+)?(?:this|that|it)\s+(?:means|meant)\b",
)

MIRROR = Rx(
    r"\b(?:it\s+)?sounds\s+(?:to\s+me\s+)?(?:like|as\s+if|as\s+though)\s+(?:you|ur|u|you're|you've|you'd|your|it's|it\s+was|it's\s+been|things|there's|there\s+was|that\s+was|that\s+left|nobody|no\s+one|everyone|the|they|he|she|this|part\s+of\s+you|a\s+part)\b",
    r"\byou\s+sound\s+(?:really\s+|so\s+|pretty\s+)?\w+",
    r"(?:^|[.!?]\s+|,\s*|\n)so(?:,)?\s+(?:you(?:'re|\s+are|\s+feel|\s+felt|\s+were|\s+think|\s+thought|\s+wish|\s+want|\s+wanted|'ve|\s+have|\s+had|\s+didn't|\s+don't|\s+can't|\s+couldn't|'d|\s+got|\s+ended\s+up|\s+kind\s+of|\s+sort\s+of|\s+really|\s+just\s+felt)|it(?:'s|\s+was|\s+felt|\s+feels)\s+(?:like|been)|there's\s+a\s+part|part\s+of\s+you|the\s+hard\s+part|what\s+(?:hurts|stings|bothers|worries)|your)\b",
    r"\b(?:it\s+|it\s+really\s+)?seems\s+(?:like|as\s+if|as\s+though|that)?\s*(?:you|your|it's|things|nobody|no\s+one)\b",
    r"\bi\s+(?:can\s+)?hear\s+(?:that\s+)?(?:you|how|what|a\s+lot|some|real|the|your)\b",
    r"\bwhat\s+i(?:'m|\s+am)\s+(?:hearing|getting|picking\s+up)\b",
    r"\bif\s+i(?:'m|\s+am)\s+(?:hearing|understanding|getting)\s+(?:you|this|it)\s+right\b",
    r"\bif\s+i\s+(?:understand|get)\s+(?:you\s+)?(?:right|correctly)\b",
    r"\b(?:you're|you\s+are)\s+(?:saying|telling\s+me)\s+(?:that\s+)?\w+",
    r"\byou(?:'re|\s+are)\s+feeling\b",
    r"(?:^|[.!?]\s+|,\s*|\n)you\s+(?:feel|felt|seem|seemed)\s+(?:like|as\s+if|so|really|pretty|completely|totally|kind\s+of|ignored|alone|\w+ed|invisible|stuck|lost|overwhelmed|unappreciated|left\s+out|torn|trapped|hurt)\b",
    r"\byou've\s+been\s+(?:feeling|carrying|dealing|juggling|holding|doing\s+so|trying|stuck|so|really|left|handling|running|working|worrying|stretched)\b",
    r"\b(?:you|it)\s+felt\s+like\b",
    r"\bfeels\s+like\s+(?:you|nobody|no\s+one|everyone|it's|you're|your|the\s+whole|everything)\b",
    r"\bi\s+hear\s+that\s+you\s+are\s+experiencing\b|\bexperiencing\s+(?:feelings?|a\s+sense)\s+of\b|\bi(?:'m|\s+am)\s+hearing\s+that\s+(?:you|there)\b|\b(?:you're|you\s+are|ur|youre)\s+(?:experiencing|having\s+(?:feelings|thoughts|a\s+sense))\b|\bfeelings\s+of\s+\w+",
    r"\bthe\s+(?:hardest|worst|painful|frustrating|scary)\s+part\s+(?:is|was|seems|sounds)\b",
    r"\bsounds\s+like\s+(?:a\s+lot\s+of|you|that|it)\b",
    r"\byou\s+must\s+(?:feel|be|have\s+felt|have\s+been)\s+(?:so\s+|really\s+|pretty\s+)?(?!proud|joking|kidding)\w+",
    r"\b(?:you(?:'re|\s+are)|you\s+were|you've\s+been)\s+(?:really\s+|so\s+|pretty\s+)?(?:stretched\s+thin|worn\s+out|at\s+the\s+end\s+of\s+your\s+rope|running\s+on\s+empty|carrying\s+a\s+lot|torn|stuck\s+between)\b",
)

APPRECIATE = Rx(
    r"\bthank(?:s|\s+you)(?:\s+so\s+much|\s+a\s+lot|\s+(?:really|truly))?\s+for\s+(?:telling|sharing|trusting|being\s+(?:honest|open|so\s+honest|real|brave)|opening\s+up|letting\s+me\s+(?:know|in)|coming\s+to\s+me|talking\s+to\s+me|saying|bringing|raising|flagging|explaining|confiding|being\s+willing|speaking\s+up|your\s+honesty|the\s+honesty|that|this|tell|letting)",
    r"\bi(?:'m|\s+am)\s+(?:really\s+|so\s+|very\s+|truly\s+)?glad\s+(?:that\s+)?you\s+(?:told|shared|said|came|brought|trusted|opened|let|felt|talked|reached|raised|spoke|mentioned|flagged|decided|could\s+tell|were\s+able)\b",
    r"\bi\s+(?:really\s+|truly\s+)?appreciate\s+(?:you|your|that\s+you|how\s+you|it|this|hearing)\b",
    r"\b(?:it\s+)?means\s+(?:a\s+lot|so\s+much|a\s+great\s+deal)\s+(?:that|to\s+me\s+that|you)\b",
    r"\b(?:that|it|this)\s+(?:took|takes|must\s+have\s+taken)\s+(?:a\s+lot\s+of\s+|real\s+)?(?:courage|guts|bravery|nerve)\b",
    r"\b(?:that\s+was|it\s+was|you\s+were|that's)\s+(?:really\s+|so\s+)?(?:brave|courageous)\s+(?:of\s+you|to)\b",
    r"\bi(?:'m|\s+am)\s+(?:honou?red|grateful|thankful)\s+(?:that\s+)?you\b",
    r"\bthank\s+you\s+for\s+trusting\b|\bthanks\s+for\s+trusting\b",
    r"(?:^|[.!?]\s+)thank(?:s|\s+you)(?:\s+so\s+much)?(?:\s+for\s+(?:telling|sharing)\s+me)?\s*[.!]*$",
)


_YOU = Rx(r"\b(?:you|you're|you've|you'd|you were|your|yourself)\b")
# A plain statement of what they went through: "You found out and now you feel exposed."
_STATEMENT_START = Rx(
    r"^\W*(?:and\s+|so\s+|oh,?\s+|ah,?\s+|right,?\s+|okay,?\s+|mm,?\s+)?(?:you(?:'re|'ve|\s+were|\s+are|\s+have|\s+had|\s+got|\s+found|\s+felt|\s+feel|\s+kept|\s+held|\s+snapped|\s+dropped|\s+carried|\s+want|\s+wanted|\s+really|\s+still|\s+thought|\s+believed|\s+did|\s+didn't|\s+don't|\s+can't|\s+couldn't|\s+weren't|\s+wish|\s+miss|\s+hate|\s+love|\s+care|\s+put|\s+went|\s+came|\s+lost|\s+spent|\s+worked|\s+tried|\s+gave|\s+told|\s+said|\s+saw|\s+heard|\s+know|\s+knew|\s+\w+ed)|your\s+\w+|it(?:'s|\s+has|\s+had|\s+was)?\s+(?:made|left|been|got|knocked|hit|shook|broken|sounds\s+like\s+you)|(?:it\s+)?made\s+you|(?:they|he|she|people|everyone|nobody|no\s+one|someone|two\s+people|the\s+\w+)(?:'re|'s|\s+are|\s+is|\s+were|\s+was|\s+have|\s+has|\s+had|\s+\w+ed|\s+expect|\s+keep|\s+didn't|\s+don't|\s+couldn't|\s+won't)?\b)"
)
_NOT_STATEMENT = Rx(
    r"^\W*you(?:'ll|\s+will)\b|\byou(?:'ll|\s+will)\s+be\s+(?:fine|ok|okay|alright|great)\b|\byou(?:\s+should|\s+could|\s+need|\s+must\s+(?!feel|be|have)|\s+ought|\s+might\s+want|'d\s+better)\b|\b(?:not|never)\b|n't\s+(?:a|an|the)\b|"
    r"\byou(?:'re|\s+are)\s+(?:so|such|really|a|an|the|too|just|always|being|clever|smart|brilliant|amazing|strong|brave|great|wonderful|fine|okay|ok|tough|kind|lovely|good)\b|"
    r"\b(?:always|obviously|clearly|again|typical|seriously|honestly)\b|^\W*(?:i|i'm|i've|me|my|we|us|our)\b|\bmy\s+(?!\w+\s+(?:think|say|react))|"
    r"\byou\s+(?:don't\s+(?:have|need)|know\b|mentioned|said|told|admitted|can't\s+(?:go|keep|let|be|do|have|just))|\bany\s?more\b|\bright\s+to\b|\bdeserve\b|\btoo\s+much\b|\bway\s+too\b|\bgoing\s+to\b|\bgonna\b|"
    r"\byou(?:'re|\s+are)\s+(?:one\s+of|beautiful|gorgeous|talented|worrying|overthinking|turning\s+into|acting|fifteen|\d+)|!"
)


# "So Sunday lunch has turned into a weekly comparison.": a summary of their account.
_SO_SUMMARY = Rx(r"^\W*so,?\s+(?!what\b|why\b|how\b|when\b|where\b|who\b|anyway\b|yeah\b|basically\b)\w+[^?]*\b(?:is|are|was|were|has|have|had|'s|'re|keeps?|turned|became|got|feels?|felt|happened|came|went|left|made|\w+ed)\b[^?]*[.!]?$")


_EXPERIENCE = Rx(
    r"\b(?:feel|feels|felt|feeling|worried|worry|worrying|scared|afraid|frightened|terrified|anxious|nervous|stressed|"
    r"overwhelmed|exhausted|tired|drained|lonely|alone|hurt|hurts|upset|angry|furious|frustrated|annoyed|embarrassed|"
    r"ashamed|guilty|humiliated|lost|stuck|trapped|confused|gutted|devastated|heartbroken|crushed|rejected|ignored|"
    r"invisible|jealous|disappointed|hopeless|helpless|miserable|low|down|flat|numb|shaken|rattled|shocked|reeling|"
    r"torn|relieved|grieving|missing|miss|dreading|dread|carrying|juggling|struggling|trying|keeping|holding|hiding|"
    r"kept|held|cried|crying|snapped|wish|wishing|want|wanted|hoped|hoping|expected|believed|thought|noticed|found\s+out|"
    r"realised|realized|left\s+out|passed\s+over|on\s+your\s+own|by\s+yourself|alone|again|every\s+time|"
    r"all\s+week|for\s+months|for\s+weeks|piling|too\s+much|a\s+lot|hard|scary|awful|horrible|worst|sick|"
    r"stings|stung|knot|pressure|blame|blaming|beating\s+yourself|kicking\s+yourself|judging\s+yourself|"
    r"comparing|measured|doubt|doubting|questioning|losing|grief|fear|shame|guilt|anger|panic|happened|happening|"
    r"nobody|no\s+one|heart|mocking|laughing\s+at|freezing\s+you|shutting\s+you|hitting\s+you|knocked|sideways|wrecked|"
    r"chaotic|sad|decision|news|on\s+at\s+you|getting\s+at\s+you|behind\s+your\s+back|without\s+(?:him|her|them))\b"
)
_PRAISE = Rx(r"\b(?:amazing|brilliant|lucky|nice|wonderful|fantastic|great\s+at|good\s+at|well\s+done|talented|gorgeous|"
             r"beautiful|clever|smart|proud|star|superstar|legend|natural|the\s+best|really\s+well|so\s+well)\b")


def statements(reading: Reading, red: list[Span]) -> list[Span]:
    """Mirror spans for plain statements of their experience, in sentences no red rule claimed."""
    found = []
    for s in reading.sentences:
        lo = s.lower
        summary = _SO_SUMMARY.search(lo) is not None and not _NOT_STATEMENT.search(lo)
        if not summary and (s.question or not _YOU.search(lo) or not _STATEMENT_START.search(lo) or _NOT_STATEMENT.search(lo)):
            continue
        if any(s.start <= r.start < s.end for r in red) or any(r.label in ("judge", "escalate", "weaponize") for r in red):
            continue
        if len(lo.split()) < 4 or _PRAISE.search(lo):
            continue
        # A reflection is about what they went through: feeling words, or some of their own words given back.
        if not (_EXPERIENCE.search(lo) or content_words(lo) & content_words(reading.prompt_lower)
                or (summary and _YOU.search(lo))):
            continue
        found.append(Span(s.start, s.end, "mirror"))
    return found


# "I said something cruel at lunch. I'm sorry.": a bare "I'm sorry" after owning a fault is an apology, not sympathy.
_BARE_SORRY = Rx(r"^\W*i(?:'m|\s+am)\s+(?:so\s+|really\s+|very\s+|truly\s+)?sorry\W*(?:babe|love|mate|hun|sweetheart)?\W*$")
_OWN_FAULT = Rx(r"\bwhat\s+i\s+(?:said|did)\b|\bi\s+(?:said|did)\s+(?:something|some\s+\w+|a\s+\w+\s+thing)\b|\bi\s+shouldn't\s+have\b|"
                r"\bmy\s+(?:fault|mistake)\b|\bi\s+was\s+(?:wrong|out\s+of\s+order|unfair|horrible|awful|a\s+(?:jerk|idiot|cow|prat))\b|"
                r"\bi\s+(?:snapped|shouted|yelled|lied|forgot|messed\s+up|let\s+you\s+down)\b")


def find(reading: Reading) -> list[Span]:
    """Spans for mirror, appreciate and validate."""
    spans: list[Span] = []
    apology = _OWN_FAULT.search(reading.lower) is not None
    spans += [s for s in reading.spans(VALIDATE, "validate")
              if not (apology and _BARE_SORRY.search(reading.lower[s.start:s.end]))]
    spans += reading.spans(APPRECIATE, "appreciate")
    for m in MIRROR.finditer(reading.lower):
        s, e = m.start(), m.end()
        while s < e and not reading.lower[s].isalnum():
            s += 1
        if s < e and not _negated_mirror(reading, s):
            spans.append(Span(s, e, "mirror"))
    return spans


_NOT_MIRROR_BEFORE = Rx(r"\b(?:do|did|does|how|why|should|shouldn't|would|make|makes|made|won't|don't|can't|will|to)\s*$")


def _negated_mirror(reading: Reading, start: int) -> bool:
    # "how do you feel", "you shouldn't feel" are questions or verdicts, not reflections.
    before = reading.lower[max(0, start - 12):start]
    return _NOT_MIRROR_BEFORE.search(before) is not None

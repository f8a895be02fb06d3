"""`clarify` (one open, curious question) and `interrogate` (two or more at once), rubric.md.

Each sentence that ends in a question mark is one question; an either/or inside one sentence
stays one question. A question already read as advice, a verdict, alarm, a reflection or a
request for permission is not counted as curiosity.
"""

from __future__ import annotations

import re

from relint_desktop.core.evaluation import Span
from relint_desktop.core.evaluator import text as T
from relint_desktop.core.evaluator.rules import Reading, Rx, sentence_span

# Invitations to say more that need no question mark.
INVITE = Rx(
    r"\b(?:tell|talk\s+to)\s+me\s+(?:more|about|what|how|everything|a\s+bit|a\s+little|what's|whatever)\b",
    r"\bi(?:'d|\s+would)\s+(?:love|like|really\s+like|really\s+love)\s+to\s+(?:hear|know|understand)\s+(?:more|what|how|about|where|why|your)\b",
    r"\bi(?:'m|\s+am)\s+(?:curious|wondering)\s+(?:about|what|how|where|whether|if)\b|\bi\s+wonder\s+(?:what|how|whether|if)\b",
    r"\bwalk\s+me\s+through\b|\bhelp\s+me\s+understand\b|\bsay\s+(?:a\s+bit\s+|a\s+little\s+)?more\b|\bgo\s+on\b|\bkeep\s+going\b|\bi'm\s+listening\b",
    r"\bwhat\s+(?:was|is|has\s+been)\s+(?:that|it)\s+like\b|\bwhat\s+happened\b",
)
_OPEN = re.compile(r"^\W*(?:and\s+|so\s+|but\s+|okay,?\s+|ok,?\s+|hmm,?\s+|oh,?\s+|wow,?\s+)?(?:what|how|which|where|when|who|why|tell|(?:can|could|would|will)\s+you\s+(?:tell|say|describe|explain|share|walk|help\s+me|remember|put|talk|give\s+me\s+a\s+sense)|do\s+you\s+(?:want\s+to\s+(?:talk|tell|say)|feel|think|know)|is\s+there|are\s+there|was\s+there|did\s+(?:that|it|something|anything)|has\s+(?:that|it|anything|something)|have\s+you\s+(?:felt|been|had|noticed)|does\s+(?:that|it|anything)|in\s+what|what's|how's|what\s+was|mind\s+(?:telling|sharing)|want\s+to\s+(?:talk|tell|say))")
_TAGS = re.compile(r"^\W*(?:right|really|huh|eh|yeah|ok|okay|seriously|what|hmm|no|yes|sure|you\s+know)\W*$")
_CLAIMED = frozenset({"fix", "judge", "escalate", "hijack", "permission", "mirror", "dismiss", "weaponize"})


def find(reading: Reading, other: list[Span]) -> list[Span]:
    """Clarify or interrogate spans, given the spans the other rules found."""
    questions = [q for q in reading.questions if not is_tag(q)]
    if len(questions) >= 2:
        return [sentence_span(q, "interrogate") for q in questions]
    spans: list[Span] = []
    for q in questions:
        if _claimed(q, other) or cross_examines(q.lower):
            if cross_examines(q.lower):
                spans.append(sentence_span(q, "interrogate"))
            continue
        tail = q.lower.rsplit(",", 1)[-1] if "," in q.lower else q.lower
        if _OPEN.match(q.lower) or _curious_closed(q.lower) or (tail != q.lower and (_OPEN.match(tail) or _curious_closed(tail))):
            spans.append(sentence_span(q, "clarify"))
    if not questions:
        for m in INVITE.finditer(reading.lower):
            sentence = reading.sentence_at(m.start())
            if sentence is not None and not _claimed(sentence, other, only=("judge", "escalate", "hijack")):
                spans.append(Span(m.start(), m.end(), "clarify"))
    return spans


def is_tag(q: T.Sentence) -> bool:
    """A bare "Right?" or "What?!": not a question that asks for anything."""
    return _TAGS.match(q.lower) is not None or not T.words(q.text)


def _claimed(q: T.Sentence, other: list[Span], only=_CLAIMED) -> bool:
    return any(s.label in only and q.start <= s.start < q.end for s in other)


def cross_examines(lower: str) -> bool:
    """Several question words strung through one sentence."""
    # "Who was there, what did you say and why didn't you call?" is three questions in one sentence.
    clauses = [c.strip() for c in re.split(r",|\band\b|\bor\b", lower) if c.strip(" ?")]
    asking = [c for c in clauses if _CLAUSE_Q.match(c)]
    return len(asking) >= 3 or (len(asking) >= 2 and len(re.findall(r"\b(?:who|what|where|when|why|how|which)\b", lower)) >= 3)


_CLAUSE_Q = re.compile(r"^\W*(?:who|what|where|when|why|how|which|whose|is|are|was|were|do|does|did|have|has|had|can|could|will|would)\b")
_CLOSED_CURIOUS = re.compile(r"^\W*(?:(?:was|is|did|does|has)\s+(?:this|that|it)\s+(?:one|time|feel|bring|remind|make|like|part|similar|different|connected|related|tied|still)|is\s+(?:it|that|this|there)|are\s+you|was\s+(?:it|that)|did\s+you|do\s+you|have\s+you|has\s+(?:it|that|this)|does\s+(?:it|that|this)|were\s+you|could\s+it)\b")


_AUX = re.compile(r"^\W*(?:was|is|were|are|did|does|do|has|have|had|could|would|can|will)\s+(?:it|this|that|today|they|he|she|there|anything|something|everything|someone|anyone|things|work|school|home)\b")


def _curious_closed(lower: str) -> bool:
    return (_CLOSED_CURIOUS.match(lower) is not None or _AUX.match(lower) is not None) and len(T.words(lower)) >= 3

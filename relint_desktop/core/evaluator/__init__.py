"""The evaluator: grades one reply in its context (rubric.md is the contract).

Public surface, used by the engine, the player, the store and the CLI:
- evaluate(reply, context=None) -> Evaluation
- grade_labels(reply, labels, context=None) -> Evaluation  (an authored choice: labels fixed by the author)

PLACEHOLDER: a small keyword grader until issue 3's evaluator replaces this module's internals.
"""

from __future__ import annotations

import re
from typing import Iterable

from relint_desktop.core.evaluation import Evaluation, ReplyContext, Span
from relint_desktop.core.rubric import ELEMENTS, LABELS, LOWERS, RAISES, RED_LABELS

_PATTERNS = {
    "hijack": r"\breminds me of\b|\bwhen I was\b|\bmakes me feel\b",
    "judge": r"\boverreact\w*|\bstupid\b|\bmaybe if you\b|\bwhy would you\b",
    "fix": r"\byou should\b|\bjust\b|\bhave you tried\b",
    "dismiss": r"\bnot a big deal\b|\bdon'?t worry\b|\bat least\b",
    "escalate": r"\bgrounded\b|\bcan'?t believe\b|\bdisaster\b|!{2,}",
    "weaponize": r"\byou admitted\b|\blike you told me\b",
    "clarify": r"\b(tell me more|what was that like|what happened)\b",
    "mirror": r"\bsounds like\b|\bso you\b|\bit seems\b",
    "appreciate": r"\bthank(s| you)\b|\bglad you told\b",
    "validate": r"\bmakes sense\b|\bsounds (really )?hard\b|\bunderstandable\b",
    "permission": r"\bdo you want (ideas|advice|me to)\b",
}


def _scores(labels: Iterable[str]) -> tuple[dict[str, int], int]:
    elements = {e: 60 for e in ELEMENTS}
    labels = set(labels)
    for label in labels:
        for element in LOWERS.get(label, ()):
            elements[element] = max(0, elements[element] - (60 if label == "weaponize" else 40))
        for element in RAISES.get(label, ()):
            elements[element] = min(100, elements[element] + 30)
    score = round(sum(elements.values()) / len(elements))
    if labels & set(RED_LABELS):
        score = min(score, 45)
    return elements, score


def grade_labels(reply: str, labels: Iterable[str], context: ReplyContext | None = None) -> Evaluation:
    """An evaluation carrying exactly `labels` (an authored choice), scored by the rubric's rules."""
    labels = tuple(sorted({label for label in labels if label in LABELS}))
    spans = tuple(s for s in evaluate(reply, context).spans if s.label in labels)
    elements, score = _scores(labels)
    return Evaluation(labels=labels, spans=spans, elements=elements, score=score)


def evaluate(reply: str, context: ReplyContext | None = None) -> Evaluation:
    """Grade a typed reply."""
    if not isinstance(reply, str) or not reply.strip():
        return Evaluation(gradable=False, reason="There was nothing to grade.")
    text = reply[:10_000]
    spans = []
    for label, pattern in _PATTERNS.items():
        for match in re.finditer(pattern, text, re.IGNORECASE):
            spans.append(Span(match.start(), match.end(), label))
    labels = {s.label for s in spans}
    if text.count("?") >= 2:
        labels.discard("clarify")
        labels.add("interrogate")
    labels = tuple(sorted(labels))
    elements, score = _scores(labels)
    return Evaluation(labels=labels, spans=tuple(s for s in spans if s.label in labels), elements=elements, score=score)

"""One plain-language line per label: what the words did and what to do instead.

Written fresh for Relint; each line quotes the learner's own words when a span has them.
"""

from __future__ import annotations

import re

from relint_desktop.core.evaluation import Span

_LINES = {
    "hijack": ('{q} moves the spotlight onto you. Keep it on what they are living through.',
               "This turns toward your own story. Keep the spotlight on theirs."),
    "judge": ('{q} sounds like a verdict on them. Hold it back until they feel understood.',
              "This passes judgement on them. Understand first; opinions can wait."),
    "fix": ('{q} jumps to a solution they did not ask for. Ask first whether they want ideas.',
            "This offers a fix before they asked for one. Ask first whether they want ideas."),
    "dismiss": ('{q} makes what they feel smaller. Name the feeling before anything else.',
                "This brushes the feeling aside. Acknowledge it before moving on."),
    "escalate": ('{q} raises the alarm. A steady voice helps them keep talking.',
                 "This raises the temperature. Stay steady so they can keep talking."),
    "weaponize": ('{q} turns something they trusted you with against them. That makes sharing feel unsafe.',
                  "This uses what they shared before against them. That makes sharing feel unsafe."),
    "interrogate": ("That is {n} questions at once, which can feel like a cross-examination. Ask the one that matters most, then wait.",
                    "This feels like a cross-examination. Ask one question, then wait."),
    "clarify": ('{q} invites them to say more in their own words.',
                "This invites them to say more in their own words."),
    "mirror": ('{q} shows them you heard what they said.',
               "This shows them you heard what they said."),
    "appreciate": ('{q} thanks them for trusting you, which makes the next disclosure easier.',
                   "This thanks them for trusting you, which makes the next disclosure easier."),
    "validate": ('{q} tells them the feeling makes sense.',
                 "This tells them the feeling makes sense."),
    "permission": ('{q} leaves the choice about advice with them.',
                   "This leaves the choice about advice with them."),
}
LOGISTICS_LINE = "Turning to practical plans skips over what they just felt. Acknowledge the feeling first."
"""The dismiss line when the dismissal was a move to practical matters after a feeling."""
_CLINICAL = re.compile(r"experiencing|feelings? of|i hear that you are", re.IGNORECASE)


def explain(text: str, labels: tuple[str, ...], spans: tuple[Span, ...], logistics: bool = False) -> dict[str, str]:
    """Label id -> one sentence quoting the words that earned it."""
    out: dict[str, str] = {}
    for label in labels:
        with_quote, plain = _LINES.get(label, ("", ""))
        mine = [s for s in spans if s.label == label]
        if label == "dismiss" and logistics:
            out[label] = LOGISTICS_LINE
            continue
        if label == "interrogate":
            n = len(mine)
            out[label] = with_quote.format(n=_number(n)) if n >= 2 else plain
            continue
        quote = _quote(text, mine[0]) if mine else ""
        line = with_quote.format(q=quote) if quote else plain
        if label == "mirror" and mine and _CLINICAL.search(text):
            line += " Plainer, everyday words would feel warmer."
        out[label] = line
    return out


def _quote(text: str, span: Span) -> str:
    words = " ".join(text[span.start:span.end].split())
    if not words:
        return ""
    if len(words) > 60:
        words = words[:57].rstrip() + "..."
    return f'"{words[0].upper() + words[1:]}"'


def _number(n: int) -> str:
    return {2: "two", 3: "three", 4: "four", 5: "five"}.get(n, str(n))

"""The order the rules run in, and how they settle conflicts between labels (rubric.md's rules)."""

from __future__ import annotations

from relint_desktop.core.evaluation import ReplyContext, Span
from relint_desktop.core.evaluator import advice, context as ctx, dismiss, focus, questions, support, verdicts
from relint_desktop.core.evaluator.rules import Reading, Rx

# Verdicts that stay verdicts even when advice is welcome (the feeling is wrong, insults).
_HARSH = Rx(r"over-?\s?react|sensitive|dramatic|stupid|dumb|idiot|pathetic|lazy|selfish|ridiculous|childish|"
            r"grow\s+up|man\s+up|fault|shouldn't\s+feel|no\s+reason|told\s+you|what\s+were\s+you\s+thinking")


def find_spans(text: str, context: ReplyContext) -> tuple[tuple[Span, ...], bool]:
    """All spans for a cleaned reply, and whether a dismissal came from the logistics rule."""
    reading = Reading(text, context)
    spans: list[Span] = []
    spans += support.find(reading)
    spans += advice.find(reading)
    spans += verdicts.find(reading)
    spans += focus.hijacks(reading)
    spans += dismiss.find(reading)
    spans = _permission_or_fix(reading, spans)
    spans = _stage(reading, spans)
    spans += ctx.weaponize(reading, spans)
    logistic = dismiss.logistics(reading, spans)
    spans += logistic
    spans += questions.find(reading, spans)
    spans = _settle(spans)
    unique = sorted(set(spans), key=lambda s: (s.start, s.end, s.label))
    return tuple(unique), bool(logistic) and not any(s.label == "dismiss" and s not in logistic for s in spans)


def _permission_or_fix(reading: Reading, spans: list[Span]) -> list[Span]:
    # Advice inside a permission request is the offer, not a fix; advice given right after asking
    # ("Want my advice? Quit.") did not leave the choice with them, so it is fix and not permission.
    perms = [s for s in spans if s.label == "permission"]
    if not perms:
        return spans
    fixes = [s for s in spans if s.label == "fix"]
    inside = {f for f in fixes if any(_same_sentence(reading, f, p) for p in perms)}
    later = [f for f in fixes if f not in inside and any(f.start > p.end for p in perms)]
    kept = [s for s in spans if s not in inside]
    if later:
        kept = [s for s in kept if s.label != "permission"]
    return kept


def _same_sentence(reading: Reading, a: Span, b: Span) -> bool:
    sa, sb = reading.sentence_at(a.start), reading.sentence_at(b.start)
    return sa is not None and sa == sb


def _stage(reading: Reading, spans: list[Span]) -> list[Span]:
    # Once they feel understood and have accepted an offer of advice, advice is no longer a fix.
    if not (reading.context.understood and reading.context.permission_given):
        return spans
    return [s for s in spans if s.label != "fix" and not (s.label == "judge" and not _HARSH.search(reading.lower[s.start:s.end]))]


def _settle(spans: list[Span]) -> list[Span]:
    labels = {s.label for s in spans}
    if "interrogate" in labels:
        spans = [s for s in spans if s.label != "clarify"]
    return spans

"""The evaluator: grades one reply in its context (../shared/spec/rubric.md is the contract).

Public surface, used by the engine, the player, the store and the CLI:
- evaluate(reply, context=None) -> Evaluation
- grade_labels(reply, labels, context=None) -> Evaluation  (an authored choice: labels fixed by the author)

Rules find every label with the exact characters that earned it (see docs/evaluator.md);
the label families live in small modules next to this one.
"""

from __future__ import annotations

from typing import Iterable

from relint_desktop.core.evaluation import Evaluation, ReplyContext, Span
from relint_desktop.core.evaluator import text as T
from relint_desktop.core.evaluator.explain import LOGISTICS_LINE, explain
from relint_desktop.core.evaluator.scoring import element_scores, overall_score
from relint_desktop.core.evaluator.suggest import suggestion
from relint_desktop.core.rubric import LABELS

__all__ = ["evaluate", "grade_labels", "Evaluation", "ReplyContext", "Span"]


def evaluate(reply: str, context: ReplyContext | None = None) -> Evaluation:
    """Grade a typed reply; never raises (an ungradable reply comes back with gradable=False and a reason)."""
    try:
        return _evaluate(reply, context)
    except Exception as exc:  # the last line of defence: a grading bug must not take the player down
        return Evaluation(gradable=False, reason=f"The reply could not be graded ({type(exc).__name__}).")


def grade_labels(reply: str, labels: Iterable[str], context: ReplyContext | None = None) -> Evaluation:
    """An evaluation carrying exactly `labels` (an authored choice), scored and explained by the rubric's rules."""
    try:
        chosen = tuple(sorted({label for label in (labels or ()) if label in LABELS}))
    except TypeError:
        chosen = ()
    context = _context(context)
    text = reply if isinstance(reply, str) else ""
    found = evaluate(text, context)
    spans = [s for s in found.spans if s.label in chosen]
    clean = T.clean(text[: T.MAX_CHARS])
    missing = [label for label in chosen if not any(s.label == label for s in spans)]
    if missing and found.gradable:
        # The author says the label holds though no rule found its words: point at the likeliest sentence.
        from relint_desktop.core.evaluator.model import locate
        from relint_desktop.core.evaluator.rules import Reading

        reading = Reading(clean, context)
        spans += [span for span in (locate(reading, label) for label in missing) if span is not None]
    spans = tuple(sorted(spans, key=lambda s: (s.start, s.end, s.label)))
    elements = element_scores(chosen)
    return Evaluation(
        labels=chosen,
        spans=spans,
        elements=elements,
        score=overall_score(chosen, elements),
        explanations=explain(clean, chosen, spans, logistics=found.explanations.get("dismiss") == LOGISTICS_LINE),
        suggestion=suggestion(text, context),
    )


def _evaluate(reply: str, context: ReplyContext | None) -> Evaluation:
    from relint_desktop.core.evaluator.pipeline import find_spans

    context = _context(context)
    if not isinstance(reply, str):
        return Evaluation(gradable=False, reason="The reply is not text.", suggestion=suggestion("", context))
    if not reply.strip():
        return Evaluation(gradable=False, reason="There was nothing to grade: the reply is empty.",
                          suggestion=suggestion("", context))
    text = T.clean(reply[: T.MAX_CHARS])
    if not any(c.isalpha() for c in text):
        return Evaluation(gradable=False, reason="The reply has no words to grade.", suggestion=suggestion("", context))
    if T.latin_share(text) < 0.5:
        return Evaluation(gradable=False, reason="Relint grades replies written in English; this one looks like another language.",
                          suggestion=suggestion("", context))
    spans, logistics = find_spans(text, context)
    labels = tuple(sorted({s.label for s in spans}))
    elements = element_scores(labels)
    return Evaluation(
        labels=labels,
        spans=spans,
        elements=elements,
        score=overall_score(labels, elements),
        explanations=explain(text, labels, spans, logistics=logistics),
        suggestion=suggestion(reply, context),
    )


def _context(context) -> ReplyContext:
    if not isinstance(context, ReplyContext):
        return ReplyContext()
    prompt = context.prompt if isinstance(context.prompt, str) else ""
    history = tuple(h for h in (context.history or ()) if isinstance(h, str)) if isinstance(context.history, (tuple, list)) else ()
    if prompt is context.prompt and history == context.history:
        return context
    return ReplyContext(prompt=prompt, relationship=context.relationship, history=history,
                        understood=bool(context.understood), permission_given=bool(context.permission_given),
                        transcript=context.transcript, exemplars=context.exemplars)

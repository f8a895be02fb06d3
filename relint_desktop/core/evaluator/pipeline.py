"""The order the rules run in, and how they settle conflicts between labels (rubric.md's rules).

1. rule_spans: every label family's rules, with the permission/fix and stage rules.
2. model.decide: the small model weighs those findings with the words and the context.
3. the rubric's hard rules get the last word (question counting, stage, weaponize also judges).
"""

from __future__ import annotations

import re

from relint_desktop.core.evaluation import ReplyContext, Span
from relint_desktop.core.evaluator import advice, context as ctx, dismiss, focus, model, questions, support, verdicts
from relint_desktop.core.evaluator.rules import Reading, Rx, sentence_span
from relint_desktop.core.rubric import RED_LABELS

# Verdicts that stay verdicts even when advice is welcome (the feeling is wrong, insults).
_HARSH = Rx(r"over-?\s?react|sensitive|dramatic|stupid|dumb|idiot|pathetic|lazy|selfish|ridiculous|childish|"
            r"grow\s+up|man\s+up|fault|shouldn't\s+feel|no\s+reason|told\s+you|what\s+were\s+you\s+thinking")
_SOOTHE = Rx(r"worry|relax|calm|cheer|chin\s+up|let\s+it\s+(?:go|wash)|stop\s+(?:worrying|stressing|fretting)")


def find_spans(text: str, context: ReplyContext, use_model: bool = True) -> tuple[tuple[Span, ...], bool]:
    """All spans for a cleaned reply, and whether a dismissal came only from the logistics rule."""
    reading = Reading(text, context)
    spans = rule_spans(reading)
    logistic = [s for s in spans if s.label == "dismiss" and s.end - s.start == _sentence_len(reading, s)
                and dismiss.LOGISTICS.search(reading.lower, s.start, s.end)]
    if use_model:
        spans = model.decide(reading, spans)
    spans = _hard_rules(reading, spans)
    unique = sorted(set(spans), key=lambda s: (s.start, s.end, s.label))
    only_logistics = bool(logistic) and all(s in logistic for s in unique if s.label == "dismiss")
    return tuple(unique), only_logistics


def rule_spans(reading: Reading) -> list[Span]:
    """What the rules alone find, before the model and the hard rules."""
    spans: list[Span] = []
    spans += support.find(reading)
    spans += advice.find(reading)
    spans += verdicts.find(reading)
    spans += focus.hijacks(reading)
    spans += dismiss.find(reading)
    spans = _permission_or_fix(reading, spans)
    spans = _not_fix(reading, spans)
    spans += questions.find(reading, spans)
    # Plain reflections first, so recalling a disclosure inside one reads as kind, not as a weapon.
    spans += support.statements(reading, [s for s in spans if s.label in RED_LABELS])
    weapons = ctx.weaponize(reading, spans)
    if weapons:
        # A question that points a disclosure back at them is not curiosity.
        spans = [s for s in spans if not (s.label == "clarify" and any(_same_sentence(reading, s, w) for w in weapons))]
        spans += weapons
    if not any(s.label in ("validate", "clarify", "dismiss", "hijack", "appreciate", "mirror") for s in spans):
        spans += reading.spans(verdicts._INTERJECTION, "escalate")
    spans += ctx.kind_recall(reading, spans)
    logistic = dismiss.logistics(reading, spans)
    spans = dismiss.settle(reading, spans + logistic, logistic)
    brushed = dismiss.brushed_off(reading, spans)
    if brushed:
        spans = [s for s in spans if s.label not in ("fix", "clarify")] + brushed
    spans = _emphasis(reading, spans)
    # A verdict phrased as an instruction ("you should be checking your sources by now") is judged, not advice.
    judged = [s for s in spans if s.label == "judge"]
    spans = [s for s in spans if not (s.label == "fix" and any(j.start < s.end and s.start < j.end for j in judged))]
    return spans


# "Really." or "Honestly." standing alone: after thanks or a kind word it is emphasis, not exasperation.
_EMPHASIS = re.compile(r"^\W*(?:honestly|seriously|really|truly|i\s+mean\s+it|genuinely)\W*$")
_WARM_LABELS = frozenset({"appreciate", "validate", "mirror"})


def _emphasis(reading: Reading, spans: list[Span]) -> list[Span]:
    dropped = set()
    for i, sentence in enumerate(reading.sentences):
        if i == 0 or sentence.question or not _EMPHASIS.match(sentence.lower):
            continue
        before = reading.sentences[i - 1]
        inside = [s for s in spans if before.start <= s.start < before.end]
        if any(s.label in _WARM_LABELS for s in inside) and not any(s.label in RED_LABELS for s in inside):
            dropped |= {s for s in spans if s.label == "judge" and sentence.start <= s.start < sentence.end}
    return [s for s in spans if s not in dropped]


def _sentence_len(reading: Reading, span: Span) -> int:
    s = reading.sentence_at(span.start)
    return s.end - s.start if s else -1


_GREEN_NEAR = frozenset({"validate", "mirror", "appreciate"})


def _permission_or_fix(reading: Reading, spans: list[Span]) -> list[Span]:
    # Advice inside a permission request is the offer, not a fix; advice given right after asking
    # ("Want my advice? Quit.") did not leave the choice with them, so it is fix and not permission.
    perms = [s for s in spans if s.label == "permission"]
    if not perms:
        return spans
    asked = [reading.sentence_at(p.start) for p in perms]
    asked = [q for q in asked if q is not None and q.question]
    if asked:
        last = max(q.end for q in asked)
        # A statement right after the question, that is not a reflection or a kind word, is the advice itself.
        after = [s for s in reading.sentences if s.start >= last]
        if after and not after[0].question and not any(sp.label in _GREEN_NEAR and after[0].start <= sp.start < after[0].end
                                                      for sp in spans) and not advice.OFFER.search(after[0].lower) \
                and not re.search(r"\b(?:no\s+pressure|either\s+way|up\s+to\s+you|your\s+call|i'm\s+here|totally\s+fine|that's\s+fine)\b", after[0].lower):
            return [s for s in spans if s.label != "permission"] + [sentence_span(after[0], "fix")]
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


def _not_fix(reading: Reading, spans: list[Span]) -> list[Span]:
    # "Try not to worry" soothes (dismiss), and an answer to a practical request is not unasked-for advice.
    dismissed = [s for s in spans if s.label == "dismiss"]
    kept = []
    for s in spans:
        if s.label == "fix":
            sentence = reading.sentence_at(s.start)
            if any(d.start <= s.start < d.end or (s.start <= d.start < s.end) for d in dismissed) or \
                    (sentence and _SOOTHE.search(reading.lower, s.start, min(sentence.end, s.end + 25))):
                continue
            if not reading.feeling_prompt:
                continue
        kept.append(s)
    return kept


def _hard_rules(reading: Reading, spans: list[Span]) -> list[Span]:
    questions_ = [q for q in reading.questions if q.text.strip("?! ").strip()]
    counted = [q for q in questions_ if not questions.is_tag(q)]
    if len(counted) >= 2:
        # rubric: two or more questions are interrogate, never clarify.
        spans = [s for s in spans if s.label not in ("clarify", "interrogate")]
        spans += [sentence_span(q, "interrogate") for q in counted]
    elif not any(questions.cross_examines(q.lower) for q in counted):
        spans = [s for s in spans if s.label != "interrogate"]
    perm_sentences = {reading.sentence_at(s.start) for s in spans if s.label == "permission"}
    # Inside a permission request, the advice on offer is not a fix (whichever part found it).
    spans = [s for s in spans if not (s.label == "fix" and reading.sentence_at(s.start) in perm_sentences)]
    if not reading.feeling_prompt:
        # They asked for something practical: an answer is not unasked-for advice.
        spans = [s for s in spans if s.label != "fix"]
    if reading.context.understood and reading.context.permission_given:
        # rubric: advice after they feel understood, and asked for with permission, is not fix or judge.
        spans = [s for s in spans if s.label != "fix"
                 and not (s.label == "judge" and not _HARSH.search(reading.lower, s.start, s.end))]
    harsh = [s for s in spans if s.label in ("judge", "weaponize", "escalate")]
    # A reflection that carries a dig in the same sentence is not a reflection.
    spans = [s for s in spans if not (s.label == "mirror" and any(_same_sentence(reading, s, h) for h in harsh))]
    if any(s.label == "weaponize" for s in spans):
        threat = ctx.THREAT.search(reading.lower)
        if threat:
            # Threatening to use what they shared raises the stakes: escalate, and a threat rather than a verdict.
            spans.append(Span(threat.start(), threat.end(), "escalate"))
        else:
            # rubric: weaponising (other than a threat) is also a verdict on the person.
            spans += [Span(s.start, s.end, "judge") for s in spans if s.label == "weaponize"]
    return spans

"""The plain values the run's views show: lines, graded replies and the debrief (no Qt, no engine)."""

from __future__ import annotations

from dataclasses import dataclass, field

from relint_desktop.core.evaluation import Evaluation
from relint_desktop.core.rubric import ELEMENTS, is_green, is_red
from relint_desktop.core.state import Turn

OUTCOME_TITLES = {"opened": "They opened up", "partly": "They partly opened up", "shut": "They shut down"}


@dataclass(frozen=True)
class LineItem:
    """One line the other person says."""

    name: str
    text: str
    mood: str


@dataclass(frozen=True)
class FeedbackItem:
    """Everything the window shows about one graded reply."""

    index: int
    reply: str
    typed: bool
    labels: tuple[str, ...]
    spans: tuple[tuple[int, int, str], ...]  # (start, end, label) in `reply`
    elements: dict[str, int]
    score: int
    grade: str  # good / mixed / poor / neutral
    explanation: str
    try_instead: str
    trust_before: int
    trust_after: int


@dataclass(frozen=True)
class DebriefData:
    """What the debrief page shows at an ending."""

    title: str
    outcome: str
    outcome_title: str
    debrief: str
    reflection: str
    try_today: str
    elements: dict[str, int]
    score: int
    transcript: tuple[LineItem | FeedbackItem, ...] = field(default=())



def feedback_item(turn: Turn, evaluation: Evaluation | None, authored: str, spans, try_instead: str) -> FeedbackItem:
    """The plain values the window shows for one graded turn."""
    labels = tuple(turn.labels)
    red = [label for label in labels if is_red(label)]
    green = [label for label in labels if is_green(label)]
    grade = evaluation.grade if evaluation is not None else (
        "mixed" if red and green else "poor" if red else "good" if green else "neutral")
    explanations = dict(evaluation.explanations) if evaluation is not None else dict(turn.explanations)
    explanation = authored or next((explanations[label] for label in labels if label in explanations), "")
    if evaluation is not None and not evaluation.gradable and evaluation.reason:
        # Say plainly why there is no grade (no words, another language), before the author's words.
        explanation = f"{evaluation.reason} {authored}".strip()
    return FeedbackItem(
        index=turn.index, reply=turn.reply, typed=turn.typed, labels=labels, spans=tuple(spans),
        elements={e: int(turn.elements.get(e, 50)) for e in ELEMENTS}, score=int(turn.score), grade=grade,
        explanation=explanation, try_instead=try_instead or turn.suggestion,
        trust_before=turn.trust_before, trust_after=turn.trust_after,
    )

"""The evaluator's interface: what grading one reply takes in and gives back.

The evaluator (core/evaluator/) implements `evaluate(reply, context) -> Evaluation`;
the engine, the player, the store and `relint evaluate` only use these types.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping

from relint_desktop.core.rubric import ELEMENTS, GREEN_LABELS, RED_LABELS


@dataclass(frozen=True)
class ReplyContext:
    """Everything around a reply that changes how it is graded."""

    prompt: str = ""
    """What the other person just said."""
    relationship: str = "other"
    history: tuple[str, ...] = ()
    """Things the other person disclosed earlier (remembered facts), for `weaponize`."""
    understood: bool = False
    """The person already feels understood: advice after `permission` is no longer `fix`."""
    permission_given: bool = False
    """The learner asked permission earlier and the person accepted."""
    transcript: tuple[tuple[str, str], ...] = ()
    """The conversation so far as (who, text) pairs; who is "learner" or a character id."""
    exemplars: tuple[str, ...] = ()
    """Good replies the scenario author wrote for this moment (used for "try instead")."""


@dataclass(frozen=True)
class Span:
    """Characters reply[start:end] earned `label`."""

    start: int
    end: int
    label: str


@dataclass(frozen=True)
class Evaluation:
    """The grade of one reply: labels, where they came from, element scores and advice."""

    labels: tuple[str, ...] = ()
    """Sorted label ids from rubric.LABELS."""
    spans: tuple[Span, ...] = ()
    elements: Mapping[str, int] = field(default_factory=lambda: {e: 50 for e in ELEMENTS})
    """Element id -> 0..100."""
    score: int = 50
    """Overall 0..100."""
    explanations: Mapping[str, str] = field(default_factory=dict)
    """Label id -> one plain-language sentence on why."""
    suggestion: str = ""
    """A better reply to try."""
    gradable: bool = True
    reason: str = ""
    """Why the reply could not be graded, when gradable is False."""

    @property
    def red(self) -> tuple[str, ...]:
        """The labels that break relational integrity."""
        return tuple(label for label in self.labels if label in RED_LABELS)

    @property
    def green(self) -> tuple[str, ...]:
        """The labels that build relational integrity."""
        return tuple(label for label in self.labels if label in GREEN_LABELS)

    @property
    def grade(self) -> str:
        """"good", "mixed", "poor" or "neutral": never "good" with any red label (rubric.md)."""
        if self.red and self.green:
            return "mixed"
        if self.red:
            return "poor"
        if self.green:
            return "good"
        return "neutral"

    def to_json(self) -> dict:
        """The `relint evaluate --jsonl` shape (without id)."""
        return {
            "labels": sorted(self.labels),
            "score": int(self.score),
            "elements": {e: int(self.elements.get(e, 50)) for e in ELEMENTS},
            "spans": [{"start": s.start, "end": s.end, "label": s.label} for s in self.spans],
        }

"""What the engine tells a presentation layer (the window, the terminal) as a run moves on.

Events are plain frozen dataclasses; presenters render them and never reach into the engine.
"""

from __future__ import annotations

from dataclasses import dataclass

from relint_desktop.core.evaluation import Evaluation


@dataclass(frozen=True)
class SceneStarted:
    """A new scene opens (a heading such as "Two weeks later")."""

    title: str


@dataclass(frozen=True)
class LineSpoken:
    """The other person says one line."""

    node: str
    speaker: str  # character id
    name: str  # character's display name
    text: str
    mood: str


@dataclass(frozen=True)
class ReplyGiven:
    """The learner's reply as it enters the transcript."""

    node: str
    text: str
    typed: bool
    choice_index: int | None = None


@dataclass(frozen=True)
class ReplyGraded:
    """Feedback on the learner's last reply: the evaluation plus the author's words."""

    node: str
    evaluation: Evaluation
    feedback: str  # the scenario author's sentence for this choice or route ("" if none)
    authored_labels: tuple[str, ...] = ()  # for a choice: the labels the author gave it


@dataclass(frozen=True)
class TrustChanged:
    """The other person's openness moved."""

    before: int
    after: int


@dataclass(frozen=True)
class FactRemembered:
    """The person disclosed something that is now remembered."""

    fact: str
    text: str


@dataclass(frozen=True)
class Understood:
    """From here on the person feels understood."""


@dataclass(frozen=True)
class ChoicesOffered:
    """The learner picks one of these texts; `indices` map to Node.choices positions."""

    node: str
    texts: tuple[str, ...]
    indices: tuple[int, ...]


@dataclass(frozen=True)
class TypedReplyRequested:
    """The learner types a reply of their own."""

    node: str
    prompt: str


@dataclass(frozen=True)
class RunEnded:
    """The run reached an ending."""

    node: str
    outcome: str  # rubric.OUTCOMES
    debrief: str
    reflection: str
    try_today: str


Event = (
    SceneStarted | LineSpoken | ReplyGiven | ReplyGraded | TrustChanged | FactRemembered | Understood
    | ChoicesOffered | TypedReplyRequested | RunEnded
)

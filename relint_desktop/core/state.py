"""The run state: everything that changes while one scenario is played, saved as versioned JSON.

A RunState is immutable; the engine returns a new one for every step. `to_json` and
`from_json` round-trip exactly, so a run can be stored after every turn and resumed.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Mapping

from relint_desktop.core.rubric import ELEMENTS, LABELS

STATE_FORMAT = 1


class StateError(ValueError):
    """A saved run state that cannot be loaded (wrong format, damaged, from a newer version)."""


@dataclass(frozen=True)
class TranscriptEntry:
    """One line of the conversation: who said it ("learner" or a character id), on which node."""

    who: str
    text: str
    node: str
    mood: str = ""


@dataclass(frozen=True)
class Turn:
    """One graded reply of the learner."""

    index: int
    node: str
    reply: str
    typed: bool
    choice_index: int | None
    labels: tuple[str, ...]
    elements: Mapping[str, int]
    score: int
    feedback: str = ""
    explanations: Mapping[str, str] = field(default_factory=dict)
    suggestion: str = ""
    trust_before: int = 0
    trust_after: int = 0


@dataclass(frozen=True)
class RunState:
    """Where a run stands: current node, variables, visit counts, facts, transcript and turns."""

    scenario_id: str
    node: str
    variables: Mapping[str, int]
    visits: Mapping[str, int] = field(default_factory=dict)
    facts: tuple[str, ...] = ()  # remembered fact ids, in the order they were disclosed
    understood: bool = False
    transcript: tuple[TranscriptEntry, ...] = ()
    turns: tuple[Turn, ...] = ()
    outcome: str = ""  # set when the run has ended

    @property
    def ended(self) -> bool:
        """True once an ending was reached."""
        return bool(self.outcome)

    @property
    def trust(self) -> int:
        """The other person's openness, 0..100."""
        return int(self.variables.get("trust", 0))

    def evolve(self, **changes: Any) -> "RunState":
        """A copy with some fields changed."""
        return replace(self, **changes)

    def to_json(self) -> dict:
        """A JSON-ready dict, with the format version."""
        return {
            "format": STATE_FORMAT,
            "scenario": self.scenario_id,
            "node": self.node,
            "variables": dict(self.variables),
            "visits": dict(self.visits),
            "facts": list(self.facts),
            "understood": self.understood,
            "outcome": self.outcome,
            "transcript": [[e.who, e.text, e.node, e.mood] for e in self.transcript],
            "turns": [_turn_to_json(t) for t in self.turns],
        }

    @classmethod
    def from_json(cls, data: Any) -> "RunState":
        """Load what `to_json` produced; raise StateError on anything else."""
        if not isinstance(data, dict):
            raise StateError("a saved run must be a JSON object")
        version = data.get("format")
        if not isinstance(version, int):
            raise StateError("the saved run has no format version")
        if version > STATE_FORMAT:
            raise StateError(f"the saved run is format {version}; this version of Relint reads up to {STATE_FORMAT}")
        try:
            return cls(
                scenario_id=_str(data["scenario"]),
                node=_str(data["node"]),
                variables={_str(k): _int(v) for k, v in _dict(data["variables"]).items()},
                visits={_str(k): _int(v) for k, v in _dict(data.get("visits", {})).items()},
                facts=tuple(_str(f) for f in _list(data.get("facts", []))),
                understood=_bool(data.get("understood", False)),
                outcome=_str(data.get("outcome", "")),
                transcript=tuple(TranscriptEntry(*(_str(x) for x in _list(e)))
                                 for e in _list(data.get("transcript", []))),
                turns=tuple(_turn_from_json(_dict(t)) for t in _list(data.get("turns", []))),
            )
        except StateError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise StateError(f"the saved run is damaged ({exc.__class__.__name__}: {exc})") from None


def _turn_to_json(turn: Turn) -> dict:
    return {
        "index": turn.index,
        "node": turn.node,
        "reply": turn.reply,
        "typed": turn.typed,
        "choice": turn.choice_index,
        "labels": list(turn.labels),
        "elements": dict(turn.elements),
        "score": turn.score,
        "feedback": turn.feedback,
        "explanations": dict(turn.explanations),
        "suggestion": turn.suggestion,
        "trust_before": turn.trust_before,
        "trust_after": turn.trust_after,
    }


def _turn_from_json(data: dict) -> Turn:
    labels = tuple(_str(x) for x in _list(data.get("labels", [])))
    unknown = [label for label in labels if label not in LABELS]
    if unknown:
        raise StateError(f"the saved run has unknown labels: {', '.join(unknown)}")
    choice = data.get("choice")
    return Turn(
        index=_int(data["index"]),
        node=_str(data["node"]),
        reply=_str(data["reply"]),
        typed=_bool(data["typed"]),
        choice_index=None if choice is None else _int(choice),
        labels=labels,
        elements={_str(k): _int(v) for k, v in _dict(data.get("elements", {e: 50 for e in ELEMENTS})).items()},
        score=_int(data.get("score", 50)),
        feedback=_str(data.get("feedback", "")),
        explanations={_str(k): _str(v) for k, v in _dict(data.get("explanations", {})).items()},
        suggestion=_str(data.get("suggestion", "")),
        trust_before=_int(data.get("trust_before", 0)),
        trust_after=_int(data.get("trust_after", 0)),
    )


def _str(value: Any) -> str:
    if not isinstance(value, str):
        raise StateError(f"expected text, found {type(value).__name__}")
    return value


def _int(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise StateError(f"expected a whole number, found {type(value).__name__}")
    return value


def _bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise StateError(f"expected true or false, found {type(value).__name__}")
    return value


def _list(value: Any) -> list:
    if not isinstance(value, list):
        raise StateError(f"expected a list, found {type(value).__name__}")
    return value


def _dict(value: Any) -> dict:
    if not isinstance(value, dict):
        raise StateError(f"expected an object, found {type(value).__name__}")
    return value

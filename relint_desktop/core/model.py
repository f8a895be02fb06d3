"""The compiled scenario: an immutable graph built by the loader from a scenario file.

Nodes are the other person's lines; a node offers either fixed `choices` or a `typed`
reply routed by the evaluation, or it is an `ending`. See docs/scenario-format.md.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping

from relint_desktop.core.conditions import Condition


@dataclass(frozen=True)
class Voice:
    """Hints for text-to-speech; the speech layer maps them onto the voices it has."""

    gender: str = ""  # "female", "male" or "" for any
    age: str = ""  # "child", "teen", "adult", "older" or ""
    language: str = "en"
    rate: float = 1.0  # multiplier on the user's chosen rate
    pitch: float = 1.0  # multiplier, where the engine allows
    volume: float = 1.0  # 0..1


@dataclass(frozen=True)
class Character:
    """Someone the learner talks with."""

    id: str
    name: str
    voice: Voice = Voice()
    description: str = ""


@dataclass(frozen=True)
class Line:
    """One thing the other person says, shown only when its condition holds."""

    text: str
    condition: Condition | None = None
    mood: str = ""  # overrides the node's mood for this line
    line: int = 0


@dataclass(frozen=True)
class Fact:
    """Something the person disclosed; remembered for later nodes and for `weaponize`."""

    id: str
    text: str


@dataclass(frozen=True)
class Effects:
    """Changes to variables: `add` deltas, then `set` values. Trust is clamped to 0..100."""

    add: Mapping[str, int] = field(default_factory=dict)
    set: Mapping[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Choice:
    """A fixed reply the learner can pick."""

    text: str
    goto: str
    labels: tuple[str, ...] = ()
    effects: Effects = Effects()
    feedback: str = ""
    condition: Condition | None = None
    line: int = 0


@dataclass(frozen=True)
class RouteTest:
    """What an evaluation must show for a typed-reply route to be taken. Every given part must hold."""

    any: tuple[str, ...] = ()  # at least one of these labels
    all: tuple[str, ...] = ()  # every one of these labels
    none: tuple[str, ...] = ()  # none of these labels
    red: bool | None = None  # True: some red label; False: no red label
    green: bool | None = None  # True: some green label; False: no green label
    min_score: int | None = None
    max_score: int | None = None
    condition: Condition | None = None  # on variables, visits and facts


@dataclass(frozen=True)
class Route:
    """Where a typed reply goes when its test holds; routes are tried in order."""

    goto: str
    test: RouteTest = RouteTest()
    effects: Effects = Effects()
    feedback: str = ""
    line: int = 0


@dataclass(frozen=True)
class Typed:
    """A node where the learner types their own reply."""

    routes: tuple[Route, ...]
    default: Route
    exemplars: tuple[str, ...] = ()
    prompt: str = ""  # a hint shown above the text box
    line: int = 0


@dataclass(frozen=True)
class Ending:
    """How the run ends here."""

    outcome: str  # rubric.OUTCOMES
    debrief: str = ""
    reflection: str = ""  # overrides the scenario's reflection question
    try_today: str = ""  # overrides the scenario's suggested commitment


@dataclass(frozen=True)
class Node:
    """One beat of the conversation: who speaks, what they say, and what the learner can do."""

    id: str
    speaker: str
    lines: tuple[Line, ...]
    mood: str = "neutral"
    choices: tuple[Choice, ...] = ()
    typed: Typed | None = None
    ending: Ending | None = None
    remember: tuple[Fact, ...] = ()
    understood: bool = False  # from here on the person feels understood (rubric.md: stage matters)
    scene: str = ""  # a heading shown when this node opens a new scene ("Two weeks later")
    effects: Effects = Effects()  # applied when the node is entered
    line: int = 0

    @property
    def kind(self) -> str:
        """"ending", "typed" or "choices"."""
        if self.ending is not None:
            return "ending"
        if self.typed is not None:
            return "typed"
        return "choices"


@dataclass(frozen=True)
class Scenario:
    """One compiled scenario file. Immutable; a run's changing state lives in RunState."""

    id: str
    title: str
    relationship: str
    difficulty: int  # 1 gentle, 2 moderate, 3 hard
    characters: Mapping[str, Character]
    learner_role: str
    variables: Mapping[str, int]  # initial values; always has "trust"
    start: str
    nodes: Mapping[str, Node]
    summary: str = ""
    content_notes: tuple[str, ...] = ()
    focus: tuple[str, ...] = ()  # element ids
    practices: tuple[str, ...] = ()  # rubric.PRACTICES ids
    tags: tuple[str, ...] = ()
    reflection: str = ""
    try_today: str = ""
    path: str = ""  # the file it came from
    format_version: int = 1

    def node(self, node_id: str) -> Node:
        """The node with this id (KeyError if there is none)."""
        return self.nodes[node_id]

    @property
    def endings(self) -> tuple[Node, ...]:
        """Every ending node, in file order."""
        return tuple(n for n in self.nodes.values() if n.ending is not None)

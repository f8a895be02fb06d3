"""The fixed identifiers of ../shared/spec/rubric.md: elements, labels and how they relate.

Every other module (scenario files, the evaluator, the database, the CLI) uses these
strings exactly; nothing else may invent a label or an element.
"""

from __future__ import annotations

ELEMENTS: tuple[str, ...] = ("listening", "curiosity", "judgment", "containment", "consistency")

RED_LABELS: tuple[str, ...] = ("hijack", "judge", "fix", "dismiss", "escalate", "weaponize", "interrogate")
GREEN_LABELS: tuple[str, ...] = ("clarify", "mirror", "appreciate", "validate", "permission")
LABELS: tuple[str, ...] = RED_LABELS + GREEN_LABELS

RELATIONSHIPS: tuple[str, ...] = ("parent", "partner", "manager", "friend", "other")

OUTCOMES: tuple[str, ...] = ("opened", "partly", "shut")
"""How a scenario can end: the person opened up, partly opened, or shut down."""

LOWERS: dict[str, tuple[str, ...]] = {
    "hijack": ("listening",),
    "escalate": ("listening", "containment"),
    "judge": ("judgment", "curiosity"),
    "fix": ("judgment", "curiosity"),
    "interrogate": ("curiosity",),
    "dismiss": ("containment",),
    "weaponize": ("consistency",),
}
"""Red label -> the elements it lowers (rubric.md, "Rules that tie labels to elements")."""

RAISES: dict[str, tuple[str, ...]] = {
    "mirror": ("listening",),
    "clarify": ("curiosity",),
    "permission": ("judgment",),
    "validate": ("containment",),
    "appreciate": ("containment",),
}
"""Green label -> the elements it raises."""

PRACTICES: dict[str, str] = {
    "assume-good-intent": "Assume pain or good intent rather than malice",
    "one-question": "Ask one clarifying question",
    "mirror": "Mirror briefly",
    "thank": "Thank them for trusting you",
    "no-weaponize": "Never weaponise later what was shared",
    "ask-before-advising": "Ask before advising",
}
"""The listener's practices a scenario can declare as its focus (ids are used in scenario files)."""


def is_red(label: str) -> bool:
    """True for a label that breaks relational integrity."""
    return label in RED_LABELS


def is_green(label: str) -> bool:
    """True for a label that builds relational integrity."""
    return label in GREEN_LABELS

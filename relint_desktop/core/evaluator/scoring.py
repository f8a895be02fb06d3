"""Element scores and the overall score from a set of labels, by rubric.md's rules.

Every element starts at a neutral 60. Red labels lower the elements they break (weaponize
lowers consistency hardest); green labels raise the elements they build. Any red label caps
the overall score well below what counts as good, and weaponize caps it lowest.
"""

from __future__ import annotations

from typing import Iterable

from relint_desktop.core.rubric import ELEMENTS, GREEN_LABELS, LOWERS, RAISES, RED_LABELS

NEUTRAL = 60
GOOD = 70
"""An overall score at or above this reads as good; any red label keeps the score at most RED_CAP."""
RED_CAP = 45
WEAPONIZE_CAP = 20


def element_scores(labels: Iterable[str]) -> dict[str, int]:
    """Element id -> 0..100 for these labels."""
    labels = set(labels)
    lowered: dict[str, int] = {e: 0 for e in ELEMENTS}
    raised: dict[str, int] = {e: 0 for e in ELEMENTS}
    for label in labels:
        for element in LOWERS.get(label, ()):
            lowered[element] += 1
        for element in RAISES.get(label, ()):
            raised[element] += 1
    scores = {}
    for element in ELEMENTS:
        value = NEUTRAL
        if raised[element]:
            value += 25 + 10 * (raised[element] - 1)
        if lowered[element]:
            value -= 30 + 15 * (lowered[element] - 1)
            if raised[element]:
                value = min(value, NEUTRAL - 10)  # a green label never hides a red one on the same element
        scores[element] = max(0, min(100, value))
    if "weaponize" in labels:
        scores["consistency"] = 5
    return scores


def overall_score(labels: Iterable[str], elements: dict[str, int]) -> int:
    """The reply's overall 0..100: never good with a red label (rubric.md)."""
    labels = set(labels)
    red = labels & set(RED_LABELS)
    green = labels & set(GREEN_LABELS)
    mean = sum(elements.values()) / len(elements)
    if red:
        score = min(mean, RED_CAP - 8 * (len(red) - 1) + 4 * len(green))
        score = min(score, RED_CAP)
        if "weaponize" in red:
            score = min(score, WEAPONIZE_CAP)
        return int(round(max(0, score)))
    if green:
        return int(round(min(100, max(mean, GOOD + 8 * (len(green) - 1)))))
    return 55

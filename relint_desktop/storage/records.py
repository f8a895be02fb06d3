"""The plain, frozen values the store hands out (no database types leak to callers)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping


@dataclass(frozen=True)
class Profile:
    """A learner whose progress is kept apart from everyone else's."""

    id: int
    name: str
    created: str  # ISO 8601, UTC
    locked: bool = False  # has a passphrase (its rows are not encrypted; see lock_store.py)


@dataclass(frozen=True)
class ScenarioStats:
    """How one profile has done on one scenario."""

    completed: int
    best_score: int | None
    last_played: str


@dataclass(frozen=True)
class SessionSummary:
    """One run, as the dashboard lists it."""

    id: int
    scenario_id: str
    started: str
    finished: str | None
    outcome: str
    turns: int
    score: int | None


@dataclass(frozen=True)
class MissedMoment:
    """A turn that got a red label: where it was, what was said, and which labels."""

    scenario_id: str
    node_id: str
    reply: str
    labels: tuple[str, ...]
    at: str


@dataclass(frozen=True)
class DashboardData:
    """Everything the dashboard shows, aggregated in SQL and downsampled for charts."""

    profile_id: int
    series: Mapping[str, tuple[tuple[str, float], ...]]  # element -> ((day "YYYY-MM-DD", mean 0..100), ...)
    sessions_total: int
    sessions_finished: int
    turns_total: int
    current_streak: int  # consecutive days with practice, ending today or yesterday
    longest_streak: int
    scenarios: Mapping[str, ScenarioStats]
    red_labels: tuple[tuple[str, int], ...]  # most frequent first
    missed: tuple[MissedMoment, ...]
    recent: tuple[SessionSummary, ...] = field(default=())

"""The window's view of progress storage: one small adapter over ProgressStore, or memory.

The GUI talks only to `Progress`; when the storage layer is missing or its file cannot be
opened, `MemoryProgress` keeps the same promises for the life of the window (a break can
still be resumed) and `reason` says why nothing is kept on disk.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from relint_desktop.core.state import RunState, Turn


@dataclass(frozen=True)
class ScenarioStats:
    """How a profile has done on one scenario."""

    completed: int = 0
    best: int | None = None  # best average score of a finished run, 0..100


class MemoryProgress:
    """Progress kept in memory only (no storage layer, or its file could not be opened)."""

    persistent = False
    waiting_id = None  # (no profiles, so none is ever locked)

    def __init__(self, reason: str = ""):
        self.reason = reason
        self.profile_name = "Me"
        self.profile_id = 0
        self._next = 1
        self._open: dict[int, tuple[str, RunState]] = {}
        self._finished: list[tuple[str, RunState]] = []
        self.reflections: dict[int, str] = {}
        self.commitments: dict[int, str] = {}

    def start_session(self, scenario_id: str, state: RunState, mode: str) -> int:
        """A new run; returns its session id."""
        session = self._next
        self._next += 1
        self._open[session] = (scenario_id, state)
        return session

    def record_turn(self, session: int, turn: Turn, state: RunState) -> None:
        """Keep the state after a completed turn."""
        scenario_id, _ = self._open[session]
        self._open[session] = (scenario_id, state)

    def finish_session(self, session: int, state: RunState) -> None:
        """The run reached an ending."""
        scenario_id, _ = self._open.pop(session, (state.scenario_id, state))
        self._finished.append((scenario_id, state))

    def abandon(self, session: int) -> None:
        """Drop an interrupted run (the learner chose to start over)."""
        self._open.pop(session, None)

    def interrupted(self, scenario_id: str | None) -> tuple[int, RunState] | None:
        """The newest unfinished run of this scenario (of any scenario for None), if any."""
        for session in sorted(self._open, reverse=True):
            sid, state = self._open[session]
            if scenario_id is None or sid == scenario_id:
                return session, state
        return None

    def save_reflection(self, session: int, text: str) -> None:
        """The learner's answer to the reflection question."""
        self.reflections[session] = text

    def save_commitment(self, session: int, text: str) -> None:
        """The learner's "try this today" commitment."""
        self.commitments[session] = text

    def close(self) -> None:
        """Nothing to close."""

    def stats(self) -> dict[str, ScenarioStats]:
        """Scenario id -> completion count and best score."""
        result: dict[str, ScenarioStats] = {}
        for scenario_id, state in self._finished:
            old = result.get(scenario_id, ScenarioStats())
            score = run_score(state)
            best = score if old.best is None or (score is not None and score > old.best) else old.best
            result[scenario_id] = ScenarioStats(old.completed + 1, best)
        return result


def run_score(state: RunState) -> int | None:
    """The average turn score of a run (None before any turn)."""
    if not state.turns:
        return None
    return round(sum(t.score for t in state.turns) / len(state.turns))


def open_progress(data_dir: Path | None, profile: str | None, recover: bool = False):
    """The store for this data folder and profile, or MemoryProgress saying why not."""
    try:
        from relint_desktop.gui.progress_store import StoreProgress
    except ImportError as exc:  # the storage layer has not been built into this copy
        return MemoryProgress(f"Progress storage is not available ({exc.name}); this run is kept in memory only.")
    try:
        return StoreProgress.open(data_dir, profile, recover)
    except Exception as exc:  # a damaged or unreadable file must not stop the window opening
        return MemoryProgress(f"Your progress file could not be opened ({exc}); this run is kept in memory only.")

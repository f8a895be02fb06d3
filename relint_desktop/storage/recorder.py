"""ProgressRecorder: the player's `recorder` hook backed by the store, so every completed turn is on disk
before the next line is shown (the terminal player and the window record runs the same way)."""

from __future__ import annotations

from relint_desktop.core.state import RunState


class ProgressRecorder:
    """Records one run of one profile: started -> turn after every completed turn -> ended."""

    def __init__(self, store, profile_id: int, session_id: int | None = None, mode: str = "solo"):
        self.store = store
        self.profile_id = profile_id
        self.session_id = session_id  # given when resuming an interrupted run
        self.mode = mode

    def started(self, scenario, state: RunState) -> None:
        """A run began (or resumed): make its session unless it has one."""
        if self.session_id is None:
            self.session_id = self.store.start_session(getattr(scenario, "id", state.scenario_id), state,
                                                       [self.profile_id], mode=self.mode)
        else:
            self.store.save_state(self.session_id, state)

    def turn(self, state: RunState, step=None) -> None:
        """A turn was completed: commit it with the state after it."""
        if self.session_id is None:
            self.started(None, state)
        if state.turns:
            self.store.record_turn(self.session_id, state.turns[-1], state)
        else:
            self.store.save_state(self.session_id, state)

    def ended(self, state: RunState) -> None:
        """The run reached an ending."""
        if self.session_id is not None and state.ended:
            self.store.finish_session(self.session_id, state)

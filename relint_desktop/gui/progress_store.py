"""Progress kept in the ProgressStore (storage/), for one profile at a time (or none, on the chooser page).

A locked profile is entered only right after its passphrase was verified here: `verify` then
`use_profile`. Anything else (a bug included) gets PROFILE_LOCKED instead of the profile's history."""

from __future__ import annotations

from pathlib import Path

from relint_desktop.core.state import RunState, Turn
from relint_desktop.gui.progress import ScenarioStats
from relint_desktop.storage import errors
from relint_desktop.storage.paths import resolve_data_dir
from relint_desktop.storage.store import ProgressStore, StoreError

DEFAULT_PROFILE = "Me"


class StoreProgress:
    """The window's Progress over a real SQLite file."""

    persistent = True
    reason = ""

    def __init__(self, store: ProgressStore, profile_id: int):
        self.store = store
        self.profile_id: int | None = None  # None: no profile is open (the window shows "Who is practising?")
        self.profile_name = ""
        self.waiting_id: int | None = None  # a locked profile to ask the passphrase of, once the window shows
        self._verified: int | None = None
        if store.is_locked(profile_id):
            self.waiting_id = profile_id
        else:
            self.use_profile(profile_id)

    @classmethod
    def open(cls, data_dir: Path | None, profile: str | None, recover: bool = False) -> "StoreProgress":
        """Open the store in data_dir (None: the platform's data folder) for the named profile.

        With `recover`, a damaged or newer file is explained in the recovery dialog, which offers a backup."""
        folder = resolve_data_dir(data_dir)
        if recover:
            from relint_desktop.gui.dashboard.recovery import open_or_recover

            store = open_or_recover(folder)
            if store is None:
                raise RuntimeError("the progress file was left as it is")
        else:
            store = ProgressStore.open(folder)
        try:
            return cls(store, _profile_id(store, profile))
        except Exception:
            store.close()
            raise

    def verify(self, profile_id: int, passphrase: str) -> bool:
        """Check a locked profile's passphrase (~75 ms; any thread); if right, `use_profile` may enter it once."""
        right = self.store.verify(profile_id, passphrase)
        if right:
            self._verified = profile_id
        return right

    def use_profile(self, profile_id: int) -> None:
        """Switch to another profile (a locked one only straight after `verify`)."""
        profile = self.store.profile(profile_id)
        verified, self._verified = self._verified, None
        if profile.locked and verified != profile.id:
            raise StoreError(errors.PROFILE_LOCKED, f"“{profile.name}” is locked; it opens with its passphrase.")
        self.profile_id, self.profile_name = profile.id, profile.name
        self.waiting_id = None

    def leave_profile(self) -> None:
        """No profile is open now ("Lock now"): nothing of anyone's is read until one is chosen again."""
        self.profile_id, self.profile_name, self._verified = None, "", None

    def start_session(self, scenario_id: str, state: RunState, mode: str) -> int:
        """A new run of this profile; returns its session id."""
        if self.profile_id is None:
            raise StoreError(errors.NO_PROFILE, "Choose a profile first.")
        return self.store.start_session(scenario_id, state, [self.profile_id], mode="solo")

    def record_turn(self, session: int, turn: Turn, state: RunState) -> None:
        """Commit one turn and the state after it (before the next line is shown)."""
        self.store.record_turn(session, turn, state)

    def finish_session(self, session: int, state: RunState) -> None:
        """The run reached an ending."""
        self.store.finish_session(session, state)

    def abandon(self, session: int) -> None:
        """The learner chose to start over instead of resuming."""
        self.store.abandon_session(session)

    def interrupted(self, scenario_id: str | None) -> tuple[int, RunState] | None:
        """This profile's newest unfinished run of the scenario (of any scenario for None)."""
        if self.profile_id is None:
            return None
        return self.store.interrupted_session(self.profile_id, scenario_id)

    def save_reflection(self, session: int, text: str) -> None:
        """The learner's answer to the reflection question (private)."""
        self.store.save_reflection(session, self.profile_id, text)

    def save_commitment(self, session: int, text: str) -> None:
        """The learner's "try this today" commitment."""
        self.store.save_commitment(session, self.profile_id, text)

    def stats(self) -> dict[str, ScenarioStats]:
        """Scenario id -> completion count and best score, for the library cards."""
        if self.profile_id is None:
            return {}
        return {sid: ScenarioStats(s.completed, s.best_score)
                for sid, s in self.store.scenario_stats(self.profile_id).items()}

    def close(self) -> None:
        """Close the file."""
        self.store.close()


def _profile_id(store: ProgressStore, name: str | None) -> int:
    if name:
        for profile in store.profiles():
            if profile.name.casefold() == name.strip().casefold():
                return profile.id
        return store.create_profile(name).id
    profiles = store.profiles()
    return profiles[0].id if profiles else store.create_profile(DEFAULT_PROFILE).id

"""ProgressStore: one SQLite file (through sqlite-utils) holding profiles, sessions, turns and run states.

    store = ProgressStore.open(data_dir)      # creates or migrates, checks integrity, backs up daily
    sid = store.start_session("late-night", state, [profile.id])
    store.record_turn(sid, state.turns[-1], state)   # committed before it returns

Every write is one transaction, committed before the method returns, in WAL mode, so a kill
between two turns loses nothing. Errors are StoreError with a stable `.code`.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import threading
from pathlib import Path
from typing import Callable, Iterable

from sqlite_utils import Database

from relint_desktop.core.rubric import ELEMENTS, RED_LABELS
from relint_desktop.core.state import RunState, StateError, Turn
from relint_desktop.storage import errors, stats
from relint_desktop.storage.connection import Transaction, open_database, translate
from relint_desktop.storage.lock_store import ProfileLocks
from relint_desktop.storage.errors import DamagedError, LockedError, NewerSchemaError, StoreError  # noqa: F401
from relint_desktop.storage.paths import database_path
from relint_desktop.storage.records import DashboardData, Profile, ScenarioStats

__all__ = ["ProgressStore", "StoreError", "DamagedError", "NewerSchemaError", "LockedError", "Profile", "ScenarioStats",
           "DashboardData", "ROLES"]

ROLES = ("learner", "speaker", "listener", "facilitator")
MAX_NAME = 60
MAX_TEXT = 20_000

Clock = Callable[[], dt.datetime]


def utc_now() -> dt.datetime:
    """The current time, timezone-aware UTC."""
    return dt.datetime.now(dt.timezone.utc)


class ProgressStore(ProfileLocks):
    """The learner's progress in one SQLite file. Safe to call from several threads (one lock).

    A profile can be locked with a passphrase (lock_store.py); erasing or exporting it then needs the passphrase."""

    SYNCHRONOUS = "FULL"
    """FULL fsyncs the WAL at every commit (a turn survives power loss); NORMAL survives crashes and kills only."""

    def __init__(self, db: Database, data_dir: Path, clock: Clock = utc_now):
        self.db = db
        self.data_dir = Path(data_dir)
        self.path = database_path(self.data_dir)
        self._clock = clock
        self._lock = threading.RLock()
        self.warnings: tuple[str, ...] = ()  # problems on opening that did not stop it (a failed backup)

    # -- opening ---------------------------------------------------------------------------
    @classmethod
    def open(cls, data_dir: str | Path, *, clock: Clock = utc_now, daily_backup: bool = True) -> "ProgressStore":
        """Open (creating or migrating) the progress file in data_dir; raise StoreError if it cannot be used."""
        warnings: list[str] = []
        db = open_database(Path(data_dir), clock().astimezone().date(), daily_backup, cls.SYNCHRONOUS, warnings)
        store = cls(db, Path(data_dir), clock)
        store.warnings = tuple(warnings)
        return store

    def close(self) -> None:
        """Close the file (a checkpoint folds the WAL back into it)."""
        with self._lock:
            if self.db is not None:
                try:
                    self.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                except sqlite3.Error:
                    pass
                self.db.close()
                self.db = None  # type: ignore[assignment]

    def __enter__(self) -> "ProgressStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- profiles --------------------------------------------------------------------------
    def profiles(self) -> list[Profile]:
        """Every profile, by name."""
        rows = self._query(f"SELECT {_PROFILE_COLUMNS} FROM profiles ORDER BY name COLLATE NOCASE, id")
        return [_profile(row) for row in rows]

    def profile(self, profile_id: int) -> Profile:
        """One profile by id (NO_PROFILE if there is none)."""
        rows = self._query(f"SELECT {_PROFILE_COLUMNS} FROM profiles WHERE id = ?", [profile_id])
        if not rows:
            raise StoreError(errors.NO_PROFILE, f"There is no profile with id {profile_id}.")
        return _profile(rows[0])

    def profile_named(self, name: str) -> Profile:
        """One profile by name, ignoring case (NO_PROFILE if there is none)."""
        rows = self._query(f"SELECT {_PROFILE_COLUMNS} FROM profiles WHERE name = ? COLLATE NOCASE", [name.strip()])
        if not rows:
            raise StoreError(errors.NO_PROFILE, f"There is no profile called '{name.strip()}'.")
        return _profile(rows[0])

    def create_profile(self, name: str) -> Profile:
        """A new profile; names are unique, ignoring case."""
        name = self._valid_name(name)
        now = self._now()
        with self._write() as conn:
            cur = conn.execute("INSERT INTO profiles (name, created) VALUES (?, ?)", [name, now])
        return Profile(cur.lastrowid, name, now)

    def rename_profile(self, profile_id: int, name: str, passphrase: str | None = None) -> Profile:
        """Give a profile a new name; a locked profile needs its passphrase (as erasing does)."""
        self.profile(profile_id)
        name = self._valid_name(name, except_id=profile_id)
        self.require_passphrase(profile_id, passphrase)
        with self._write() as conn:
            conn.execute("UPDATE profiles SET name = ? WHERE id = ?", [name, profile_id])
        return self.profile(profile_id)

    def erase_profile(self, profile_id: int, passphrase: str | None = None):
        """Remove the profile and everything of it, leaving none of its text in the file, WAL or backups.

        A locked profile needs its passphrase (PROFILE_LOCKED without one, WRONG_PASSPHRASE)."""
        from relint_desktop.storage.erase import erase_profile

        self.require_passphrase(profile_id, passphrase)
        with self._lock:
            return erase_profile(self, profile_id)

    # -- sessions and turns ----------------------------------------------------------------
    def start_session(self, scenario_id: str, state: RunState, participants: Iterable, mode: str = "solo") -> int:
        """Begin a run; participants are profile ids (first one the learner) or (profile_id, role) pairs."""
        people = _participants(participants)
        for profile_id, _ in people:
            self.profile(profile_id)
        now = self._now()
        with self._write() as conn:
            cur = conn.execute(
                "INSERT INTO sessions (profile_id, scenario_id, mode, started, updated, state) VALUES (?, ?, ?, ?, ?, ?)",
                [people[0][0], scenario_id, mode, now, now, _dump(state)])
            session_id = cur.lastrowid
            conn.executemany("INSERT INTO session_participants (session_id, profile_id, role) VALUES (?, ?, ?)",
                             [(session_id, pid, role) for pid, role in people])
        return session_id

    def record_turn(self, session_id: int, turn: Turn, state: RunState, profile_id: int | None = None) -> None:
        """Store one graded turn and the run state after it, committed before returning (idempotent per index)."""
        session = self._session(session_id)
        profile_id = profile_id if profile_id is not None else session["profile_id"]
        red = [label for label in turn.labels if label in RED_LABELS]
        now = self._now()
        with self._write() as conn:
            # A missed moment keeps the state it was answered in (the session's state until now), for practice.
            before = None
            if red:
                again = conn.execute("SELECT state_before FROM turns WHERE session_id = ? AND idx = ?",
                                     [session_id, turn.index]).fetchone()
                before = again[0] if again else session["state"]
            conn.execute("DELETE FROM turn_labels WHERE turn_id IN "
                         "(SELECT id FROM turns WHERE session_id = ? AND idx = ?)", [session_id, turn.index])
            conn.execute("DELETE FROM turns WHERE session_id = ? AND idx = ?", [session_id, turn.index])
            cur = conn.execute(
                "INSERT INTO turns (session_id, idx, node, reply, typed, choice_index, labels, score, "
                + ", ".join(ELEMENTS) + ", trust_before, trust_after, feedback, suggestion, at, profile_id, "
                "scenario_id, red, state_before, day) VALUES (" + ", ".join("?" * (18 + len(ELEMENTS))) + ")",
                [session_id, turn.index, turn.node, turn.reply[:MAX_TEXT], int(turn.typed), turn.choice_index,
                 ",".join(turn.labels), int(turn.score), *[int(turn.elements.get(e, 50)) for e in ELEMENTS],
                 turn.trust_before, turn.trust_after, turn.feedback, turn.suggestion, now, profile_id,
                 session["scenario_id"], len(red), before, self._clock().astimezone().date().isoformat()])
            conn.executemany("INSERT OR IGNORE INTO turn_labels (turn_id, profile_id, label) VALUES (?, ?, ?)",
                             [(cur.lastrowid, profile_id, label) for label in turn.labels])
            conn.execute("UPDATE sessions SET state = ?, updated = ? WHERE id = ?", [_dump(state), now, session_id])

    def save_state(self, session_id: int, state: RunState) -> None:
        """Store the run state alone (e.g. on "take a break" between turns)."""
        self._session(session_id)
        with self._write() as conn:
            conn.execute("UPDATE sessions SET state = ?, updated = ? WHERE id = ?", [_dump(state), self._now(), session_id])

    def finish_session(self, session_id: int, state: RunState) -> None:
        """Mark a run finished with its outcome and overall score (mean of its turns)."""
        self._session(session_id)
        now = self._now()
        with self._write() as conn:
            conn.execute(
                "UPDATE sessions SET state = ?, updated = ?, finished = ?, outcome = ?, "
                "score = (SELECT CAST(round(avg(score)) AS INTEGER) FROM turns WHERE session_id = ?) WHERE id = ?",
                [_dump(state), now, now, state.outcome, session_id, session_id])

    def abandon_session(self, session_id: int) -> None:
        """The learner chose not to resume: the run is no longer offered (its turns still count)."""
        self._session(session_id)
        with self._write() as conn:
            conn.execute("UPDATE sessions SET abandoned = 1, updated = ? WHERE id = ?", [self._now(), session_id])

    def interrupted_session(self, profile_id: int, scenario_id: str | None = None) -> tuple[int, RunState] | None:
        """The latest unfinished, unabandoned run of the profile (of that scenario, if given), with its state."""
        sql = ("SELECT s.id, s.state FROM sessions s JOIN session_participants p ON p.session_id = s.id "
               "WHERE p.profile_id = ? AND s.finished IS NULL AND s.abandoned = 0")
        params: list = [profile_id]
        if scenario_id is not None:
            sql += " AND s.scenario_id = ?"
            params.append(scenario_id)
        for session_id, text in self._query(sql + " ORDER BY s.updated DESC, s.id DESC", params):
            try:
                state = RunState.from_json(json.loads(text))
            except (ValueError, StateError):
                continue  # a state this version cannot read is not offered; its turns still count
            if not state.ended:
                return session_id, state
        return None

    def practice_state(self, profile_id: int, scenario_id: str, node_id: str) -> RunState | None:
        """The run state just before the profile's latest red-labelled reply at that node (None if unknown).

        Start a new session with it and `Engine.resume` it to "practise your missed moment"."""
        rows = self._query(
            "SELECT state_before FROM turns WHERE profile_id = ? AND scenario_id = ? AND node = ? AND red > 0 "
            "AND state_before IS NOT NULL ORDER BY at DESC, id DESC LIMIT 1", [profile_id, scenario_id, node_id])
        if not rows:
            return None
        try:
            state = RunState.from_json(json.loads(rows[0][0]))
        except (ValueError, StateError):
            return None
        return state if state.node == node_id and not state.ended else None

    def session_state(self, session_id: int) -> RunState:
        """The stored run state of one session."""
        return RunState.from_json(json.loads(self._session(session_id)["state"]))

    def save_reflection(self, session_id: int, profile_id: int, text: str, private: bool = True) -> None:
        """Keep the learner's end-of-run reflection (private ones are never shown to a partner)."""
        self._session(session_id)
        with self._write() as conn:
            conn.execute("INSERT INTO reflections (session_id, profile_id, text, private, created) VALUES (?, ?, ?, ?, ?)",
                         [session_id, profile_id, text[:MAX_TEXT], int(private), self._now()])

    def save_commitment(self, session_id: int, profile_id: int, text: str) -> None:
        """Keep the learner's "try this today" commitment."""
        self._session(session_id)
        with self._write() as conn:
            conn.execute("INSERT INTO commitments (session_id, profile_id, text, created) VALUES (?, ?, ?, ?)",
                         [session_id, profile_id, text[:MAX_TEXT], self._now()])

    # -- what the dashboard and library show -----------------------------------------------
    def scenario_stats(self, profile_id: int) -> dict[str, ScenarioStats]:
        """Per scenario: runs completed, best score, when last played."""
        with self._lock:
            return stats.scenario_stats(self._conn(), profile_id)

    def dashboard(self, profile_id: int, today: dt.date | None = None) -> DashboardData:
        """Everything the dashboard shows for one profile, aggregated in SQL."""
        self.profile(profile_id)
        with self._lock:
            return stats.dashboard(self._conn(), profile_id, today or self._clock().astimezone().date())

    # -- internals -------------------------------------------------------------------------
    def _conn(self) -> sqlite3.Connection:
        if self.db is None:
            raise StoreError(errors.CLOSED, "The progress file is closed.")
        return self.db.conn

    def _now(self) -> str:
        return self._clock().astimezone(dt.timezone.utc).isoformat(timespec="milliseconds")

    def _query(self, sql: str, params: Iterable = ()) -> list[tuple]:
        with self._lock:
            try:
                return self._conn().execute(sql, list(params)).fetchall()
            except sqlite3.Error as exc:
                raise translate(exc, self.path, self.data_dir) from None

    def _session(self, session_id: int) -> dict:
        rows = self._query("SELECT id, profile_id, scenario_id, state FROM sessions WHERE id = ?", [session_id])
        if not rows:
            raise StoreError(errors.NO_SESSION, f"There is no session {session_id}.")
        return dict(zip(("id", "profile_id", "scenario_id", "state"), rows[0]))

    def _write(self):
        return Transaction(self)

    def _valid_name(self, name: str, except_id: int | None = None) -> str:
        name = " ".join(str(name or "").split())
        if not name or len(name) > MAX_NAME or any(not ch.isprintable() for ch in name):
            raise StoreError(errors.BAD_NAME, f"A profile name needs 1 to {MAX_NAME} printable characters.")
        rows = self._query("SELECT id FROM profiles WHERE name = ? COLLATE NOCASE AND id != ?", [name, except_id or -1])
        if rows:
            raise StoreError(errors.PROFILE_EXISTS, f"There is already a profile called '{name}'.")
        return name


_PROFILE_COLUMNS = "id, name, created, EXISTS (SELECT 1 FROM profile_locks l WHERE l.profile_id = profiles.id)"


def _profile(row: tuple) -> Profile:
    return Profile(row[0], row[1], row[2], bool(row[3]))


def _participants(participants: Iterable) -> list[tuple[int, str]]:
    people = []
    for i, item in enumerate(participants):
        profile_id, role = (item, "learner" if i == 0 else "listener") if isinstance(item, int) else item
        if role not in ROLES:
            raise ValueError(f"unknown role {role!r}; expected one of {', '.join(ROLES)}")
        people.append((int(profile_id), role))
    if not people:
        raise ValueError("a session needs at least one participant")
    return people


def _dump(state: RunState) -> str:
    return json.dumps(state.to_json(), ensure_ascii=False, separators=(",", ":"))

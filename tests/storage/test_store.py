"""ProgressStore on real SQLite files: profiles, sessions, turns, resume, reflections."""

from __future__ import annotations

import sqlite3

import pytest

from progress_helpers import advance, fresh_state, make_turn
from relint_desktop.storage import errors
from relint_desktop.storage.paths import database_path
from relint_desktop.storage.store import ProgressStore, StoreError


def test_profiles_create_rename_list(store):
    ann = store.create_profile("  Ann  ")
    bob = store.create_profile("bob")
    assert ann.name == "Ann"
    assert [p.name for p in store.profiles()] == ["Ann", "bob"]
    assert store.rename_profile(bob.id, "Bea").name == "Bea"
    assert store.profile_named("bea").id == bob.id


@pytest.mark.parametrize("name,code", [("", errors.BAD_NAME), ("x" * 61, errors.BAD_NAME),
                                       ("a\x00b", errors.BAD_NAME), ("ANN", errors.PROFILE_EXISTS)])
def test_bad_profile_names_have_codes(store, name, code):
    store.create_profile("Ann")
    with pytest.raises(StoreError) as caught:
        store.create_profile(name)
    assert caught.value.code == code


def test_unknown_profile_and_session(store):
    with pytest.raises(StoreError) as caught:
        store.rename_profile(99, "X")
    assert caught.value.code == errors.NO_PROFILE
    with pytest.raises(StoreError) as caught:
        store.record_turn(42, make_turn(0), fresh_state())
    assert caught.value.code == errors.NO_SESSION


def test_each_turn_is_committed_before_record_turn_returns(store, data_dir):
    ann = store.create_profile("Ann")
    state = fresh_state()
    sid = store.start_session("late-night", state, [ann.id])
    turn = make_turn(0, "so it felt unfair")
    store.record_turn(sid, turn, advance(state, turn))
    # A second, independent connection (another process would see the same) already has the turn.
    other = sqlite3.connect(database_path(data_dir))
    try:
        assert other.execute("SELECT reply FROM turns").fetchall() == [("so it felt unfair",)]
        assert other.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        other.close()


def test_interrupted_session_resumes_latest_unfinished_run(store, clock):
    ann = store.create_profile("Ann")
    state = fresh_state()
    sid = store.start_session("late-night", state, [ann.id])
    for i in range(3):
        turn = make_turn(i)
        state = advance(state, turn)
        store.record_turn(sid, turn, state)
        clock.advance(minutes=1)
    found = store.interrupted_session(ann.id, "late-night")
    assert found is not None
    assert found[0] == sid
    assert found[1] == state
    assert found[1].node == "n4"
    assert store.interrupted_session(ann.id, "other-scenario") is None
    store.abandon_session(sid)
    assert store.interrupted_session(ann.id) is None


def test_recording_the_same_turn_twice_keeps_one_row(store):
    ann = store.create_profile("Ann")
    state = fresh_state()
    sid = store.start_session("late-night", state, [ann.id])
    turn = make_turn(0, labels=("fix", "judge"))
    store.record_turn(sid, turn, advance(state, turn))
    store.record_turn(sid, turn, advance(state, turn))
    data = store.dashboard(ann.id)
    assert data.turns_total == 1
    assert dict(data.red_labels) == {"fix": 1, "judge": 1}


def test_finished_run_is_not_offered_and_counts_in_stats(store, clock):
    ann = store.create_profile("Ann")
    state = fresh_state()
    sid = store.start_session("late-night", state, [ann.id])
    for i, score in enumerate([40, 80]):
        turn = make_turn(i, score=score)
        state = advance(state, turn)
        store.record_turn(sid, turn, state)
    store.finish_session(sid, state.evolve(outcome="opened"))
    assert store.interrupted_session(ann.id) is None
    stats = store.scenario_stats(ann.id)["late-night"]
    assert (stats.completed, stats.best_score) == (1, 60)


def test_sessions_take_several_participants_with_roles(store):
    ann, bob = store.create_profile("Ann"), store.create_profile("Bob")
    sid = store.start_session("couple", fresh_state("couple"), [(ann.id, "speaker"), (bob.id, "listener")],
                              mode="couple")
    turn = make_turn(0)
    store.record_turn(sid, turn, advance(fresh_state("couple"), turn), profile_id=bob.id)
    assert store.interrupted_session(ann.id)[0] == sid
    assert store.interrupted_session(bob.id)[0] == sid
    assert store.dashboard(bob.id).turns_total == 1
    assert store.dashboard(ann.id).turns_total == 0
    with pytest.raises(ValueError):
        store.start_session("couple", fresh_state("couple"), [(ann.id, "referee")])


def test_reflections_and_commitments_are_kept(store, data_dir):
    ann = store.create_profile("Ann")
    sid = store.start_session("late-night", fresh_state(), [ann.id])
    store.save_reflection(sid, ann.id, "I wanted to fix it too fast.")
    store.save_commitment(sid, ann.id, "Ask one question before advising.")
    store.close()
    reopened = ProgressStore.open(data_dir)
    try:
        rows = reopened.db.execute("SELECT text, private FROM reflections").fetchall()
        assert rows == [("I wanted to fix it too fast.", 1)]
        assert reopened.db.execute("SELECT text FROM commitments").fetchall() == [("Ask one question before advising.",)]
    finally:
        reopened.close()


def test_a_closed_store_says_so(store):
    store.close()
    with pytest.raises(StoreError) as caught:
        store.profiles()
    assert caught.value.code == errors.CLOSED


def test_locked_file_has_its_code(store, data_dir):
    ann = store.create_profile("Ann")
    blocker = sqlite3.connect(database_path(data_dir), isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        store.db.conn.execute("PRAGMA busy_timeout = 50")
        with pytest.raises(StoreError) as caught:
            store.rename_profile(ann.id, "Anna")
        assert caught.value.code == errors.LOCKED
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert store.rename_profile(ann.id, "Anna").name == "Anna"


def test_a_missed_moment_keeps_the_state_it_was_answered_in(store, clock):
    ann = store.create_profile("Ann")
    state = fresh_state()
    sid = store.start_session("late-night", state, [ann.id])
    first = make_turn(0, "tell me more", labels=("clarify",))
    state = advance(state, first)
    store.record_turn(sid, first, state)
    before_miss = state.evolve(variables={"trust": 61})
    store.save_state(sid, before_miss)
    miss = make_turn(1, "you should have known", labels=("judge",), node="n2")
    after = advance(before_miss, miss)
    store.record_turn(sid, miss, after)
    store.record_turn(sid, miss, after)  # recorded twice: still the state before it
    assert store.practice_state(ann.id, "late-night", "n2") == before_miss
    assert store.practice_state(ann.id, "late-night", "n1") is None  # no red reply there

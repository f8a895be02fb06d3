"""Erasing a profile leaves none of its text in the main file, the WAL, or any backup."""

from __future__ import annotations

import sqlite3

from progress_helpers import advance, fresh_state, make_turn
from relint_desktop.storage import backups
from relint_desktop.storage.paths import database_path
from relint_desktop.storage.store import ProgressStore

MARKER = "zq-marker-7f3a91"


def every_file(data_dir):
    return [p for p in data_dir.rglob("*") if p.is_file()]


def holds(path, text):
    raw = path.read_bytes()
    return text.encode("utf-8") in raw or text.encode("utf-16-le") in raw


def play(store, profile, tag, turns=30):
    state = fresh_state()
    sid = store.start_session("late-night", state, [profile.id])
    for i in range(turns):
        turn = make_turn(i, reply=f"{tag} reply {i}", labels=("fix",) if i % 3 else ("mirror",))
        state = advance(state, turn)
        store.record_turn(sid, turn, state)
    store.save_reflection(sid, profile.id, f"{tag} private reflection")
    store.save_commitment(sid, profile.id, f"{tag} commitment")
    return sid


def test_erase_leaves_no_marker_bytes_anywhere(data_dir, clock):
    store = ProgressStore.open(data_dir, clock=clock)
    erased = store.create_profile(f"Name {MARKER}")
    kept = store.create_profile("Kept")
    play(store, erased, MARKER)
    play(store, kept, "keeper")
    store.close()
    for _ in range(3):  # backups on three days all hold the profile
        clock.advance(days=1)
        store = ProgressStore.open(data_dir, clock=clock)
        play(store, erased, MARKER, turns=5)
        store.close()
    store = ProgressStore.open(data_dir, clock=clock)
    play(store, erased, MARKER, turns=5)  # also sitting in the WAL right now
    wal = database_path(data_dir).with_name("progress.sqlite3-wal")
    assert wal.exists() and holds(wal, MARKER)
    assert sum(holds(p, MARKER) for p in every_file(data_dir)) >= 4  # the test can fail: the marker is there
    leftover = data_dir / "backups" / "progress-2026-11-04.sqlite3.partial"  # as if a backup was cut short
    leftover.write_bytes(backups.list_backups(data_dir)[0].path.read_bytes())
    assert holds(leftover, MARKER)

    result = store.erase_profile(erased.id)

    assert result.complete and result.rows > 0 and len(result.backups_rewritten) == 3  # day 1 backup predates the profile
    assert [p.name for p in store.profiles()] == ["Kept"]
    still = [p.name for p in every_file(data_dir) if holds(p, MARKER)]
    assert still == []
    # The other profile lost nothing, and the file is healthy.
    assert store.dashboard(kept.id).turns_total == 30
    assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    store.close()
    assert not [p.name for p in every_file(data_dir) if holds(p, MARKER)]
    for backup in backups.list_backups(data_dir):
        assert backups.is_good(backup.path)
        with sqlite3.connect(backup.path) as conn:
            assert conn.execute("SELECT count(*) FROM profiles WHERE name LIKE ?", [f"%{MARKER}%"]).fetchone()[0] == 0


def test_erase_in_a_shared_session_keeps_the_partner_rows(store):
    ann, bob = store.create_profile("Ann"), store.create_profile("Bob")
    state = fresh_state("couple")
    sid = store.start_session("couple", state, [(ann.id, "speaker"), (bob.id, "listener")], mode="couple")
    t0 = make_turn(0, reply=f"{MARKER} from ann")
    state = advance(state, t0)
    store.record_turn(sid, t0, state, profile_id=ann.id)
    t1 = make_turn(1, reply="from bob")
    state = advance(state, t1)
    store.record_turn(sid, t1, state, profile_id=bob.id)
    store.erase_profile(ann.id)
    assert store.dashboard(bob.id).turns_total == 1
    assert store.db.execute("SELECT count(*) FROM turns WHERE reply LIKE ?", [f"%{MARKER}%"]).fetchone()[0] == 0
    assert store.db.execute("SELECT state FROM sessions").fetchone()[0] == "{}"
    assert store.interrupted_session(bob.id) is None


def test_a_reader_holding_the_wal_is_reported_then_a_second_erase_cleans(store, data_dir):
    gone = store.create_profile("Gone")
    play(store, gone, MARKER, turns=5)
    reader = sqlite3.connect(database_path(data_dir))
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM turns").fetchone()  # another window mid-read pins the WAL
    try:
        result = store.erase_profile(gone.id)
        assert not result.complete and result.not_cleaned
    finally:
        reader.rollback()
        reader.close()
    from relint_desktop.storage.erase import compact

    assert compact(store.db.conn) == ()
    assert not [p.name for p in every_file(data_dir) if holds(p, MARKER)]

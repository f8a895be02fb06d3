"""Integrity check on open, rotating backups, and what happens to a damaged file."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from progress_helpers import advance, fresh_state, make_turn
from relint_desktop.storage import backups, errors
from relint_desktop.storage.paths import database_path
from relint_desktop.storage.store import ProgressStore, StoreError


def fill(store, name="Ann", turns=40):
    profile = store.create_profile(name)
    state = fresh_state()
    sid = store.start_session("late-night", state, [profile.id])
    for i in range(turns):
        turn = make_turn(i, reply=f"reply number {i} " + "words " * 30)
        state = advance(state, turn)
        store.record_turn(sid, turn, state)
    return profile


def test_one_backup_a_day_and_seven_kept(data_dir, clock):
    for day in range(10):
        store = ProgressStore.open(data_dir, clock=clock)
        store.create_profile(f"P{day}")
        store.close()
        store = ProgressStore.open(data_dir, clock=clock)  # a second open the same day adds nothing
        store.close()
        clock.advance(days=1)
    kept = backups.list_backups(data_dir)
    assert len(kept) == backups.KEEP
    assert kept[0].day == dt.date(2026, 11, 11)
    assert all(backups.is_good(b.path) for b in kept)
    with sqlite3.connect(kept[0].path) as conn:  # the newest was taken at the start of day 10: 9 profiles
        assert conn.execute("SELECT count(*) FROM profiles").fetchone()[0] == 9
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def corrupt(path, offset_pages=2):
    """Overwrite the middle of the file with garbage, as a failing disk would."""
    data = bytearray(path.read_bytes())
    page = 4096
    start = page * offset_pages
    data[start:start + page] = b"\xa5" * page
    path.write_bytes(bytes(data))


def test_damaged_file_is_reported_with_the_newest_good_backup_then_restored(data_dir, clock):
    store = ProgressStore.open(data_dir, clock=clock)
    fill(store)
    store.close()
    clock.advance(days=1)
    store = ProgressStore.open(data_dir, clock=clock)  # today's backup holds Ann's 40 turns
    store.create_profile("Late")  # not in any backup yet
    store.close()
    corrupt(database_path(data_dir))
    with pytest.raises(StoreError) as caught:
        ProgressStore.open(data_dir, clock=clock)
    assert caught.value.code == errors.DAMAGED
    offered = caught.value.backup
    assert offered is not None and offered.day == dt.date(2026, 11, 3)
    aside = backups.restore(data_dir, offered)
    assert aside is not None and aside.exists()
    store = ProgressStore.open(data_dir, clock=clock)
    try:
        assert [p.name for p in store.profiles()] == ["Ann"]
        assert store.dashboard(store.profile_named("Ann").id).turns_total == 40
    finally:
        store.close()


@pytest.mark.parametrize("content", [b"this is a text file, not a database\n" * 50,
                                     b"SQLite format 3\x00" + b"\x00" * 80])
def test_a_file_that_is_not_a_database_is_damaged(data_dir, content):
    database_path(data_dir).write_bytes(content)
    with pytest.raises(StoreError) as caught:
        ProgressStore.open(data_dir)
    assert caught.value.code == errors.DAMAGED
    assert caught.value.backup is None
    assert database_path(data_dir).read_bytes() == content  # left as it was, for the person to decide


def test_a_damaged_backup_is_skipped(data_dir, clock):
    store = ProgressStore.open(data_dir, clock=clock)
    fill(store)
    store.close()
    clock.advance(days=1)
    ProgressStore.open(data_dir, clock=clock).close()
    newest = backups.list_backups(data_dir)[0]
    corrupt(newest.path)
    good = backups.newest_good_backup(data_dir)
    assert good is not None and good.day == dt.date(2026, 11, 2)


def test_restore_without_any_backup_has_a_code(data_dir):
    with pytest.raises(StoreError) as caught:
        backups.restore(data_dir)
    assert caught.value.code == errors.NO_BACKUP


def test_a_backup_that_cannot_be_made_does_not_stop_the_store(data_dir, clock):
    (data_dir / "backups").write_text("a file where the backups folder should be")
    store = ProgressStore.open(data_dir, clock=clock)
    try:
        assert len(store.warnings) == 1
        store.create_profile("Ann")  # practice is still saved
    finally:
        store.close()


def test_store_errors_are_subclasses_by_code(data_dir):
    from relint_desktop.storage.errors import DamagedError

    database_path(data_dir).write_bytes(b"nope" * 100)
    with pytest.raises(DamagedError) as caught:
        ProgressStore.open(data_dir)
    assert isinstance(caught.value, StoreError) and caught.value.code == errors.DAMAGED
    assert type(StoreError(errors.NO_PROFILE, "x")) is StoreError

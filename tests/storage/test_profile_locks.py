"""Profile locks on a real file: set, verify, change, remove; what needs the passphrase; what is stored."""

from __future__ import annotations

import io
import json
import sqlite3
import time

import pytest

from progress_helpers import advance, fresh_state, make_turn
from relint_desktop.storage import backups, errors, locks
from relint_desktop.storage.export import export_json, import_json, save_export, write_csv
from relint_desktop.storage.paths import database_path
from relint_desktop.storage.store import ProgressStore, StoreError

SECRET = "pz-secret-8c41e0 passphrase"
NEW_SECRET = "pz-newer-77ab3d passphrase"


def code_of(action) -> str:
    with pytest.raises(StoreError) as caught:
        action()
    return caught.value.code


def test_set_verify_change_remove(store):
    ann, bob = store.create_profile("Ann"), store.create_profile("Bob")
    assert not store.is_locked(ann.id) and not store.verify(ann.id, SECRET)  # no lock: nothing "opens" it
    store.set_lock(ann.id, SECRET)
    assert store.is_locked(ann.id) and store.profile(ann.id).locked
    assert [p.locked for p in store.profiles()] == [True, False] and not store.is_locked(bob.id)
    assert store.verify(ann.id, SECRET)
    assert not store.verify(ann.id, SECRET.upper()) and not store.verify(ann.id, "") and not store.verify(bob.id, SECRET)
    assert code_of(lambda: store.set_lock(ann.id, NEW_SECRET)) == errors.PROFILE_LOCKED  # change needs the old one
    assert code_of(lambda: store.change_lock(ann.id, "wrong one", NEW_SECRET)) == errors.WRONG_PASSPHRASE
    assert store.verify(ann.id, SECRET)  # a failed change changed nothing
    store.change_lock(ann.id, SECRET, NEW_SECRET)
    assert store.verify(ann.id, NEW_SECRET) and not store.verify(ann.id, SECRET)
    assert code_of(lambda: store.remove_lock(ann.id, SECRET)) == errors.WRONG_PASSPHRASE
    assert store.is_locked(ann.id)
    store.remove_lock(ann.id, NEW_SECRET)
    assert not store.is_locked(ann.id) and not store.profile(ann.id).locked
    assert code_of(lambda: store.remove_lock(ann.id, NEW_SECRET)) == errors.NOT_LOCKED
    assert code_of(lambda: store.change_lock(ann.id, NEW_SECRET, SECRET)) == errors.NOT_LOCKED


def test_a_passphrase_must_be_usable(store):
    ann = store.create_profile("Ann")
    for bad in ("", "abc", "x" * (locks.MAX_LENGTH + 1), "two\nlines"):
        assert code_of(lambda: store.set_lock(ann.id, bad)) == errors.BAD_PASSPHRASE
    assert not store.is_locked(ann.id)
    store.set_lock(ann.id, "abcd")
    assert code_of(lambda: store.change_lock(ann.id, "abcd", "ab")) == errors.BAD_PASSPHRASE
    assert store.verify(ann.id, "abcd")


def test_accents_typed_either_way_open_the_lock(store):
    ann = store.create_profile("Ann")
    store.set_lock(ann.id, "caf\u00e9 au lait")  # é as one character
    assert store.verify(ann.id, "cafe\u0301 au lait")  # é as e + combining accent (how some systems type it)


def test_the_key_is_scrypt_with_its_parameters_and_never_the_passphrase(store, data_dir):
    ann = store.create_profile("Ann")
    store.set_lock(ann.id, SECRET)
    kdf, params, salt, key = store.db.execute("SELECT kdf, params, salt, key FROM profile_locks").fetchone()
    params = json.loads(params)
    assert kdf == "scrypt" and params == locks.PARAMS and len(salt) == locks.SALT_BYTES and len(key) == 32
    assert SECRET.encode() not in key and SECRET.encode() not in salt
    import hashlib
    assert key == hashlib.scrypt(SECRET.encode(), salt=salt, n=params["n"], r=params["r"], p=params["p"],
                                 dklen=32, maxmem=2 ** 26)
    store.create_profile("Bob")
    store.set_lock(store.profile_named("Bob").id, SECRET)
    salts = [row[0] for row in store.db.execute("SELECT salt FROM profile_locks")]
    assert len(set(salts)) == 2  # the same passphrase gives different keys


def test_the_passphrase_is_in_no_file_byte(data_dir):
    store = ProgressStore.open(data_dir)  # with today's backup
    ann = store.create_profile("Ann")
    store.set_lock(ann.id, SECRET)
    store.change_lock(ann.id, SECRET, NEW_SECRET)
    wal = database_path(data_dir).with_name("progress.sqlite3-wal")
    files = [p for p in data_dir.rglob("*") if p.is_file()]
    assert wal in files and backups.list_backups(data_dir)  # the WAL and a backup are among them
    # The test can fail: the profile's name, written the same way, is found in these files.
    assert any(b"Ann" in p.read_bytes() for p in files)
    for marker in (SECRET, NEW_SECRET):
        for form in (marker.encode("utf-8"), marker.encode("utf-16-le")):
            assert not [p.name for p in files if form in p.read_bytes()]
    store.close()


def test_changing_a_lock_reaches_the_backups(data_dir, clock):
    store = ProgressStore.open(data_dir, clock=clock)  # day 1's backup is taken before Ann exists
    ann = store.create_profile("Ann")
    store.close()
    for _ in range(2):  # days 2 and 3: backups holding Ann, unlocked
        clock.advance(days=1)
        store = ProgressStore.open(data_dir, clock=clock)
        store.close()
    store = ProgressStore.open(data_dir, clock=clock)
    store.set_lock(ann.id, SECRET)
    assert [lock_rows(b.path, ann.id) for b in backups.list_backups(data_dir)] == [1, 1, None]
    store.close()
    backups.restore(data_dir, backups.list_backups(data_dir)[1])  # day 2's, made before the lock was set
    store = ProgressStore.open(data_dir, clock=clock)
    assert store.is_locked(ann.id) and store.verify(ann.id, SECRET)
    store.remove_lock(ann.id, SECRET)
    store.close()
    assert [lock_rows(b.path, ann.id) for b in backups.list_backups(data_dir)] == [0, 0, None]


def lock_rows(path, profile_id):
    """How many lock rows a backup holds for the profile (None: the profile is not in it)."""
    with sqlite3.connect(path) as conn:
        if not conn.execute("SELECT 1 FROM profiles WHERE id = ?", [profile_id]).fetchone():
            return None
        return conn.execute("SELECT count(*) FROM profile_locks WHERE profile_id = ?", [profile_id]).fetchone()[0]


def test_erase_needs_the_passphrase(store):
    ann = store.create_profile("Ann")
    play(store, ann)
    store.set_lock(ann.id, SECRET)
    assert code_of(lambda: store.erase_profile(ann.id)) == errors.PROFILE_LOCKED
    assert code_of(lambda: store.erase_profile(ann.id, "not it")) == errors.WRONG_PASSPHRASE
    assert store.dashboard(ann.id).turns_total == 3  # nothing was changed
    assert store.erase_profile(ann.id, SECRET).complete
    assert store.profiles() == []
    assert store.db.execute("SELECT count(*) FROM profile_locks").fetchone()[0] == 0


def test_export_needs_the_passphrase_and_holds_no_key(store, tmp_path):
    ann = store.create_profile("Ann")
    play(store, ann)
    store.set_lock(ann.id, SECRET)
    assert code_of(lambda: export_json(store, ann.id)) == errors.PROFILE_LOCKED
    assert code_of(lambda: write_csv(store, ann.id, io.StringIO(), "nope")) == errors.WRONG_PASSPHRASE
    out = tmp_path / "ann.json"
    assert code_of(lambda: save_export(store, ann.id, out, "json")) == errors.PROFILE_LOCKED
    assert not out.exists()
    save_export(store, ann.id, out, "json", SECRET)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["profile"] == {"name": "Ann", "created": ann.created, "locked": True}
    salt, key = store.db.execute("SELECT salt, key FROM profile_locks").fetchone()
    raw = out.read_bytes()
    for secret in (salt, key, salt.hex().encode(), key.hex().encode(), SECRET.encode()):
        assert secret not in raw
    import base64
    assert base64.b64encode(key) not in raw
    assert write_csv(store, ann.id, io.StringIO(), SECRET) == 3


def test_an_export_of_a_locked_profile_is_imported_locked(store):
    ann = store.create_profile("Ann")
    play(store, ann)
    store.set_lock(ann.id, SECRET)
    data = export_json(store, ann.id, SECRET)
    assert code_of(lambda: import_json(store, data, "Copy")) == errors.PROFILE_LOCKED
    assert [p.name for p in store.profiles()] == ["Ann"]  # nothing was added
    assert code_of(lambda: import_json(store, data, "Copy", "ab")) == errors.BAD_PASSPHRASE
    copy = import_json(store, data, "Copy", NEW_SECRET)
    assert copy.locked and store.verify(copy.id, NEW_SECRET) and not store.verify(copy.id, SECRET)
    assert store.dashboard(copy.id).turns_total == 3
    data["profile"].pop("locked")
    assert not import_json(store, data, "Open copy").locked


def test_a_lock_made_with_older_parameters_is_upgraded_on_the_next_good_passphrase(store, monkeypatch):
    ann = store.create_profile("Ann")
    monkeypatch.setattr(locks, "PARAMS", {"n": 2 ** 10, "r": 8, "p": 1, "dklen": 32})
    store.set_lock(ann.id, SECRET)
    monkeypatch.undo()
    assert json.loads(store.db.execute("SELECT params FROM profile_locks").fetchone()[0])["n"] == 2 ** 10
    assert not store.verify(ann.id, "wrong")
    assert json.loads(store.db.execute("SELECT params FROM profile_locks").fetchone()[0])["n"] == 2 ** 10
    assert store.verify(ann.id, SECRET)
    assert json.loads(store.db.execute("SELECT params FROM profile_locks").fetchone()[0]) == locks.PARAMS
    assert store.verify(ann.id, SECRET)


def test_a_lock_with_unknown_parameters_stays_shut(store):
    ann = store.create_profile("Ann")
    store.set_lock(ann.id, SECRET)
    store.db.execute("UPDATE profile_locks SET kdf = 'argon9'")
    store.db.conn.commit()
    assert store.is_locked(ann.id) and not store.verify(ann.id, SECRET)


def test_verifying_takes_a_noticeable_but_small_time():
    # Not a benchmark (those are in `./dev bench`): a guard that the parameters are scrypt-slow, not instant.
    lock = locks.new_lock(SECRET)
    started = time.perf_counter()
    assert locks.matches(lock, SECRET)
    assert time.perf_counter() - started > 0.01


def play(store, profile, turns: int = 3) -> int:
    state = fresh_state()
    sid = store.start_session("late-night", state, [profile.id])
    for i in range(turns):
        turn = make_turn(i, reply=f"reply {i}")
        state = advance(state, turn)
        store.record_turn(sid, turn, state)
    return sid


def test_renaming_a_locked_profile_needs_the_passphrase(store):
    ann = store.create_profile("Ann")
    store.set_lock(ann.id, SECRET)
    assert code_of(lambda: store.rename_profile(ann.id, "Someone else")) == errors.PROFILE_LOCKED
    assert code_of(lambda: store.rename_profile(ann.id, "Someone else", "not it")) == errors.WRONG_PASSPHRASE
    assert store.profile(ann.id).name == "Ann"
    assert store.rename_profile(ann.id, "Ann B", SECRET).name == "Ann B"
    assert store.verify(ann.id, SECRET)  # the lock goes with the new name

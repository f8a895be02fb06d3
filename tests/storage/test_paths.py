"""Where the file lives and who can read it: platformdirs by default, 0700 folder, 0600 files."""

from __future__ import annotations

import os
import stat
import sys

import pytest

from progress_helpers import advance, fresh_state, make_turn
from relint_desktop.storage.paths import default_data_dir, resolve_data_dir
from relint_desktop.storage.store import ProgressStore


def test_default_data_dir_is_the_platform_user_data_folder(_private_home):
    assert default_data_dir() == _private_home / ".local" / "share" / "relint"
    assert resolve_data_dir(None) == default_data_dir()
    assert resolve_data_dir("~/portable") == _private_home / "portable"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_folder_is_0700_and_every_file_0600(tmp_path):
    old = os.umask(0o022)  # a typical permissive umask must not leak into our files
    try:
        folder = tmp_path / "new" / "relint"
        store = ProgressStore.open(folder)
        ann = store.create_profile("Ann")
        sid = store.start_session("late-night", fresh_state(), [ann.id])
        turn = make_turn(0)
        store.record_turn(sid, turn, advance(fresh_state(), turn))
        files = [p for p in folder.rglob("*") if p.is_file()]
        names = {p.name for p in files}
        assert {"progress.sqlite3", "progress.sqlite3-wal", "progress.sqlite3-shm"} <= names
        assert any(p.parent.name == "backups" for p in files)
        for path in files:
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        assert stat.S_IMODE((folder / "backups").stat().st_mode) == 0o700
        store.close()
    finally:
        os.umask(old)


def test_a_data_dir_that_is_a_file_is_reported_with_a_code(tmp_path):
    from relint_desktop.storage import errors
    from relint_desktop.storage.store import StoreError

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(StoreError) as caught:
        ProgressStore.open(blocker)
    assert caught.value.code == errors.UNREADABLE


def test_the_store_never_opens_a_network_connection(data_dir, monkeypatch):
    import socket

    def refuse(*args, **kwargs):
        raise AssertionError("the progress store tried to open a network connection")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    from relint_desktop.storage.export import export_json, import_json

    store = ProgressStore.open(data_dir)
    try:
        ann = store.create_profile("Ann")
        sid = store.start_session("late-night", fresh_state(), [ann.id])
        turn = make_turn(0, labels=("fix",))
        store.record_turn(sid, turn, advance(fresh_state(), turn))
        store.dashboard(ann.id)
        import_json(store, export_json(store, ann.id))
        store.erase_profile(ann.id)
    finally:
        store.close()

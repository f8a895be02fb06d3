"""Schema versions: an older file is migrated in place (step by step), a newer one is refused untouched."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from relint_desktop.storage import errors
from relint_desktop.storage.backups import list_backups
from relint_desktop.storage.paths import database_path
from relint_desktop.storage.schema import SCHEMA_VERSION, migrations
from relint_desktop.storage.store import ProgressStore, StoreError

FIXTURE = Path(__file__).parent / "data" / "progress-v1.sqlite3"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_version_1_file_is_migrated_with_nothing_lost(data_dir):
    shutil.copyfile(FIXTURE, database_path(data_dir))
    store = ProgressStore.open(data_dir)
    try:
        assert store.db.execute("SELECT version FROM relint_schema").fetchone()[0] == SCHEMA_VERSION == 5
        robin = store.profile_named("Robin")
        data = store.dashboard(robin.id)
        assert data.turns_total == 6
        assert len(data.series["listening"]) == 2 and data.longest_streak == 2  # days filled in by step 004
        assert data.sessions_total == 2 and data.sessions_finished == 1
        assert dict(data.red_labels) == {"fix": 2, "judge": 2}  # split out of version 1's "fix,judge"
        assert {(m.node_id, m.labels) for m in data.missed} == {("n1", ("fix", "judge"))}
        assert store.scenario_stats(robin.id)["late-night"].best_score == 70
        resumed = store.interrupted_session(robin.id, "late-night")
        assert resumed is not None and resumed[0] == 2 and resumed[1].node == "n3"
        roles = store.db.execute("SELECT session_id, profile_id, role FROM session_participants ORDER BY 1").fetchall()
        assert roles == [(1, 1, "learner"), (2, 1, "learner"), (3, 2, "learner")]
        assert store.db.execute("SELECT text FROM reflections").fetchall() == [("I rushed.",)]
    finally:
        store.close()
    # The version 1 file was kept as a backup before it changed.
    backup = list_backups(data_dir)[0].path
    with sqlite3.connect(backup) as conn:
        assert conn.execute("SELECT version FROM relint_schema").fetchone()[0] == 1


def test_a_failing_step_rolls_back_with_its_record(data_dir):
    shutil.copyfile(FIXTURE, database_path(data_dir))

    @migrations(name="999_broken_for_test")
    def broken(db):
        db.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("step fails midway")

    try:
        with pytest.raises(RuntimeError):
            ProgressStore.open(data_dir)
    finally:
        migrations._migrations.remove(next(m for m in migrations._migrations if m.name == "999_broken_for_test"))
    with sqlite3.connect(database_path(data_dir)) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        steps = [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations")]
    assert "half_done" not in tables
    assert steps == ["001_initial", "002_participants_and_labels", "003_practice_states",
                     "004_dashboard_indexes", "005_profile_locks"]  # good steps stayed


def test_a_version_4_file_gains_profile_locks_with_every_profile_open(data_dir):
    path = database_path(data_dir)
    shutil.copyfile(FIXTURE, path)
    with sqlite3.connect(path) as conn:  # what the previous Relint left: steps 001 to 004
        migrations.apply(Database(conn), stop_before="005_profile_locks")
        assert conn.execute("SELECT version FROM relint_schema").fetchone()[0] == 4
    conn.close()
    store = ProgressStore.open(data_dir)
    try:
        assert store.db.execute("SELECT version FROM relint_schema").fetchone()[0] == 5
        robin = store.profile_named("Robin")
        assert not robin.locked and not store.is_locked(robin.id)
        assert store.dashboard(robin.id).turns_total == 6
        store.set_lock(robin.id, "river stone")
        assert store.profile_named("Robin").locked and store.verify(robin.id, "river stone")
    finally:
        store.close()
    with sqlite3.connect(list_backups(data_dir)[-1].path) as conn:  # the version 4 file was kept first
        assert conn.execute("SELECT version FROM relint_schema").fetchone()[0] == 4


def make_newer(data_dir: Path) -> Path:
    store = ProgressStore.open(data_dir, daily_backup=False)
    store.create_profile("Ann")
    store.db.execute("UPDATE relint_schema SET version = ?", [SCHEMA_VERSION + 1])
    store.db.conn.commit()
    store.close()
    return database_path(data_dir)


def test_a_file_from_a_newer_relint_is_refused_and_not_modified(data_dir):
    path = make_newer(data_dir)
    before = digest(path)
    with pytest.raises(StoreError) as caught:
        ProgressStore.open(data_dir)
    assert caught.value.code == errors.NEWER_SCHEMA
    assert digest(path) == before
    assert not list_backups(data_dir)


def test_an_unknown_migration_step_also_means_newer(data_dir):
    store = ProgressStore.open(data_dir, daily_backup=False)
    store.db.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('relint', '003_x', '')")
    store.db.conn.commit()
    store.close()
    with pytest.raises(StoreError) as caught:
        ProgressStore.open(data_dir)
    assert caught.value.code == errors.NEWER_SCHEMA


def test_another_programs_sqlite_file_is_refused(data_dir):
    with sqlite3.connect(database_path(data_dir)) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
    before = digest(database_path(data_dir))
    with pytest.raises(StoreError) as caught:
        ProgressStore.open(data_dir)
    assert caught.value.code == errors.NOT_RELINT
    assert digest(database_path(data_dir)) == before

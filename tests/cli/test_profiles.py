"""`relint profiles`: list, create, rename, erase, backups and restore, on a real data folder."""

from __future__ import annotations

from relint_desktop.cli import main
from relint_desktop.storage.paths import database_path
from relint_desktop.storage.store import ProgressStore


def relint(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_create_list_rename_erase(capsys, data_dir):
    d = str(data_dir)
    assert relint(capsys, "profiles", "create", "Ann", "--data-dir", d)[0] == 0
    assert relint(capsys, "profiles", "create", "ann", "--data-dir", d)[2].endswith("[PROFILE_EXISTS]\n")
    assert relint(capsys, "profiles", "rename", "Ann", "Anna", "--data-dir", d)[0] == 0
    code, out, _ = relint(capsys, "profiles", "--data-dir", d, "list")
    assert code == 0 and out.split("\t")[0] == "Anna"
    code, _, err = relint(capsys, "profiles", "erase", "Anna", "--data-dir", d)  # stdin is not a terminal
    assert code == 1
    assert relint(capsys, "profiles", "erase", "Anna", "--yes", "--data-dir", d)[0] == 0
    assert relint(capsys, "profiles", "list", "--data-dir", d)[1] == ""
    code, _, err = relint(capsys, "profiles", "rename", "Nobody", "X", "--data-dir", d)
    assert code == 1 and "[NO_PROFILE]" in err


def test_damaged_file_offers_the_backup_and_restore_brings_it_back(capsys, data_dir):
    d = str(data_dir)
    relint(capsys, "profiles", "create", "Ann", "--data-dir", d)
    store = ProgressStore.open(data_dir)  # take today's backup again, now holding Ann
    from relint_desktop.storage import backups
    import datetime as dt
    backups.backup_now(store.db.conn, data_dir, dt.date.today())
    store.close()
    database_path(data_dir).write_bytes(b"garbage" * 1000)
    code, _, err = relint(capsys, "profiles", "list", "--data-dir", d)
    assert code == 3 and "[DAMAGED]" in err and "relint profiles restore" in err
    code, out, _ = relint(capsys, "profiles", "backups", "--data-dir", d)
    assert code == 0 and "\tgood\t" in out
    assert relint(capsys, "profiles", "restore", "--data-dir", d)[0] == 0
    code, out, _ = relint(capsys, "profiles", "list", "--data-dir", d)
    assert code == 0 and out.startswith("Ann\t")
    assert list(data_dir.glob("progress.damaged-*.sqlite3"))


def test_a_newer_file_is_refused_with_its_code(capsys, data_dir):
    store = ProgressStore.open(data_dir)
    store.db.execute("UPDATE relint_schema SET version = 99")
    store.db.conn.commit()
    store.close()
    code, _, err = relint(capsys, "profiles", "list", "--data-dir", str(data_dir))
    assert code == 3 and "[NEWER_SCHEMA]" in err

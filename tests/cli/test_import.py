"""`relint import`: a JSON export becomes a profile in another data folder; bad files add nothing."""

from __future__ import annotations

from relint_desktop.cli import main
from relint_desktop.storage.store import ProgressStore

from test_export import seed


def test_export_then_import_elsewhere(capsys, data_dir, tmp_path):
    seed(data_dir, turns=3)
    out = tmp_path / "ann.json"
    assert main(["export", "--profile", "Ann", "--out", str(out), "--data-dir", str(data_dir)]) == 0
    other = tmp_path / "other"
    assert main(["import", str(out), "--data-dir", str(other)]) == 0
    assert main(["import", str(out), "--as", "Ann at work", "--data-dir", str(other)]) == 0
    store = ProgressStore.open(other)
    try:
        assert [p.name for p in store.profiles()] == ["Ann", "Ann at work"]
        assert store.dashboard(store.profile_named("Ann at work").id).turns_total == 3
    finally:
        store.close()


def test_a_bad_file_is_refused_plainly(capsys, data_dir, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"relint_export": 1, "profile": {"name": "X"}, "sessions": "nope"}')
    assert main(["import", str(bad), "--data-dir", str(data_dir)]) == 1
    assert "[BAD_IMPORT]" in capsys.readouterr().err
    assert main(["import", str(tmp_path / "missing.json"), "--data-dir", str(data_dir)]) == 1
    store = ProgressStore.open(data_dir)
    try:
        assert store.profiles() == []
    finally:
        store.close()

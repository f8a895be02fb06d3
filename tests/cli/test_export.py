"""`relint export`: JSON and CSV of a profile, private files, clear errors."""

from __future__ import annotations

import csv
import json
import stat

from relint_desktop.cli import main
from relint_desktop.core.rubric import ELEMENTS
from relint_desktop.core.state import RunState, Turn
from relint_desktop.storage.store import ProgressStore


def seed(data_dir, turns=4):
    store = ProgressStore.open(data_dir)
    ann = store.create_profile("Ann")
    state = RunState("late-night", "n1", {"trust": 50})
    sid = store.start_session("late-night", state, [ann.id])
    for i in range(turns):
        turn = Turn(i, f"n{i + 1}", f"reply {i}, with a comma", True, None, ("fix",) if i % 2 else ("mirror",),
                    {e: 40 + i for e in ELEMENTS}, 40 + i)
        state = state.evolve(node=f"n{i + 2}", turns=state.turns + (turn,))
        store.record_turn(sid, turn, state)
    store.close()


def test_csv_file_opens_as_a_spreadsheet_table(capsys, data_dir, tmp_path):
    seed(data_dir)
    out = tmp_path / "ann.csv"
    assert main(["export", "--profile", "ann", "--out", str(out), "--data-dir", str(data_dir)]) == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 4
    assert rows[1]["reply"] == "reply 1, with a comma" and rows[1]["red_labels"] == "fix"
    assert rows[3]["judgment"] == "43"


def test_json_to_stdout(capsys, data_dir):
    seed(data_dir, turns=2)
    assert main(["export", "--profile", "Ann", "--format", "json", "--data-dir", str(data_dir)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["profile"]["name"] == "Ann"
    assert [t["reply"] for t in data["sessions"][0]["turns"]] == ["reply 0, with a comma", "reply 1, with a comma"]


def test_unknown_profile(capsys, data_dir):
    seed(data_dir)
    assert main(["export", "--profile", "Zed", "--data-dir", str(data_dir)]) == 1
    assert "[NO_PROFILE]" in capsys.readouterr().err

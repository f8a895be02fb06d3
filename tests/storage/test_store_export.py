"""Export to JSON and CSV, and importing the JSON back into another data folder."""

from __future__ import annotations

import csv
import io
import json

import pytest

from progress_helpers import advance, fresh_state, make_turn
from relint_desktop.storage import errors
from relint_desktop.storage.export import CSV_HEADER, export_json, import_json, read_export_file, write_csv
from relint_desktop.storage.store import ProgressStore, StoreError


def history(store):
    ann = store.create_profile("Ann")
    state = fresh_state()
    sid = store.start_session("late-night", state, [ann.id])
    replies = [("=SUM(A1:A9) is how I feel", ("judge",)), ("so it felt unfair, «really»", ("mirror",)),
               ("line one\nline two, with comma", ())]
    for i, (reply, labels) in enumerate(replies):
        turn = make_turn(i, reply=reply, labels=labels, score=30 + 20 * i)
        state = advance(state, turn)
        store.record_turn(sid, turn, state)
    store.finish_session(sid, state.evolve(outcome="partly"))
    store.save_reflection(sid, ann.id, "I judged first.")
    store.save_commitment(sid, ann.id, "Mirror before anything else.")
    store.start_session("late-night", fresh_state(), [ann.id])  # an unfinished run, no turns yet
    return ann


def test_csv_has_a_header_and_one_row_per_turn(store):
    ann = history(store)
    out = io.StringIO(newline="")
    assert write_csv(store, ann.id, out) == 3
    rows = list(csv.reader(io.StringIO(out.getvalue(), newline="")))
    assert tuple(rows[0]) == CSV_HEADER
    assert len(rows) == 4
    record = [dict(zip(rows[0], row)) for row in rows[1:]]
    assert record[0]["reply"] == "'=SUM(A1:A9) is how I feel"  # never run as a spreadsheet formula
    assert record[0]["red_labels"] == "judge" and record[0]["listening"] == "30"
    assert record[1]["reply"] == "so it felt unfair, «really»"
    assert record[2]["reply"] == "line one\nline two, with comma"
    assert [r["turn"] for r in record] == ["1", "2", "3"] and record[2]["outcome"] == "partly"


def test_json_export_imports_into_another_folder_with_everything(store, tmp_path):
    ann = history(store)
    data = json.loads(json.dumps(export_json(store, ann.id)))
    other = ProgressStore.open(tmp_path / "elsewhere")
    try:
        copy = import_json(other, data)
        assert copy.name == "Ann"
        assert json.loads(json.dumps(export_json(other, copy.id)))["sessions"] == data["sessions"]
        assert dict(other.dashboard(copy.id).red_labels) == {"judge": 1}
        assert other.interrupted_session(copy.id) is not None
        again = import_json(other, data)  # the name is taken now
        assert again.name == "Ann (2)"
    finally:
        other.close()


@pytest.mark.parametrize("data", [
    [], {"sessions": []}, {"relint_export": 99, "profile": {"name": "A"}, "sessions": []},
    {"relint_export": 1, "profile": {"name": "A"}, "sessions": [{"scenario_id": "x"}]},
    {"relint_export": 1, "profile": {"name": "A"}, "sessions": [
        {"scenario_id": "x", "started": "t", "turns": [{"idx": 0, "node": "n", "reply": "r", "score": 1, "at": "t",
                                                        "elements": {}, "labels": ["rude"]}]}]},
])
def test_a_bad_import_has_its_code_and_adds_nothing(store, data):
    with pytest.raises(StoreError) as caught:
        import_json(store, data)
    assert caught.value.code == errors.BAD_IMPORT
    assert store.profiles() == []


def test_reading_a_file_that_is_not_json(tmp_path):
    path = tmp_path / "x.json"
    path.write_bytes(b"\xff\xfe not json")
    with pytest.raises(StoreError) as caught:
        read_export_file(path)
    assert caught.value.code == errors.BAD_IMPORT
    with pytest.raises(StoreError) as caught:
        read_export_file(tmp_path / "missing.json")
    assert caught.value.code == errors.BAD_IMPORT

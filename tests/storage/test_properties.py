"""Any text a learner can type survives the store, the JSON export/import and the CSV unchanged."""

from __future__ import annotations

import csv
import io
import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from progress_helpers import advance, fresh_state, make_turn
from relint_desktop.storage.export import export_json, import_json, write_csv
from relint_desktop.storage.store import ProgressStore

# Everything but lone surrogates (which no UTF-8 text can hold): emoji, RTL, NUL, control characters.
text = st.text(st.characters(blacklist_categories=("Cs",)), min_size=0, max_size=300)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(replies=st.lists(text, min_size=1, max_size=4), name=st.text(st.characters(
    whitelist_categories=("L", "N", "Zs", "P", "So")), min_size=1, max_size=40).filter(lambda n: n.strip()))
def test_text_round_trips(replies, name):
    with tempfile.TemporaryDirectory() as tmp:
        store = ProgressStore.open(Path(tmp) / "a", daily_backup=False)
        other = ProgressStore.open(Path(tmp) / "b", daily_backup=False)
        try:
            profile = store.create_profile(name)
            state = fresh_state()
            sid = store.start_session("late-night", state, [profile.id])
            for i, reply in enumerate(replies):
                turn = make_turn(i, reply=reply, labels=("fix",))
                state = advance(state, turn)
                store.record_turn(sid, turn, state)
            assert store.interrupted_session(profile.id)[1] == state
            data = json.loads(json.dumps(export_json(store, profile.id)))
            copy = import_json(other, data)
            assert copy.name == " ".join(name.split())
            again = export_json(other, copy.id)
            assert [t["reply"] for t in again["sessions"][0]["turns"]] == replies
            out = io.StringIO(newline="")
            write_csv(store, profile.id, out)
            rows = list(csv.DictReader(io.StringIO(out.getvalue(), newline="")))
            for row, reply in zip(rows, replies, strict=True):
                expected = "'" + reply if reply[:1] in ("=", "+", "-", "@", "\t", "\r") else reply
                assert row["reply"] == expected
        finally:
            store.close()
            other.close()

"""Writes progress-v1.sqlite3: a progress file as Relint's schema version 1 left it, for the migration test.

Run from the repository root: `.venv/bin/python tests/storage/data/make_v1_fixture.py`.
Version 1 had one learner per session (sessions.profile_id) and labels as "a,b" text on each turn.
The file is committed; rerunning this script must give the same contents.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from relint_desktop.storage.schema import migrations

OUT = Path(__file__).with_name("progress-v1.sqlite3")

STATE = {"format": 1, "scenario": "late-night", "node": "n3", "variables": {"trust": 55}, "visits": {"n1": 1},
         "facts": [], "understood": False, "outcome": "",
         "transcript": [["maya", "I think I messed up at school.", "n1", "worried"]], "turns": []}


def main() -> None:
    OUT.unlink(missing_ok=True)
    conn = sqlite3.connect(OUT)
    db = Database(conn)
    migrations.apply(db, stop_before="002_participants_and_labels")
    stamp = "2026-10-0{}T19:00:00.000+00:00"
    with db.atomic():
        conn.execute("INSERT INTO profiles (id, name, created) VALUES (1, 'Robin', ?)", [stamp.format(1)])
        conn.execute("INSERT INTO profiles (id, name, created) VALUES (2, 'Sam', ?)", [stamp.format(1)])
        for sid, (pid, day, finished) in enumerate([(1, 1, True), (1, 2, False), (2, 3, True)], start=1):
            conn.execute(
                "INSERT INTO sessions (id, profile_id, scenario_id, started, updated, finished, outcome, score, state) "
                "VALUES (?, ?, 'late-night', ?, ?, ?, ?, ?, ?)",
                [sid, pid, stamp.format(day), stamp.format(day), stamp.format(day) if finished else None,
                 "opened" if finished else "", 70 if finished else None, json.dumps(STATE)])
            for idx, (labels, score) in enumerate([("fix,judge", 20), ("mirror", 80), ("", 50)]):
                conn.execute(
                    "INSERT INTO turns (session_id, idx, node, reply, typed, labels, score, listening, curiosity, "
                    "judgment, containment, consistency, at) VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [sid, idx, f"n{idx + 1}", f"reply {sid}.{idx}", labels, score, score, score, score, score, score,
                     stamp.format(day)])
        conn.execute("UPDATE _sqlite_migrations SET applied_at = ?", ["2026-10-01 09:00:00+00:00"])  # reproducible
        conn.execute("INSERT INTO reflections (session_id, profile_id, text, created) VALUES (1, 1, 'I rushed.', ?)",
                     [stamp.format(1)])
    conn.execute("VACUUM")
    conn.close()
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()

"""`relint play --text --profile --data-dir`: a run killed with SIGKILL mid-way resumes where it stopped."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from relint_desktop.storage.store import ProgressStore

WALK = Path(__file__).parent / "data" / "long-walk.yaml"
ANSWERED_BEFORE_KILL = 4


def play(data_dir, *extra):
    return [sys.executable, "-m", "relint_desktop", "play", "--text", str(WALK), "--profile", "Ann",
            "--data-dir", str(data_dir), *extra]


def saved_turns(data_dir):
    store = ProgressStore.open(data_dir)
    try:
        rows = store.db.execute("SELECT session_id, idx, node, reply FROM turns ORDER BY session_id, idx").fetchall()
        finished = store.db.execute("SELECT finished IS NOT NULL, outcome FROM sessions").fetchall()
        return rows, finished
    finally:
        store.close()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_killed_run_resumes_from_the_right_node_with_nothing_lost(data_dir):
    child = subprocess.Popen(play(data_dir), stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                             env={**os.environ, "PYTHONUNBUFFERED": "1"})
    answered = 0
    seen = []
    for line in child.stdout:
        seen.append(line.rstrip("\n"))
        if line.startswith("Choose 1-"):
            if answered == ANSWERED_BEFORE_KILL:
                break  # the fifth line is on screen: four turns were completed
            child.stdin.write("1\n" if answered % 2 == 0 else "2\n")
            child.stdin.flush()
            answered += 1
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    assert child.returncode == -signal.SIGKILL
    assert "Sam (calm): This is step 5 of the walk." in seen

    rows, finished = saved_turns(data_dir)
    assert [(idx, node) for _, idx, node, _ in rows] == [(i, f"step{i + 1}") for i in range(ANSWERED_BEFORE_KILL)]
    assert finished == [(0, "")]

    resumed = subprocess.run(play(data_dir), input="1\n" * 8, capture_output=True, text=True, timeout=60)
    assert resumed.returncode == 0, resumed.stderr
    out = resumed.stdout.splitlines()
    spoken = [line for line in out if line.startswith("Sam (")]
    assert spoken[0] == "Sam (calm): This is step 5 of the walk."  # continues at the node where it stopped
    assert not any("step 1 of" in line for line in out)
    assert "resum" in (resumed.stdout + resumed.stderr).lower()

    rows, finished = saved_turns(data_dir)
    assert len({sid for sid, *_ in rows}) == 1  # the same session carried on
    assert [(idx, node) for _, idx, node, _ in rows] == [(i, f"step{i + 1}") for i in range(8)]
    assert [reply for *_, reply in rows][:4] == [
        "So step 1 is weighing on you.", "You should just stop thinking about step 2.",
        "So step 3 is weighing on you.", "You should just stop thinking about step 4."]
    assert finished == [(1, "opened")]


def test_a_finished_run_is_not_resumed(data_dir):
    first = subprocess.run(play(data_dir), input="1\n" * 8, capture_output=True, text=True, timeout=60)
    assert first.returncode == 0, first.stderr
    again = subprocess.run(play(data_dir), input="2\n" * 8, capture_output=True, text=True, timeout=60)
    assert again.returncode == 0
    assert "Sam (calm): This is step 1 of the walk." in again.stdout
    rows, finished = saved_turns(data_dir)
    assert len({sid for sid, *_ in rows}) == 2 and finished == [(1, "opened"), (1, "opened")]


def test_a_damaged_progress_file_is_reported_plainly(data_dir):
    (data_dir / "progress.sqlite3").write_bytes(b"not a database" * 100)
    result = subprocess.run(play(data_dir), input="1\n" * 8, capture_output=True, text=True, timeout=60)
    assert result.returncode != 0
    assert "[DAMAGED]" in result.stderr and "Traceback" not in result.stderr


def test_a_locked_progress_file_stops_the_run_plainly(data_dir):
    import sqlite3

    store = ProgressStore.open(data_dir)
    store.create_profile("Ann")
    store.close()
    blocker = sqlite3.connect(data_dir / "progress.sqlite3", isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")  # another program holds the write lock for the whole run
    try:
        result = subprocess.run(play(data_dir), input="1\n" * 8, capture_output=True, text=True, timeout=60)
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert result.returncode == 3
    assert "[LOCKED]" in result.stderr and "Traceback" not in result.stderr
    assert "Choose 1-" not in result.stdout  # it stopped before asking for a reply it could not keep


def test_a_run_stopped_at_a_node_the_scenario_no_longer_has_starts_afresh(data_dir):
    from relint_desktop.core.state import RunState

    store = ProgressStore.open(data_dir)
    ann = store.create_profile("Ann")
    store.start_session("test-long-walk", RunState("test-long-walk", "a-deleted-node", {"trust": 50}), [ann.id])
    store.close()
    result = subprocess.run(play(data_dir), input="1\n" * 8, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "Sam (calm): This is step 1 of the walk." in result.stdout
    rows, finished = saved_turns(data_dir)
    assert len(rows) == 8 and finished == [(0, ""), (1, "opened")]

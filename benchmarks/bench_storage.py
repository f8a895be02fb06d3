"""Progress store figures: saving a turn (target p95 <= 5 ms), a 100,000-turn dashboard (target <= 300 ms),
and checking a profile's passphrase (target 50-150 ms: costly to guess, quick enough for the window).

Prints figures; asserts nothing. Run with `./dev bench storage`.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from relint_desktop.core.rubric import ELEMENTS, LABELS, RED_LABELS  # noqa: E402
from relint_desktop.core.state import RunState, TranscriptEntry, Turn  # noqa: E402
from relint_desktop.storage.store import ProgressStore  # noqa: E402

TURNS_PER_RUN = 12


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def bench_record_turn(folder: Path, runs: int = 60, synchronous: str = "FULL") -> None:
    ProgressStore.SYNCHRONOUS = synchronous
    store = ProgressStore.open(folder / f"turns-{synchronous}")
    profile = store.create_profile("Bench")
    rng = random.Random(1)
    timings = []
    for run in range(runs):
        state = RunState("bench", "n1", {"trust": 50})
        sid = store.start_session("bench", state, [profile.id])
        for i in range(TURNS_PER_RUN):
            reply = "so it sounds like that week was a lot for you, " * rng.randint(1, 4)
            turn = Turn(i, f"n{i + 1}", reply, True, None, tuple(sorted(rng.sample(LABELS, 2))),
                        {e: rng.randint(0, 100) for e in ELEMENTS}, rng.randint(0, 100))
            state = state.evolve(node=f"n{i + 2}", turns=state.turns + (turn,), transcript=state.transcript + (
                TranscriptEntry("maya", "I don't know, it's just that everything piles up at once. " * 2, f"n{i + 1}"),
                TranscriptEntry("learner", reply, f"n{i + 1}")))
            start = time.perf_counter()
            store.record_turn(sid, turn, state)
            timings.append((time.perf_counter() - start) * 1000)
        store.finish_session(sid, state.evolve(outcome="opened"))
    store.close()
    ProgressStore.SYNCHRONOUS = "FULL"
    print(f"record_turn (commit, synchronous={synchronous}, WAL): n={len(timings)}  p50={percentile(timings, .5):.2f} ms  "
          f"p95={percentile(timings, .95):.2f} ms  max={max(timings):.2f} ms  (target p95 <= 5 ms)")


def fill_100k(folder: Path, turns: int = 100_000) -> int:
    """Bulk-load a year of history for one profile (and a little for another) straight through SQL."""
    store = ProgressStore.open(folder, daily_backup=False)
    me = store.create_profile("Heavy user")
    other = store.create_profile("Someone else")
    rng = random.Random(7)
    start = dt.datetime(2025, 11, 1, 18, tzinfo=dt.timezone.utc)
    sessions = turns // TURNS_PER_RUN
    conn = store.db.conn
    conn.execute("BEGIN")
    turn_id = 0
    for s in range(sessions + 1):
        pid = me.id if s < sessions else other.id
        when = start + dt.timedelta(minutes=s * (365 * 24 * 60 // sessions))
        stamp = when.isoformat(timespec="milliseconds")
        scenario = f"scenario-{s % 25}"
        sid = conn.execute("INSERT INTO sessions (profile_id, scenario_id, started, updated, finished, outcome, score, "
                           "state) VALUES (?, ?, ?, ?, ?, 'opened', ?, '{}')",
                           [pid, scenario, stamp, stamp, stamp, rng.randint(20, 95)]).lastrowid
        conn.execute("INSERT INTO session_participants VALUES (?, ?, 'learner')", [sid, pid])
        count = TURNS_PER_RUN if s < sessions else 5
        rows, label_rows = [], []
        for i in range(count):
            turn_id += 1
            labels = tuple(sorted(rng.sample(LABELS, rng.randint(0, 2))))
            red = sum(x in RED_LABELS for x in labels)
            rows.append((turn_id, sid, i, f"n{i}", f"reply {turn_id} to the moment", 1, ",".join(labels),
                         rng.randint(0, 100), *[rng.randint(0, 100) for _ in ELEMENTS], stamp, pid, scenario, red,
                         when.astimezone().date().isoformat()))
            label_rows += [(turn_id, x, pid) for x in labels]
        conn.executemany("INSERT INTO turns (id, session_id, idx, node, reply, typed, labels, score, "
                         + ", ".join(ELEMENTS) + ", at, profile_id, scenario_id, red, day) VALUES ("
                         + ", ".join("?" * (13 + len(ELEMENTS))) + ")", rows)
        conn.executemany("INSERT INTO turn_labels (turn_id, label, profile_id) VALUES (?, ?, ?)", label_rows)
    conn.execute("COMMIT")
    conn.execute("ANALYZE")
    store.close()
    return me.id


def bench_dashboard(folder: Path) -> None:
    made = time.perf_counter()
    profile_id = fill_100k(folder)
    print(f"(filled 100,000 turns in {time.perf_counter() - made:.1f} s)")
    start = time.perf_counter()
    store = ProgressStore.open(folder, daily_backup=False)
    opened = (time.perf_counter() - start) * 1000
    timings = []
    for _ in range(7):
        start = time.perf_counter()
        data = store.dashboard(profile_id)
        timings.append((time.perf_counter() - start) * 1000)
    widget_ms = bench_dashboard_widget(store, profile_id)
    backup_start = time.perf_counter()
    store.close()
    store = ProgressStore.open(folder)  # includes the day's backup of the whole file
    with_backup = (time.perf_counter() - backup_start) * 1000
    store.close()
    size = (folder / "progress.sqlite3").stat().st_size / 2**20
    print(f"100,000 turns ({size:.1f} MB): open + integrity check {opened:.0f} ms; open with first-of-day backup "
          f"{with_backup:.0f} ms")
    print(f"dashboard(profile): first {timings[0]:.0f} ms, median {statistics.median(timings):.0f} ms, "
          f"max {max(timings):.0f} ms  (target <= 300 ms); {data.turns_total} turns, "
          f"{len(data.series['listening'])} chart points per element, {len(data.missed)} missed moments")
    if widget_ms is not None:
        print(f"DashboardView built and painted (offscreen Qt, figures + charts + lists): {widget_ms:.0f} ms")


def bench_dashboard_widget(store, profile_id: int) -> float | None:
    """The whole page as the learner sees it: query, charts, lists, one paint."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from relint_desktop.gui.dashboard import DashboardView
        from relint_desktop.gui.qt import QtWidgets
    except ImportError:
        return None
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    start = time.perf_counter()
    view = DashboardView(store, profile_id)
    view.resize(1000, 1200)
    view.grab()
    elapsed = (time.perf_counter() - start) * 1000
    view.deleteLater()
    app.processEvents()
    return elapsed


def bench_passphrase(folder: Path, tries: int = 15) -> None:
    store = ProgressStore.open(folder / "locks", daily_backup=False)
    profile = store.create_profile("Locked")
    store.set_lock(profile.id, "a passphrase for timing")
    timings = []
    for i in range(tries):
        start = time.perf_counter()
        store.verify(profile.id, "a passphrase for timing" if i % 2 else "a wrong one")
        timings.append((time.perf_counter() - start) * 1000)
    store.close()
    from relint_desktop.storage.locks import PARAMS
    print(f"verify passphrase (scrypt {PARAMS}): n={tries}  p50={statistics.median(timings):.0f} ms  "
          f"max={max(timings):.0f} ms  (target 50-150 ms)")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        bench_passphrase(Path(tmp))
        bench_record_turn(Path(tmp))
        bench_record_turn(Path(tmp), synchronous="NORMAL")
        bench_dashboard(Path(tmp) / "big")


if __name__ == "__main__":
    main()

"""The dashboard's and library's figures, aggregated in SQL so 100,000 turns open in milliseconds."""

from __future__ import annotations

import datetime as dt
import sqlite3

from relint_desktop.core.rubric import ELEMENTS, RED_LABELS
from relint_desktop.storage.records import DashboardData, MissedMoment, ScenarioStats, SessionSummary

MAX_POINTS = 120
"""A chart never gets more points than this; older days are merged into buckets."""
MISSED_LIMIT = 30
RECENT_LIMIT = 10



def scenario_stats(conn: sqlite3.Connection, profile_id: int) -> dict[str, ScenarioStats]:
    """scenario id -> runs finished, best score, last played (any run, finished or not)."""
    rows = conn.execute(
        "SELECT s.scenario_id, count(s.finished), max(CASE WHEN s.finished IS NOT NULL THEN s.score END), "
        "max(s.updated) FROM sessions s JOIN session_participants p ON p.session_id = s.id "
        "WHERE p.profile_id = ? GROUP BY s.scenario_id", [profile_id]).fetchall()
    return {sid: ScenarioStats(int(done), best, last) for sid, done, best, last in rows}


def dashboard(conn: sqlite3.Connection, profile_id: int, today: dt.date) -> DashboardData:
    """All dashboard figures for one profile."""
    averages = ", ".join(f"avg({e})" for e in ELEMENTS)
    days = conn.execute(
        f"SELECT day, count(*), {averages} FROM turns WHERE profile_id = ? GROUP BY day ORDER BY day",
        [profile_id]).fetchall()
    series = _series(days)
    current, longest = streaks([dt.date.fromisoformat(d[0]) for d in days if d[0]], today)
    total, finished = conn.execute(
        "SELECT count(*), count(s.finished) FROM sessions s JOIN session_participants p ON p.session_id = s.id "
        "WHERE p.profile_id = ?", [profile_id]).fetchone()
    red = ", ".join("?" * len(RED_LABELS))
    labels = conn.execute(
        f"SELECT label, count(*) AS n FROM turn_labels WHERE profile_id = ? AND label IN ({red}) "
        "GROUP BY label ORDER BY n DESC, label", [profile_id, *RED_LABELS]).fetchall()
    # The latest miss at each node from the partial index alone, then the words of just those few turns.
    latest = conn.execute(
        "SELECT scenario_id, node, max(at) AS last, max(id) AS newest FROM turns WHERE profile_id = ? AND red > 0 "
        "GROUP BY scenario_id, node ORDER BY last DESC, newest DESC LIMIT ?", [profile_id, MISSED_LIMIT]).fetchall()
    missed = [conn.execute(
        "SELECT scenario_id, node, reply, labels, at FROM turns WHERE profile_id = ? AND scenario_id = ? AND node = ? "
        "AND at = ? AND red > 0 ORDER BY id DESC LIMIT 1", [profile_id, scenario, node, last]).fetchone()
        for scenario, node, last, _ in latest]
    recent = conn.execute(
        "SELECT s.id, s.scenario_id, s.started, s.finished, s.outcome, "
        "(SELECT count(*) FROM turns t WHERE t.session_id = s.id), s.score "
        "FROM sessions s JOIN session_participants p ON p.session_id = s.id WHERE p.profile_id = ? "
        "ORDER BY s.started DESC, s.id DESC LIMIT ?", [profile_id, RECENT_LIMIT]).fetchall()
    return DashboardData(
        profile_id=profile_id,
        series=series,
        sessions_total=int(total),
        sessions_finished=int(finished),
        turns_total=sum(int(d[1]) for d in days),
        current_streak=current,
        longest_streak=longest,
        scenarios=scenario_stats(conn, profile_id),
        red_labels=tuple((label, int(n)) for label, n in labels),
        missed=tuple(MissedMoment(s, n, reply, tuple(x for x in lab.split(",") if x), at)
                     for s, n, reply, lab, at in missed),
        recent=tuple(SessionSummary(*row) for row in recent),
    )


def _series(days: list[tuple]) -> dict[str, tuple[tuple[str, float], ...]]:
    """Per element, (day, mean) points; merged into at most MAX_POINTS buckets weighted by turn count."""
    days = [d for d in days if d[0]]
    size = max(1, -(-len(days) // MAX_POINTS))  # ceiling division
    result: dict[str, list[tuple[str, float]]] = {e: [] for e in ELEMENTS}
    for start in range(0, len(days), size):
        bucket = days[start:start + size]
        weight = sum(d[1] for d in bucket)
        label = bucket[-1][0]  # a bucket is dated by its last day
        for i, element in enumerate(ELEMENTS):
            mean = sum(d[1] * d[2 + i] for d in bucket) / weight
            result[element].append((label, round(mean, 1)))
    return {e: tuple(points) for e, points in result.items()}


def streaks(days: list[dt.date], today: dt.date) -> tuple[int, int]:
    """(current, longest) runs of consecutive practice days; current counts if it reaches today or yesterday."""
    ordered = sorted(set(days))
    longest = run = 0
    previous = None
    for day in ordered:
        run = run + 1 if previous is not None and (day - previous).days == 1 else 1
        longest = max(longest, run)
        previous = day
    current = run if previous is not None and (today - previous).days <= 1 else 0
    return current, longest

"""The dashboard figures: day series, downsampling, streaks, best scores, red labels, missed moments."""

from __future__ import annotations

import datetime as dt

from progress_helpers import advance, fresh_state, make_turn
from relint_desktop.storage import stats


def test_streaks():
    d = dt.date(2026, 11, 10)
    days = [d - dt.timedelta(days=n) for n in (0, 1, 2, 5, 6, 7, 8)]
    assert stats.streaks(days, d) == (3, 4)
    assert stats.streaks(days, d + dt.timedelta(days=1)) == (3, 4)  # yesterday still counts
    assert stats.streaks(days, d + dt.timedelta(days=2)) == (0, 4)
    assert stats.streaks([], d) == (0, 0)


def test_series_is_downsampled_with_weights():
    days = [(f"2026-01-{i:02d}" if i < 32 else f"2026-02-{i - 31:02d}", 1 if i % 2 else 3, *[float(i)] * 5)
            for i in range(1, 59)]
    series = stats._series(days * 1)
    assert all(len(points) == 58 for points in series.values())
    many = [(str(dt.date(2025, 1, 1) + dt.timedelta(days=i)), 1, *[float(i % 100)] * 5) for i in range(1000)]
    merged = stats._series(many)["listening"]
    assert len(merged) <= stats.MAX_POINTS
    assert merged[-1][0] == many[-1][0]
    weighted = stats._series([("a", 1, *[0.0] * 5), ("b", 3, *[100.0] * 5)] * 1)
    assert weighted["curiosity"] == (("a", 0.0), ("b", 100.0))


def test_dashboard_over_several_days(store, clock):
    ann = store.create_profile("Ann")
    for day, (score, labels) in enumerate([(20, ("fix",)), (40, ("fix", "judge")), (80, ("mirror",))]):
        state = fresh_state()
        sid = store.start_session("late-night", state, [ann.id])
        turn = make_turn(0, reply=f"day {day}", labels=labels, score=score, node="n1")
        state = advance(state, turn)
        store.record_turn(sid, turn, state)
        store.finish_session(sid, state.evolve(outcome="opened"))
        clock.advance(days=1)
    data = store.dashboard(ann.id, today=dt.date(2026, 11, 4))
    assert [v for _, v in data.series["listening"]] == [20.0, 40.0, 80.0]
    assert (data.current_streak, data.longest_streak) == (3, 3)
    assert data.sessions_total == data.sessions_finished == 3
    assert data.scenarios["late-night"].completed == 3 and data.scenarios["late-night"].best_score == 80
    assert data.red_labels == (("fix", 2), ("judge", 1))
    assert [(m.node_id, m.reply) for m in data.missed] == [("n1", "day 1")]  # the latest miss at that node
    assert [s.score for s in data.recent] == [80, 40, 20]

"""The dashboard widget on real data in a real SQLite file, driven with qtbot like a person would."""

from __future__ import annotations

import datetime as dt

import pytest

from relint_desktop.core.rubric import ELEMENTS
from relint_desktop.core.state import RunState, Turn
from relint_desktop.gui.dashboard import DashboardView
from relint_desktop.gui.qt import QtWidgets, Qt, charts
from relint_desktop.storage.store import ProgressStore


class Clock:
    def __init__(self):
        self.now = dt.datetime(2026, 11, 2, 18, tzinfo=dt.timezone.utc)

    def __call__(self):
        return self.now


@pytest.fixture
def store(data_dir):
    clock = Clock()
    store = ProgressStore.open(data_dir, clock=clock)
    store.clock = clock
    yield store
    store.close()


def play_days(store, profile, days, replies):
    """One finished run a day; replies are (node, text, labels, score)."""
    for _ in range(days):
        state = RunState("late-night", "n1", {"trust": 50})
        sid = store.start_session("late-night", state, [profile.id])
        for i, (node, text, labels, score) in enumerate(replies):
            turn = Turn(i, node, text, True, None, labels, {e: score for e in ELEMENTS}, score)
            state = state.evolve(node=f"after-{node}", turns=state.turns + (turn,))
            store.record_turn(sid, turn, state)
        store.finish_session(sid, state.evolve(outcome="opened"))
        store.clock.now += dt.timedelta(days=1)


def test_shows_figures_charts_and_missed_moments(qtbot, store):
    ann = store.create_profile("Ann")
    play_days(store, ann, 3, [("n1", "You should just call her.", ("fix",), 30),
                              ("n2", "That sounds so hard.", ("validate",), 85)])
    view = DashboardView(store, ann.id, titles={"late-night": "Late-night talk"})
    qtbot.addWidget(view)
    view.show()
    assert view.findChild(QtWidgets.QLabel, "tile-sessions-value").text() == "3"
    assert view.findChild(QtWidgets.QLabel, "tile-turns-value").text() == "6"
    assert view.findChild(QtWidgets.QLabel, "tile-longest-streak-value").text() == "3 days"
    chart_view = view.findChild(charts().QChartView, "dashboard-element-chart")
    lines = chart_view.chart().series()
    assert [s.name() for s in lines] == ["Listening", "Curiosity", "Judgment", "Containment", "Consistency"]
    assert [p.y() for p in lines[0].points()] == [57.5, 57.5, 57.5]
    table = view.findChild(QtWidgets.QTableWidget, "dashboard-scenarios")
    assert [table.item(0, c).text() for c in range(3)] == ["Late-night talk", "3", "58"]
    assert view.findChild(charts().QChartView, "dashboard-label-chart") is not None
    missed = view.findChild(QtWidgets.QListWidget, "dashboard-missed")
    assert missed.count() == 1 and "You should just call her." in missed.item(0).text()


def test_practise_button_asks_for_that_moment(qtbot, store):
    ann = store.create_profile("Ann")
    play_days(store, ann, 1, [("n1", "Calm down.", ("dismiss",), 20), ("n4", "WHAT?!", ("escalate",), 10)])
    view = DashboardView(store, ann.id)
    qtbot.addWidget(view)
    missed = view.findChild(QtWidgets.QListWidget, "dashboard-missed")
    button = view.findChild(QtWidgets.QPushButton, "dashboard-practise")
    assert button.isEnabled()
    missed.setCurrentRow(1)
    with qtbot.waitSignal(view.practise_requested) as signal:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert signal.args == ["late-night", "n1"]


def test_empty_profile_and_refresh_after_new_turns(qtbot, store):
    ann = store.create_profile("Ann")
    view = DashboardView(store, ann.id)
    qtbot.addWidget(view)
    assert view.findChild(QtWidgets.QLabel, "dashboard-empty") is not None
    play_days(store, ann, 1, [("n1", "Thanks for telling me.", ("appreciate",), 90)])
    view.refresh()
    assert view.findChild(QtWidgets.QLabel, "dashboard-empty") is None
    assert view.findChild(QtWidgets.QLabel, "tile-turns-value").text() == "1"
    assert view.findChild(QtWidgets.QListWidget, "dashboard-missed").count() == 0
    assert not view.findChild(QtWidgets.QPushButton, "dashboard-practise").isEnabled()


def test_a_closed_store_shows_a_message_not_a_traceback(qtbot, store):
    ann = store.create_profile("Ann")
    view = DashboardView(store, ann.id)
    qtbot.addWidget(view)
    store.close()
    view.refresh()
    assert view.findChild(QtWidgets.QLabel, "dashboard-error") is not None


def test_export_from_the_app_writes_a_private_csv_and_json_that_imports(qtbot, store, tmp_path):
    import csv
    import stat

    from relint_desktop.gui.dashboard.transfer import export_to, import_from

    ann = store.create_profile("Ann")
    play_days(store, ann, 2, [("n1", "=cmd|' /C calc'!A0", ("fix",), 30)])
    view = DashboardView(store, ann.id)
    qtbot.addWidget(view)
    assert view.findChild(QtWidgets.QPushButton, "dashboard-export").isEnabled()
    message = export_to(store, ann.id, tmp_path / "ann.csv")
    assert message.startswith("Exported 2 replies")
    assert stat.S_IMODE((tmp_path / "ann.csv").stat().st_mode) == 0o600
    with open(tmp_path / "ann.csv", encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 2 and rows[0]["reply"].startswith("'=")
    export_to(store, ann.id, tmp_path / "ann.json")
    profile, _ = import_from(store, tmp_path / "ann.json")
    assert profile.name == "Ann (2)" and store.dashboard(profile.id).turns_total == 2
    assert import_from(store, tmp_path / "ann.csv")[0] is None  # a CSV is not importable: said, not raised


def test_damaged_file_offers_the_backup_and_restoring_it_reopens(qtbot, data_dir):
    from relint_desktop.gui.dashboard.recovery import RecoveryDialog, open_or_recover
    from relint_desktop.storage import backups

    store = ProgressStore.open(data_dir)
    store.create_profile("Ann")
    backups.backup_now(store.db.conn, data_dir, dt.date.today())
    store.close()
    (data_dir / "progress.sqlite3").write_bytes(b"\x00garbage" * 500)
    seen = []

    def click_restore(dialog: RecoveryDialog) -> bool:
        qtbot.addWidget(dialog)
        seen.append(dialog.findChild(QtWidgets.QLabel, "recovery-message").text())
        qtbot.mouseClick(dialog.findChild(QtWidgets.QPushButton, "recovery-restore"), Qt.MouseButton.LeftButton)
        return dialog.result() == QtWidgets.QDialog.DialogCode.Accepted

    reopened = open_or_recover(data_dir, ask=click_restore)
    try:
        assert reopened is not None and [p.name for p in reopened.profiles()] == ["Ann"]
        assert len(seen) == 1 and dt.date.today().isoformat() in seen[0]
    finally:
        reopened.close()


def test_a_newer_file_offers_only_to_continue_without_saving(qtbot, data_dir):
    from relint_desktop.gui.dashboard.recovery import open_or_recover

    store = ProgressStore.open(data_dir)
    store.db.execute("UPDATE relint_schema SET version = 99")
    store.db.conn.commit()
    store.close()

    def decline(dialog) -> bool:
        qtbot.addWidget(dialog)
        assert dialog.findChild(QtWidgets.QPushButton, "recovery-restore") is None
        assert dialog.error.code == "NEWER_SCHEMA"
        return False

    assert open_or_recover(data_dir, ask=decline) is None


def test_missed_moments_work_from_the_keyboard(qtbot, store):
    ann = store.create_profile("Ann")
    play_days(store, ann, 1, [("n2", "Just ignore them.", ("dismiss",), 20)])
    view = DashboardView(store, ann.id)
    qtbot.addWidget(view)
    view.show()
    missed = view.findChild(QtWidgets.QListWidget, "dashboard-missed")
    missed.setFocus()
    with qtbot.waitSignal(view.practise_requested) as signal:
        qtbot.keyClick(missed, Qt.Key.Key_Return)
    assert signal.args == ["late-night", "n2"]

"""DashboardView: one profile's progress at a glance, with "practise your missed moments"."""

from __future__ import annotations

from typing import Mapping

from relint_desktop.gui.bubbles import label_name, styled
from relint_desktop.gui.dashboard.charts import element_chart, label_chart
from relint_desktop.gui.dashboard.transfer import ask_export
from relint_desktop.gui.qt import QtWidgets, Qt, Signal, Slot
from relint_desktop.storage.records import DashboardData
from relint_desktop.storage.store import StoreError


class DashboardView(QtWidgets.QWidget):
    """Charts and lists for one profile; emits practise_requested(scenario_id, node_id) for a missed moment."""

    practise_requested = Signal(str, str)

    def __init__(self, store, profile_id: int, parent=None, titles: Mapping[str, str] | None = None):
        super().__init__(parent)
        self.store = store
        self.profile_id = profile_id
        self.titles = dict(titles or {})
        self.data: DashboardData | None = None
        self.setObjectName("dashboard-view")
        self.setAccessibleName("Progress dashboard")
        outer = QtWidgets.QVBoxLayout(self)
        outer.setContentsMargins(12, 8, 12, 8)
        self.scroll = QtWidgets.QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(self.scroll)
        self.refresh()

    # -- public ----------------------------------------------------------------------------
    def set_profile(self, profile_id: int) -> None:
        """Show another profile."""
        self.profile_id = profile_id
        self.refresh()

    def set_titles(self, titles: Mapping[str, str]) -> None:
        """Scenario id -> title, so lists show titles rather than ids."""
        self.titles = dict(titles)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Read the figures again and rebuild the page."""
        page = QtWidgets.QWidget()
        body = QtWidgets.QVBoxLayout(page)
        body.setContentsMargins(0, 0, 12, 0)
        body.setSpacing(10)
        try:
            self.data = self.store.dashboard(self.profile_id)
        except StoreError as exc:
            self.data = None
            body.addWidget(self._text(f"Your progress could not be read: {exc.message}", "dashboard-error"))
            body.addStretch(1)
            self.scroll.setWidget(page)
            return
        self._fill(body, self.data)
        self.scroll.setWidget(page)  # the old page is deleted by the scroll area

    @Slot()
    def practise_selected(self) -> None:
        """Ask to practise the selected missed moment."""
        item = self.missed_list.currentItem() if self.data else None
        if item is not None:
            scenario_id, node_id = item.data(Qt.ItemDataRole.UserRole)
            self.practise_requested.emit(scenario_id, node_id)

    @Slot()
    def ask_export(self) -> None:
        """Pick a file and export this profile's progress to it."""
        ask_export(self, self.store, self.profile_id)

    # -- building the page -----------------------------------------------------------------
    def _fill(self, body: QtWidgets.QVBoxLayout, data: DashboardData) -> None:
        head = QtWidgets.QHBoxLayout()
        head.addWidget(styled(QtWidgets.QLabel("Your progress"), "title"))
        head.addStretch(1)
        export = QtWidgets.QPushButton("Export…")
        export.setObjectName("dashboard-export")
        export.setAccessibleName("Export this profile's progress as CSV or JSON")
        export.clicked.connect(self.ask_export)
        head.addWidget(export)
        body.addLayout(head)
        body.addLayout(self._tiles(data))
        if not data.turns_total:
            body.addWidget(self._text("No practice saved yet. Play a scenario and your scores, streaks and the "
                                      "moments worth another try will show up here.", "dashboard-empty"))
            body.addStretch(1)
            self.missed_list = QtWidgets.QListWidget()
            return
        body.addWidget(element_chart(data.series))
        row = QtWidgets.QHBoxLayout()
        row.addWidget(self._scenarios(data), 3)
        if data.red_labels:
            row.addWidget(label_chart(data.red_labels[:7]), 2)
        else:
            row.addWidget(self._text("No red labels so far: nothing got in the way.", "dashboard-no-red"), 2)
        body.addLayout(row)
        body.addWidget(self._missed(data))

    def _tiles(self, data: DashboardData) -> QtWidgets.QHBoxLayout:
        row = QtWidgets.QHBoxLayout()
        for name, value, caption in (
            ("sessions", str(data.sessions_total), f"sessions ({data.sessions_finished} finished)"),
            ("turns", str(data.turns_total), "replies graded"),
            ("current-streak", _days(data.current_streak), "current streak"),
            ("longest-streak", _days(data.longest_streak), "longest streak"),
            ("scenarios", str(sum(1 for s in data.scenarios.values() if s.completed)), "scenarios completed"),
        ):
            tile = styled(QtWidgets.QFrame(), "panel")
            tile.setObjectName(f"tile-{name}")
            layout = QtWidgets.QVBoxLayout(tile)
            number = styled(QtWidgets.QLabel(value), "title")
            number.setObjectName(f"tile-{name}-value")
            layout.addWidget(number)
            layout.addWidget(styled(QtWidgets.QLabel(caption), "muted"))
            tile.setAccessibleName(f"{caption}: {value}")
            row.addWidget(tile)
        return row

    def _scenarios(self, data: DashboardData) -> QtWidgets.QWidget:
        box = QtWidgets.QWidget()
        layout = QtWidgets.QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(styled(QtWidgets.QLabel("Scenarios"), "heading"))
        table = QtWidgets.QTableWidget(0, 3)
        table.setObjectName("dashboard-scenarios")
        table.setAccessibleName("Scenarios with runs completed and best score")
        table.setHorizontalHeaderLabels(["Scenario", "Completed", "Best score"])
        table.verticalHeader().hide()
        table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        ordered = sorted(data.scenarios.items(), key=lambda kv: kv[1].last_played or "", reverse=True)
        for scenario_id, stats in ordered:
            row = table.rowCount()
            table.insertRow(row)
            cells = (self.titles.get(scenario_id, scenario_id), str(stats.completed),
                     "" if stats.best_score is None else str(stats.best_score))
            for column, text in enumerate(cells):
                item = QtWidgets.QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                table.setItem(row, column, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QtWidgets.QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QtWidgets.QHeaderView.ResizeMode.ResizeToContents)
        rows_height = sum(table.rowHeight(r) for r in range(table.rowCount()))
        table.setFixedHeight(min(320, max(120, table.horizontalHeader().sizeHint().height() + rows_height + 6)))
        layout.addWidget(table)
        layout.addStretch(1)
        return box

    def _missed(self, data: DashboardData) -> QtWidgets.QWidget:
        box = QtWidgets.QWidget()
        layout = QtWidgets.QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(styled(QtWidgets.QLabel("Practise your missed moments"), "heading"))
        self.missed_list = QtWidgets.QListWidget()
        self.missed_list.setObjectName("dashboard-missed")
        self.missed_list.setAccessibleName("Missed moments: replies that got a red label")
        self.missed_list.setWordWrap(True)
        self.missed_list.setSpacing(3)
        self.missed_list.setAlternatingRowColors(True)
        for moment in data.missed:
            labels = ", ".join(label_name(label) for label in moment.labels)
            scenario = self.titles.get(moment.scenario_id, moment.scenario_id)
            item = QtWidgets.QListWidgetItem(f"{scenario} · {moment.at[:10]}\n“{_short(moment.reply)}”  ({labels})")
            item.setData(Qt.ItemDataRole.UserRole, (moment.scenario_id, moment.node_id))
            self.missed_list.addItem(item)
        self.missed_list.setMinimumHeight(min(260, 56 * max(1, len(data.missed)) + 8))
        self.missed_list.itemActivated.connect(lambda _item: self.practise_selected())
        layout.addWidget(self.missed_list)
        buttons = QtWidgets.QHBoxLayout()
        if data.missed:
            hint = "Pick one and try that moment again."
        else:
            hint = "No missed moments: every reply so far kept trust."
        buttons.addWidget(styled(QtWidgets.QLabel(hint), "muted"))
        buttons.addStretch(1)
        self.practise_button = styled(QtWidgets.QPushButton("Practise this moment"), "primary")
        self.practise_button.setObjectName("dashboard-practise")
        self.practise_button.setAccessibleName("Practise the selected missed moment")
        self.practise_button.setEnabled(False)
        self.practise_button.clicked.connect(self.practise_selected)
        self.missed_list.currentItemChanged.connect(
            lambda current, _previous: self.practise_button.setEnabled(current is not None))
        buttons.addWidget(self.practise_button)
        layout.addLayout(buttons)
        if data.missed:
            self.missed_list.setCurrentRow(0)
        return box

    def _text(self, text: str, name: str) -> QtWidgets.QLabel:
        label = styled(QtWidgets.QLabel(text), "muted")
        label.setWordWrap(True)
        label.setObjectName(name)
        return label


def _days(n: int) -> str:
    return f"{n} day" if n == 1 else f"{n} days"


def _short(text: str, limit: int = 140) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"

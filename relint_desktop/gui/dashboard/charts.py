"""QtCharts pieces of the dashboard: each element's score over time, and the red labels that come up most."""

from __future__ import annotations

import datetime as dt
from typing import Mapping, Sequence

from relint_desktop.core.rubric import ELEMENTS
from relint_desktop.gui.bubbles import label_name
from relint_desktop.gui.feedback_panel import ELEMENT_NAMES
from relint_desktop.gui.qt import QtCore, QtGui, QtWidgets, Qt, charts
from relint_desktop.gui.theme import colours_for

# Five colours told apart by people with the common colour-vision differences (Okabe-Ito).
ELEMENT_COLOURS = {"listening": "#0072B2", "curiosity": "#E69F00", "judgment": "#009E73",
                   "containment": "#CC79A7", "consistency": "#D55E00"}


def _styled_chart(title: str, widget: QtWidgets.QWidget):
    QtCharts = charts()
    chart = QtCharts.QChart()
    chart.setTitle(title)
    palette = colours_for(widget)
    chart.setBackgroundBrush(QtGui.QBrush(QtGui.QColor(palette.surface)))
    chart.setTitleBrush(QtGui.QBrush(QtGui.QColor(palette.text)))
    chart.legend().setLabelColor(QtGui.QColor(palette.text))
    chart.setAnimationOptions(QtCharts.QChart.AnimationOption.NoAnimation)
    chart.setMargins(QtCore.QMargins(6, 6, 6, 6))
    return chart, palette


def _axis_colours(axis, palette) -> None:
    axis.setLabelsColor(QtGui.QColor(palette.muted))
    axis.setTitleBrush(QtGui.QBrush(QtGui.QColor(palette.muted)))
    axis.setGridLineColor(QtGui.QColor(palette.border))


def element_chart(series: Mapping[str, Sequence[tuple[str, float]]], parent=None):
    """A line per element: mean score (0-100) per practice day, already downsampled by the store."""
    QtCharts = charts()
    view = QtCharts.QChartView(parent)
    chart, palette = _styled_chart("Each element over time", view)
    days = [dt.date.fromisoformat(day) for day, _ in next(iter(series.values()), ())]
    x_axis = QtCharts.QDateTimeAxis()
    x_axis.setFormat("d MMM")
    x_axis.setTickCount(min(6, max(2, len(days))))
    y_axis = QtCharts.QValueAxis()
    y_axis.setRange(0, 100)
    y_axis.setTickCount(6)
    y_axis.setLabelFormat("%d")
    for axis in (x_axis, y_axis):
        _axis_colours(axis, palette)
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    for element in ELEMENTS:
        line = QtCharts.QLineSeries()
        line.setName(ELEMENT_NAMES.get(element, element))
        pen = QtGui.QPen(QtGui.QColor(ELEMENT_COLOURS[element]))
        pen.setWidth(2)
        line.setPen(pen)
        points = series.get(element, ())
        line.setPointsVisible(len(points) < 40)
        for day, value in points:
            stamp = QtCore.QDateTime(QtCore.QDate.fromString(day, "yyyy-MM-dd"), QtCore.QTime(12, 0))
            line.append(float(stamp.toMSecsSinceEpoch()), float(value))
        chart.addSeries(line)
        line.attachAxis(x_axis)
        line.attachAxis(y_axis)
    if days:
        first, last = days[0], days[-1]
        if first == last:  # one day: give the axis some width either side
            first, last = first - dt.timedelta(days=1), last + dt.timedelta(days=1)
        x_axis.setRange(QtCore.QDateTime(QtCore.QDate(first.year, first.month, first.day), QtCore.QTime(0, 0)),
                        QtCore.QDateTime(QtCore.QDate(last.year, last.month, last.day), QtCore.QTime(23, 59)))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    view.setChart(chart)
    view.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(280)
    view.setObjectName("dashboard-element-chart")
    view.setAccessibleName("Chart of each element's score over time")
    view.setAccessibleDescription(_describe(series))
    return view


def label_chart(counts: Sequence[tuple[str, int]], parent=None):
    """Horizontal bars: how often each red label came up, most frequent on top."""
    QtCharts = charts()
    view = QtCharts.QChartView(parent)
    chart, palette = _styled_chart("What got in the way most", view)
    bars = QtCharts.QBarSet("Times")
    bars.setColor(QtGui.QColor(palette.red))
    bars.setLabelColor(QtGui.QColor(palette.surface))  # inside the bar: contrast with the bar, not the page
    names = []
    for label, count in reversed(counts):  # bar charts draw bottom-up
        bars.append(count)
        names.append(label_name(label))
    series = QtCharts.QHorizontalBarSeries()
    series.append(bars)
    series.setLabelsVisible(True)
    series.setLabelsPosition(QtCharts.QAbstractBarSeries.LabelsPosition.LabelsInsideEnd)
    chart.addSeries(series)
    y_axis = QtCharts.QBarCategoryAxis()
    y_axis.append(names)
    x_axis = QtCharts.QValueAxis()
    step = max(1, -(-max([c for _, c in counts] + [1]) // 5))  # whole-number ticks: counts are whole numbers
    x_axis.setRange(0, step * 5)
    x_axis.setTickCount(6)
    x_axis.setLabelFormat("%d")
    for axis in (x_axis, y_axis):
        _axis_colours(axis, palette)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(y_axis)
    series.attachAxis(x_axis)
    chart.legend().hide()
    view.setChart(chart)
    view.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(max(160, 34 * len(counts) + 80))
    view.setObjectName("dashboard-label-chart")
    view.setAccessibleName("Chart of the red labels that came up most")
    view.setAccessibleDescription(", ".join(f"{label_name(l)}: {n}" for l, n in counts))
    return view


def _describe(series: Mapping[str, Sequence[tuple[str, float]]]) -> str:
    """The chart in words for screen readers: first and latest value of each element."""
    parts = []
    for element, points in series.items():
        if points:
            parts.append(f"{ELEMENT_NAMES.get(element, element)} from {points[0][1]:.0f} to {points[-1][1]:.0f}")
    return "; ".join(parts) or "No scores yet"

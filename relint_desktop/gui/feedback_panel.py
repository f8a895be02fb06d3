"""Feedback on one reply: label chips, element score bars, the one-line why, and "try instead"."""

from __future__ import annotations

import html

from relint_desktop.core.rubric import ELEMENTS
from relint_desktop.gui.bubbles import chip_row, styled
from relint_desktop.gui.qt import QtCore, QtGui, QtWidgets, Qt
from relint_desktop.gui.theme import colours_for

ELEMENT_NAMES = {"listening": "Listening", "curiosity": "Curiosity", "judgment": "Judgment",
                 "containment": "Containment", "consistency": "Consistency"}


class ElementBars(QtWidgets.QWidget):
    """One labelled 0..100 bar per rubric element, painted in one widget (a card is cheap to add)."""

    def __init__(self, elements: dict[str, int], compact: bool = True, parent=None):
        super().__init__(parent)
        self.setObjectName("element-bars")
        self.values = {e: max(0, min(100, int(elements.get(e, 50)))) for e in ELEMENTS}
        self.compact = compact
        self.setAccessibleName("Element scores: " + ", ".join(
            f"{ELEMENT_NAMES[e]} {v} out of 100" for e, v in self.values.items()))
        metrics = self.fontMetrics()
        self._row = metrics.height() + (3 if compact else 7)
        self._name_width = max(metrics.horizontalAdvance(n) for n in ELEMENT_NAMES.values()) + 10
        self._number_width = metrics.horizontalAdvance("100") + 8
        self.setMinimumHeight(self._row * len(ELEMENTS))
        self.setMaximumWidth(520 if compact else 640)
        self.setSizePolicy(QtWidgets.QSizePolicy.Policy.Expanding, QtWidgets.QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QtCore.QSize:  # noqa: N802 (Qt's name)
        return QtCore.QSize(self.maximumWidth(), self._row * len(ELEMENTS))

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        colours = colours_for(self)
        painter = QtGui.QPainter(self)
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        bar_height = 8 if self.compact else 12
        left = self._name_width
        width = max(10, self.width() - left - self._number_width)
        text = QtGui.QColor(colours.text)
        for row, (element, value) in enumerate(self.values.items()):
            top = row * self._row
            box = QtCore.QRect(0, top, left, self._row)
            painter.setPen(text)
            painter.drawText(box, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), ELEMENT_NAMES[element])
            y = top + (self._row - bar_height) // 2
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QtGui.QColor(colours.neutral_bg))
            painter.drawRoundedRect(QtCore.QRectF(left, y, width, bar_height), bar_height / 2, bar_height / 2)
            fill = colours.red if value < 40 else colours.green if value >= 70 else colours.accent
            painter.setBrush(QtGui.QColor(fill))
            if value:
                painter.drawRoundedRect(QtCore.QRectF(left, y, max(bar_height, width * value / 100), bar_height),
                                        bar_height / 2, bar_height / 2)
            painter.setPen(text)
            painter.drawText(QtCore.QRect(left + width, top, self._number_width, self._row),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), str(value))
        painter.end()


def element_bars(elements: dict[str, int], compact: bool = True) -> ElementBars:
    """One labelled bar per rubric element."""
    return ElementBars(elements, compact)


class FeedbackCard(QtWidgets.QFrame):
    """The coached-mode card under a reply (also used for each turn in the debrief)."""

    def __init__(self, item, show_bars: bool = True):
        super().__init__()
        styled(self, "feedback")
        self.setObjectName("feedback-card")
        self.item = item
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.setSpacing(6)
        layout.addWidget(chip_row(item.labels, item.grade))
        self.explanation = QtWidgets.QLabel(item.explanation or "No comment on this reply.")
        self.explanation.setObjectName("feedback-explanation")
        self.explanation.setWordWrap(True)
        layout.addWidget(self.explanation)
        if show_bars:
            layout.addWidget(element_bars(item.elements))
        self.try_instead = None
        if item.try_instead:
            self.try_instead = QtWidgets.QLabel(f"<b>Try instead:</b> “{html.escape(item.try_instead)}”")
            self.try_instead.setObjectName("feedback-try-instead")
            self.try_instead.setWordWrap(True)
            self.try_instead.setTextFormat(Qt.TextFormat.RichText)
            layout.addWidget(self.try_instead)
        self.setAccessibleName(f"Feedback: {', '.join(item.labels) or 'no labels'}. {item.explanation}")

    def chip_texts(self) -> list[str]:
        """The chips' words, as a person reads them."""
        return [w.text() for w in self.findChildren(QtWidgets.QLabel) if w.objectName().startswith("chip-")]


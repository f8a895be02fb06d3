"""Feedback on one reply: label chips, element score bars, the one-line why, and "try instead"."""

from __future__ import annotations

import html

from relint_desktop.core.rubric import ELEMENTS
from relint_desktop.gui.bubbles import chip_row, styled
from relint_desktop.gui.qt import QtWidgets, Qt

ELEMENT_NAMES = {"listening": "Listening", "curiosity": "Curiosity", "judgment": "Judgment",
                 "containment": "Containment", "consistency": "Consistency"}


def score_bar(name: str, value: int, compact: bool = True) -> QtWidgets.QProgressBar:
    """A small 0..100 bar coloured by how well it went."""
    bar = QtWidgets.QProgressBar()
    bar.setRange(0, 100)
    bar.setValue(max(0, min(100, int(value))))
    bar.setTextVisible(False)  # the number sits beside the bar, where it stays readable on any colour
    bar.setFixedHeight(10 if compact else 14)
    styled(bar, "score-red" if value < 40 else "score-green" if value >= 70 else "score")
    bar.setAccessibleName(f"{name} score {value} out of 100")
    bar.setObjectName(f"score-{name.lower()}")
    return bar


def element_bars(elements: dict[str, int], compact: bool = True) -> QtWidgets.QWidget:
    """One labelled bar per rubric element."""
    box = QtWidgets.QWidget()
    grid = QtWidgets.QGridLayout(box)
    grid.setContentsMargins(0, 0, 0, 0)
    grid.setHorizontalSpacing(8)
    grid.setVerticalSpacing(3)
    for row, element in enumerate(ELEMENTS):
        name = ELEMENT_NAMES[element]
        grid.addWidget(QtWidgets.QLabel(name), row, 0)
        value = int(elements.get(element, 50))
        grid.addWidget(score_bar(name, value, compact), row, 1)
        number = QtWidgets.QLabel(str(value))
        number.setObjectName(f"score-value-{element}")
        number.setMinimumWidth(number.fontMetrics().horizontalAdvance("100") + 4)
        number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(number, row, 2)
    grid.setColumnStretch(1, 1)
    box.setMaximumWidth(520 if compact else 640)
    return box


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


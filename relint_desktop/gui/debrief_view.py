"""The debrief at an ending: outcome, per-element scores, the transcript with each turn's grade,
a reflection question and a "try this today" commitment the learner writes down."""

from __future__ import annotations

from relint_desktop.gui.bubbles import line_bubble, reply_bubble, styled
from relint_desktop.gui.feedback_panel import FeedbackCard, element_bars
from relint_desktop.gui.buttons import PushButton
from relint_desktop.gui.qt import QtWidgets, Qt, Signal
from relint_desktop.gui.run_items import FeedbackItem


class DebriefView(QtWidgets.QWidget):
    """Emits saved(reflection, commitment), again_requested and library_requested."""

    saved = Signal(str, str)
    again_requested = Signal()
    library_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("debrief-view")
        outer = QtWidgets.QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        self.scroll = QtWidgets.QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.inner = QtWidgets.QWidget()
        self.body = QtWidgets.QVBoxLayout(self.inner)
        self.body.setContentsMargins(0, 0, 12, 0)
        self.scroll.setWidget(self.inner)
        outer.addWidget(self.scroll, 1)
        buttons = QtWidgets.QHBoxLayout()
        self.library = self._button("Back to the library", "debrief-library", self.library_requested.emit)
        self.again = self._button("Play again", "debrief-again", self.again_requested.emit)
        self.save = styled(self._button("Save my notes", "debrief-save", self._save), "primary")
        self.save_state = styled(QtWidgets.QLabel(), "muted")
        self.save_state.setObjectName("debrief-saved")
        buttons.addWidget(self.library)
        buttons.addWidget(self.again)
        buttons.addStretch(1)
        buttons.addWidget(self.save_state)
        buttons.addWidget(self.save)
        outer.addLayout(buttons)
        self.reflection_edit = self._editor("debrief-reflection", "Your reflection")
        self.commitment_edit = self._editor("debrief-commitment", "Try this today: your commitment")

    def _button(self, text, name, slot) -> QtWidgets.QPushButton:
        button = PushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text)
        button.clicked.connect(slot)
        return button

    def _editor(self, name, accessible) -> QtWidgets.QPlainTextEdit:
        edit = QtWidgets.QPlainTextEdit()
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 16)
        return edit

    def show_debrief(self, data) -> None:
        """Fill the page from a DebriefData."""
        self.forget()
        self.outcome = self._add(styled(QtWidgets.QLabel(data.outcome_title), "title"), "debrief-outcome")
        self.outcome.setAccessibleName(f"Outcome: {data.outcome_title}")
        self._add(styled(QtWidgets.QLabel(data.title), "muted"))
        self._add(QtWidgets.QLabel(data.debrief), "debrief-text").setWordWrap(True)
        self._add(styled(QtWidgets.QLabel(f"How you listened  ·  overall {data.score}"), "heading"))
        bars = element_bars(data.elements, compact=False)
        bars.setMaximumWidth(560)
        self._add(bars)
        self._add(styled(QtWidgets.QLabel("Write it down"), "heading"))
        self._add(QtWidgets.QLabel(data.reflection or "What did you notice in this conversation?"),
                  "debrief-question").setWordWrap(True)
        self.reflection_edit.clear()
        self.body.addWidget(self.reflection_edit)
        try_today = "Try this today" + (f" (a suggestion: “{data.try_today}”)" if data.try_today else "") + ":"
        self._add(QtWidgets.QLabel(try_today), "debrief-try").setWordWrap(True)
        self.commitment_edit.setPlainText("")
        self.commitment_edit.setPlaceholderText(data.try_today or "One small thing you will try today")
        self.body.addWidget(self.commitment_edit)
        self._add(styled(QtWidgets.QLabel("The conversation, turn by turn"), "heading"))
        for item in data.transcript:
            if isinstance(item, FeedbackItem):
                self._add(reply_bubble(item, highlight=True))
                self._add(FeedbackCard(item, show_bars=False))
            else:
                self._add(line_bubble(item))
        self.body.addStretch(1)
        self.save_state.setText("")
        self.save.setEnabled(True)
        self.scroll.verticalScrollBar().setValue(0)

    def forget(self) -> None:
        """Empty the page (a new debrief, or Lock now: nothing of the last one stays in the window)."""
        while self.body.count():
            widget = self.body.takeAt(0).widget()
            if widget is not None and widget not in (self.reflection_edit, self.commitment_edit):
                widget.setParent(None)
                widget.deleteLater()
        self.reflection_edit.clear()
        self.commitment_edit.clear()

    def _add(self, widget, name: str = ""):
        if name:
            widget.setObjectName(name)
        self.body.addWidget(widget)
        return widget

    def unsaved(self) -> tuple[str, str] | None:
        """(reflection, commitment) written but not saved yet, or None."""
        reflection, commitment = self.reflection_edit.toPlainText(), self.commitment_edit.toPlainText()
        if self.save.isEnabled() and (reflection.strip() or commitment.strip()):
            return reflection, commitment
        return None

    def _save(self) -> None:
        reflection = self.reflection_edit.toPlainText()
        commitment = self.commitment_edit.toPlainText()
        if not reflection.strip() and not commitment.strip():
            self.save_state.setText("Write a reflection or a commitment first.")
            return
        self.saved.emit(reflection, commitment)
        self.save_state.setText("Saved.")
        self.save.setEnabled(False)

"""The conversation page: the other person's lines in a chat layout, openness, and the reply area.

It only shows what SessionController tells it and emits what the learner does.
"""

from __future__ import annotations

from relint_desktop.gui.bubbles import line_bubble, reply_bubble, scene_heading, styled
from relint_desktop.gui.choice_panel import ChoicePanel, ReplyBox
from relint_desktop.gui.feedback_panel import FeedbackCard
from relint_desktop.gui.buttons import PushButton
from relint_desktop.gui.qt import QtCore, QtGui, QtWidgets, Qt, Signal


class TrustBar(QtWidgets.QWidget):
    """The other person's openness (trust), animated as it rises and falls, with a word for the trend."""

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QtWidgets.QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QtWidgets.QLabel("Openness")
        title.setObjectName("trust-title")
        layout.addWidget(title)
        self.bar = QtWidgets.QProgressBar()
        self.bar.setObjectName("trust-bar")
        self.bar.setRange(0, 100)
        self.bar.setTextVisible(False)
        self.bar.setMinimumWidth(160)
        self.bar.setMaximumHeight(14)
        layout.addWidget(self.bar, 1)
        self.label = styled(QtWidgets.QLabel(), "muted")
        self.label.setObjectName("trust-label")
        self.label.setMinimumWidth(self.label.fontMetrics().horizontalAdvance("100 · falling ▼") + 8)
        layout.addWidget(self.label)
        self.value = 0
        self._animation = QtCore.QPropertyAnimation(self.bar, b"value", self)
        self._animation.setDuration(600)
        self._animation.setEasingCurve(QtCore.QEasingCurve.Type.OutCubic)

    def set_value(self, value: int, animate: bool) -> None:
        """Move to `value` (0..100); the label says whether openness is rising or falling."""
        before, self.value = self.value, int(value)
        trend = "rising ▲" if animate and value > before else "falling ▼" if animate and value < before else "steady"
        self.label.setText(f"{value} · {trend}")
        self.bar.setAccessibleName(f"Openness {value} out of 100, {trend.split()[0]}")
        self._animation.stop()
        if animate:
            self._animation.setStartValue(self.bar.value())
            self._animation.setEndValue(int(value))
            self._animation.start()
        else:
            self.bar.setValue(int(value))


class ConversationView(QtWidgets.QWidget):
    """Chat transcript, openness, toolbar (replay, mute, take a break) and the reply area."""

    choice_picked = Signal(int)
    reply_sent = Signal(str)
    break_requested = Signal()
    replay_requested = Signal()
    mute_toggled = Signal()
    debrief_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("conversation-view")
        outer = QtWidgets.QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        outer.addLayout(self._header())
        self.scroll = QtWidgets.QScrollArea()
        self.scroll.setObjectName("conversation-scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setAccessibleName("Conversation so far")
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._new_transcript()
        outer.addWidget(self.scroll, 1)
        self.note = styled(QtWidgets.QLabel(), "muted")
        self.note.setObjectName("conversation-note")
        self.note.setWordWrap(True)
        self.note.hide()
        self.note_code = ""
        outer.addWidget(self.note)
        self.choices = ChoicePanel()
        self.choices.picked.connect(self.choice_picked)
        outer.addWidget(self.choices)
        self.reply_box = ReplyBox()
        self.reply_box.sent.connect(self.reply_sent)
        self.reply_box.note.connect(self.show_note)
        outer.addWidget(self.reply_box)
        self.finish = styled(PushButton("See how it went  →"), "primary")
        self.finish.setObjectName("see-debrief")
        self.finish.setAccessibleName("See the debrief")
        self.finish.clicked.connect(self.debrief_requested)
        outer.addWidget(self.finish, 0, Qt.AlignmentFlag.AlignRight)
        self._hide_inputs()
        for number in range(1, 10):
            shortcut = QtGui.QShortcut(QtGui.QKeySequence(str(number)), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda n=number: self.choices.pick_number(n))
        self.scroll.verticalScrollBar().rangeChanged.connect(self._follow)

    def _header(self) -> QtWidgets.QLayout:
        header = QtWidgets.QVBoxLayout()
        top = QtWidgets.QHBoxLayout()
        self.title = styled(QtWidgets.QLabel(), "title")
        self.title.setObjectName("conversation-title")
        top.addWidget(self.title, 1)
        self.replay_button = self._tool("Replay line", "replay", "Say the last line again (R)", self.replay_requested)
        self.mute_button = self._tool("Mute", "mute", "Turn the voice off or on (M)", self.mute_toggled)
        self.break_button = self._tool("Take a break", "take-break", "Leave now, without penalty; "
                                       "you can resume later (Esc)", self.break_requested)
        for button in (self.replay_button, self.mute_button, self.break_button):
            top.addWidget(button)
        header.addLayout(top)
        self.role = styled(QtWidgets.QLabel(), "muted")
        self.role.setObjectName("conversation-role")
        self.role.setWordWrap(True)
        header.addWidget(self.role)
        self.trust = TrustBar()
        header.addWidget(self.trust)
        return header

    def _tool(self, text, name, tip, signal) -> QtWidgets.QPushButton:
        button = PushButton(text)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.setAccessibleName(text)
        button.clicked.connect(signal)
        return button

    # -- what SessionController calls ----------------------------------------------------
    def begin(self, title: str, learner_role: str) -> None:
        """Empty the page for a new run."""
        old = self.scroll.takeWidget()
        if old is not None:
            old.hide()
            old.deleteLater()  # one container goes, with all its bubbles, after this step has shown
        self._new_transcript()
        self.title.setText(title)
        self.role.setText(learner_role)
        self.note.hide()
        self.note_code = ""
        self.reply_box.edit.clear()
        self._hide_inputs()

    def forget(self) -> None:
        """Empty the page and its reply box (Lock now: nothing of the last run stays in the window)."""
        self.begin("", "")

    def add_scene(self, title: str) -> None:
        """A scene heading."""
        self._append(scene_heading(title))

    def add_line(self, item) -> None:
        """One of the other person's lines."""
        self._append(line_bubble(item))

    def add_reply(self, item, coached: bool) -> None:
        """The learner's reply, and in coached mode its feedback card."""
        self._append(reply_bubble(item, highlight=coached))
        if coached:
            self._append(FeedbackCard(item))

    def set_trust(self, value: int, animate: bool) -> None:
        """Move the openness bar."""
        self.trust.set_value(value, animate)

    def offer_choices(self, texts: list[str]) -> None:
        """Show the choice buttons."""
        self._hide_inputs()
        self.choices.show()
        self.choices.show_choices(texts)

    def ask_typed(self, prompt: str) -> None:
        """Show the text box."""
        self._hide_inputs()
        self.reply_box.show()
        self.reply_box.ask(prompt)

    def show_note(self, code: str, message: str) -> None:
        """A short note under the conversation (a cut reply, an empty reply, welcome back)."""
        self.note_code = code
        self.note.setText(message)
        self.note.show()

    def clear_note(self) -> None:
        """Hide the note (the learner has moved on)."""
        self.note_code = ""
        self.note.hide()

    def show_ended(self) -> None:
        """The run reached an ending: only the way to the debrief is left."""
        self._hide_inputs()
        self.finish.show()
        self.finish.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_muted(self, muted: bool) -> None:
        """Reflect the voice state on the mute button."""
        self.mute_button.setText("Unmute" if muted else "Mute")
        self.mute_button.setAccessibleName("Unmute" if muted else "Mute")

    def restyle(self) -> None:
        """After a theme change: highlights take the new colours."""
        for i in range(self.items.count()):
            row = self.items.itemAt(i).widget()
            if row is not None and row.objectName() == "reply-row":
                row.bubble.restyle()

    # -- reading back what is shown (for people using assistive tech, and for tests) ----------
    def bubble_texts(self, kind: str = "line") -> list[str]:
        """The texts of the shown bubbles: kind "line" (them) or "reply" (you)."""
        rows = [self.items.itemAt(i).widget() for i in range(self.items.count())]
        return [r.bubble.text() for r in rows if r is not None and r.objectName() == f"{kind}-row"]

    def feedback_cards(self) -> list[FeedbackCard]:
        """The feedback cards shown so far."""
        return self.findChildren(FeedbackCard)

    # -- internals ---------------------------------------------------------------------------
    def _new_transcript(self) -> None:
        inner = QtWidgets.QWidget()
        inner.setObjectName("conversation-transcript")
        self.items = QtWidgets.QVBoxLayout(inner)
        self.items.setContentsMargins(4, 4, 12, 4)
        self.items.setSpacing(6)
        self.items.addStretch(1)  # first, so a short conversation sits at the bottom like a chat
        self.scroll.setWidget(inner)

    def _append(self, widget: QtWidgets.QWidget) -> None:
        self.items.addWidget(widget)

    def _hide_inputs(self) -> None:
        self.choices.clear()
        self.choices.hide()
        self.reply_box.hide()
        self.finish.hide()

    def _follow(self, _minimum: int, maximum: int) -> None:
        # Keep the newest line in view as the conversation grows.
        self.scroll.verticalScrollBar().setValue(maximum)

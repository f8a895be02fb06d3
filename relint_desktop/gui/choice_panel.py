"""How the learner answers: numbered choice buttons (keys 1-9) or a typed reply box (Enter sends)."""

from __future__ import annotations

from relint_desktop.gui.bubbles import styled
from relint_desktop.gui.buttons import PushButton
from relint_desktop.gui.qt import QtGui, QtWidgets, Qt, Signal

REPLY_LIMIT = 2000


class ChoicePanel(QtWidgets.QWidget):
    """The offered choices as buttons; `picked(position)` when one is chosen."""

    picked = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("choice-panel")
        self._layout = QtWidgets.QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(6)
        self.buttons: list[QtWidgets.QPushButton] = []

    def show_choices(self, texts: list[str]) -> None:
        """Replace the buttons with these choices, numbered from 1."""
        self.clear()
        for position, text in enumerate(texts[:9]):
            button = styled(PushButton(f"{position + 1}.  {text}"), "choice")
            button.setObjectName(f"choice-{position + 1}")
            button.setAccessibleName(f"Choice {position + 1}: {text}")
            button.setToolTip(f"Press {position + 1} to choose this reply")
            button.setSizePolicy(QtWidgets.QSizePolicy.Policy.Expanding, QtWidgets.QSizePolicy.Policy.Preferred)
            button.clicked.connect(lambda _=False, p=position: self.picked.emit(p))
            self._layout.addWidget(button)
            self.buttons.append(button)
        if self.buttons:
            self.buttons[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def clear(self) -> None:
        """Remove every button."""
        for button in self.buttons:
            button.setParent(None)
            button.deleteLater()
        self.buttons = []

    def pick_number(self, number: int) -> None:
        """A number key was pressed: choose that button if it exists."""
        if self.isVisible() and 1 <= number <= len(self.buttons):
            self.buttons[number - 1].click()


class ReplyEdit(QtWidgets.QPlainTextEdit):
    """A text box where Enter sends and Shift+Enter starts a new line; Tab moves focus."""

    submitted = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTabChangesFocus(True)

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.insertPlainText("\n")
            else:
                self.submitted.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class ReplyBox(QtWidgets.QWidget):
    """A prompt, the text box, a length counter and a Send button; `sent(text)` on Enter or Send."""

    sent = Signal(str)
    note = Signal(str, str)  # code, message

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("reply-box")
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.prompt = styled(QtWidgets.QLabel(), "muted")
        self.prompt.setObjectName("reply-prompt")
        self.prompt.setWordWrap(True)
        layout.addWidget(self.prompt)
        self.edit = ReplyEdit()
        self.edit.setObjectName("reply-edit")
        self.edit.setAccessibleName("Your reply")
        self.edit.setPlaceholderText("Type your reply…  (Enter sends, Shift+Enter adds a line)")
        self.edit.setFixedHeight(self.edit.fontMetrics().lineSpacing() * 4 + 16)
        layout.addWidget(self.edit)
        row = QtWidgets.QHBoxLayout()
        self.counter = styled(QtWidgets.QLabel(), "muted")
        self.counter.setObjectName("reply-counter")
        row.addWidget(self.counter)
        row.addStretch(1)
        self.send = styled(PushButton("Send"), "primary")
        self.send.setObjectName("reply-send")
        self.send.setAccessibleName("Send reply")
        self.send.setToolTip("Send (Enter)")
        row.addWidget(self.send)
        layout.addLayout(row)
        self.edit.submitted.connect(self._submit)
        self.send.clicked.connect(self._submit)
        self.edit.textChanged.connect(self._limit)
        self._limit()

    def ask(self, prompt: str) -> None:
        """Show the box for a new reply."""
        self.prompt.setText(prompt or "Type your reply.")
        self.prompt.setVisible(True)
        self.edit.clear()
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _submit(self) -> None:
        self.sent.emit(self.edit.toPlainText())

    def _limit(self) -> None:
        text = self.edit.toPlainText()
        if len(text) > REPLY_LIMIT:
            # Cut pasted floods at once, so the box never holds more than can be sent.
            self.edit.blockSignals(True)
            self.edit.setPlainText(text[:REPLY_LIMIT])
            self.edit.moveCursor(QtGui.QTextCursor.MoveOperation.End)
            self.edit.blockSignals(False)
            self.note.emit("GUI-REPLY-CUT", f"Replies can be up to {REPLY_LIMIT:,} characters; "
                                            "the rest of what you pasted was left out.")
            text = text[:REPLY_LIMIT]
        self.counter.setText(f"{len(text):,} / {REPLY_LIMIT:,}")

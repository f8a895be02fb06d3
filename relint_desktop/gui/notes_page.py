"""The page before a scenario starts: who you are, what it is about, its content notes, and a choice."""

from __future__ import annotations

import html

from relint_desktop.gui.bubbles import styled
from relint_desktop.gui.buttons import PushButton
from relint_desktop.gui.qt import QtWidgets, Qt, Signal
from relint_desktop.gui.scenario_card import RELATIONSHIP_NAMES, difficulty_text


class NotesPage(QtWidgets.QWidget):
    """Content notes shown before starting; emits start_requested(resume: bool) or back_requested."""

    start_requested = Signal(bool)  # True: resume the interrupted run; False: start afresh
    back_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("notes-page")
        outer = QtWidgets.QVBoxLayout(self)
        outer.setContentsMargins(40, 24, 40, 24)
        panel = styled(QtWidgets.QFrame(), "panel")
        panel.setMinimumWidth(520)
        panel.setMaximumWidth(760)
        layout = QtWidgets.QVBoxLayout(panel)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        self.title = styled(QtWidgets.QLabel(), "title")
        self.title.setObjectName("notes-title")
        self.title.setWordWrap(True)
        self.meta = styled(QtWidgets.QLabel(), "muted")
        self.role = QtWidgets.QLabel()
        self.role.setObjectName("notes-role")
        self.role.setWordWrap(True)
        self.notes_heading = styled(QtWidgets.QLabel("Before you start"), "heading")
        self.notes = QtWidgets.QLabel()
        self.notes.setObjectName("notes-text")
        self.notes.setWordWrap(True)
        self.notes.setTextFormat(Qt.TextFormat.RichText)
        self.comfort = styled(QtWidgets.QLabel(
            "You can stop at any moment with “Take a break” (Esc). Nothing counts against you, "
            "and you can pick up where you left off."), "muted")
        self.comfort.setWordWrap(True)
        self.resume_note = QtWidgets.QLabel()
        self.resume_note.setObjectName("notes-resume")
        self.resume_note.setWordWrap(True)
        for widget in (self.title, self.meta, self.role, self.notes_heading, self.notes, self.comfort,
                       self.resume_note):
            layout.addWidget(widget)
        buttons = QtWidgets.QHBoxLayout()
        self.back = self._button("Back to the library", "notes-back", self.back_requested.emit)
        buttons.addWidget(self.back)
        buttons.addStretch(1)
        self.fresh = self._button("Start", "notes-start", lambda: self.start_requested.emit(False))
        self.resume = self._button("Resume where I stopped", "notes-resume-button",
                                   lambda: self.start_requested.emit(True))
        buttons.addWidget(self.fresh)
        buttons.addWidget(self.resume)
        layout.addLayout(buttons)
        row = QtWidgets.QHBoxLayout()
        row.addStretch(1)
        row.addWidget(panel, 8)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)

    def _button(self, text, name, slot) -> QtWidgets.QPushButton:
        button = PushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text)
        button.clicked.connect(slot)
        return button

    def show_scenario(self, scenario, interrupted_turns: int | None) -> None:
        """Fill the page; offer resuming when an interrupted run exists (with its number of turns)."""
        self.title.setText(scenario.title)
        self.meta.setText(f"{difficulty_text(scenario.difficulty)}  ·  "
                          f"{RELATIONSHIP_NAMES.get(scenario.relationship, scenario.relationship)}")
        self.role.setText(scenario.learner_role)
        if scenario.content_notes:
            items = "".join(f"<li>{html.escape(n)}</li>" for n in scenario.content_notes)
            self.notes.setText(f"This conversation touches on:<ul>{items}</ul>")
        else:
            self.notes.setText("No content notes for this conversation.")
        self.notes.setAccessibleName(self.notes.text())
        resumable = interrupted_turns is not None
        self.resume.setVisible(resumable)
        self.resume_note.setVisible(resumable)
        self.resume_note.setText(f"You took a break in this conversation after {interrupted_turns} "
                                 f"repl{'y' if interrupted_turns == 1 else 'ies'}. Resume it, or start again."
                                 if resumable else "")
        self.fresh.setText("Start again" if resumable else "Start")
        self.fresh.setAccessibleName(self.fresh.text())
        primary = self.resume if resumable else self.fresh
        for button in (self.fresh, self.resume):
            styled(button, "primary" if button is primary else "")
            button.style().unpolish(button)
            button.style().polish(button)
        primary.setDefault(True)
        self.primary = primary

    def focus_primary(self) -> None:
        """Put the keyboard on the main button (Resume, or Start)."""
        self.primary.setFocus(Qt.FocusReason.OtherFocusReason)

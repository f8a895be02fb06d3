"""One scenario in the library: a focusable card that opens on Enter, Space or a click."""

from __future__ import annotations

from relint_desktop.gui.bubbles import styled
from relint_desktop.gui.qt import QtGui, QtWidgets, Qt, Signal

RELATIONSHIP_NAMES = {"parent": "Parents and children", "partner": "Partners", "manager": "At work",
                      "friend": "Friends and family", "other": "Other"}
DIFFICULTY_NAMES = {1: "Gentle", 2: "Moderate", 3: "Hard"}


def difficulty_text(level: int) -> str:
    """"Gentle ●○○" and so on."""
    level = max(1, min(3, int(level)))
    return f"{DIFFICULTY_NAMES[level]} {'●' * level}{'○' * (3 - level)}"


class ScenarioCard(QtWidgets.QFrame):
    """A card with title, summary, content notes and the learner's record; `opened(id)` when chosen."""

    opened = Signal(str)
    step = Signal(object, int)  # (card, +1/-1): arrow keys move to the next or previous card

    def __init__(self, scenario, parent=None):
        super().__init__(parent)
        self.scenario = scenario
        styled(self, "card")
        self.setObjectName(f"card-{scenario.id}")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(4)
        title = styled(QtWidgets.QLabel(scenario.title), "heading")
        title.setWordWrap(True)
        layout.addWidget(title)
        meta = styled(QtWidgets.QLabel(f"{difficulty_text(scenario.difficulty)}  ·  "
                                       f"{RELATIONSHIP_NAMES.get(scenario.relationship, scenario.relationship)}"),
                      "muted")
        layout.addWidget(meta)
        if scenario.summary:
            summary = QtWidgets.QLabel(scenario.summary)
            summary.setWordWrap(True)
            layout.addWidget(summary)
        notes = ", ".join(scenario.content_notes)
        self.notes = styled(QtWidgets.QLabel(f"Content notes: {notes}" if notes else ""), "muted")
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        self.notes.setWordWrap(True)
        self.notes.setVisible(bool(notes))
        layout.addWidget(self.notes)
        self.record = styled(QtWidgets.QLabel(), "muted")
        self.record.setObjectName("card-record")
        layout.addWidget(self.record)
        layout.addStretch(1)
        self.set_record(0, None)

    def set_record(self, completed: int, best: int | None) -> None:
        """Show how often it was completed and the best score."""
        if completed:
            text = f"✓ Completed {completed}×" + (f"  ·  best score {best}" if best is not None else "")
        else:
            text = "Not completed yet"
        self.record.setText(text)
        notes = ", ".join(self.scenario.content_notes)
        self.setAccessibleName(f"{self.scenario.title}. {difficulty_text(self.scenario.difficulty)[:-4]}. "
                               f"{self.scenario.summary} {'Content notes: ' + notes + '. ' if notes else ''}{text}.")

    def search_text(self) -> str:
        """Everything a search can match: title, summary, tags, notes, relationship."""
        s = self.scenario
        return " ".join((s.title, s.summary, " ".join(s.tags), " ".join(s.content_notes), s.relationship,
                         RELATIONSHIP_NAMES.get(s.relationship, ""), DIFFICULTY_NAMES.get(s.difficulty, ""),
                         " ".join(s.focus))).casefold()

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.opened.emit(self.scenario.id)
        elif key in (Qt.Key.Key_Down, Qt.Key.Key_Right):
            self.step.emit(self, 1)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Left):
            self.step.emit(self, -1)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def mouseReleaseEvent(self, event: QtGui.QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        if event.button() == Qt.MouseButton.LeftButton:
            self.opened.emit(self.scenario.id)
        super().mouseReleaseEvent(event)

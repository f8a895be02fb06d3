"""The push button every page uses: Enter presses it, as Space does (Qt only does that in dialogs)."""

from __future__ import annotations

from relint_desktop.gui.qt import QtGui, QtWidgets, Qt


class PushButton(QtWidgets.QPushButton):
    """A QPushButton that Enter and Return press, so every action works from the keyboard."""

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.isEnabled():
            event.accept()
            self.click()
            return
        super().keyPressEvent(event)

"""A non-modal message strip at the top of the window (missing voice, storage trouble, errors)."""

from __future__ import annotations

from relint_desktop.gui.bubbles import styled
from relint_desktop.gui.buttons import PushButton
from relint_desktop.gui.qt import QtWidgets, Qt


class Banner(QtWidgets.QFrame):
    """One line of plain explanation with a Dismiss button; never blocks the window."""

    def __init__(self, name: str, parent=None):
        super().__init__(parent)
        styled(self, "banner")
        self.setObjectName(name)
        self.code = ""
        layout = QtWidgets.QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 8, 6)
        self.label = QtWidgets.QLabel()
        self.label.setObjectName(f"{name}-text")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.label, 1)
        self.action = PushButton()
        self.action.setObjectName(f"{name}-action")
        self.action.hide()
        self.action.clicked.connect(self._act)
        self._callback = None
        layout.addWidget(self.action, 0, Qt.AlignmentFlag.AlignTop)
        self.dismiss = PushButton("Dismiss")
        self.dismiss.setObjectName(f"{name}-dismiss")
        self.dismiss.setAccessibleName("Dismiss this message")
        self.dismiss.clicked.connect(self.hide)
        layout.addWidget(self.dismiss, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_message(self, code: str, message: str, action: str = "", callback=None) -> None:
        """Show a message with its stable code (kept for tests and bug reports), and maybe one action."""
        self.code = code
        self._callback = callback
        self.action.setText(action)
        self.action.setAccessibleName(action)
        self.action.setVisible(bool(action and callback))
        self.label.setText(message)
        self.setAccessibleName(message)
        self.show()

    def _act(self) -> None:
        self.hide()
        if self._callback is not None:
            self._callback()

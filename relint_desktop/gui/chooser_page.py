"""ChooserPage: "Who is practising?", the window's page when no profile is open.

Shown after "Lock now", and at start when the profile to open is locked and its passphrase was not
given. It shows names and lock marks only: no history, scores or unfinished runs of anyone.
"""

from __future__ import annotations

from relint_desktop.gui.bubbles import styled
from relint_desktop.gui.buttons import PushButton
from relint_desktop.gui.lock_mark import fill_profile_list, profile_list
from relint_desktop.gui.qt import QtWidgets, Qt, Signal


class ChooserPage(QtWidgets.QWidget):
    """The profiles by name; `open_requested(id)` when one is chosen, `manage_requested` for the dialog."""

    open_requested = Signal(int)
    manage_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("chooser-page")
        outer = QtWidgets.QHBoxLayout(self)
        outer.addStretch(1)
        column = QtWidgets.QVBoxLayout()
        column.addStretch(1)
        title = styled(QtWidgets.QLabel("Who is practising?"), "title")
        title.setObjectName("chooser-title")
        column.addWidget(title)
        hint = styled(QtWidgets.QLabel("Choose your profile. A locked one asks for its passphrase."), "muted")
        hint.setWordWrap(True)
        column.addWidget(hint)
        self.list = profile_list("chooser-list", icon_px=20, spacing=3)
        self.list.setMinimumSize(360, 220)
        self.list.itemActivated.connect(lambda _item: self._open())
        column.addWidget(self.list, 1)
        row = QtWidgets.QHBoxLayout()
        self.manage = PushButton("Profiles…")
        self.manage.setObjectName("chooser-manage")
        self.manage.setAccessibleName("Manage profiles")
        self.manage.clicked.connect(self.manage_requested)
        row.addWidget(self.manage)
        row.addStretch(1)
        self.open_button = styled(PushButton("Open"), "primary")
        self.open_button.setObjectName("chooser-open")
        self.open_button.setAccessibleName("Open the selected profile")
        self.open_button.clicked.connect(self._open)
        row.addWidget(self.open_button)
        column.addLayout(row)
        column.addStretch(2)
        outer.addLayout(column, 2)
        outer.addStretch(1)

    def set_profiles(self, profiles, select: int | None = None) -> None:
        """Fill the list (names and lock marks only)."""
        fill_profile_list(self.list, profiles, select)
        self.open_button.setEnabled(self.list.count() > 0)

    def focus_list(self) -> None:
        """The keyboard starts in the list: arrows choose, Enter opens."""
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _open(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.open_requested.emit(int(item.data(Qt.ItemDataRole.UserRole)))

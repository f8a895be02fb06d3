"""When the progress file cannot be opened: say so plainly and offer the newest good backup.

    store = open_or_recover(data_dir, parent)   # a ProgressStore, or None to run without saving
"""

from __future__ import annotations

from pathlib import Path

from relint_desktop.gui.bubbles import styled
from relint_desktop.gui.qt import QtWidgets
from relint_desktop.storage import backups, errors
from relint_desktop.storage.store import ProgressStore, StoreError


class RecoveryDialog(QtWidgets.QDialog):
    """Explains a StoreError; Accepted means the offered backup was restored and opening can be retried."""

    def __init__(self, error: StoreError, data_dir: Path, parent=None):
        super().__init__(parent)
        self.error = error
        self.data_dir = Path(data_dir)
        self.outcome = ""
        self.setObjectName("recovery-dialog")
        self.setWindowTitle("Your progress file")
        layout = QtWidgets.QVBoxLayout(self)
        message = QtWidgets.QLabel(self._explain())
        message.setObjectName("recovery-message")
        message.setWordWrap(True)
        layout.addWidget(message)
        self.status = styled(QtWidgets.QLabel(""), "muted")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addStretch(1)
        later = QtWidgets.QPushButton("Continue without saving")
        later.setObjectName("recovery-continue")
        later.clicked.connect(self.reject)
        buttons.addWidget(later)
        self.restore_button = None
        if error.code == errors.DAMAGED and error.backup is not None:
            self.restore_button = styled(QtWidgets.QPushButton(f"Restore the backup from {error.backup.label}"),
                                         "primary")
            self.restore_button.setObjectName("recovery-restore")
            self.restore_button.clicked.connect(self.restore)
            self.restore_button.setDefault(True)
            buttons.addWidget(self.restore_button)
        layout.addLayout(buttons)
        self.setMinimumWidth(540)
        message.setMinimumWidth(500)
        self.adjustSize()

    def _explain(self) -> str:
        text = self.error.message
        if self.error.code == errors.DAMAGED:
            if self.error.backup is not None:
                text += (f"\n\nThe newest good backup is from {self.error.backup.label}. Restoring it brings back "
                         "everything saved up to that day; the damaged file is kept aside, not deleted.")
            else:
                text += "\n\nThere is no good backup to restore. The file has been left as it is."
        text += "\n\nYou can keep practising now, but nothing will be saved until this is sorted out."
        return text

    def restore(self) -> None:
        """Put the offered backup in place; accept on success."""
        try:
            aside = backups.restore(self.data_dir, self.error.backup)
        except (StoreError, OSError) as exc:
            self.status.setText(f"The backup could not be restored: {exc}")
            return
        self.outcome = f"Restored the backup from {self.error.backup.label}." + (
            f" The damaged file was kept as {aside.name}." if aside else "")
        self.accept()


def open_or_recover(data_dir: Path, parent=None, ask=None) -> ProgressStore | None:
    """Open the store; on failure show RecoveryDialog (or `ask(dialog)`), retrying after a restore."""
    for _ in range(3):
        try:
            return ProgressStore.open(data_dir)
        except StoreError as error:
            dialog = RecoveryDialog(error, data_dir, parent)
            accepted = ask(dialog) if ask else dialog.exec() == QtWidgets.QDialog.DialogCode.Accepted
            if not accepted:
                return None
    return None

"""Small dialogs that ask for a profile's passphrase: to open, export or erase it, or to set, change or remove it.

The check (scrypt, ~75 ms, twice when changing) runs on a worker thread, so the window never stalls;
the dialog says "Checking…" meanwhile. A wrong passphrase gets a plain message and another try.

    dialog = unlock_dialog(store.verify, profile, "open it", "Open", parent)
    dialog.accepted.connect(lambda: use(dialog.passphrase))
    dialog.open()
"""

from __future__ import annotations

import threading
from typing import Callable

from relint_desktop.gui.qt import QtGui, QtWidgets, Qt, Signal
from relint_desktop.storage import errors, locks
from relint_desktop.storage.store import StoreError

Check = Callable[[dict], "str | None"]  # the field values -> a message to show, or None when all is well


class PassphraseDialog(QtWidgets.QDialog):
    """Password fields, a plain status line, an action button and Cancel. Accepted once `check` says yes."""

    _checked = Signal(object)  # the message from the worker thread (None: accepted)

    def __init__(self, title: str, intro: str, fields: list[tuple[str, str]], action: str, check: Check,
                 parent=None, new_field: str = "", again_field: str = ""):
        super().__init__(parent)
        self.setObjectName("passphrase-dialog")
        self.setWindowTitle(title)
        self.check = check
        self.new_field, self.again_field = new_field, again_field
        self.passphrase: str | None = None  # the passphrase that was accepted (what the caller needs next)
        self.values: dict[str, str] = {}
        self._busy = False
        self._checked.connect(self._on_checked, Qt.ConnectionType.QueuedConnection)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(10)
        text = QtWidgets.QLabel(intro)
        text.setObjectName("passphrase-intro")
        text.setWordWrap(True)
        layout.addWidget(text)
        form = QtWidgets.QFormLayout()
        self.edits: dict[str, QtWidgets.QLineEdit] = {}
        for key, label in fields:
            edit = QtWidgets.QLineEdit()
            edit.setObjectName(f"passphrase-{key}")
            edit.setEchoMode(QtWidgets.QLineEdit.EchoMode.Password)
            edit.setAccessibleName(label)
            edit.setMaxLength(locks.MAX_LENGTH)
            edit.returnPressed.connect(self._next_or_submit)
            caption = QtWidgets.QLabel(label + ":")
            caption.setBuddy(edit)
            form.addRow(caption, edit)
            self.edits[key] = edit
        layout.addLayout(form)
        self.status = QtWidgets.QLabel("")  # plain text colour: a message to read, not a hint
        self.status.setObjectName("passphrase-status")
        self.status.setWordWrap(True)
        self.status.setMinimumHeight(self.status.fontMetrics().lineSpacing() * 2 + 4)  # room for a two-line message
        self.status.setAccessibleName("")
        layout.addWidget(self.status)
        buttons = QtWidgets.QDialogButtonBox()
        self.ok = buttons.addButton(action, QtWidgets.QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("passphrase-ok")
        self.ok.setProperty("role", "primary")
        self.ok.setAccessibleName(action.rstrip("…"))
        self.ok.setDefault(True)
        self.cancel = buttons.addButton("Cancel", QtWidgets.QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel.setAccessibleName("Cancel")
        self.cancel.setObjectName("passphrase-cancel")
        self.ok.clicked.connect(self.submit)
        self.cancel.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        next(iter(self.edits.values())).setFocus(Qt.FocusReason.OtherFocusReason)

    # -- what a person does ------------------------------------------------------------------
    def submit(self) -> None:
        """Check what was typed: first here (lengths, the two new ones the same), then on a worker thread."""
        if self._busy:
            return
        values = {key: edit.text() for key, edit in self.edits.items()}
        problem = self._local_problem(values)
        if problem:
            self._say(problem, self.new_field)
            return
        self._busy = True
        self._set_enabled(False)
        self.status.setText("Checking…")
        relay = self._checked  # the bound signal keeps the dialog's C++ side reachable from the thread

        def work():
            try:
                message = self.check(values)
            except StoreError as exc:
                message = exc.message
            except Exception as exc:  # trouble with the file is said in the dialog, never a traceback
                message = f"That could not be done ({exc})."
            try:
                relay.emit((message, values))
            except RuntimeError:  # the dialog is gone (its window closed meanwhile): nobody to tell
                pass

        threading.Thread(target=work, name="relint-passphrase-check", daemon=True).start()

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        # Enter in a field has been handled (next field, or submit from the last); without this the dialog
        # would also press its default button and submit half-filled fields.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.focusWidget() in self.edits.values():
            event.accept()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        """Cancel, Esc or the close button; not while a check is under way (it takes a moment)."""
        if not self._busy:
            super().reject()

    # -- internals -------------------------------------------------------------------------
    def _local_problem(self, values: dict) -> str:
        if self.new_field:
            try:
                locks.check_new(values[self.new_field])
            except StoreError as exc:
                return exc.message
            if self.again_field and values[self.again_field] != values[self.new_field]:
                return "The two new passphrases are not the same. Please type them again."
        return ""

    def _on_checked(self, result) -> None:
        message, values = result
        self._busy = False
        self._set_enabled(True)
        if message:
            first = next(iter(self.edits))
            self._say(message, first)
            return
        self.values = values
        self.passphrase = values.get(self.new_field) or values.get(next(iter(self.edits)))
        self.accept()

    def _say(self, message: str, clear_from: str = "") -> None:
        self.status.setText(message)
        self.status.setAccessibleName(message)
        # Start again from the field that was wrong (and the ones after it, which depended on it).
        keys = list(self.edits)
        start = keys.index(clear_from) if clear_from in keys else 0
        for key in keys[start:]:
            self.edits[key].clear()
        self.edits[keys[start]].setFocus(Qt.FocusReason.OtherFocusReason)

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (*self.edits.values(), self.ok, self.cancel):
            widget.setEnabled(enabled)

    def _next_or_submit(self) -> None:
        edits = list(self.edits.values())
        sender = self.sender()
        if sender in edits and edits.index(sender) < len(edits) - 1:
            edits[edits.index(sender) + 1].setFocus(Qt.FocusReason.TabFocusReason)
        else:
            self.submit()


def _wrong(name: str) -> str:
    return f"That passphrase does not open “{name}”. Please try again."


def _unless_wrong(profile, action) -> str | None:
    try:
        action()
    except StoreError as exc:
        if exc.code == errors.WRONG_PASSPHRASE:
            return _wrong(profile.name)
        raise
    return None


def unlock_dialog(verify: Callable[[int, str], bool], profile, purpose: str, action: str,
                  parent=None) -> PassphraseDialog:
    """Ask for a locked profile's passphrase before `purpose` ("open it", "export it", ...)."""
    def check(values):
        return None if verify(profile.id, values["passphrase"]) else _wrong(profile.name)

    return PassphraseDialog(f"“{profile.name}” is locked",
                            f"“{profile.name}” is locked. Type its passphrase to {purpose}.",
                            [("passphrase", "Passphrase")], action, check, parent)


def lock_dialog(store, profile, parent=None) -> PassphraseDialog:
    """Set a passphrase on a profile that has none (typed twice)."""
    def check(values):
        store.set_lock(profile.id, values["new"])

    return PassphraseDialog(
        f"Lock “{profile.name}”",
        f"Choose a passphrase for “{profile.name}”. From now on its history, dashboard and unfinished "
        "conversations open only with it, here and in the terminal.\n\nThe lock keeps other people using "
        "Relint out. It does not encrypt the progress file, and a forgotten passphrase cannot be recovered.",
        [("new", "New passphrase"), ("again", "The same passphrase again")], "Lock", check, parent,
        new_field="new", again_field="again")


def change_dialog(store, profile, parent=None) -> PassphraseDialog:
    """Replace a profile's passphrase (the current one first)."""
    def check(values):
        return _unless_wrong(profile, lambda: store.change_lock(profile.id, values["current"], values["new"]))

    return PassphraseDialog(
        f"Change the passphrase of “{profile.name}”",
        f"Type the current passphrase of “{profile.name}”, then the new one twice.",
        [("current", "Current passphrase"), ("new", "New passphrase"), ("again", "The same new passphrase again")],
        "Change passphrase", check, parent, new_field="new", again_field="again")


def remove_lock_dialog(store, profile, parent=None) -> PassphraseDialog:
    """Remove a profile's lock (its passphrase first)."""
    def check(values):
        return _unless_wrong(profile, lambda: store.remove_lock(profile.id, values["passphrase"]))

    return PassphraseDialog(
        f"Remove the lock of “{profile.name}”",
        f"Type the passphrase of “{profile.name}” to remove its lock. Anyone using Relint on this computer "
        "will then be able to open it.",
        [("passphrase", "Passphrase")], "Remove lock", check, parent)


def new_passphrase_dialog(name: str, parent=None) -> PassphraseDialog:
    """A passphrase for a profile being imported from the export of a locked one (typed twice)."""
    return PassphraseDialog(
        "Lock the imported profile",
        f"“{name}” was locked where it was exported. Choose a passphrase to lock it here too.",
        [("new", "New passphrase"), ("again", "The same passphrase again")], "Import and lock",
        lambda values: None, parent, new_field="new", again_field="again")


def ask_passphrase(dialog: PassphraseDialog) -> str | None:
    """Run a dialog to its end (a nested event loop); the accepted passphrase, or None if cancelled."""
    try:
        if dialog.exec() == QtWidgets.QDialog.DialogCode.Accepted:
            return dialog.passphrase
        return None
    finally:
        dialog.deleteLater()

"""ProfilesDialog: create, switch, rename, lock and erase profiles; erasing asks to type the name first.

A locked profile carries a lock mark; erasing or exporting it asks for its passphrase first.

    dialog = ProfilesDialog(store, current_profile_id, parent)
    if dialog.exec() == QDialog.Accepted: use dialog.selected_profile_id()
"""

from __future__ import annotations

from relint_desktop.gui.bubbles import styled
from relint_desktop.gui.dashboard.transfer import ask_export, ask_import
from relint_desktop.gui.lock_mark import fill_profile_list, profile_list
from relint_desktop.gui.passphrase_dialogs import change_dialog, lock_dialog, remove_lock_dialog, unlock_dialog
from relint_desktop.gui.qt import QtWidgets, Qt, Signal, Slot
from relint_desktop.storage.store import StoreError

FALLBACK_NAME = "Me"


class EraseConfirmation(QtWidgets.QDialog):
    """Asks the person to type the profile's name before erasing it for good."""

    def __init__(self, name: str, parent=None):
        super().__init__(parent)
        self.setObjectName("erase-confirmation")
        self.setWindowTitle("Erase profile")
        layout = QtWidgets.QVBoxLayout(self)
        text = QtWidgets.QLabel(
            f"Erase “{name}” and everything it holds: every session, reply, reflection and commitment, "
            "from this computer's progress file and its backups. This cannot be undone.\n\n"
            "Type the profile's name to confirm:")
        text.setWordWrap(True)
        layout.addWidget(text)
        self.typed = QtWidgets.QLineEdit()
        self.typed.setObjectName("erase-typed-name")
        self.typed.setAccessibleName("Type the profile name to confirm erasing")
        layout.addWidget(self.typed)
        buttons = QtWidgets.QDialogButtonBox()
        self.erase = buttons.addButton("Erase for good", QtWidgets.QDialogButtonBox.ButtonRole.DestructiveRole)
        self.erase.setObjectName("erase-confirm")
        self.erase.setEnabled(False)
        cancel = buttons.addButton(QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("erase-cancel")
        self.typed.textChanged.connect(lambda text: self.erase.setEnabled(text.strip() == name))
        self.erase.clicked.connect(self.accept)
        cancel.clicked.connect(self.reject)
        layout.addWidget(buttons)


class ProfilesDialog(QtWidgets.QDialog):
    """The profiles in the store; Accepted means "use selected_profile_id()"."""

    profile_erased = Signal(int)

    def __init__(self, store, current_profile_id: int | None, parent=None):
        super().__init__(parent)
        self.store = store
        self.current_id = current_profile_id
        self.confirmation: EraseConfirmation | None = None
        self.setObjectName("profiles-dialog")
        self.setWindowTitle("Profiles")
        self.resize(460, 420)
        layout = QtWidgets.QVBoxLayout(self)
        intro = styled(QtWidgets.QLabel("Each profile keeps its own progress, apart from the others."), "muted")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = profile_list("profiles-list", icon_px=18, spacing=2)
        self.list.itemActivated.connect(lambda _item: self.use_selected())
        layout.addWidget(self.list, 1)
        row = QtWidgets.QHBoxLayout()
        self.name_edit = QtWidgets.QLineEdit()
        self.name_edit.setObjectName("profiles-name")
        self.name_edit.setPlaceholderText("Name")
        self.name_edit.setAccessibleName("Profile name")
        self.name_edit.setMaxLength(60)
        self.name_edit.returnPressed.connect(self.create)
        row.addWidget(self.name_edit, 1)
        self.create_button = self._button("Create", "profiles-create", self.create)
        self.rename_button = self._button("Rename selected", "profiles-rename", self.rename)
        row.addWidget(self.create_button)
        row.addWidget(self.rename_button)
        layout.addLayout(row)
        locks = QtWidgets.QHBoxLayout()
        self.lock_button = self._button("Lock…", "profiles-lock", self.ask_lock)
        self.lock_button.setAccessibleName("Lock the selected profile with a passphrase")
        self.change_button = self._button("Change passphrase…", "profiles-change-passphrase", self.ask_change)
        self.change_button.setAccessibleName("Change the selected profile's passphrase")
        self.unlock_button = self._button("Remove lock…", "profiles-remove-lock", self.ask_remove_lock)
        self.unlock_button.setAccessibleName("Remove the selected profile's lock")
        for button in (self.lock_button, self.change_button, self.unlock_button):
            locks.addWidget(button)
        locks.addStretch(1)
        layout.addLayout(locks)
        self.lock_dialog: QtWidgets.QDialog | None = None
        self.status = styled(QtWidgets.QLabel(""), "muted")
        self.status.setObjectName("profiles-status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        bottom = QtWidgets.QHBoxLayout()
        self.erase_button = self._button("Erase…", "profiles-erase", self.ask_erase)
        bottom.addWidget(self.erase_button)
        bottom.addWidget(self._button("Import…", "profiles-import", self.ask_import))
        self.export_button = self._button("Export…", "profiles-export", self.ask_export)
        bottom.addWidget(self.export_button)
        bottom.addStretch(1)
        bottom.addWidget(self._button("Close", "profiles-close", self.reject))
        self.use_button = styled(self._button("Use this profile", "profiles-use", self.use_selected), "primary")
        self.use_button.setDefault(True)
        bottom.addWidget(self.use_button)
        layout.addLayout(bottom)
        self.list.currentItemChanged.connect(lambda *_: self._enable())
        self.reload(select=current_profile_id)

    # -- what the window reads -------------------------------------------------------------
    def selected_profile_id(self) -> int | None:
        """The profile chosen in the list (None when there is none)."""
        item = self.list.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    # -- actions ---------------------------------------------------------------------------
    @Slot()
    def create(self) -> None:
        """Create a profile from the name field and select it."""
        try:
            profile = self.store.create_profile(self.name_edit.text())
        except StoreError as exc:
            self._say(exc.message)
            return
        self.name_edit.clear()
        self.reload(select=profile.id)
        self._say(f"Created “{profile.name}”. Choose “Use this profile” to switch to it.")

    @Slot()
    def rename(self) -> None:
        """Give the selected profile the name in the name field."""
        self._with_passphrase("rename it", "Rename", self._rename)

    def _with_passphrase(self, purpose: str, verb: str, then) -> None:
        """then(profile, passphrase) for the selected profile: straight away, or after its passphrase if locked."""
        chosen = self.selected_profile_id()
        if chosen is None:
            return
        profile = self.store.profile(chosen)
        if not profile.locked:
            then(profile, None)
            return
        self.lock_dialog = unlock_dialog(self.store.verify, profile, purpose, verb, self)
        self.lock_dialog.accepted.connect(lambda: then(profile, self.lock_dialog.passphrase))
        self.lock_dialog.open()

    def _rename(self, profile, passphrase: str | None) -> None:
        try:
            profile = self.store.rename_profile(profile.id, self.name_edit.text(), passphrase)
        except StoreError as exc:
            self._say(exc.message)
            return
        self.name_edit.clear()
        self.reload(select=profile.id)
        self._say(f"Renamed to “{profile.name}”.")

    @Slot()
    def ask_erase(self) -> None:
        """Open the confirmation (after the passphrase of a locked profile); erasing happens once the name is typed."""
        self._with_passphrase("erase it", "Continue", self._confirm_erase)

    def _confirm_erase(self, profile, passphrase: str | None) -> None:
        self.confirmation = EraseConfirmation(profile.name, self)
        self.confirmation.accepted.connect(lambda: self.erase(profile.id, passphrase))
        self.confirmation.open()

    def erase(self, profile_id: int, passphrase: str | None = None) -> None:
        """Erase now (the confirmation was given). Erasing the profile in use switches to another one."""
        try:
            name = self.store.profile(profile_id).name
            result = self.store.erase_profile(profile_id, passphrase)
        except StoreError as exc:
            self._say(exc.message)
            return
        self.profile_erased.emit(profile_id)
        if result.complete:
            self._say(f"Erased “{name}”: nothing of it is left in the progress file or its backups.")
        else:
            self._say(f"Erased “{name}”, but: " + "; ".join(result.not_cleaned))
        if profile_id == self.current_id:
            # The window must stop using the erased profile now: it goes to a profile anyone may open, or,
            # when every other one is locked, to "Who is practising?" (nothing selected here).
            remaining = self.store.profiles()
            fallback = next((p for p in remaining if not p.locked), None)
            if fallback is None and not remaining:
                fallback = self.store.create_profile(FALLBACK_NAME)
            self.reload(select=fallback.id if fallback else None)
            if fallback is None:
                self.list.setCurrentItem(None)
            self.accept()
            return
        self.reload(select=self.current_id)

    @Slot()
    def ask_import(self) -> None:
        """Pick a JSON export and add it as a new profile."""
        profile = ask_import(self, self.store)
        if profile is not None:
            self.reload(select=profile.id)

    @Slot()
    def ask_export(self) -> None:
        """Pick a file and export the selected profile to it (CSV or JSON)."""
        chosen = self.selected_profile_id()
        if chosen is not None:
            message = ask_export(self, self.store, chosen)
            if message:
                self._say(message)

    @Slot()
    def ask_lock(self) -> None:
        """Set a passphrase on the selected profile (typed twice)."""
        self._lock_action(lock_dialog, "Locked “{}”. It now opens only with its passphrase.")

    @Slot()
    def ask_change(self) -> None:
        """Change the selected profile's passphrase (the current one first)."""
        self._lock_action(change_dialog, "Changed the passphrase of “{}”.")

    @Slot()
    def ask_remove_lock(self) -> None:
        """Remove the selected profile's lock (its passphrase first)."""
        self._lock_action(remove_lock_dialog, "Removed the lock of “{}”.")

    def _lock_action(self, make_dialog, done: str) -> None:
        chosen = self.selected_profile_id()
        if chosen is None:
            return
        profile = self.store.profile(chosen)
        self.lock_dialog = make_dialog(self.store, profile, self)

        def finished():
            self.reload(select=chosen)
            self._say(done.format(profile.name))

        self.lock_dialog.accepted.connect(finished)
        self.lock_dialog.open()

    @Slot()
    def use_selected(self) -> None:
        """Close, asking the window to switch to the selected profile."""
        if self.selected_profile_id() is not None:
            self.accept()

    # -- internals -------------------------------------------------------------------------
    def reload(self, select: int | None = None) -> None:
        """Fill the list again from the store."""
        try:
            profiles = self.store.profiles()
        except StoreError as exc:
            self._say(exc.message)
            profiles = []
        self._locked = {p.id for p in profiles if p.locked}
        fill_profile_list(self.list, profiles, select,
                          lambda profile: "   (in use)" if profile.id == self.current_id else "")
        self._enable()

    def _enable(self) -> None:
        has = self.list.currentItem() is not None
        for button in (self.rename_button, self.erase_button, self.use_button, self.export_button):
            button.setEnabled(has)
        locked = self.selected_profile_id() in getattr(self, "_locked", set())
        self.lock_button.setVisible(has and not locked)
        self.change_button.setVisible(has and locked)
        self.unlock_button.setVisible(has and locked)

    def _say(self, text: str) -> None:
        self.status.setText(text)

    def _button(self, text: str, name: str, slot) -> QtWidgets.QPushButton:
        button = QtWidgets.QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(text.rstrip("…"))
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

"""Locking from the Profiles dialog: Lock…, Change passphrase…, Remove lock…, and erase/export of a locked profile."""

from __future__ import annotations

import pytest

from relint_desktop.gui.dashboard import transfer
from relint_desktop.gui.passphrase_dialogs import PassphraseDialog
from relint_desktop.gui.profiles_dialog import EraseConfirmation, ProfilesDialog
from relint_desktop.gui import theme
from relint_desktop.gui.qt import QtCore, QtGui, QtWidgets, Qt
from relint_desktop.gui.theme import apply_theme

SECRET = "harbour light 5"


@pytest.fixture
def dialog(qtbot, store):
    me = store.create_profile("Me")
    store.create_profile("Sam")
    dialog = ProfilesDialog(store, me.id)
    qtbot.addWidget(dialog)
    dialog.show()
    select(dialog, "Sam")
    return dialog


def select(dialog, name):
    rows = [dialog.list.item(i) for i in range(dialog.list.count())]
    dialog.list.setCurrentItem(next(r for r in rows if r.text().startswith(name)))


def fill(qtbot, passphrase_dialog: PassphraseDialog, **values):
    for key, text in values.items():
        passphrase_dialog.edits[key].clear()
        qtbot.keyClicks(passphrase_dialog.edits[key], text)
    qtbot.mouseClick(passphrase_dialog.ok, Qt.MouseButton.LeftButton)


def test_lock_change_and_remove_from_the_dialog(qtbot, dialog, store):
    sam = store.profile_named("Sam")
    assert dialog.lock_button.isVisible() and not dialog.change_button.isVisible()
    qtbot.mouseClick(dialog.lock_button, Qt.MouseButton.LeftButton)
    lock = dialog.lock_dialog
    assert lock.isVisible() and list(lock.edits) == ["new", "again"]
    for edit in lock.edits.values():
        assert edit.echoMode() == QtWidgets.QLineEdit.EchoMode.Password and edit.accessibleName()
    fill(qtbot, lock, new=SECRET, again=SECRET + "x")
    assert lock.status.text() == "The two new passphrases are not the same. Please type them again."
    assert not store.is_locked(sam.id) and lock.isVisible()
    fill(qtbot, lock, new="abc", again="abc")
    assert "at least 4 characters" in lock.status.text()
    # From the keyboard: type, Enter moves to the next field, Enter again locks.
    qtbot.keyClicks(lock.edits["new"], SECRET)
    qtbot.keyClick(lock.edits["new"], Qt.Key.Key_Return)
    assert lock.focusWidget() is lock.edits["again"]
    qtbot.keyClicks(lock.edits["again"], SECRET)
    with qtbot.waitSignal(lock.accepted):
        qtbot.keyClick(lock.edits["again"], Qt.Key.Key_Return)
    assert store.is_locked(sam.id) and store.verify(sam.id, SECRET)
    assert dialog.status.text() == "Locked “Sam”. It now opens only with its passphrase."
    item = dialog.list.currentItem()
    assert item.text() == "Sam" and item.data(Qt.ItemDataRole.AccessibleTextRole) == "Sam, locked"
    assert not item.icon().isNull()
    assert not dialog.lock_button.isVisible() and dialog.change_button.isVisible() and dialog.unlock_button.isVisible()

    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    change = dialog.lock_dialog
    fill(qtbot, change, current="not it", new="new one 1", again="new one 1")
    qtbot.waitUntil(lambda: "does not open" in change.status.text())
    assert store.verify(sam.id, SECRET) and change.edits["current"].text() == ""
    with qtbot.waitSignal(change.accepted):
        fill(qtbot, change, current=SECRET, new="new one 1", again="new one 1")
    assert store.verify(sam.id, "new one 1") and not store.verify(sam.id, SECRET)

    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    remove = dialog.lock_dialog
    fill(qtbot, remove, passphrase=SECRET)
    qtbot.waitUntil(lambda: "does not open" in remove.status.text())
    assert store.is_locked(sam.id)
    with qtbot.waitSignal(remove.accepted):
        fill(qtbot, remove, passphrase="new one 1")
    assert not store.is_locked(sam.id) and dialog.lock_button.isVisible()
    assert dialog.list.currentItem().data(Qt.ItemDataRole.AccessibleTextRole) == "Sam"


def test_cancel_while_locking_changes_nothing(qtbot, dialog, store):
    qtbot.mouseClick(dialog.lock_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.lock_dialog.edits["new"], SECRET)
    qtbot.keyClick(dialog.lock_dialog, Qt.Key.Key_Escape)
    assert not dialog.lock_dialog.isVisible() and not store.is_locked(store.profile_named("Sam").id)


def test_erasing_a_locked_profile_asks_for_its_passphrase_first(qtbot, dialog, store):
    sam = store.profile_named("Sam")
    store.set_lock(sam.id, SECRET)
    dialog.reload(select=sam.id)
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    ask = dialog.lock_dialog
    assert ask.isVisible() and dialog.findChild(EraseConfirmation) is None
    fill(qtbot, ask, passphrase="wrong guess")
    qtbot.waitUntil(lambda: "does not open" in ask.status.text())
    assert dialog.findChild(EraseConfirmation) is None
    with qtbot.waitSignal(ask.accepted):
        fill(qtbot, ask, passphrase=SECRET)
    confirmation = dialog.findChild(EraseConfirmation)
    qtbot.keyClicks(confirmation.typed, "Sam")
    with qtbot.waitSignal(dialog.profile_erased):
        qtbot.mouseClick(confirmation.erase, Qt.MouseButton.LeftButton)
    assert [p.name for p in store.profiles()] == ["Me"]


def test_renaming_a_locked_profile_asks_for_its_passphrase_first(qtbot, dialog, store):
    sam = store.profile_named("Sam")
    store.set_lock(sam.id, SECRET)
    dialog.reload(select=sam.id)
    qtbot.keyClicks(dialog.name_edit, "Samira")
    qtbot.mouseClick(dialog.rename_button, Qt.MouseButton.LeftButton)
    ask = dialog.lock_dialog
    assert ask.isVisible() and store.profile(sam.id).name == "Sam"
    ask.reject()
    assert store.profile(sam.id).name == "Sam"  # cancelled: nothing renamed
    qtbot.mouseClick(dialog.rename_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.lock_dialog.accepted):
        fill(qtbot, dialog.lock_dialog, passphrase=SECRET)
    assert store.profile(sam.id).name == "Samira" and store.profile(sam.id).locked
    assert "Renamed to “Samira”" in dialog.status.text()


def test_erasing_the_locked_profile_in_use_goes_to_an_open_one_or_to_nobody(qtbot, store):
    ann, bob = store.create_profile("Ann"), store.create_profile("Bob")
    store.set_lock(bob.id, "bob pass")
    store.set_lock(ann.id, SECRET)
    dialog = ProfilesDialog(store, ann.id)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.accepted):
        dialog.erase(ann.id, SECRET)
    assert dialog.selected_profile_id() is None  # Bob is locked: nobody is chosen for him


def test_export_of_a_locked_profile_asks_and_import_locks_the_copy(qtbot, store, tmp_path, monkeypatch):
    sam = store.create_profile("Sam")
    store.set_lock(sam.id, SECRET)
    out = tmp_path / "sam.json"
    monkeypatch.setattr(QtWidgets.QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), transfer.JSON_FILTER))
    monkeypatch.setattr(QtWidgets.QFileDialog, "getOpenFileName", lambda *a, **k: (str(out), transfer.JSON_FILTER))
    monkeypatch.setattr(QtWidgets.QMessageBox, "information", lambda *a, **k: None)
    parent = QtWidgets.QWidget()
    qtbot.addWidget(parent)

    def answer(passphrase=None, **fields):
        def act():
            ask = next(d for d in parent.findChildren(PassphraseDialog) if d.isVisible())
            if passphrase is None and not fields:
                ask.reject()
                return
            fill(qtbot, ask, **(fields or {"passphrase": passphrase}))
        QtCore.QTimer.singleShot(0, act)

    answer()  # cancelled: nothing is written
    assert transfer.ask_export(parent, store, sam.id) is None and not out.exists()
    answer(SECRET)
    message = transfer.ask_export(parent, store, sam.id)
    assert message.startswith("Exported") and out.exists()
    assert transfer.export_to(store, sam.id, tmp_path / "again.json").startswith("Nothing was exported")
    answer(new="copy pass", again="copy pass")
    copy = transfer.ask_import(parent, store)
    assert copy is not None and copy.locked and store.verify(copy.id, "copy pass")


def _padlock_colour(item) -> QtGui.QColor:
    # The body of the padlock (below the keyhole's centre line, left of it), where the mark is solid.
    image = item.icon().pixmap(32, 32).toImage()
    return image.pixelColor(10, 26)


def test_the_lock_mark_follows_a_theme_switched_while_the_list_is_open(qtbot, dialog, store):
    app = QtWidgets.QApplication.instance()
    before = app.palette()
    try:
        apply_theme(app, "light", app.font().pointSize())
        store.set_lock(dialog.selected_profile_id(), SECRET)
        dialog.reload(dialog.selected_profile_id())
        item = dialog.list.currentItem()
        assert item.text() == "Sam"
        light = _padlock_colour(item)
        assert light.alpha() == 255 and light.name() == QtGui.QColor(theme.LIGHT.text).name()
        apply_theme(app, "dark", app.font().pointSize())
        qtbot.waitUntil(lambda: _padlock_colour(item).name() == QtGui.QColor(theme.DARK.text).name())
    finally:
        app.setPalette(before)

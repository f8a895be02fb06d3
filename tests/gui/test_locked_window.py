"""Locked profiles in the window: the passphrase dialog, a locked start, switching, cancelling, Lock now."""

from __future__ import annotations

from relint_desktop.gui import profile_switch
from relint_desktop.gui.chooser_page import ChooserPage
from relint_desktop.gui.qt import QtCore, QtGui, QtWidgets, Qt
from tests.gui.conftest import start_example

SECRET = "tide-pool 93"
MARKER = "zz-client-words-6610"


def give_client_a_break(window) -> None:
    """Two replies from the profile in use (one typed, with the marker), then a break: a run to resume."""
    conversation = start_example(window)
    conversation.choices.buttons[0].click()  # Jo closes off; a warm typed reply opens the door again
    conversation.reply_box.edit.setPlainText(f"I came on strong there, sorry. I'd like to hear what happened, if "
                                             f"you'll tell me. {MARKER}")
    conversation.reply_box.send.click()
    assert not window.controller.state.ended
    window.take_break()


def visible_text(window) -> str:
    """Everything a person could read in the window now: title, labels, buttons, list rows, text boxes."""
    parts = [window.windowTitle()]
    for widget in window.findChildren(QtWidgets.QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, (QtWidgets.QLabel, QtWidgets.QAbstractButton, QtWidgets.QLineEdit)):
            parts.append(widget.text())
        elif isinstance(widget, QtWidgets.QListWidget):
            parts += [widget.item(i).text() for i in range(widget.count())]
        elif isinstance(widget, (QtWidgets.QTextEdit, QtWidgets.QPlainTextEdit)):
            parts.append(widget.toPlainText())
    return "\n".join(parts)


def type_and_open(qtbot, dialog, passphrase: str) -> None:
    edit = dialog.edits["passphrase"]
    edit.clear()
    qtbot.keyClicks(edit, passphrase)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def locked_client(make_window, qtbot):
    """A window that was Client's (a break with the marker), Client locked; then a fresh start as Client."""
    first = make_window(profile="Client")
    give_client_a_break(first)
    store = first.progress.store
    store.set_lock(store.profile_named("Client").id, SECRET)
    store.create_profile("Open one")
    first.close()
    first.progress.close()
    window = make_window(profile="Client")
    qtbot.waitUntil(lambda: getattr(window, "unlock_dialog", None) is not None and window.unlock_dialog.isVisible())
    return window


def test_a_locked_start_shows_nothing_of_the_profile_and_cancel_keeps_it_so(make_window, qtbot):
    window = locked_client(make_window, qtbot)
    dialog = window.unlock_dialog
    assert window.pages.currentWidget() is window.chooser
    assert window.windowTitle() == "Relint" and not window.resume_banner.isVisible()
    assert MARKER not in visible_text(window) and "took a break" not in visible_text(window)
    assert dialog.edits["passphrase"].echoMode() == QtWidgets.QLineEdit.EchoMode.Password
    assert dialog.edits["passphrase"].accessibleName() == "Passphrase"
    qtbot.mouseClick(dialog.cancel, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert window.progress.profile_id is None and window.pages.currentWidget() is window.chooser
    # Nothing reaches the profile's pages: the library, the dashboard, a scenario, Esc.
    for name in ("action-library", "action-dashboard", "action-break"):
        window.findChild(QtGui.QAction, name).trigger()
        assert window.pages.currentWidget() is window.chooser
    window.open_scenario("example-missed-bus")
    assert window.pages.currentWidget() is window.chooser
    assert window.progress.interrupted(None) is None and window.progress.stats() == {}
    assert window.windowTitle() == "Relint" and MARKER not in visible_text(window)
    rows = [window.chooser.list.item(i) for i in range(window.chooser.list.count())]
    assert [r.text() for r in rows] == ["Client", "Open one"]
    assert rows[0].data(Qt.ItemDataRole.AccessibleTextRole) == "Client, locked" and not rows[0].icon().isNull()
    # Someone else opens their own, unlocked profile from the chooser, with the keyboard.
    window.chooser.list.setCurrentRow(1)
    qtbot.keyClick(window.chooser.list, Qt.Key.Key_Return)
    assert window.windowTitle() == "Open one" and window.pages.currentWidget() is window.library
    assert not window.resume_banner.isVisible()  # Client's break is not offered to them


def test_wrong_then_right_passphrase_opens_the_locked_profile(make_window, qtbot):
    window = locked_client(make_window, qtbot)
    dialog = window.unlock_dialog
    type_and_open(qtbot, dialog, "tide-pool 39")
    assert dialog.status.text() == "Checking…" and not dialog.ok.isEnabled()  # the check runs off the UI thread
    qtbot.waitUntil(lambda: "does not open" in dialog.status.text())
    assert dialog.status.text() == "That passphrase does not open “Client”. Please try again."
    assert dialog.isVisible() and dialog.edits["passphrase"].text() == ""
    assert window.progress.profile_id is None and window.windowTitle() == "Relint"
    type_and_open(qtbot, dialog, SECRET)
    qtbot.waitUntil(lambda: window.progress.profile_id is not None)
    assert window.windowTitle() == "Client" and window.pages.currentWidget() is window.library
    assert window.resume_banner.isVisible() and "after 2 replies" in window.resume_banner.label.text()
    window.open_scenario("example-missed-bus")
    window.notes.resume.click()
    # Now it shows (so the checks above that it does not can fail).
    qtbot.waitUntil(lambda: MARKER in visible_text(window), timeout=3000)


def test_switching_to_a_locked_profile_and_cancelling_stays_on_the_current_one(make_window, qtbot):
    window = make_window(profile="Client")
    give_client_a_break(window)
    store = window.progress.store
    client = store.profile_named("Client")
    store.set_lock(client.id, SECRET)
    other = store.create_profile("Partner")
    window.use_profile(other.id)
    assert window.windowTitle() == "Partner"

    def choose_client():
        dialog = window.profiles_dialog
        items = [dialog.list.item(i) for i in range(dialog.list.count())]
        dialog.list.setCurrentItem(next(i for i in items if i.text().startswith("Client")))
        dialog.use_button.click()

    QtCore.QTimer.singleShot(0, choose_client)
    window.findChild(QtGui.QAction, "action-profiles").trigger()
    qtbot.waitUntil(lambda: getattr(window, "unlock_dialog", None) is not None and window.unlock_dialog.isVisible())
    assert window.progress.profile_id == other.id and window.windowTitle() == "Partner"
    type_and_open(qtbot, window.unlock_dialog, "nope nope")
    qtbot.waitUntil(lambda: "does not open" in window.unlock_dialog.status.text())
    assert window.progress.profile_id == other.id
    qtbot.mouseClick(window.unlock_dialog.cancel, Qt.MouseButton.LeftButton)
    assert window.progress.profile_id == other.id and window.windowTitle() == "Partner"
    assert MARKER not in visible_text(window) and not window.resume_banner.isVisible()


def test_the_window_cannot_enter_a_locked_profile_without_its_passphrase(make_window):
    window = make_window(profile="Client")
    store = window.progress.store
    client = store.profile_named("Client")
    store.set_lock(client.id, SECRET)
    window.lock_now()
    from relint_desktop.storage.store import StoreError
    try:
        window.progress.use_profile(client.id)
    except StoreError as exc:
        assert exc.code == "PROFILE_LOCKED"
    else:
        raise AssertionError("entered a locked profile without its passphrase")
    assert not window.progress.verify(client.id, "wrong one")
    try:
        window.progress.use_profile(client.id)
    except StoreError:
        pass
    else:
        raise AssertionError("a wrong passphrase opened it")
    assert window.progress.verify(client.id, SECRET)
    window.use_profile(client.id)
    assert window.windowTitle() == "Client"


def test_lock_now_goes_back_to_the_chooser_and_keeps_the_run(make_window, qtbot):
    window = make_window(profile="Client")
    give_client_a_break(window)
    listeners = window.receivers(QtCore.SIGNAL("changed(QString)"))
    window.findChild(QtGui.QAction, "action-dashboard").trigger()
    assert window.dashboard_page is not None
    assert window.receivers(QtCore.SIGNAL("changed(QString)")) == listeners + 1  # the dashboard listens
    store = window.progress.store
    client = store.profile_named("Client")
    store.set_lock(client.id, SECRET)
    action = window.findChild(QtGui.QAction, "action-lock-now")
    assert action.shortcut().toString() == "Ctrl+Shift+L"
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.pages.currentWidget() is window.chooser and isinstance(window.chooser, ChooserPage)
    assert window.progress.profile_id is None and window.windowTitle() == "Relint"
    assert window.dashboard_page is None and not window.resume_banner.isVisible()
    assert window.receivers(QtCore.SIGNAL("changed(QString)")) == listeners  # and the dropped one no longer does
    assert MARKER not in visible_text(window)
    assert window.isVisible()  # the app did not close
    # Back in, with the passphrase: the break is still there to resume.
    window.chooser.open_button.click()
    type_and_open(qtbot, window.unlock_dialog, SECRET)
    qtbot.waitUntil(lambda: window.progress.profile_id == client.id)
    assert window.resume_banner.isVisible()
    window.findChild(QtGui.QAction, "action-dashboard").trigger()
    assert window.pages.currentWidget() is window.dashboard_page  # built afresh for the profile now open


def all_text(window) -> str:
    """The text of every label and text box in the window, shown or hidden."""
    parts = [w.text() for w in window.findChildren(QtWidgets.QLabel)]
    parts += [w.toPlainText() for w in window.findChildren(QtWidgets.QPlainTextEdit)]
    parts += [w.toPlainText() for w in window.findChildren(QtWidgets.QTextEdit)]
    return "\n".join(parts)


def test_lock_now_leaves_no_reply_or_debrief_in_the_window(make_window, qtbot):
    window = make_window(profile="Client")
    conversation = start_example(window)
    conversation.choices.buttons[1].click()
    conversation.reply_box.edit.setPlainText(f"That sounds rotten. Thank you for telling me. {MARKER}")
    conversation.reply_box.send.click()
    qtbot.waitUntil(lambda: conversation.finish.isVisible())
    conversation.finish.click()
    window.debrief.reflection_edit.setPlainText("a reflection zz-private-4471")
    assert window.pages.currentWidget() is window.debrief and MARKER in all_text(window)
    window.lock_now()
    qtbot.wait(10)  # deleteLater runs
    assert MARKER not in all_text(window) and "zz-private-4471" not in all_text(window)


def test_lock_now_mid_conversation_keeps_every_reply(make_window, qtbot):
    window = make_window(profile="Client")
    conversation = start_example(window)
    conversation.choices.buttons[1].click()
    assert conversation.bubble_texts("reply")
    window.lock_now()
    assert window.pages.currentWidget() is window.chooser
    assert conversation.bubble_texts() == [] and conversation.bubble_texts("reply") == []  # not kept in the window
    profile_switch.switch_to(window, window.progress.store.profile_named("Client").id)  # not locked: straight in
    window.open_scenario("example-missed-bus")
    assert window.notes.resume.isVisible()


def test_erasing_the_profile_in_use_never_falls_into_a_locked_one(make_window, qtbot):
    window = make_window(profile="Tester")
    store = window.progress.store
    store.set_lock(store.create_profile("Client").id, SECRET)
    tester = window.progress.profile_id

    def erase_in_use():
        window.profiles_dialog.erase(tester)

    QtCore.QTimer.singleShot(0, erase_in_use)
    window.findChild(QtGui.QAction, "action-profiles").trigger()
    assert [p.name for p in store.profiles()] == ["Client"]
    assert window.progress.profile_id is None and window.pages.currentWidget() is window.chooser
    assert window.windowTitle() == "Relint" and getattr(window, "unlock_dialog", None) is None

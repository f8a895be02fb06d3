"""The main window's menus and keyboard shortcuts, and the extra pages reached from them."""

from __future__ import annotations

from relint_desktop.gui.buttons import PushButton
from relint_desktop.gui.qt import QtGui, QtWidgets, Qt
from relint_desktop.gui.settings_dialog import SettingsDialog

SHORTCUTS_HELP = """<h3>Keyboard</h3>
<table cellspacing="4">
<tr><td><b>Arrows, Tab</b></td><td>move between scenario cards</td></tr>
<tr><td><b>Enter</b></td><td>open a card, press a button, send a reply</td></tr>
<tr><td><b>Ctrl+F</b></td><td>search the library</td></tr>
<tr><td><b>1 – 9</b></td><td>pick a choice</td></tr>
<tr><td><b>Shift+Enter</b></td><td>new line in a reply</td></tr>
<tr><td><b>R</b></td><td>replay the last line</td></tr>
<tr><td><b>M</b></td><td>mute or unmute the voice</td></tr>
<tr><td><b>Esc</b></td><td>take a break (leave without penalty)</td></tr>
<tr><td><b>Ctrl+L / Ctrl+D / Ctrl+,</b></td><td>library / dashboard / settings</td></tr>
<tr><td><b>Ctrl+P</b></td><td>profiles</td></tr>
<tr><td><b>Ctrl+Shift+L</b></td><td>lock now: back to “Who is practising?”</td></tr>
</table>"""


def _action(window, menu, text, shortcut, slot, name):
    action = QtGui.QAction(text, window)
    action.setObjectName(name)
    if shortcut:
        action.setShortcut(QtGui.QKeySequence(shortcut))
    action.triggered.connect(slot)
    menu.addAction(action)
    window.addAction(action)  # shortcuts work whichever page has focus
    return action


def build_menus(window) -> None:
    """Fill the menu bar; every action has a shortcut or a mnemonic."""
    bar = window.menuBar()
    app_menu = bar.addMenu("&Relint")
    _action(window, app_menu, "&Library", "Ctrl+L", window.show_library, "action-library")
    _action(window, app_menu, "&Dashboard", "Ctrl+D", lambda: open_dashboard(window), "action-dashboard")
    _action(window, app_menu, "&Profiles…", "Ctrl+P", lambda: open_profiles(window), "action-profiles")
    lock = _action(window, app_menu, "Lock &now", "Ctrl+Shift+L", window.lock_now, "action-lock-now")
    lock.setStatusTip("Close this profile and show “Who is practising?”, so you can hand the computer over")
    _action(window, app_menu, "&Settings…", "Ctrl+,", lambda: open_settings(window), "action-settings")
    _action(window, app_menu, "Re&load scenarios", "F5", window.reload_library, "action-reload")
    app_menu.addSeparator()
    _action(window, app_menu, "&Quit", "Ctrl+Q", window.close, "action-quit")
    talk = bar.addMenu("&Conversation")
    _action(window, talk, "&Replay last line", "R", window.replay, "action-replay")
    _action(window, talk, "&Mute / unmute", "M", window.toggle_mute, "action-mute")
    _action(window, talk, "Take a &break", "Esc", window.take_break, "action-break")
    help_menu = bar.addMenu("&Help")
    _action(window, help_menu, "&Keyboard shortcuts", "F1", lambda: show_shortcuts(window), "action-help")


def open_settings(window) -> None:
    """The settings dialog; the result is applied and kept."""
    dialog = SettingsDialog(window.settings, window)
    window.settings_dialog = dialog  # reachable from tests while open
    if dialog.exec() == QtWidgets.QDialog.DialogCode.Accepted:
        window.apply_settings(dialog.settings())


def show_shortcuts(window) -> None:
    """The keyboard shortcuts, as a small dialog."""
    box = QtWidgets.QMessageBox(window)
    box.setWindowTitle("Keyboard shortcuts")
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(SHORTCUTS_HELP)
    box.open()


def open_dashboard(window) -> None:
    """The progress dashboard (the storage layer's view) as a page of the window."""
    store = getattr(window.progress, "store", None)
    if store is None:
        window.report("GUI-NO-DASHBOARD", "The dashboard needs saved progress, which is not available here.")
        return
    if not window.has_profile():
        window.show_library()  # i.e. "Who is practising?": nobody's figures without choosing a profile
        return
    page = getattr(window, "dashboard_page", None)
    titles = {s.id: s.title for s in window.loaded.scenarios}
    try:
        if page is None:
            page = _dashboard_page(window, store, titles)
        else:
            page.view.titles = titles
            page.view.set_profile(window.progress.profile_id)
    except Exception as exc:  # the dashboard is optional; the player keeps working
        window.report("GUI-NO-DASHBOARD", f"The dashboard could not be opened ({exc}).")
        return
    window.pages.setCurrentWidget(page)
    page.back.setFocus(Qt.FocusReason.OtherFocusReason)


def _dashboard_page(window, store, titles):
    from relint_desktop.gui.dashboard import DashboardView

    page = QtWidgets.QWidget()
    page.setObjectName("dashboard-page")
    layout = QtWidgets.QVBoxLayout(page)
    layout.setContentsMargins(8, 4, 8, 4)
    page.back = PushButton("← Back to the library")
    page.back.setObjectName("dashboard-back")
    page.back.setAccessibleName("Back to the library")
    page.back.clicked.connect(window.show_library)
    layout.addWidget(page.back, 0, Qt.AlignmentFlag.AlignLeft)
    page.view = DashboardView(store, window.progress.profile_id, titles=titles)
    page.view.practise_requested.connect(window.practise)
    layout.addWidget(page.view, 1)
    window.pages.addWidget(page)
    window.dashboard_page = page
    # One "something changed" signal: the dashboard reads its figures again after runs and switches.
    # (Lock now drops the page and disconnects this; a later page is built afresh.)
    page.on_changed = lambda kind: page.view.set_profile(window.progress.profile_id) \
        if kind in ("finished", "profile", "reflection") and window.has_profile() else None
    window.changed.connect(page.on_changed)
    return page


def open_profiles(window) -> None:
    """The profiles dialog (the storage layer's); switching to a locked profile asks for its passphrase."""
    from relint_desktop.gui import profile_switch

    store = getattr(window.progress, "store", None)
    if store is None:
        window.report("GUI-NO-PROFILES", "Profiles need saved progress, which is not available here.")
        return
    current = window.progress.profile_id
    try:
        from relint_desktop.gui.profiles_dialog import ProfilesDialog
        dialog = ProfilesDialog(store, current, window)
    except Exception as exc:  # the profiles dialog is optional; the player keeps working
        window.report("GUI-NO-PROFILES", f"The profiles dialog could not be opened ({exc}).")
        return
    window.profiles_dialog = dialog  # reachable from tests while open
    accepted = dialog.exec() == QtWidgets.QDialog.DialogCode.Accepted
    chosen = dialog.selected_profile_id()
    if current is not None and not _exists(store, current):  # the profile in use was erased in the dialog
        window.progress.leave_profile()
        if chosen is not None and _exists(store, chosen) and not store.profile(chosen).locked:
            window.use_profile(chosen)
        else:
            profile_switch.show_chooser(window)
    elif accepted and chosen is not None and (chosen != current or not window.has_profile()):
        profile_switch.switch_to(window, chosen)
    elif window.has_profile():
        window.changed.emit("profile")  # e.g. a rename: the dashboard reads its figures again
    else:
        profile_switch.show_chooser(window, select=chosen)  # names may have been added or changed


def _exists(store, profile_id: int) -> bool:
    try:
        store.profile(profile_id)
    except Exception:
        return False
    return True

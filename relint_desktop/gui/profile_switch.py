"""Moving the window between profiles: the passphrase of a locked one, "Lock now", the chooser page.

The rule kept here: the window shows a locked profile's history, resume offer, dashboard or name
only after its passphrase. Cancelling the passphrase leaves the window where it was: on the profile
already open, or on "Who is practising?" (never on some other profile the person did not choose).
"""

from __future__ import annotations

from relint_desktop.gui.passphrase_dialogs import unlock_dialog
from relint_desktop.storage.store import StoreError


def show_chooser(window, select: int | None = None) -> None:
    """The "Who is practising?" page, listing names and lock marks only."""
    store = getattr(window.progress, "store", None)
    try:
        profiles = store.profiles() if store is not None else []
    except StoreError as exc:
        window.report("GUI-PROGRESS", f"The profiles could not be read ({exc.message}).")
        profiles = []
    window.chooser.set_profiles(profiles, select)
    window.setWindowTitle("Relint")
    window.resume_banner.hide()
    window.pages.setCurrentWidget(window.chooser)
    window.chooser.focus_list()


def switch_to(window, profile_id: int) -> None:
    """Open a profile; a locked one first asks for its passphrase (the dialog stays until right or cancelled)."""
    progress = window.progress
    if profile_id == progress.profile_id and window.pages.currentWidget() is not window.chooser:
        return
    try:
        profile = progress.store.profile(profile_id)
    except StoreError as exc:
        window.report("GUI-PROGRESS", exc.message)
        return
    if not profile.locked:
        window.use_profile(profile_id)
        return
    dialog = unlock_dialog(progress.verify, profile, "open it", "Open", window)
    dialog.setObjectName("unlock-dialog")
    window.unlock_dialog = dialog  # reachable from tests while open
    dialog.accepted.connect(lambda: _enter(window, profile_id))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()


def lock_now(window) -> None:
    """Close the open profile without closing the app: its run is kept for later, the chooser shows."""
    if getattr(window.progress, "store", None) is None:
        window.report("GUI-NO-PROFILES", "Profiles need saved progress, which is not available here.")
        return
    window._keep_debrief_notes()
    window._stop_controller()
    window._debrief_data = None
    window.conversation.forget()  # the last transcript leaves the window, not only the screen
    window.debrief.forget()
    _drop_dashboard(window)
    previous = window.progress.profile_id
    window.progress.leave_profile()
    window._refresh_stats()  # the library cards forget the scores they showed
    window.error_banner.hide()
    window.statusBar().clearMessage()
    show_chooser(window, select=previous)
    window.changed.emit("locked")


def _enter(window, profile_id: int) -> None:
    try:
        window.use_profile(profile_id)
    except StoreError as exc:
        window.report("GUI-PROGRESS", exc.message)


def _drop_dashboard(window) -> None:
    # The dashboard page holds the profile's figures and lists: it goes, and is built afresh when next opened.
    page = getattr(window, "dashboard_page", None)
    if page is not None:
        window.dashboard_page = None
        window.changed.disconnect(page.on_changed)
        window.pages.removeWidget(page)
        page.deleteLater()

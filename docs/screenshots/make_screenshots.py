"""Grab every screen of the player into docs/screenshots/ (run under Xvfb or offscreen).

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python docs/screenshots/make_screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO))
HOME = tempfile.mkdtemp(prefix="relint-shots-")
os.environ["HOME"] = HOME  # private settings: the screenshots never touch the user's own
os.environ["XDG_CONFIG_HOME"] = os.path.join(HOME, ".config")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen" if not os.environ.get("DISPLAY") else "xcb")

from relint_desktop.gui.app import build_window, create_application  # noqa: E402
from relint_desktop.gui.qt import QtCore, QtWidgets  # noqa: E402
from relint_desktop.gui.settings import Settings  # noqa: E402

SCENARIO = os.environ.get("RELINT_SHOT_SCENARIO", "parent-broken-bowl")


def settle(app, ms: int = 250) -> None:
    """Let layouts and animations finish."""
    loop = QtCore.QEventLoop()
    QtCore.QTimer.singleShot(ms, loop.quit)
    loop.exec()
    app.processEvents()


def shot(widget, name: str) -> None:
    path = HERE / f"{name}.png"
    widget.grab().save(str(path))
    print(path.relative_to(REPO))


def silent(parent):
    return None, "screenshots run without a voice engine"


def main() -> int:
    app = create_application()
    window = build_window(REPO / "scenarios", Path(HOME) / "data", "Screenshots", speech_factory=silent)
    window.resize(1100, 780)
    window.show()
    settle(app)
    window.voice_banner.hide()
    settle(app)
    shot(window, "library")
    window.open_scenario(SCENARIO)
    settle(app)
    shot(window, "content-notes")
    window.notes.fresh.click()
    settle(app)
    conversation = window.conversation
    conversation.choices.buttons[0].click()
    settle(app)
    conversation.reply_box.edit.setPlainText("You should just glue it. Thank you for telling me, that sounds hard.")
    conversation.reply_box.send.click()
    settle(app, 800)
    shot(window, "conversation-feedback")
    # Play on to an ending with the first choice or a warm typed reply.
    for _ in range(30):
        if window.pages.currentWidget() is window.debrief or conversation.finish.isVisible():
            break
        if conversation.choices.buttons:
            conversation.choices.buttons[0].click()
        else:
            conversation.reply_box.edit.setPlainText("Thank you for telling me. That sounds really hard.")
            conversation.reply_box.send.click()
        settle(app, 50)
    conversation.finish.click()
    settle(app)
    window.debrief.reflection_edit.setPlainText("I slowed down when I thanked him first.")
    shot(window, "debrief")
    # A break, then the offer to resume it.
    window.show_library()
    window.open_scenario("partner-overwhelmed")
    window.notes.fresh.click()
    settle(app)
    if conversation.choices.buttons:
        conversation.choices.buttons[0].click()
    else:
        conversation.reply_box.edit.setPlainText("That sounds like a lot. Thank you for telling me.")
        conversation.reply_box.send.click()
    window.take_break()
    window.open_scenario("partner-overwhelmed")
    settle(app)
    shot(window, "content-notes-resume")
    window.apply_settings(Settings(theme="dark"))
    window.show_library()
    settle(app)
    window.voice_banner.show_message("GUI-NO-VOICE", "Voice is off: no speech engine was found. "
                                     "The conversation works silently. To hear the other person, install espeak-ng.")
    shot(window, "library-dark-voice-banner")
    window.pages.setCurrentWidget(conversation)
    settle(app)
    shot(window, "conversation-dark")
    window.apply_settings(Settings(theme="light"))
    from relint_desktop.gui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.settings, window)
    dialog.show()
    settle(app)
    shot(dialog, "settings")
    dialog.close()
    profiles = profiles_with_locks(window)
    shot(profiles, "profiles-locked")
    # Renaming a locked client's profile asks for its passphrase first.
    profiles.name_edit.setText("Alex B (client)")
    profiles.rename_button.click()
    settle(app)
    shot(profiles.lock_dialog, "profiles-rename-asks")
    profiles.lock_dialog.reject()
    profiles.reject()
    # Lock now: "Who is practising?", names and lock marks only.
    window.lock_now()
    settle(app)
    shot(window, "chooser")
    window.close()
    return 0


def profiles_with_locks(window):
    """The Profiles dialog of a therapist's laptop: two clients' profiles locked, one selected."""
    from relint_desktop.gui.profiles_dialog import ProfilesDialog

    store = window.progress.store
    for name, passphrase in (("Alex (client)", "alex's passphrase"), ("Jordan (client)", "jordan's passphrase")):
        store.set_lock(store.create_profile(name).id, passphrase)
    dialog = ProfilesDialog(store, window.progress.profile_id, window)
    dialog.reload(select=store.profile_named("Alex (client)").id)
    dialog.show()
    settle(QtWidgets.QApplication.instance())
    return dialog


if __name__ == "__main__":
    sys.exit(main())

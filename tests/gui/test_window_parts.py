"""The window with the other layers' real parts: speech, the dashboard, profiles, a damaged store."""

from __future__ import annotations

import pytest

from relint_desktop.gui.qt import QtCore, QtWidgets
from relint_desktop.gui.speech_player import SpeechPlayer
from relint_desktop.speech import SilentSpeaker, create_speaker
from relint_desktop.speech.speaker import NO_ESPEAK
from tests.gui.conftest import WARM, start_example


def test_a_real_voice_speaks_each_line_and_moving_on_stops_it(make_window, qtbot, tmp_path):
    speaker = create_speaker(cache_dir=tmp_path / "speech-cache")
    if not speaker.available:
        pytest.skip(f"no speech engine on this machine: {speaker.unavailable_reason}")
    players = []

    def factory(parent):
        players.append(SpeechPlayer(parent, speaker=speaker, warm_up_after_ms=None))
        return players[0], ""

    window = make_window(speech=factory)
    player = players[0]
    assert not window.voice_banner.isVisible() or window.voice_banner.code == "GUI-NO-VOICE"
    with qtbot.waitSignal(player.started, timeout=20000) as started:
        conversation = start_example(window)
    assert started.args == ["Don't start. I know I'm late."]
    with qtbot.waitSignal(player.started, timeout=20000) as started:
        conversation.choices.buttons[1].click()  # moving on: the old line stops, the new one begins
    assert started.args == ["The bus left early and Mia's lot were laughing at me from the window."]
    assert len(list((tmp_path / "speech-cache").rglob("*.wav"))) >= 2
    window.take_break()
    assert not player.busy


def test_a_missing_engine_through_the_real_player_shows_the_banner_once(make_window, qtbot):
    reason = "Voice is off: the espeak-ng speech library is missing. Install espeak-ng, then restart Relint."

    def factory(parent):
        return SpeechPlayer(parent, speaker=SilentSpeaker(reason, NO_ESPEAK), warm_up_after_ms=None), ""

    window = make_window(speech=factory)
    qtbot.waitUntil(window.voice_banner.isVisible)
    assert window.voice_banner.code == "GUI-NO-VOICE"
    assert window.voice_banner.label.text().startswith(reason)
    conversation = start_example(window)
    conversation.choices.buttons[1].click()
    conversation.reply_box.edit.setPlainText(WARM)
    conversation.reply_box.send.click()
    assert conversation.finish.isVisible()


def test_dashboard_page_and_practising_a_missed_moment(make_window, qtbot):
    window = make_window()
    conversation = start_example(window)
    conversation.choices.buttons[0].click()
    conversation.reply_box.edit.setPlainText("You should just get the early bus, it's not a big deal!!")
    conversation.reply_box.send.click()
    window.findChild(QtCore.QObject, "action-dashboard").trigger()
    page = window.dashboard_page
    assert window.pages.currentWidget() is page
    window.practise("example-missed-bus", "guarded")
    assert window.pages.currentWidget() is conversation
    assert conversation.note_code == "GUI-PRACTISE"
    assert conversation.bubble_texts()[0] == "Whatever. It doesn't matter."
    assert conversation.reply_box.isVisible()
    conversation.reply_box.edit.setPlainText("I came on strong there, sorry. Thank you for telling me.")
    conversation.reply_box.send.click()
    assert window.controller.state.turns[0].node == "guarded"
    page.back.click()
    assert window.pages.currentWidget() is window.library


def test_switching_profile_keeps_progress_apart(make_window, qtbot):
    window = make_window()
    start_example(window).choices.buttons[0].click()
    window.take_break()
    other = window.progress.store.create_profile("Partner")

    def choose_other():
        dialog = window.profiles_dialog
        items = [dialog.list.item(i) for i in range(dialog.list.count())]
        dialog.list.setCurrentItem(next(i for i in items if "Partner" in i.text()))
        dialog.use_button.click()

    QtCore.QTimer.singleShot(0, choose_other)
    window.findChild(QtCore.QObject, "action-profiles").trigger()
    assert window.progress.profile_id == other.id
    assert window.windowTitle() == "Partner"
    window.open_scenario("example-missed-bus")
    assert not window.notes.resume.isVisible()  # Tester's break is not offered to Partner


def test_a_damaged_progress_file_leaves_a_working_window(make_window, data_dir):
    (data_dir / "progress.sqlite3").write_bytes(b"this is not a database" * 100)
    window = make_window()
    assert window.error_banner.isVisible() and window.error_banner.code == "GUI-NO-STORAGE"
    assert not window.progress.persistent
    conversation = start_example(window)
    conversation.choices.buttons[1].click()
    window.take_break()
    window.open_scenario("example-missed-bus")
    assert window.notes.resume.isVisible()  # kept in memory for this window
    assert QtWidgets.QApplication.activeModalWidget() is None

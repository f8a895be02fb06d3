"""Comfort and safety: content notes first, take a break and resume, settings kept, voice explained."""

from __future__ import annotations

from relint_desktop.gui.choice_panel import REPLY_LIMIT
from relint_desktop.gui.qt import Qt, QtCore, QtWidgets
from relint_desktop.gui.settings import Settings, load_settings
from tests.gui.conftest import WARM, RecordingSpeech, start_example


def test_content_notes_are_shown_before_the_run_starts(make_window, scenarios_dir):
    text = (scenarios_dir / "example.yaml").read_text()
    (scenarios_dir / "example.yaml").write_text(text.replace("content_notes: []",
                                                             'content_notes: ["Teasing at school", "Shouting"]'))
    window = make_window()
    card = window.library.cards["example-missed-bus"]
    assert "Teasing at school" in card.notes.text()
    window.open_scenario("example-missed-bus")
    assert window.pages.currentWidget() is window.notes
    notes = window.notes.notes.text()
    assert "<li>Teasing at school</li>" in notes and "<li>Shouting</li>" in notes
    assert window.notes.role.text().startswith("You are Jo's parent")
    assert window.conversation.bubble_texts() == []  # nothing is said before the learner chooses to start
    window.notes.back.click()
    assert window.pages.currentWidget() is window.library
    window.open_scenario("example-missed-bus")
    window.findChild(QtCore.QObject, "action-break").trigger()  # Esc leaves the notes page too
    assert window.pages.currentWidget() is window.library


def test_take_a_break_with_esc_then_resume_with_earlier_turns(make_window, qtbot, data_dir):
    window = make_window()
    conversation = start_example(window)
    conversation.choices.buttons[0].click()
    qtbot.keyClick(conversation.reply_box.edit, Qt.Key.Key_Escape)
    assert window.pages.currentWidget() is window.library
    assert window.controller.state.turns[0].reply == "Forty minutes! Do you know how worried I was?"

    window.open_scenario("example-missed-bus")
    assert window.notes.resume.isVisible()
    assert "after 1 reply" in window.notes.resume_note.text()
    window.notes.resume.click()
    assert conversation.bubble_texts("reply") == ["Forty minutes! Do you know how worried I was?"]
    assert conversation.bubble_texts() == ["Don't start. I know I'm late.", "Whatever. It doesn't matter."]
    assert conversation.note_code == "GUI-RESUMED"
    assert conversation.trust.bar.value() == 30
    assert conversation.reply_box.isVisible()


def test_a_break_survives_closing_the_window(make_window, qtbot, data_dir):
    first = make_window()
    conversation = start_example(first)
    conversation.choices.buttons[2].click()
    first.take_break()
    first.close()
    first.progress.close()

    second = make_window()
    second.open_scenario("example-missed-bus")
    assert second.notes.resume.isVisible()
    second.notes.resume.click()
    again = second.conversation
    assert again.bubble_texts("reply") == ["You should set an alarm for the bus, then."]
    again.reply_box.edit.setPlainText("I came on strong there, sorry. Thank you for telling me.")
    again.reply_box.send.click()
    assert second.controller.state.turns[-1].index == 1  # the run continued; no turn was lost or repeated
    rows = second.progress.store.db.conn.execute("SELECT idx, reply FROM turns ORDER BY idx").fetchall()
    assert rows[0] == (0, "You should set an alarm for the bus, then.") and len(rows) == 2


def test_starting_again_closes_the_old_run(make_window):
    window = make_window()
    start_example(window).choices.buttons[0].click()
    window.take_break()
    window.open_scenario("example-missed-bus")
    window.notes.fresh.click()
    assert window.conversation.bubble_texts("reply") == []
    window.take_break()
    window.open_scenario("example-missed-bus")
    assert window.notes.resume.isVisible()  # the new run (not the abandoned one) is offered
    assert window.progress.interrupted("example-missed-bus")[1].turns == ()


def test_each_turn_is_recorded_before_the_next_line_shows(make_window):
    window = make_window()
    conversation = start_example(window)
    seen = []
    record = window.progress.record_turn

    def spy(session, turn, state):
        seen.append(list(conversation.bubble_texts()))
        record(session, turn, state)

    window.progress.record_turn = spy
    conversation.choices.buttons[1].click()
    assert seen == [["Don't start. I know I'm late."]]
    assert len(conversation.bubble_texts()) == 3


def test_settings_are_kept_between_windows(make_window, qtbot):
    speech = RecordingSpeech()
    window = make_window(speech=speech)

    def edit_and_accept():
        dialog = window.settings_dialog
        dialog.voice.setChecked(False)
        dialog.rate.setValue(150)
        dialog.font_size.setValue(14)
        dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
        dialog.mode.setCurrentIndex(dialog.mode.findData("practice"))
        dialog.accept()

    QtCore.QTimer.singleShot(0, edit_and_accept)
    window.findChild(QtCore.QObject, "action-settings").trigger()
    assert load_settings() == Settings(voice_on=False, rate=1.5, font_size=14, theme="dark", feedback_mode="practice")
    assert QtWidgets.QApplication.instance().font().pointSize() == 14
    assert window.conversation.mute_button.text() == "Unmute"
    assert speech.calls[-2:] == [("muted", True), ("rate", 1.5)]  # the voice follows the new settings at once
    second = make_window()
    assert second.settings.theme == "dark" and second.settings.feedback_mode == "practice"


def test_missing_voice_engine_is_explained_once_without_blocking(make_window):
    window = make_window(speech=lambda parent: (None, "the espeak-ng library was not found"))
    banner = window.voice_banner
    assert banner.isVisible() and banner.code == "GUI-NO-VOICE"
    assert "espeak-ng library was not found" in banner.label.text()
    assert "install" in banner.label.text()
    assert QtWidgets.QApplication.activeModalWidget() is None
    banner.dismiss.click()
    window.explain_voice("still missing")
    assert not banner.isVisible()  # said once, not again
    conversation = start_example(window)  # the conversation works silently
    conversation.choices.buttons[1].click()
    assert len(conversation.bubble_texts()) == 3


def test_lines_are_spoken_and_moving_on_stops_the_current_line(make_window, qtbot):
    speech = RecordingSpeech()
    window = make_window(speech=speech)
    conversation = start_example(window)
    assert ("say", "Don't start. I know I'm late.", "hurt") in speech.calls
    speech.calls.clear()
    conversation.choices.buttons[1].click()
    assert speech.calls[0] == ("stop",)
    assert speech.calls[1][:2] == ("say", "The bus left early and Mia's lot were laughing at me from the window.")
    assert speech.calls[2] == ("enqueue", "They do it every day, actually.", "ashamed")
    qtbot.keyClick(window.conversation.replay_button, Qt.Key.Key_R)
    assert speech.calls[-1] == ("replay",)
    conversation.reply_box.edit.clearFocus()
    conversation.setFocus()
    qtbot.keyClick(conversation, Qt.Key.Key_M)
    assert speech.calls[-1] == ("rate", 1.0) and ("muted", True) in speech.calls
    assert window.settings.voice_on is False
    window.take_break()
    assert speech.calls[-1] == ("stop",)


def test_huge_and_empty_replies_get_a_clear_note(make_window):
    window = make_window()
    conversation = start_example(window)
    conversation.choices.buttons[1].click()
    conversation.reply_box.edit.setPlainText("")
    conversation.reply_box.send.click()
    assert conversation.note_code == "GUI-EMPTY-REPLY"
    assert len(window.controller.state.turns) == 1
    conversation.reply_box.edit.setPlainText("\u202eשלום 😀 " * 20_000)
    assert len(conversation.reply_box.edit.toPlainText()) == REPLY_LIMIT
    assert conversation.note_code == "GUI-REPLY-CUT"
    assert conversation.reply_box.counter.text() == f"{REPLY_LIMIT:,} / {REPLY_LIMIT:,}"
    conversation.reply_box.send.click()
    assert len(window.controller.state.turns) == 2
    assert len(conversation.bubble_texts("reply")[-1]) <= REPLY_LIMIT


def test_controller_caps_a_reply_that_bypasses_the_box(make_window):
    window = make_window()
    start_example(window).choices.buttons[1].click()
    window.controller.reply(WARM + " x" * 5000)
    assert window.conversation.note_code == "GUI-REPLY-CUT"
    assert len(window.controller.state.turns[-1].reply) == 2000


def test_an_interrupted_run_is_offered_when_the_app_starts(make_window, qtbot):
    first = make_window()
    assert not first.resume_banner.isVisible()
    start_example(first).choices.buttons[0].click()
    first.take_break()
    first.close()
    first.progress.close()

    second = make_window()
    banner = second.resume_banner
    assert banner.isVisible() and banner.code == "GUI-RESUME-OFFER"
    assert "I missed the bus again" in banner.label.text() and "after 1 reply" in banner.label.text()
    banner.action.click()
    assert second.pages.currentWidget() is second.notes and second.focusWidget() is second.notes.resume
    second.notes.resume.click()
    assert second.conversation.bubble_texts("reply") == ["Forty minutes! Do you know how worried I was?"]
    assert not banner.isVisible()


def test_a_reply_that_cannot_be_graded_says_why(make_window):
    window = make_window()
    conversation = start_example(window)
    conversation.choices.buttons[1].click()
    conversation.reply_box.edit.setPlainText("😀😀😀")
    conversation.reply_box.send.click()
    card = conversation.feedback_cards()[-1]
    assert card.chip_texts() == []
    assert card.explanation.text().startswith(window.controller.engine._evaluate("😀😀😀").reason)
    assert conversation.finish.isVisible()  # the run goes on (the default route) rather than stalling

"""A whole scenario played in the real window, with the mouse and with the keyboard alone."""

from __future__ import annotations

from relint_desktop.gui.qt import Qt
from tests.gui.conftest import WARM, start_example, wait_trust


def test_choices_and_typed_replies_reach_the_debrief(make_window, qtbot):
    window = make_window()
    conversation = start_example(window)
    assert window.pages.currentWidget() is conversation
    assert conversation.bubble_texts() == ["Don't start. I know I'm late."]
    assert conversation.trust.label.text().startswith("45")
    texts = [b.text() for b in conversation.choices.buttons]
    assert texts[1] == "2.  You're soaked. Come in. What happened?"

    conversation.choices.buttons[1].click()
    assert conversation.bubble_texts("reply") == ["You're soaked. Come in. What happened?"]
    assert conversation.bubble_texts()[-2:] == ["The bus left early and Mia's lot were laughing at me from the window.",
                                                "They do it every day, actually."]
    card = conversation.feedback_cards()[-1]
    assert card.chip_texts() == ["Clarified"]
    assert card.findChild(type(card.explanation), "chip-clarify").property("role") == "chip-green"
    assert "open question" in card.explanation.text()
    wait_trust(qtbot, conversation, 55)
    assert "rising" in conversation.trust.label.text()
    assert conversation.reply_box.isVisible() and not conversation.choices.isVisible()
    assert conversation.reply_box.prompt.text() == "Jo has just told you something that hurts. What do you say?"

    conversation.reply_box.edit.setPlainText(WARM)
    conversation.reply_box.send.click()
    assert conversation.bubble_texts()[-1] == "Yeah. Can we talk about it after dinner? I think I want to sort it out."
    assert conversation.bubble_texts("reply")[-1] == WARM
    chips = conversation.feedback_cards()[-1].chip_texts()
    assert chips and all(c in ("Appreciated", "Validated", "Clarified", "Mirrored") for c in chips)
    wait_trust(qtbot, conversation, 70)
    assert conversation.finish.isVisible()

    conversation.finish.click()
    debrief = window.debrief
    assert window.pages.currentWidget() is debrief
    assert debrief.outcome.text() == "They opened up"
    assert debrief.findChild(type(debrief.outcome), "debrief-question").text() == \
        "What did Jo need from you before any plan about buses?"
    assert debrief.commitment_edit.placeholderText().startswith("When someone arrives upset")
    cards = debrief.findChildren(type(card))
    assert [c.item.reply for c in cards] == ["You're soaked. Come in. What happened?", WARM]

    debrief.reflection_edit.setPlainText("Asking first let Jo tell me about the bus.")
    debrief.commitment_edit.setPlainText("Ask one open question at the door tonight.")
    debrief.save.click()
    assert debrief.save_state.text() == "Saved."
    rows = window.progress.store.db.conn.execute("SELECT text FROM commitments").fetchall()
    assert rows == [("Ask one open question at the door tonight.",)]


def test_a_shut_down_run_with_red_labels(make_window, qtbot):
    window = make_window()
    conversation = start_example(window)
    conversation.choices.buttons[0].click()  # escalate + hijack
    chips = conversation.feedback_cards()[-1].chip_texts()
    assert chips == ["Hijacked", "Escalated"] or sorted(chips) == ["Escalated", "Hijacked"]
    card = conversation.feedback_cards()[-1]
    assert card.findChild(type(card.explanation), "chip-escalate").property("role") == "chip-red"
    assert card.try_instead is not None and "What happened?" in card.try_instead.text()
    wait_trust(qtbot, conversation, 30)
    assert "falling" in conversation.trust.label.text()
    conversation.reply_box.edit.setPlainText("You should just get up earlier, you can't believe how stupid that was!!")
    conversation.reply_box.send.click()
    conversation.finish.click()
    assert window.debrief.outcome.text() == "They shut down"


def test_keyboard_only_play_to_the_debrief(make_window, qtbot):
    window = make_window()
    library = window.library
    qtbot.waitUntil(lambda: library.visible_cards()[0].hasFocus())
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.notes
    qtbot.waitUntil(lambda: window.notes.fresh.hasFocus())
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Return)
    conversation = window.conversation
    assert window.pages.currentWidget() is conversation
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_2)
    assert conversation.bubble_texts("reply") == ["You're soaked. Come in. What happened?"]
    qtbot.waitUntil(lambda: conversation.reply_box.edit.hasFocus())
    qtbot.keyClicks(conversation.reply_box.edit, "Every day? That sounds awful.")
    qtbot.keyClick(conversation.reply_box.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(conversation.reply_box.edit, "Thank you for telling me.")
    assert conversation.reply_box.edit.toPlainText() == "Every day? That sounds awful.\nThank you for telling me."
    qtbot.keyClick(conversation.reply_box.edit, Qt.Key.Key_Return)
    assert conversation.bubble_texts("reply")[-1] == "Every day? That sounds awful.\nThank you for telling me."
    qtbot.waitUntil(lambda: conversation.finish.hasFocus())
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.debrief
    assert window.debrief.outcome.text() == "They opened up"
    # Tab moves through the debrief's text boxes and buttons.
    qtbot.waitUntil(lambda: window.debrief.reflection_edit.hasFocus())
    qtbot.keyClicks(window.debrief.reflection_edit, "Slow down.")
    qtbot.keyClick(window.debrief.reflection_edit, Qt.Key.Key_Tab)
    assert window.debrief.commitment_edit.hasFocus()


def test_practice_mode_keeps_feedback_for_the_end(make_window, qtbot):
    window = make_window()
    window.apply_settings(window.settings.evolve(feedback_mode="practice"))
    conversation = start_example(window)
    conversation.choices.buttons[0].click()
    assert conversation.feedback_cards() == []
    assert conversation.bubble_texts("reply") == ["Forty minutes! Do you know how worried I was?"]
    conversation.reply_box.edit.setPlainText("I came on strong there, sorry. Thank you for telling me; I'd like to hear it.")
    conversation.reply_box.send.click()
    assert conversation.feedback_cards() == []
    while not conversation.finish.isVisible():
        conversation.reply_box.edit.setPlainText(WARM)
        conversation.reply_box.send.click()
    conversation.finish.click()
    cards = window.debrief.findChildren(type(window.debrief).__mro__[0].__base__)  # any widget: just sanity
    from relint_desktop.gui.feedback_panel import FeedbackCard

    graded = window.debrief.findChildren(FeedbackCard)
    assert len(graded) == len(window.controller.state.turns) >= 2
    assert graded[0].chip_texts() and set(graded[0].chip_texts()) <= {"Escalated", "Hijacked"}
    assert cards  # the debrief is populated


def test_coached_mode_highlights_the_learners_words(make_window, qtbot):
    window = make_window()
    conversation = start_example(window)
    conversation.choices.buttons[2].click()  # "You should set an alarm..." (fix)
    conversation.reply_box.edit.setPlainText("Thank you for telling me. It sounds like the bus was awful.")
    conversation.reply_box.send.click()
    rows = [conversation.items.itemAt(i).widget() for i in range(conversation.items.count())]
    replies = [r for r in rows if r is not None and r.objectName() == "reply-row"]
    html = replies[-1].bubble.text_label.text()
    assert "<span" in html and "Thank you" in html
    assert replies[-1].bubble.text() == "Thank you for telling me. It sounds like the bus was awful."


def test_scene_headings_appear_where_a_scene_opens(make_window, scenarios_dir):
    path = scenarios_dir / "example.yaml"
    path.write_text(path.read_text().replace("  story:\n    speaker: jo\n",
                                             '  story:\n    speaker: jo\n    scene: "Later, in the kitchen"\n'))
    window = make_window()
    conversation = start_example(window)
    conversation.choices.buttons[1].click()
    headings = conversation.findChildren(type(conversation.title), "scene-heading")
    assert [h.text() for h in headings] == ["— Later, in the kitchen —"]
    window.take_break()
    window.open_scenario("example-missed-bus")
    window.notes.resume.click()  # the heading comes back with the resumed run
    headings = conversation.findChildren(type(conversation.title), "scene-heading")
    assert [h.text() for h in headings] == ["— Later, in the kitchen —"]


def test_every_bundled_scenario_plays_to_its_debrief(make_window, qtbot):
    from tests.conftest import SCENARIOS

    window = make_window(folder=SCENARIOS)
    conversation = window.conversation
    for card in list(window.library.visible_cards()):
        window.open_scenario(card.scenario.id)
        window.notes.fresh.click()
        for turn in range(40):
            if conversation.finish.isVisible():
                break
            if conversation.choices.buttons:
                conversation.choices.buttons[turn % len(conversation.choices.buttons)].click()
            else:
                conversation.reply_box.edit.setPlainText(WARM)
                conversation.reply_box.send.click()
        assert conversation.finish.isVisible(), card.scenario.id
        conversation.finish.click()
        assert window.debrief.outcome.text() in ("They opened up", "They partly opened up", "They shut down")
        assert window.error_banner.code == "", window.error_banner.label.text()


def test_leaving_the_debrief_keeps_what_was_written(make_window, qtbot):
    window = make_window()
    conversation = start_example(window)
    conversation.choices.buttons[1].click()
    conversation.reply_box.edit.setPlainText(WARM)
    conversation.reply_box.send.click()
    conversation.finish.click()
    window.debrief.reflection_edit.setPlainText("I asked before I planned.")
    qtbot.keyClick(window.debrief.reflection_edit, Qt.Key.Key_Escape)
    assert window.pages.currentWidget() is window.library
    rows = window.progress.store.db.conn.execute("SELECT text FROM reflections").fetchall()
    assert rows == [("I asked before I planned.",)]


def test_highlights_follow_a_theme_change(make_window):
    from relint_desktop.gui.theme import DARK, LIGHT

    window = make_window()
    window.apply_settings(window.settings.evolve(theme="light"))
    conversation = start_example(window)
    conversation.choices.buttons[1].click()
    conversation.reply_box.edit.setPlainText("Thank you for telling me. It sounds like the bus was awful.")
    conversation.reply_box.send.click()
    rows = [conversation.items.itemAt(i).widget() for i in range(conversation.items.count())]
    bubble = [r for r in rows if r is not None and r.objectName() == "reply-row"][-1].bubble
    assert LIGHT.green_bg in bubble.text_label.text()
    window.apply_settings(window.settings.evolve(theme="dark"))
    assert DARK.green_bg in bubble.text_label.text() and LIGHT.green_bg not in bubble.text_label.text()

"""The scenario library: grouping, search and filters, arrow keys, stats and broken files."""

from __future__ import annotations

from relint_desktop.gui.qt import Qt
from tests.conftest import EXAMPLE, SCENARIOS
from tests.gui.conftest import WARM, start_example


def _variant(folder, scenario_id, relationship, difficulty, title):
    text = EXAMPLE.read_text()
    text = text.replace("id: example-missed-bus", f"id: {scenario_id}")
    text = text.replace("relationship: parent", f"relationship: {relationship}")
    text = text.replace("difficulty: 1", f"difficulty: {difficulty}")
    text = text.replace('title: "I missed the bus again"', f'title: "{title}"')
    (folder / f"{scenario_id}.yaml").write_text(text)


def test_cards_are_grouped_searched_and_filtered(make_window, scenarios_dir):
    _variant(scenarios_dir, "work-hard", "manager", 3, "The system is broken")
    _variant(scenarios_dir, "partner-mid", "partner", 2, "I'm overwhelmed")
    window = make_window()
    library = window.library
    groups = [w.text() for w in library.inner.findChildren(type(library.heading), "library-group")]
    assert groups == ["Parents and children · Gentle", "Partners · Moderate", "At work · Hard"]
    assert [c.scenario.id for c in library.visible_cards()] == ["example-missed-bus", "partner-mid", "work-hard"]
    library.search.setText("overwhelmed")
    assert [c.scenario.id for c in library.visible_cards()] == ["partner-mid"]
    library.search.setText("")
    library.difficulty.setCurrentIndex(library.difficulty.findData(3))
    assert [c.scenario.id for c in library.visible_cards()] == ["work-hard"]
    library.relationship.setCurrentIndex(library.relationship.findData("parent"))
    assert library.visible_cards() == [] and library.empty.isVisible()


def test_arrow_keys_and_enter_open_a_card(make_window, qtbot, scenarios_dir):
    _variant(scenarios_dir, "friend-one", "friend", 1, "A friend's news")
    window = make_window()
    library = window.library
    first, second = library.visible_cards()
    qtbot.waitUntil(first.hasFocus)
    qtbot.keyClick(first, Qt.Key.Key_Down)
    assert second.hasFocus()
    qtbot.keyClick(second, Qt.Key.Key_Up)
    assert first.hasFocus()
    library.search.setFocus()
    qtbot.keyClick(library.search, Qt.Key.Key_Down)
    assert first.hasFocus()
    qtbot.keyClick(second, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.notes
    assert window.notes.title.text() == "A friend's news"
    assert second.accessibleName().startswith("A friend's news. Gentle.")


def test_broken_files_are_listed_and_the_rest_still_load(make_window, scenarios_dir):
    (scenarios_dir / "broken.yaml").write_text("format: 1\nid: [unclosed\n")
    (scenarios_dir / "no-target.yaml").write_text(
        EXAMPLE.read_text().replace("id: example-missed-bus", "id: other").replace("goto: guarded", "goto: nowhere", 1))
    window = make_window()
    assert [c.scenario.id for c in window.library.visible_cards()] == ["example-missed-bus"]
    problems = window.library.problems.toPlainText().splitlines()
    assert window.library.problems.isVisible()
    assert any(line.startswith(f"{scenarios_dir / 'broken.yaml'}:") and ": RL101 " in line for line in problems)
    assert any(line.startswith(f"{scenarios_dir / 'no-target.yaml'}:") and ": RL301 " in line for line in problems)


def test_a_missing_folder_gives_an_empty_library_not_a_crash(make_window, tmp_path):
    window = make_window(folder=tmp_path / "nowhere")
    assert window.library.visible_cards() == []
    assert ": RL100 " in window.library.problems.toPlainText()


def test_completion_and_best_score_show_on_the_card(make_window):
    window = make_window()
    card = window.library.cards["example-missed-bus"]
    assert card.record.text() == "Not completed yet"
    conversation = start_example(window)
    conversation.choices.buttons[1].click()
    conversation.reply_box.edit.setPlainText(WARM)
    conversation.reply_box.send.click()
    best = round(sum(t.score for t in window.controller.state.turns) / 2)
    assert card.record.text() == f"✓ Completed 1×  ·  best score {best}"


def test_every_bundled_scenario_shows_a_card(make_window):
    window = make_window(folder=SCENARIOS)
    assert len(window.library.visible_cards()) >= 8
    assert window.library.problems.toPlainText() == ""

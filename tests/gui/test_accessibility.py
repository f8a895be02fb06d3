"""Every interactive widget carries a name a screen reader can say, on every page."""

from __future__ import annotations

from relint_desktop.gui.qt import QtWidgets
from relint_desktop.gui.settings_dialog import SettingsDialog
from tests.gui.conftest import start_example

INTERACTIVE = (QtWidgets.QAbstractButton, QtWidgets.QLineEdit, QtWidgets.QComboBox, QtWidgets.QPlainTextEdit,
               QtWidgets.QAbstractSlider, QtWidgets.QAbstractSpinBox)


def unnamed(root: QtWidgets.QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QtWidgets.QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QtWidgets.QScrollBar) or widget.objectName().startswith("qt_"):
            continue  # Qt's own parts (scroll bars, spin arrows) are named by Qt's accessibility layer
        text = widget.text() if isinstance(widget, QtWidgets.QAbstractButton) else ""
        if not (widget.accessibleName() or text):
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_every_page_names_its_controls(make_window, qtbot):
    window = make_window()
    assert unnamed(window) == []
    conversation = start_example(window)
    assert unnamed(window) == []
    conversation.choices.buttons[1].click()
    assert unnamed(window) == []
    conversation.reply_box.edit.setPlainText("That sounds awful. Thank you for telling me.")
    conversation.reply_box.send.click()
    conversation.finish.click()
    assert unnamed(window) == []
    dialog = SettingsDialog(window.settings, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert unnamed(dialog) == []


def test_trust_bar_and_chips_say_what_they_show(make_window, qtbot):
    window = make_window()
    conversation = start_example(window)
    conversation.choices.buttons[0].click()
    assert conversation.trust.bar.accessibleName() == "Openness 30 out of 100, falling"
    card = conversation.feedback_cards()[-1]
    chip = card.findChild(QtWidgets.QLabel, "chip-escalate")
    assert chip.accessibleName() == "Escalated, breaks trust"

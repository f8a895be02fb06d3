"""The profiles dialog on a real store: create, rename, switch, and erase only after typing the name."""

from __future__ import annotations

from relint_desktop.core.rubric import ELEMENTS
from relint_desktop.core.state import RunState, Turn
from relint_desktop.gui.profiles_dialog import EraseConfirmation, ProfilesDialog
from relint_desktop.gui.qt import QtWidgets, Qt

MARKER = "qq-dialog-marker-5521"


def click(qtbot, dialog, name):
    qtbot.mouseClick(dialog.findChild(QtWidgets.QPushButton, name), Qt.MouseButton.LeftButton)


def names(dialog):
    return [dialog.list.item(i).text() for i in range(dialog.list.count())]


def test_create_rename_and_switch(qtbot, store):
    me = store.create_profile("Me")
    dialog = ProfilesDialog(store, me.id)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name_edit, "Robin")
    click(qtbot, dialog, "profiles-create")
    assert names(dialog) == ["Me   (in use)", "Robin"]
    robin = dialog.selected_profile_id()
    assert store.profile(robin).name == "Robin"
    qtbot.keyClicks(dialog.name_edit, "me")
    click(qtbot, dialog, "profiles-create")
    assert dialog.status.text().startswith("There is already a profile")
    dialog.name_edit.clear()
    qtbot.keyClicks(dialog.name_edit, "Robin B")
    click(qtbot, dialog, "profiles-rename")
    assert store.profile(robin).name == "Robin B"
    with qtbot.waitSignal(dialog.accepted):
        click(qtbot, dialog, "profiles-use")
    assert dialog.selected_profile_id() == robin


def test_erase_needs_the_typed_name_and_leaves_no_trace(qtbot, store, data_dir):
    me = store.create_profile("Me")
    gone = store.create_profile("Gone")
    state = RunState("late-night", "n1", {"trust": 50})
    sid = store.start_session("late-night", state, [gone.id])
    turn = Turn(0, "n1", f"words {MARKER}", True, None, (), {e: 50 for e in ELEMENTS}, 50)
    store.record_turn(sid, turn, state.evolve(turns=(turn,)))
    dialog = ProfilesDialog(store, me.id)
    qtbot.addWidget(dialog)
    dialog.list.setCurrentRow(names(dialog).index("Gone"))
    click(qtbot, dialog, "profiles-erase")
    confirmation = dialog.findChild(EraseConfirmation)
    confirm = confirmation.findChild(QtWidgets.QPushButton, "erase-confirm")
    qtbot.keyClicks(confirmation.typed, "Gon")
    assert not confirm.isEnabled()
    qtbot.keyClicks(confirmation.typed, "e")
    assert confirm.isEnabled()
    with qtbot.waitSignal(dialog.profile_erased):
        qtbot.mouseClick(confirm, Qt.MouseButton.LeftButton)
    assert names(dialog) == ["Me   (in use)"]
    assert [p.name for p in store.profiles()] == ["Me"]
    assert not [p for p in data_dir.rglob("*") if p.is_file() and MARKER.encode() in p.read_bytes()]


def test_cancelled_erase_keeps_the_profile(qtbot, store):
    me = store.create_profile("Me")
    dialog = ProfilesDialog(store, me.id)
    qtbot.addWidget(dialog)
    click(qtbot, dialog, "profiles-erase")
    confirmation = dialog.findChild(EraseConfirmation)
    qtbot.mouseClick(confirmation.findChild(QtWidgets.QPushButton, "erase-cancel"), Qt.MouseButton.LeftButton)
    assert [p.name for p in store.profiles()] == ["Me"]


def test_erasing_the_profile_in_use_switches_away(qtbot, store):
    me = store.create_profile("Me")
    dialog = ProfilesDialog(store, me.id)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.accepted):
        dialog.erase(me.id)
    chosen = dialog.selected_profile_id()
    assert chosen is not None and chosen != me.id
    assert store.profile(chosen).name == "Me"  # a fresh, empty profile so the window has one to use

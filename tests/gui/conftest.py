"""Shared parts for the player's tests: a real window on a copy of the example scenario."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from relint_desktop.storage.store import ProgressStore
from tests.conftest import EXAMPLE

# A good, warm reply that any grader reads as green (it is one of the example's own exemplars).
WARM = "That sounds awful. Thank you for telling me."


class RecordingSpeech:
    """Stands in for SpeechPlayer where a sound card would be needed; records what it was asked to do."""

    available = True
    unavailable_reason = ""

    def __init__(self, parent=None):
        self.calls: list[tuple] = []

    def say(self, text, voice=None, mood="", key=None):
        self.calls.append(("say", text, mood))

    def enqueue(self, text, voice=None, mood="", key=None):
        self.calls.append(("enqueue", text, mood))

    def stop(self):
        self.calls.append(("stop",))

    def replay(self):
        self.calls.append(("replay",))

    def set_muted(self, muted):
        self.calls.append(("muted", muted))

    def set_rate(self, rate):
        self.calls.append(("rate", rate))

    def close(self):
        self.calls.append(("close",))


@pytest.fixture
def store(data_dir):
    """A real progress file in the test's data folder (the dialogs' tests drive it directly)."""
    store = ProgressStore.open(data_dir)
    yield store
    store.close()


@pytest.fixture(autouse=True)
def _fresh_settings():
    """QSettings fixes its folder once per process (in the first test's private home), so every
    test starts from, and leaves behind, empty settings."""
    from relint_desktop.gui.qt import QtCore
    from relint_desktop.gui.settings import APPLICATION, ORGANIZATION

    store = QtCore.QSettings(ORGANIZATION, APPLICATION)
    store.clear()
    store.sync()
    yield store
    store.clear()
    store.sync()


@pytest.fixture
def scenarios_dir(tmp_path) -> Path:
    """A scenarios folder holding a copy of the example scenario."""
    folder = tmp_path / "scenarios"
    folder.mkdir()
    shutil.copy(EXAMPLE, folder / "example.yaml")
    return folder


@pytest.fixture
def make_window(qtbot, data_dir, scenarios_dir):
    """Build real main windows (real store in data_dir); `speech` picks the speech factory."""
    from relint_desktop.gui.app import build_window

    windows = []

    def make(speech=None, folder=None, profile="Tester", data=None):
        speech = speech or RecordingSpeech()
        factory = speech if callable(speech) and not isinstance(speech, RecordingSpeech) else (lambda parent: (speech, ""))
        window = build_window(folder or scenarios_dir, data or data_dir, profile, speech_factory=factory)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        # Keyboard shortcuts only reach the active window; on a bare X server (no window manager)
        # nothing activates it for us, so the test does, as a desktop would.
        window.activateWindow()
        try:
            qtbot.waitUntil(window.isActiveWindow, timeout=2000)
        except qtbot.TimeoutError:
            # Offscreen, a second window does not take over from a closed one by itself.
            window.windowHandle().requestActivate()
            qtbot.waitUntil(window.isActiveWindow, timeout=2000)
        qtbot.waitUntil(lambda: window.speech is not None or window.voice_banner.isVisible())
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.progress.close()


def start_example(window, resume: bool = False):
    """From the library, open the example and start (or resume) it."""
    window.open_scenario("example-missed-bus")
    (window.notes.resume if resume else window.notes.fresh).click()
    return window.conversation


def wait_trust(qtbot, conversation, value: int) -> None:
    """Wait until the openness bar's animation has arrived at `value`."""
    qtbot.waitUntil(lambda: conversation.trust.bar.value() == value, timeout=3000)

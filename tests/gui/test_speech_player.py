"""SpeechPlayer with the real pyttsx3 engine and real QtMultimedia, driven under qtbot.

No mocks: this machine (like CI) has no sound card, and QtMultimedia then plays the WAV to no
device at its real length, which is exactly the "played silently" path the app must survive.
"""

import pytest

from relint_desktop.core.model import Voice
from relint_desktop.gui.qt import QtCore, multimedia
from relint_desktop.gui.speech_player import SpeechPlayer
from relint_desktop.speech import SilentSpeaker, create_speaker
from relint_desktop.speech.speaker import NO_AUDIO_DEVICE, NO_DRIVER
from tests.speech.hanging_engine import HangingEngine

SHORT = "Okay."  # about half a second of audio keeps these tests quick
LINE = "I kept this to myself for a long time, and I am not sure why I am telling you now."
WAIT = 20000  # ms; generous, only reached when something is broken


@pytest.fixture
def speaker(tmp_path):
    made = create_speaker(cache_dir=tmp_path / "speech-cache")
    assert made.available, made.unavailable_reason
    return made


@pytest.fixture
def player(qtbot, speaker):
    p = SpeechPlayer(speaker=speaker, warm_up_after_ms=None)
    yield p
    # Let go of QtMultimedia here, not at a garbage collection during the next test's event loop (a full run
    # crashed there now and then, inside the backend, before players were closed like this).
    p.close()
    qtbot.wait(50)


def cached_files(speaker):
    return sorted(speaker.cache.folder.glob("*.wav")) if speaker.cache.folder.exists() else []


def test_say_returns_at_once_and_the_event_loop_keeps_running_while_a_line_plays(qtbot, player, speaker):
    ticks = []
    timer = QtCore.QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    began = []
    player.started.connect(began.append)
    player.say(LINE, Voice(gender="female"), "sad", key="sam")
    assert began == [] and player.busy  # nothing was made or played inside say()
    with qtbot.waitSignal(player.started, timeout=WAIT):
        pass
    ticks_at_start = len(ticks)
    with qtbot.waitSignal(player.finished, timeout=WAIT):
        pass
    timer.stop()
    assert began == [LINE]
    assert len(ticks) - ticks_at_start > 20  # the 10 ms timer kept ticking through a multi-second line
    assert len(cached_files(speaker)) == 1


def test_a_new_say_replaces_the_current_line(qtbot, player):
    began = []
    player.started.connect(began.append)
    player.say(LINE, Voice(), key="a")
    player.say(SHORT, Voice(), key="a")  # the learner moved on before the first line was heard
    with qtbot.waitSignal(player.finished, timeout=WAIT):
        pass
    assert began == [SHORT]


def test_enqueued_lines_play_in_order_one_at_a_time(qtbot, player):
    began, ended = [], []
    player.started.connect(began.append)
    player.finished.connect(lambda: ended.append(len(began)))
    for text in ("One.", "Two.", "Three."):
        player.enqueue(text, Voice(gender="male"), "anxious", key="dad")
    qtbot.waitUntil(lambda: len(ended) == 3, timeout=WAIT)
    assert began == ["One.", "Two.", "Three."]
    assert ended == [1, 2, 3]  # each line ended before the next began: never talking over


def test_stop_silences_the_line_and_drops_the_queue(qtbot, player):
    player.enqueue(LINE, Voice(), key="a")
    player.enqueue(SHORT, Voice(), key="a")
    with qtbot.waitSignal(player.started, timeout=WAIT):
        pass
    player.stop()
    assert not player.busy
    assert player._player.playbackState() == multimedia().QMediaPlayer.PlaybackState.StoppedState
    with qtbot.assertNotEmitted(player.finished, wait=500), qtbot.assertNotEmitted(player.started, wait=500):
        pass


def test_replay_says_the_last_line_again_from_the_cache(qtbot, player, speaker):
    player.say(SHORT, Voice(age="child"), "hopeful", key="kid")
    with qtbot.waitSignal(player.finished, timeout=WAIT):
        pass
    files = cached_files(speaker)
    with qtbot.waitSignal(player.started, timeout=WAIT) as heard:
        player.replay()
    assert heard.args == [SHORT]
    with qtbot.waitSignal(player.finished, timeout=WAIT):
        pass
    assert cached_files(speaker) == files  # nothing synthesised again


def test_muted_lines_are_not_made_or_played_but_still_finish(qtbot, player, speaker):
    player.set_muted(True)
    began = []
    player.started.connect(began.append)
    with qtbot.waitSignal(player.finished, timeout=WAIT):
        player.say(LINE, Voice(), key="a")
    assert began == [] and cached_files(speaker) == []


def test_muting_mid_line_ends_it(qtbot, player):
    player.say(LINE, Voice(), key="a")
    with qtbot.waitSignal(player.started, timeout=WAIT):
        pass
    with qtbot.waitSignal(player.finished, timeout=1000):
        player.set_muted(True)
    assert not player.busy


def test_a_closed_player_lets_go_of_multimedia_and_later_lines_still_finish(qtbot, player):
    with qtbot.waitSignal(player.finished, timeout=WAIT):
        player.say(SHORT, Voice(), key="a")
    player.close()
    began = []
    player.started.connect(began.append)
    with qtbot.waitSignal(player.finished, timeout=WAIT):
        player.say(SHORT, Voice(), key="a")
    assert began == [] and player._player is None


def test_rate_changes_the_next_line(qtbot, player, speaker):
    player.set_rate(0.5)
    with qtbot.waitSignal(player.finished, timeout=WAIT):
        player.say(SHORT, Voice(), key="a")
    slow = speaker.voice_settings(Voice(), "", "a", rate=player.rate)
    player.set_rate(float("nan"))  # ignored, as a broken settings value must be
    assert player.rate == 0.5
    assert slow.rate < speaker.voice_settings(Voice(), "", "a", rate=1.0).rate


def test_a_missing_engine_says_why_once_and_the_lines_still_finish(qtbot):
    # A driver name that does not exist makes pyttsx3.init fail, as a missing espeak-ng would.
    silent = create_speaker(driver_name="no-such-driver")
    assert isinstance(silent, SilentSpeaker)
    player = SpeechPlayer(speaker=silent, warm_up_after_ms=None)
    reasons, ended = [], []
    player.unavailable.connect(reasons.append)
    player.finished.connect(lambda: ended.append(1))
    player.say("First.", Voice())
    player.enqueue("Second.", Voice())
    qtbot.waitUntil(lambda: len(ended) == 2, timeout=WAIT)
    player.warm_up()  # no sound output here either: still only one message
    player.replay()
    qtbot.waitUntil(lambda: len(ended) == 3, timeout=WAIT)
    assert len(reasons) == 1 and reasons[0] == silent.unavailable_reason
    assert not player.available and player.unavailable_code == NO_DRIVER


def test_the_player_starts_its_own_engine_off_the_ui_thread(qtbot, tmp_path):
    player = SpeechPlayer(cache_dir=tmp_path / "cache", warm_up_after_ms=None)
    assert player.speaker is None and player.available  # not known yet, and not waited for
    with qtbot.waitSignal(player.finished, timeout=WAIT):
        player.say(SHORT, Voice())
    assert player.speaker is not None and player.speaker.available
    player.close()
    qtbot.wait(50)


def test_no_sound_output_is_reported_once_and_lines_play_silently(qtbot, player):
    if multimedia().QMediaDevices.audioOutputs():
        pytest.skip("this machine has a sound output")
    reasons = []
    player.unavailable.connect(reasons.append)
    for text in ("One.", "Two."):
        with qtbot.waitSignal(player.finished, timeout=WAIT):
            player.say(text, Voice())
    assert len(reasons) == 1 and player.unavailable_code == NO_AUDIO_DEVICE


def test_an_engine_that_hangs_mid_run_turns_voice_off_and_the_run_goes_on(qtbot, tmp_path):
    from relint_desktop.speech.cache import AudioCache
    from relint_desktop.speech.engine_worker import EngineWorker
    from relint_desktop.speech.pyttsx3_speaker import Pyttsx3Speaker
    from relint_desktop.speech.speaker import ENGINE_HUNG

    engine = HangingEngine()
    worker = EngineWorker("espeak", engine_factory=lambda: engine, timeout=lambda text: 0.2).start()
    player = SpeechPlayer(speaker=Pyttsx3Speaker(worker, AudioCache(tmp_path)), warm_up_after_ms=None)
    reasons = []
    player.unavailable.connect(reasons.append)
    ticks = []
    timer = QtCore.QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    with qtbot.waitSignal(player.finished, timeout=WAIT):
        player.say("This line never comes out.", Voice())
    timer.stop()
    assert len(ticks) > 20  # the window kept running while the engine was stuck
    assert len(reasons) == 1 and player.unavailable_code == ENGINE_HUNG and not player.available
    with qtbot.waitSignal(player.finished, timeout=1000):
        player.say("Nor this one, but it ends at once.", Voice())
    assert len(reasons) == 1
    engine.release.set()

"""The other person's lines, heard: synthesis on the speech worker, playback with QtMultimedia.

The UI thread never waits: the engine works on its own thread and hands each finished WAV back
through a queued signal. QtMultimedia is loaded on first use (or by `warm_up`), not at start-up.
"""

from __future__ import annotations

import threading
from collections import deque
from concurrent.futures import CancelledError, Future
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from relint_desktop.core.model import Voice
from relint_desktop.gui.qt import QtCore, Qt, Signal, multimedia
from relint_desktop.speech import Clip, SilentSpeaker, Speaker, SpeechError, create_speaker
from relint_desktop.speech.speaker import ENGINE_FAILED, NO_AUDIO_DEVICE, NO_MULTIMEDIA, PLAYBACK_FAILED

GRACE_MS = 2000  # a line that has not ended this long after its length is counted as done


@dataclass(frozen=True)
class SpokenLine:
    """One line to say: the words, who says them (voice hints and key) and in what mood."""

    text: str
    voice: Voice
    mood: str = ""
    key: str | None = None


class SpeechPlayer(QtCore.QObject):
    """Says lines one at a time; `say` replaces what is playing, `enqueue` waits its turn."""

    started = Signal(str)  # a line's sound began (its text)
    finished = Signal()  # a line ended, or was passed over because voice is muted or off
    unavailable = Signal(str)  # why voice is off and how to turn it on; emitted at most once

    _clip_ready = Signal(int, object)  # (ticket, Clip | SpeechError | None), from any thread
    _speaker_ready = Signal(object)

    def __init__(self, parent: QtCore.QObject | None = None, speaker: Speaker | None = None,
                 cache_dir: Path | None = None, warm_up_after_ms: int | None = 1500) -> None:
        super().__init__(parent)
        self._clip_ready.connect(self._on_clip, Qt.ConnectionType.QueuedConnection)
        self._speaker_ready.connect(self._on_speaker, Qt.ConnectionType.QueuedConnection)
        self._speaker: Speaker | None = None
        self._queue: deque[SpokenLine] = deque()
        self._line: SpokenLine | None = None
        self._last: SpokenLine | None = None
        self._future: Future | None = None
        self._ticket = 0  # bumped by stop(): results that arrive for an older ticket are dropped
        self._playing = False
        self._muted = False
        self._rate = 1.0
        self._volume = 1.0
        self._player = None
        self._audio = None
        self._multimedia_failed = False
        self._reason = ""
        self._code = ""
        self._told = False
        self._guard = QtCore.QTimer(self)
        self._guard.setSingleShot(True)
        self._guard.timeout.connect(self._on_guard)
        if speaker is None:
            # pyttsx3 and espeak take ~20-30 ms to start: done on a plain thread, off the UI.
            threading.Thread(target=self._make_speaker, args=(cache_dir,), name="relint-speech-start",
                             daemon=True).start()
        else:
            self._speaker_ready.emit(speaker)
        if warm_up_after_ms is not None:
            QtCore.QTimer.singleShot(warm_up_after_ms, self, self.warm_up)

    # -- what the window uses ---------------------------------------------------------------

    def say(self, text: str, voice: Voice | None = None, mood: str = "", key: str | None = None) -> None:
        """Stop whatever is playing or waiting and say this line. Returns at once."""
        self.stop()
        self.enqueue(text, voice, mood, key)

    def enqueue(self, text: str, voice: Voice | None = None, mood: str = "", key: str | None = None) -> None:
        """Say this line after the ones already waiting. `key` (a character id) keeps voices apart."""
        self._queue.append(SpokenLine(str(text or ""), voice or Voice(), mood or "", key))
        self._pump()

    def stop(self) -> None:
        """Silence the current line and drop the waiting ones (no `finished` for them)."""
        self._ticket += 1
        self._queue.clear()
        if self._future is not None:
            self._future.cancel()
        self._future = None
        self._line = None
        self._guard.stop()
        if self._playing and self._player is not None:
            self._player.stop()
        self._playing = False

    def close(self) -> None:
        """Stop, and let go of the media player in an orderly way (before the window or a test lets go of this
        object): no signal from the multimedia backend can then reach a player that is being deleted."""
        self.stop()
        player, audio = self._player, self._audio
        self._player = self._audio = None
        self._multimedia_failed = True  # closed: a later say() plays nothing and just finishes
        if player is not None:
            player.mediaStatusChanged.disconnect(self._on_status)
            player.errorOccurred.disconnect(self._on_error)
            player.setSource(QtCore.QUrl())
            player.deleteLater()
        if audio is not None:
            audio.deleteLater()

    def replay(self) -> None:
        """Say the most recent line again (from the cache, so at once)."""
        if self._last is not None:
            last = self._last
            self.say(last.text, last.voice, last.mood, last.key)

    def set_muted(self, muted: bool) -> None:
        """Muted lines are neither made nor played, but still end with `finished`."""
        self._muted = bool(muted)
        if self._muted and self._line is not None:
            self._ticket += 1  # anything still on its way for this line is no longer wanted
            if self._future is not None:
                self._future.cancel()
            if self._playing and self._player is not None:
                self._player.stop()
            self._line_done()

    def set_rate(self, multiplier: float) -> None:
        """The user's speed for the next lines (1.0 is normal)."""
        try:
            value = float(multiplier)
        except (TypeError, ValueError):
            return
        if value == value:  # not NaN
            self._rate = max(0.5, min(2.0, value))

    def set_volume(self, volume: float) -> None:
        """Playback volume 0..1, applied at once."""
        try:
            self._volume = max(0.0, min(1.0, float(volume)))
        except (TypeError, ValueError):
            return
        if self._audio is not None:
            self._audio.setVolume(self._volume)

    @property
    def available(self) -> bool:
        """False once we know the other person cannot be heard (no engine, no sound output)."""
        if self._reason:
            return False
        return self._speaker is None or self._speaker.available

    @property
    def unavailable_reason(self) -> str:
        """Why voice is off and how to turn it on; "" while it is on."""
        if self._reason:
            return self._reason
        return "" if self._speaker is None or self._speaker.available else self._speaker.unavailable_reason

    @property
    def unavailable_code(self) -> str:
        """A stable code for the reason (speech.* codes); "" while voice is on."""
        if self._code:
            return self._code
        return "" if self._speaker is None or self._speaker.available else self._speaker.unavailable_code

    @property
    def muted(self) -> bool:
        return self._muted

    @property
    def rate(self) -> float:
        return self._rate

    @property
    def busy(self) -> bool:
        """True while a line is being made or played, or lines wait."""
        return self._line is not None or bool(self._queue)

    @property
    def speaker(self) -> Speaker | None:
        """The speaker in use, once it has started."""
        return self._speaker

    def warm_up(self) -> None:
        """Load QtMultimedia and check for a sound output now (~60-80 ms), so the first line does not pay for it."""
        self._ensure_player()

    # -- the line machine --------------------------------------------------------------------

    def _pump(self) -> None:
        if self._line is not None or not self._queue:
            return
        self._line = self._queue.popleft()
        self._last = self._line
        self._begin()

    def _begin(self) -> None:
        line, ticket = self._line, self._ticket
        if line is None:
            return
        if self._muted:
            self._clip_ready.emit(ticket, None)  # queued: `finished` comes after say() returns
            return
        if self._speaker is None:
            return  # _on_speaker picks the line up when the engine is ready
        try:
            future = self._speaker.synthesise(line.text, line.voice, line.mood, line.key, self._rate)
        except Exception as exc:  # a speaker must not raise, but a voice never breaks the window
            self._clip_ready.emit(ticket, SpeechError(ENGINE_FAILED, str(exc)))
            return
        self._future = future
        future.add_done_callback(partial(self._deliver, ticket))

    def _deliver(self, ticket: int, future: Future) -> None:
        """On the speech worker's thread: hand the outcome to the UI thread."""
        try:
            outcome = future.result()
        except CancelledError:
            return
        except Exception as exc:
            outcome = exc
        try:
            self._clip_ready.emit(ticket, outcome)
        except RuntimeError:  # the player was deleted while the line was being made
            pass

    def _on_clip(self, ticket: int, outcome: Clip | BaseException | None) -> None:
        if ticket != self._ticket or self._line is None:
            return  # stopped or replaced meanwhile
        self._future = None
        if isinstance(outcome, BaseException):
            if self._speaker is not None and not self._speaker.available:
                self._tell(self._speaker.unavailable_reason, self._speaker.unavailable_code)
            self._line_done()
        elif outcome is None or outcome.path is None or self._muted:
            self._line_done()
        else:
            self._play(outcome)

    def _play(self, clip: Clip) -> None:
        player = self._ensure_player()
        if player is None:
            self._line_done()
            return
        QUrl = QtCore.QUrl
        player.stop()
        player.setSource(QUrl())  # so the same file (a replay) is loaded again from its start
        player.setSource(QUrl.fromLocalFile(str(clip.path)))
        self._playing = True
        player.play()
        # Without a sound card the player still runs at real speed; the guard covers a backend that never ends.
        self._guard.start(int(clip.duration * 1000) + GRACE_MS)
        self.started.emit(clip.text)

    def _line_done(self) -> None:
        self._guard.stop()
        self._playing = False
        self._line = None
        self._future = None
        self.finished.emit()
        self._pump()

    def _on_guard(self) -> None:
        if self._playing:
            self._player.stop()
            self._line_done()

    def _on_status(self, status) -> None:
        statuses = multimedia().QMediaPlayer.MediaStatus
        if self._playing and status in (statuses.EndOfMedia, statuses.InvalidMedia):
            self._line_done()

    def _on_error(self, error, message: str = "") -> None:
        if error == multimedia().QMediaPlayer.Error.NoError:
            return
        self._tell(f"Voice is off: the sound could not be played ({message or error}). "
                   "Check that a sound output is connected, then restart Relint.", PLAYBACK_FAILED)
        if self._playing:
            self._line_done()

    # -- engine and multimedia, started lazily ------------------------------------------------

    def _make_speaker(self, cache_dir: Path | None) -> None:
        try:
            speaker = create_speaker(cache_dir)
        except Exception as exc:  # create_speaker does not raise; this is a last line of defence
            speaker = SilentSpeaker(f"Voice is off: the speech engine could not start ({exc}).", ENGINE_FAILED)
        try:
            self._speaker_ready.emit(speaker)
        except RuntimeError:  # the player was deleted before the engine was ready
            pass

    def _on_speaker(self, speaker: Speaker) -> None:
        self._speaker = speaker
        if not speaker.available:
            self._tell(speaker.unavailable_reason, speaker.unavailable_code)
        if self._line is not None and self._future is None and not self._playing:
            self._begin()

    def _ensure_player(self):
        if self._player is not None or self._multimedia_failed:
            return self._player
        try:
            mm = multimedia()
        except ImportError:
            self._multimedia_failed = True
            self._tell("Voice is off: Qt's multimedia module (PySide6-Addons) is missing. "
                       "Reinstall Relint to hear the other person.", NO_MULTIMEDIA)
            return None
        if not mm.QMediaDevices.audioOutputs():
            # Lines still "play" (silently, at their real length), so the conversation keeps its pace.
            self._tell("Voice is off: no sound output was found on this computer. "
                       "Connect speakers or headphones, then restart Relint.", NO_AUDIO_DEVICE)
        self._audio = mm.QAudioOutput(self)
        self._audio.setVolume(self._volume)
        self._player = mm.QMediaPlayer(self)
        self._player.setAudioOutput(self._audio)
        self._player.mediaStatusChanged.connect(self._on_status)
        self._player.errorOccurred.connect(self._on_error)
        return self._player

    def _tell(self, reason: str, code: str) -> None:
        """Say once why voice is off; later reasons are kept but not announced again."""
        if not self._reason:
            self._reason, self._code = reason or "Voice is off.", code
        if not self._told:
            self._told = True
            self.unavailable.emit(self._reason)

"""The Speaker interface: text in, a WAV file out (on a worker, never on the caller's thread).

Playing the file is the GUI's job (QtMultimedia), which makes stop and replay exact.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path

from relint_desktop.core.model import Voice

# Stable codes for why voice is off; tests and the GUI check these, never the wording.
NO_PYTTSX3 = "speech.no-pyttsx3"
NO_ESPEAK = "speech.no-espeak"
NO_DRIVER = "speech.no-driver"
NO_VOICES = "speech.no-voices"
ENGINE_FAILED = "speech.engine-failed"
ENGINE_HUNG = "speech.engine-hung"
SYNTH_FAILED = "speech.synth-failed"
CLOSED = "speech.closed"
NO_AUDIO_DEVICE = "speech.no-audio-device"  # set by the GUI's player: lines play silently
NO_MULTIMEDIA = "speech.no-multimedia"
PLAYBACK_FAILED = "speech.playback-failed"

MAX_CHARS = 4000  # a scenario line is a few sentences; longer text is cut so one line cannot stall the queue


class SpeechError(Exception):
    """A line could not be synthesised; `code` is one of the codes above."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True)
class Clip:
    """The audio for one line: a WAV file, or no file when there is nothing to hear."""

    text: str
    path: Path | None
    duration: float  # seconds; 0 when there is no audio
    cached: bool = False  # True when the file came from the cache without synthesis


class Speaker(ABC):
    """Turns a character's line into audio. Thread-safe; `synthesise` never blocks on the engine."""

    available: bool = False
    unavailable_reason: str = ""  # a plain sentence: why voice is off and how to turn it on
    unavailable_code: str = ""

    @abstractmethod
    def synthesise(self, text: str, voice: Voice, mood: str = "", key: str | None = None,
                   rate: float = 1.0) -> "Future[Clip]":
        """Start making the audio for `text`; the future gives a Clip or raises SpeechError.

        `key` names the speaker (a character id) so different characters get different voices;
        `rate` is the user's speed multiplier on top of the character's own."""

    def close(self) -> None:
        """Let go of the engine; later calls give silent clips."""


class SilentSpeaker(Speaker):
    """The fallback when no engine works: every line is a Clip without audio, delivered at once."""

    def __init__(self, reason: str = "", code: str = "") -> None:
        self.available = False
        self.unavailable_reason = reason or "Voice is off."
        self.unavailable_code = code or ENGINE_FAILED

    def synthesise(self, text: str, voice: Voice, mood: str = "", key: str | None = None,
                   rate: float = 1.0) -> "Future[Clip]":
        return done_future(Clip(text=text, path=None, duration=0.0))


def done_future(clip: Clip) -> "Future[Clip]":
    """A future that already holds `clip`."""
    future: Future[Clip] = Future()
    future.set_result(clip)
    return future


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def speakable(text: str) -> str:
    """The text as the engine should get it: control characters removed (espeak reads \\x01 as a
    command), whitespace tidied, cut at MAX_CHARS."""
    text = _CONTROL.sub(" ", str(text or ""))
    text = " ".join(text.split())
    return text[:MAX_CHARS]

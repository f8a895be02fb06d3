"""The pyttsx3 Speaker: casts a voice per character, reuses cached audio, sends the rest to the engine worker."""

from __future__ import annotations

import threading
from concurrent.futures import Future

from relint_desktop.core.model import Voice
from relint_desktop.speech.cache import AudioCache, wav_duration
from relint_desktop.speech.engine_worker import EngineWorker
from relint_desktop.speech.speaker import CLOSED, Clip, Speaker, SpeechError, done_future, speakable
from relint_desktop.speech.voices import VoiceCasting, VoiceSettings, settings_for


class Pyttsx3Speaker(Speaker):
    """Speaks through the process's pyttsx3 engine worker, one WAV per line in `cache`."""

    def __init__(self, worker: EngineWorker, cache: AudioCache) -> None:
        self._worker = worker
        self._cache = cache
        self._casting = VoiceCasting(worker.voices, espeak_variants=worker.espeak)
        self._lock = threading.RLock()
        self._pending: dict[str, Future] = {}
        self._closed = False

    @property
    def available(self) -> bool:  # type: ignore[override]
        return not self._closed and self._worker.failure is None

    @property
    def unavailable_reason(self) -> str:  # type: ignore[override]
        if self._worker.failure is not None:
            return self._worker.failure.message
        return "Voice is off." if self._closed else ""

    @property
    def unavailable_code(self) -> str:  # type: ignore[override]
        if self._worker.failure is not None:
            return self._worker.failure.code
        return CLOSED if self._closed else ""

    @property
    def engine_name(self) -> str:
        """The pyttsx3 driver in use ("espeak", "sapi5", "nsss")."""
        return self._worker.driver_name

    @property
    def cache(self) -> AudioCache:
        """Where this speaker keeps its audio."""
        return self._cache

    def voice_settings(self, voice: Voice, mood: str = "", key: str | None = None, rate: float = 1.0) -> VoiceSettings:
        """What the engine would be told for a line by this character in this mood."""
        with self._lock:
            voice_id = self._casting.voice_for(voice, key)
        return settings_for(voice_id, voice, mood, rate)

    def synthesise(self, text: str, voice: Voice, mood: str = "", key: str | None = None,
                   rate: float = 1.0) -> "Future[Clip]":
        spoken = speakable(text)
        if not spoken:
            return done_future(Clip(text=text, path=None, duration=0.0))
        if self._closed:
            failed: Future[Clip] = Future()
            failed.set_exception(SpeechError(CLOSED, "Voice is off."))
            return failed
        settings = self.voice_settings(voice, mood, key, rate)
        cache_key = settings.cache_key(spoken, self._worker.driver_name)
        hit = self._cache.lookup(cache_key)
        if hit is not None:
            return done_future(Clip(text=spoken, path=hit, duration=wav_duration(hit), cached=True))
        with self._lock:
            # The same line asked for twice while it is being made shares one synthesis.
            pending = self._pending.get(cache_key)
            if pending is not None and not pending.cancelled():
                return pending
            future = self._worker.submit(spoken, settings, self._cache, cache_key)
            self._pending[cache_key] = future
        future.add_done_callback(lambda _f, k=cache_key: self._forget(k, _f))
        return future

    def close(self) -> None:
        self._closed = True

    def _forget(self, key: str, future: Future) -> None:
        with self._lock:
            if self._pending.get(key) is future:
                del self._pending[key]

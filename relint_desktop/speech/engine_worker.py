"""The one pyttsx3 engine of the process, owned by one worker thread.

pyttsx3 2.99 is not thread-safe, runs only the last utterance queued before `runAndWait`, keeps a
`save_to_file` target for later calls, and its espeak driver returns from `runAndWait` before
espeak's own thread has written the file. So: every engine call happens on this thread, one
utterance per `runAndWait`, and the next starts only when espeak reports the file finished.
A watchdog fails the line and marks the engine broken if that report never comes.
"""

from __future__ import annotations

import queue
import sys
import threading
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any, Callable

from relint_desktop.speech.cache import AudioCache, wav_duration
from relint_desktop.speech.reasons import classify_start_failure, hung_error, no_voices_error
from relint_desktop.speech.speaker import SYNTH_FAILED, Clip, SpeechError
from relint_desktop.speech.voices import EngineVoice, VoiceSettings

START_TIMEOUT = 10.0  # seconds for the engine to start; it normally takes about 20 ms


def line_timeout(text: str) -> float:
    """How long one line may take before the engine counts as hung (espeak does ~100x real time)."""
    return 5.0 + len(text) / 200


@dataclass
class _Job:
    text: str
    settings: VoiceSettings
    cache: AudioCache
    key: str
    future: Future
    timeout: float


class EngineWorker:
    """Runs `engine_factory()` (pyttsx3.init) on its own thread and synthesises lines into WAV files, in order."""

    def __init__(self, driver_name: str, engine_factory: Callable[[], Any] | None = None,
                 start_timeout: float = START_TIMEOUT, timeout: Callable[[str], float] = line_timeout) -> None:
        self.driver_name = driver_name
        self.espeak = driver_name == "espeak"
        self.voices: tuple[EngineVoice, ...] = ()
        self.failure: SpeechError | None = None
        self._factory = engine_factory or (lambda: _pyttsx3_init(driver_name))
        self._start_timeout = start_timeout
        self._timeout = timeout
        self._jobs: queue.Queue[_Job | None] = queue.Queue()
        self._ready = threading.Event()
        self._finished = threading.Event()
        self._lock = threading.Lock()
        self._current: _Job | None = None
        self._thread = threading.Thread(target=self._run, name=f"relint-speech-{driver_name}", daemon=True)

    def start(self) -> "EngineWorker":
        """Start the engine and wait (briefly) until it is up or has failed; `failure` says which."""
        self._thread.start()
        if not self._ready.wait(self._start_timeout):
            self._break(hung_error())
        return self

    def submit(self, text: str, settings: VoiceSettings, cache: AudioCache, key: str) -> "Future[Clip]":
        """Queue one line; the future gives its Clip, or raises SpeechError."""
        future: Future[Clip] = Future()
        with self._lock:
            if self.failure is not None:
                future.set_exception(self.failure)
                return future
            self._jobs.put(_Job(text, settings, cache, key, future, self._timeout(text)))
        return future

    def stop(self) -> None:
        """Ask the thread to end after the current line (the engine itself stays loaded: espeak cannot restart)."""
        self._jobs.put(None)

    # -- on the worker thread ------------------------------------------------------------------

    def _run(self) -> None:
        try:
            engine = self._factory()
            self._prepare(engine)
        except Exception as exc:  # any failure to start means "no voice", never a crash
            self._break(classify_start_failure(exc, self.driver_name))
            self._ready.set()
            return
        self._ready.set()
        while (job := self._jobs.get()) is not None:
            if not job.future.set_running_or_notify_cancel():
                continue  # cancelled while waiting: the player moved on
            with self._lock:
                if self.failure is not None:
                    job.future.set_exception(self.failure)
                    continue
                self._current = job
            watchdog = threading.Timer(job.timeout + 2.0, self._watchdog, (job,))
            watchdog.daemon = True
            watchdog.start()
            try:
                clip = self._render(engine, job)
            except SpeechError as exc:
                if exc.code != SYNTH_FAILED:
                    self._break(exc)
                _settle(job.future, exc)
            except Exception as exc:  # the engine raised: this line fails, the engine stays usable
                _settle(job.future, SpeechError(SYNTH_FAILED, f"This line could not be spoken ({exc})."))
            else:
                _settle(job.future, clip)
            finally:
                watchdog.cancel()
                with self._lock:
                    self._current = None

    def _prepare(self, engine: Any) -> None:
        if self.espeak:
            # The 2.99 espeak driver prints "Audio saved to ..." for every file from espeak's thread;
            # shadowing `print` in that one module silences it without touching sys.stdout.
            driver_module = sys.modules.get("pyttsx3.drivers.espeak")
            if driver_module is not None:
                driver_module.print = lambda *args, **kwargs: None
        engine.connect("finished-utterance", lambda name=None, completed=True: self._finished.set())
        raw = engine.getProperty("voices") or []
        self.voices = tuple(_engine_voice(v) for v in raw)
        if not self.voices:
            raise no_voices_error()
        self._engine = engine

    def _render(self, engine: Any, job: _Job) -> Clip:
        settings, text = job.settings, job.text
        temp = job.cache.temp_path(job.key)
        if settings.voice_id:
            engine.setProperty("voice", settings.voice_id)
        if self.espeak:
            # espeak applies rate/pitch/volume set through the API asynchronously; measured here, 28 to 48
            # lines in 100 came out at the previous line's rate. Commands embedded in the text
            # are applied in order with it, every time.
            text = espeak_prosody(settings) + text
        else:
            engine.setProperty("rate", settings.rate)
            engine.setProperty("volume", settings.volume)
        self._finished.clear()
        engine.save_to_file(text, str(temp))
        engine.runAndWait()
        if self.espeak and not self._finished.wait(job.timeout):
            raise hung_error()
        duration = wav_duration(temp)
        if duration <= 0:
            temp.unlink(missing_ok=True)
            return Clip(text=job.text, path=None, duration=0.0)  # nothing speakable (only punctuation)
        return Clip(text=job.text, path=job.cache.store(temp, job.key), duration=duration)

    def _watchdog(self, job: _Job) -> None:
        with self._lock:
            stuck = self._current is job
        if stuck:
            self._break(hung_error())
            _settle(job.future, self.failure)

    def _break(self, error: SpeechError) -> None:
        """Mark the engine unusable and fail every waiting line, so no caller waits on it again."""
        with self._lock:
            if self.failure is None:
                self.failure = error
            while True:
                try:
                    job = self._jobs.get_nowait()
                except queue.Empty:
                    break
                if job is not None:
                    _settle(job.future, self.failure)


def espeak_prosody(settings: VoiceSettings) -> str:
    """espeak embedded commands (Ctrl-A, value, letter) for speed, pitch and amplitude."""
    amplitude = int(round(settings.volume * 100))
    return f"\x01{settings.rate}S\x01{settings.pitch}P\x01{amplitude}A "


def _settle(future: Future, outcome: Clip | SpeechError | None) -> None:
    """Resolve a future once; a second outcome (watchdog and worker racing) is ignored."""
    try:
        if isinstance(outcome, BaseException):
            future.set_exception(outcome)
        else:
            future.set_result(outcome)
    except Exception:  # InvalidStateError: already settled or cancelled
        pass


def _engine_voice(voice: Any) -> EngineVoice:
    gender = str(getattr(voice, "gender", "") or "").lower()
    languages = tuple(str(lang) for lang in (getattr(voice, "languages", None) or ()) if lang)
    age = getattr(voice, "age", None)
    return EngineVoice(
        id=str(voice.id),
        name=str(getattr(voice, "name", "") or ""),
        languages=languages,
        gender=gender if gender in ("female", "male") else "",
        age=age if isinstance(age, int) else None,
    )


def _pyttsx3_init(driver_name: str) -> Any:
    import pyttsx3

    return pyttsx3.init(driver_name)


_WORKERS: dict[str, EngineWorker] = {}
_WORKERS_LOCK = threading.Lock()


def shared_worker(driver_name: str | None = None) -> EngineWorker:
    """The process's worker for a driver, started on first use. pyttsx3 and espeak hold global
    state, so there is one engine per driver per process, shared by every Speaker."""
    name = driver_name or default_driver()
    with _WORKERS_LOCK:
        worker = _WORKERS.get(name)
        if worker is None:
            worker = _WORKERS[name] = EngineWorker(name).start()
        return worker


def default_driver() -> str:
    """pyttsx3's driver for this platform (espeak on Linux)."""
    return {"darwin": "nsss", "win32": "sapi5"}.get(sys.platform, "espeak")


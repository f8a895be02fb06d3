"""Text-to-speech behind a small Speaker interface. No Qt.

    speaker = create_speaker()            # a Pyttsx3Speaker, or a SilentSpeaker that says why
    future = speaker.synthesise(text, character.voice, mood, key=character.id)
    clip = future.result()                # on a worker thread; Clip.path is a WAV (or None)

See docs/speech.md.
"""

from __future__ import annotations

import threading
from pathlib import Path

from relint_desktop.speech.speaker import Clip, SilentSpeaker, Speaker, SpeechError

__all__ = ["Clip", "SilentSpeaker", "Speaker", "SpeechError", "create_speaker"]


def create_speaker(cache_dir: Path | None = None, driver_name: str | None = None) -> Speaker:
    """The pyttsx3 speaker when an engine starts, else a SilentSpeaker whose `unavailable_reason`
    tells the user why and how to turn voice on. Never raises. Takes ~20 ms the first time."""
    from relint_desktop.speech.cache import AudioCache, default_cache_dir
    from relint_desktop.speech.engine_worker import shared_worker
    from relint_desktop.speech.pyttsx3_speaker import Pyttsx3Speaker
    from relint_desktop.speech.reasons import classify_start_failure

    try:
        worker = shared_worker(driver_name)
    except Exception as exc:  # e.g. pyttsx3 itself missing: voice off, never a crash
        error = classify_start_failure(exc, driver_name or "")
        return SilentSpeaker(error.message, error.code)
    if worker.failure is not None:
        return SilentSpeaker(worker.failure.message, worker.failure.code)
    cache = AudioCache(cache_dir or default_cache_dir())
    # Old lines are cleared away in the background: listing a big folder is not worth a wait.
    threading.Thread(target=cache.prune, name="relint-speech-prune", daemon=True).start()
    return Pyttsx3Speaker(worker, cache)

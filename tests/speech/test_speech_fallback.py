"""No engine, a broken engine or a hung engine: voice goes off with a coded reason, never a crash."""

import subprocess
import sys
import time
from pathlib import Path

import pytest

from relint_desktop.core.model import Voice
from relint_desktop.speech import SilentSpeaker, SpeechError, create_speaker
from relint_desktop.speech.cache import AudioCache
from relint_desktop.speech.engine_worker import EngineWorker
from relint_desktop.speech.pyttsx3_speaker import Pyttsx3Speaker
from relint_desktop.speech.speaker import (
    ENGINE_FAILED,
    ENGINE_HUNG,
    NO_DRIVER,
    NO_ESPEAK,
    NO_PYTTSX3,
    NO_VOICES,
)
from tests.speech.hanging_engine import HangingEngine

REPO = Path(__file__).resolve().parents[2]


def test_an_engine_that_cannot_start_gives_a_silent_speaker_with_a_reason(tmp_path):
    # pyttsx3.init() with a driver name that does not exist fails the way a missing driver does.
    speaker = create_speaker(cache_dir=tmp_path, driver_name="no-such-driver")
    assert isinstance(speaker, SilentSpeaker)
    assert not speaker.available and speaker.unavailable_code == NO_DRIVER
    assert speaker.unavailable_reason.startswith("Voice is off")
    clip = speaker.synthesise("Hello.", Voice(), "sad", key="x").result(0)  # already done, no waiting
    assert clip.path is None and clip.duration == 0


def run_isolated(prelude: str) -> str:
    """create_speaker() in a fresh Python whose imports were tampered with by `prelude`; prints the code."""
    code = prelude + (
        "\nfrom relint_desktop.speech import create_speaker\n"
        "s = create_speaker()\n"
        "print(s.unavailable_code or 'ok')\n"
        "print(s.unavailable_reason)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


def test_missing_espeak_library_is_explained():
    # The real failure on a machine without espeak-ng: pyttsx3 cannot load libespeak-ng.so.
    # A fresh interpreter refuses to load any espeak library, so pyttsx3 meets exactly that.
    prelude = (
        "import ctypes\n"
        "real = ctypes.cdll.LoadLibrary\n"
        "def refuse(name, *a, **k):\n"
        "    if 'espeak' in str(name):\n"
        "        raise OSError(str(name) + ': cannot open shared object file')\n"
        "    return real(name, *a, **k)\n"
        "ctypes.cdll.LoadLibrary = refuse\n"
    )
    code, reason = run_isolated(prelude)
    assert code == NO_ESPEAK
    assert reason.startswith("Voice is off")


def test_missing_pyttsx3_is_explained():
    code, reason = run_isolated("import sys\nsys.modules['pyttsx3'] = None  # as if not installed\n")
    assert code == NO_PYTTSX3 and reason


def test_the_real_engine_reports_ok_in_a_fresh_process():
    # Guards the two tests above: without tampering, the same script finds the engine.
    assert run_isolated("")[0] == "ok"


def test_a_hung_engine_is_cut_off_by_the_watchdog_and_voice_goes_off(tmp_path):
    engine = HangingEngine()
    worker = EngineWorker("espeak", engine_factory=lambda: engine, timeout=lambda text: 0.2).start()
    speaker = Pyttsx3Speaker(worker, AudioCache(tmp_path))
    assert speaker.available
    first = speaker.synthesise("This line hangs.", Voice(), key="x")
    queued = speaker.synthesise("This one waits behind it.", Voice(), key="x")
    started = time.monotonic()
    with pytest.raises(SpeechError) as caught:
        first.result(15)
    assert caught.value.code == ENGINE_HUNG
    assert time.monotonic() - started < 10
    with pytest.raises(SpeechError):
        queued.result(1)  # the line behind it is failed too, nobody waits forever
    assert not speaker.available and speaker.unavailable_code == ENGINE_HUNG
    with pytest.raises(SpeechError):
        speaker.synthesise("Anything later.", Voice(), key="x").result(1)  # fails at once
    engine.release.set()


def test_a_broken_engine_start_is_classified(tmp_path):
    def explode():
        raise RuntimeError("driver exploded")

    worker = EngineWorker("espeak", engine_factory=explode).start()
    assert worker.failure is not None and worker.failure.code == ENGINE_FAILED


def test_an_engine_without_voices_is_classified():
    engine = HangingEngine()
    engine.getProperty = lambda name: []
    worker = EngineWorker("espeak", engine_factory=lambda: engine).start()
    assert worker.failure is not None and worker.failure.code == NO_VOICES

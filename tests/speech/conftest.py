"""Speech test helpers: measure real WAV files with plain math (no audioop, which Python 3.13 drops)."""

import array
import wave
from dataclasses import dataclass
from pathlib import Path

import pytest

from relint_desktop.speech import create_speaker


@dataclass(frozen=True)
class WavStats:
    riff: bool
    duration: float
    rms: float  # 0..1 of full scale
    peak: float  # 0..1 of full scale


def measure(path: Path) -> WavStats:
    data = Path(path).read_bytes()
    riff = data[:4] == b"RIFF" and data[8:12] == b"WAVE"
    with wave.open(str(path), "rb") as w:
        assert w.getsampwidth() == 2, "espeak writes 16-bit samples"
        frames = w.readframes(w.getnframes())
        duration = w.getnframes() / w.getframerate()
    samples = array.array("h", frames)
    if not samples:
        return WavStats(riff, duration, 0.0, 0.0)
    rms = (sum(s * s for s in samples) / len(samples)) ** 0.5 / 32768
    peak = max(abs(s) for s in samples) / 32768
    return WavStats(riff, duration, rms, peak)


@pytest.fixture
def wav_stats():
    return measure


@pytest.fixture
def speaker(tmp_path):
    """The real pyttsx3 speaker (espeak-ng here), with its own cache folder."""
    made = create_speaker(cache_dir=tmp_path / "speech-cache")
    assert made.available, made.unavailable_reason
    return made

"""A folder of synthesised lines, one WAV per (text, voice, rate, volume, pitch), reused across runs."""

from __future__ import annotations

import itertools
import os
import threading
import time
import wave
from pathlib import Path

MIN_WAV_BYTES = 45  # a WAV header alone is 44 bytes: anything that small holds no sound
_counter = itertools.count()
_counter_lock = threading.Lock()


def default_cache_dir() -> Path:
    """Where spoken lines are kept between runs: the platform's cache folder for Relint."""
    import platformdirs

    return Path(platformdirs.user_cache_dir("relint", appauthor=False)) / "speech"


class AudioCache:
    """WAV files named by a key; a file appears under its final name only once it is complete."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    def path_for(self, key: str) -> Path:
        """Where the audio for `key` lives (whether or not it exists yet)."""
        return self.folder / f"{key}.wav"

    def lookup(self, key: str) -> Path | None:
        """The cached file for `key`, or None when there is none (or only a damaged one)."""
        path = self.path_for(key)
        try:
            return path if path.stat().st_size >= MIN_WAV_BYTES else None
        except OSError:
            return None

    def temp_path(self, key: str) -> Path:
        """A fresh file name to synthesise into before `store` moves it into place."""
        self.folder.mkdir(parents=True, exist_ok=True)
        with _counter_lock:
            n = next(_counter)
        return self.folder / f"{key}.part-{os.getpid()}-{n}.wav"

    def store(self, temp: Path, key: str) -> Path:
        """Move a finished file into place; atomic, so readers never see half a file."""
        final = self.path_for(key)
        os.replace(temp, final)
        return final

    def prune(self, keep: int = 2000) -> int:
        """Delete the oldest files beyond `keep` and any leftover partial files; returns how many went."""
        try:
            files = [p for p in self.folder.iterdir() if p.suffix == ".wav"]
        except OSError:
            return 0
        # Partial files are left only by a crash; an hour's grace spares another running Relint's.
        stale = time.time() - 3600
        partial = [p for p in files if ".part-" in p.name and _mtime(p) < stale]
        whole = sorted((p for p in files if ".part-" not in p.name), key=_mtime, reverse=True)
        removed = 0
        for path in partial + whole[keep:]:
            try:
                path.unlink()
                removed += 1
            except OSError:
                pass
        return removed


def wav_duration(path: Path) -> float:
    """Length of a WAV file in seconds (0 when it cannot be read)."""
    try:
        with wave.open(str(path), "rb") as w:
            rate = w.getframerate()
            return w.getnframes() / rate if rate else 0.0
    except (OSError, EOFError, wave.Error):
        return 0.0


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0

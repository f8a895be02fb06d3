"""Speech figures: engine start, synthesising a typical line (median/p95), a cache hit, and the
longest UI event-loop gap while the SpeechPlayer speaks (target: no gap over 50 ms).

Prints figures; asserts nothing. Run with `./dev bench speech`.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from relint_desktop.core.model import Voice  # noqa: E402
from relint_desktop.speech import create_speaker  # noqa: E402

LINES = [
    "I don't really know how to start this, but something happened at work.",
    "It's fine. I mean, it's not fine, but I'll deal with it.",
    "You always say that, and then nothing changes.",
    "I was scared you'd be angry with me if I told you.",
    "Can we just sit here for a minute?",
    "Mum, I broke the bowl. The blue one. I'm really sorry.",
]
MOODS = ["neutral", "sad", "anxious", "angry", "hurt", "hopeful"]
VOICES = [Voice(gender="female"), Voice(gender="male", age="older"), Voice(gender="female", age="child")]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def bench_engine(folder: Path) -> None:
    started = time.perf_counter()
    speaker = create_speaker(cache_dir=folder / "engine")
    start_time = time.perf_counter() - started
    print(f"engine start (import pyttsx3, init espeak-ng, list voices): {ms(start_time)}"
          f"  [{type(speaker).__name__}{'' if speaker.available else ': ' + speaker.unavailable_reason}]")
    if not speaker.available:
        return
    misses, hits, audio = [], [], []
    for round_ in range(8):
        for i, text in enumerate(LINES):
            args = (f"{text} ({round_})", VOICES[i % 3], MOODS[(i + round_) % 6], f"c{i % 3}")
            t = time.perf_counter()
            clip = speaker.synthesise(*args).result(30)
            misses.append(time.perf_counter() - t)
            audio.append(clip.duration)
            t = time.perf_counter()
            speaker.synthesise(*args).result(30)
            hits.append(time.perf_counter() - t)
    print(f"synthesise a typical line ({statistics.mean(audio):.1f} s of audio), n={len(misses)}: "
          f"median {ms(statistics.median(misses))}, p95 {ms(percentile(misses, 0.95))}, max {ms(max(misses))}")
    print(f"cache hit, n={len(hits)}: median {ms(statistics.median(hits))}, p95 {ms(percentile(hits, 0.95))}")


def bench_ui_gaps(folder: Path, section: str) -> None:
    from relint_desktop.gui.qt import QtCore, QtWidgets

    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    from relint_desktop.gui.speech_player import SpeechPlayer

    def run(label: str, player, actions, lines_expected: int) -> None:
        ticks: list[float] = []
        ended: list[float] = []
        began: list[float] = []
        timer = QtCore.QTimer()
        timer.setInterval(10)
        timer.setTimerType(QtCore.Qt.TimerType.PreciseTimer)
        timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
        player.finished.connect(lambda: ended.append(time.perf_counter()))
        player.started.connect(lambda _text: began.append(time.perf_counter()))
        timer.start()
        loop_until(app, lambda: len(ticks) > 5, 2)
        t0 = time.perf_counter()
        actions()
        call_time = time.perf_counter() - t0
        loop_until(app, lambda: len(ended) >= lines_expected, 60)
        timer.stop()
        gaps = [b - a for a, b in zip(ticks, ticks[1:])]
        latency = (began[0] - t0) if began else float("nan")
        print(f"{label}: say() returned in {ms(call_time)}; first sound after {ms(latency)}; "
              f"{len(gaps)} ticks of 10 ms: max gap {ms(max(gaps))}, p99 {ms(percentile(gaps, 0.99))}")

    if section == "cold":
        player = SpeechPlayer(cache_dir=folder / "cold", warm_up_after_ms=None)
        loop_until(app, lambda: player.speaker is not None, 5)
        run("first line without warm_up (QtMultimedia loaded inside the first line)", player,
            lambda: player.say(LINES[0], VOICES[0], "sad", "sam"), 1)
        return

    player = SpeechPlayer(cache_dir=folder / "warm", warm_up_after_ms=None)
    loop_until(app, lambda: player.speaker is not None, 5)
    t = time.perf_counter()
    player.warm_up()
    print(f"warm_up() (load QtMultimedia, look for a sound output, make the media player; the player "
          f"does this itself 1.5 s after it is made): {ms(time.perf_counter() - t)}")

    def queue_lines():
        for i, text in enumerate(LINES[1:4]):
            player.enqueue(text, VOICES[i % 3], MOODS[i], f"c{i % 3}")

    run("three new lines queued and played (synthesis during playback)", player, queue_lines, 3)
    run("replay (cache hit)", player, player.replay, 1)


def loop_until(app, condition, timeout: float) -> None:
    """Run the Qt event loop until `condition()` holds. One QEventLoop.exec() rather than a
    processEvents() poll: PySide6 6.12 on Python 3.11 drops a reference to None on every call of
    a void method, and thousands of processEvents() calls end in "deallocating None"."""
    from relint_desktop.gui.qt import QtCore

    loop = QtCore.QEventLoop()
    deadline = time.perf_counter() + timeout
    poll = QtCore.QTimer()
    poll.setInterval(5)
    poll.timeout.connect(lambda: (condition() or time.perf_counter() > deadline) and loop.quit())
    poll.start()
    if not condition():
        loop.exec()
    poll.stop()


def main() -> None:
    # Each part runs in a fresh process, so that loading QtMultimedia is really measured.
    section = sys.argv[1] if len(sys.argv) > 1 else ""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if section == "engine":
            bench_engine(folder)
        elif section in ("cold", "warm"):
            bench_ui_gaps(folder, section)
        else:
            for part in ("engine", "warm", "cold"):
                subprocess.run([sys.executable, __file__, part], check=False)


if __name__ == "__main__":
    main()

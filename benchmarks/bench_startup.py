"""Player figures: launch-to-interactive library window, and the longest UI stall while speaking and saving.

    ./dev bench startup

1. Median wall time from starting a fresh `python` process (a returning learner's data folder) to a library window that is shown,
   filled with the bundled scenarios and processing events (target <= 1.0 s), over several launches.
2. The longest gap between ticks of a 5 ms QTimer while scenarios are played turn after turn with
   the real voice and the real progress store (target: no gap over 50 ms).
Prints figures; asserts nothing (timings are not tests).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
LAUNCHES = 7

CHILD = r"""
import os, sys, time
start = float(os.environ["RELINT_BENCH_T0"])
from relint_desktop.gui.app import build_window, create_application
from relint_desktop.gui.qt import QtCore
app = create_application()
window = build_window(sys.argv[1], sys.argv[2], "Bench")
window.show()
def ready():
    cards = len(window.library.visible_cards())
    print(f"READY {time.time() - start:.4f} {cards}", flush=True)
    app.quit()
QtCore.QTimer.singleShot(0, ready)
app.exec()
"""


def launch_times() -> list[tuple[float, int]]:
    """One first launch (fresh data folder) then LAUNCHES returning launches on the same folder."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen" if not env.get("DISPLAY") else "xcb")
    results = []
    with tempfile.TemporaryDirectory() as home:
        env.update(HOME=home, XDG_CONFIG_HOME=f"{home}/.config", XDG_DATA_HOME=f"{home}/.local/share",
                   XDG_CACHE_HOME=f"{home}/.cache")
        for _ in range(LAUNCHES + 1):
            env["RELINT_BENCH_T0"] = repr(time.time())
            out = subprocess.run([sys.executable, "-c", CHILD, str(REPO / "scenarios"), f"{home}/data"],
                                 env=env, capture_output=True, text=True, timeout=60, cwd=REPO)
            line = next((x for x in out.stdout.splitlines() if x.startswith("READY")), None)
            if line is None:
                print(out.stderr[-2000:], file=sys.stderr)
                raise SystemExit("the app did not start")
            _, seconds, cards = line.split()
            results.append((float(seconds), int(cards)))
    return results


def stall_figures(seconds: float = 8.0) -> dict:
    """Play the example scenario over and over, with voice and store, while a 5 ms timer ticks."""
    home = tempfile.mkdtemp(prefix="relint-bench-")
    os.environ.update(HOME=home, XDG_CONFIG_HOME=f"{home}/.config", XDG_CACHE_HOME=f"{home}/.cache",
                      XDG_DATA_HOME=f"{home}/.local/share")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen" if not os.environ.get("DISPLAY") else "xcb")
    sys.path.insert(0, str(REPO))
    from relint_desktop.gui.app import build_window, create_application
    from relint_desktop.gui.qt import QtCore

    app = create_application()
    window = build_window(REPO / "scenarios", Path(home) / "data", "Bench")
    window.show()
    # Let start-up finish first (the voice engine starts and QtMultimedia warms up ~1.5 s after launch,
    # while the learner is still reading the library); the stall figure is about playing.
    settle = QtCore.QEventLoop()
    QtCore.QTimer.singleShot(2500, settle.quit)
    settle.exec()
    scenarios = [s.id for s in window.loaded.scenarios]
    ticks: list[float] = []
    timer = QtCore.QTimer()
    timer.setTimerType(QtCore.Qt.TimerType.PreciseTimer)
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    counts = {"turns": 0, "runs": 0, "lines_started": 0}
    speech = window.speech
    if speech is not None and hasattr(speech, "started"):
        speech.started.connect(lambda _t: counts.__setitem__("lines_started", counts["lines_started"] + 1))
    turn_costs: list[float] = []

    def step():
        conversation = window.conversation
        began = time.perf_counter()
        if window.controller is None or window.controller.state is None or window.controller.state.ended:
            window.open_scenario(scenarios[counts["runs"] % len(scenarios)])
            window.notes.fresh.click()
            counts["runs"] += 1
        elif conversation.choices.buttons:
            conversation.choices.buttons[counts["turns"] % len(conversation.choices.buttons)].click()
            counts["turns"] += 1
        else:
            conversation.reply_box.edit.setPlainText("That sounds really hard. Thank you for telling me.")
            conversation.reply_box.send.click()
            counts["turns"] += 1
        turn_costs.append(time.perf_counter() - began)

    driver = QtCore.QTimer()
    driver.setInterval(400)  # a brisk learner: a reply every 0.4 s while lines are still being spoken
    driver.timeout.connect(step)
    timer.start()
    driver.start()
    loop = QtCore.QEventLoop()
    QtCore.QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()
    timer.stop()
    driver.stop()
    gaps = [(b - a) * 1000 for a, b in zip(ticks, ticks[1:])]
    voice = "on" if speech is not None and getattr(speech, "available", False) else "off (" + (
        getattr(speech, "unavailable_reason", "") or "no player") + ")"
    window.close()
    window.progress.close()
    return {"gaps": gaps, "turn_costs": [c * 1000 for c in turn_costs], "voice": voice, **counts}


def main() -> int:
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"machine: {os.cpu_count()} CPUs, load average {load:.2f} (other work slows every figure below)")
    launches = launch_times()
    first, times = launches[0][0], [t for t, _ in launches[1:]]
    print(f"launch to interactive library ({LAUNCHES} fresh processes, returning learner, {launches[0][1]} "
          f"scenario cards): median {statistics.median(times):.3f} s, min {min(times):.3f} s, "
          f"max {max(times):.3f} s (target <= 1.0 s); very first launch (new data folder) {first:.3f} s")
    figures = stall_figures()
    gaps = sorted(figures["gaps"])
    over = sum(1 for g in gaps if g > 50)
    p99 = gaps[int(len(gaps) * 0.99) - 1] if gaps else 0.0
    costs = sorted(figures["turn_costs"])
    print(f"UI stall while speaking and saving (voice {figures['voice']}; {figures['runs']} runs, "
          f"{figures['turns']} turns, {figures['lines_started']} lines heard): 5 ms timer gaps max "
          f"{gaps[-1]:.1f} ms, p99 {p99:.1f} ms, {over} gap(s) over 50 ms (target: none)")
    print(f"one turn on the UI thread (engine step, store commit, new widgets): median "
          f"{statistics.median(costs):.1f} ms, max {costs[-1]:.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())

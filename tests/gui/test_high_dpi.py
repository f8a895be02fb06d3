"""At a device pixel ratio of 2 (a high-DPI screen) the window renders at full resolution and no
label or button is cut short. Qt's scale factor is fixed per process, so each check runs in a child."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.conftest import REPO, SCENARIOS

CHILD = r"""
import sys
from relint_desktop.gui.app import build_window, create_application
from relint_desktop.gui.qt import QtWidgets

app = create_application()
window = build_window(sys.argv[1], sys.argv[2], "Start")
window.resize(1100, 780)
window.show()
app.processEvents()


def report(page):
    shot = window.grab()
    print("SHOT", page, shot.devicePixelRatio(), shot.width(), shot.height())
    for w in window.findChildren(QtWidgets.QWidget):
        if not w.isVisible():
            continue
        text = w.text() if isinstance(w, (QtWidgets.QLabel, QtWidgets.QAbstractButton)) else ""
        wraps = isinstance(w, QtWidgets.QLabel) and w.wordWrap()
        if text and not wraps and w.sizeHint().width() > w.width() + 1:
            print("CLIPPED", page, type(w).__name__, repr(text[:50]), w.sizeHint().width(), w.width())


report("library")
window.open_scenario(sys.argv[3])
window.notes.fresh.click()
app.processEvents()
window.conversation.choices.buttons[0].click()
app.processEvents()
report("conversation")
"""


@pytest.mark.parametrize("scale", ["1", "2"])
def test_the_window_is_sharp_and_unclipped_at_scale(tmp_path, scale):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR=scale, HOME=str(tmp_path),
               XDG_CONFIG_HOME=str(tmp_path / "c"), XDG_CACHE_HOME=str(tmp_path / "cache"))
    out = subprocess.run([sys.executable, "-c", CHILD, str(SCENARIOS), str(tmp_path / "data"), "parent-broken-bowl"],
                         env=env, cwd=REPO, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    shots = [line.split() for line in out.stdout.splitlines() if line.startswith("SHOT")]
    assert [s[1] for s in shots] == ["library", "conversation"]
    for _, _, ratio, width, height in shots:
        assert float(ratio) == float(scale)
        assert (int(width), int(height)) == (1100 * int(scale), 780 * int(scale))
    clipped = [line for line in out.stdout.splitlines() if line.startswith("CLIPPED")]
    assert clipped == []

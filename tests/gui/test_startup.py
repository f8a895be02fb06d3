"""Start-up stays light: QtCharts and QtMultimedia are not loaded until they are needed."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import REPO, SCENARIOS

CHILD = r"""
import sys
from relint_desktop.gui.app import build_window, create_application
app = create_application()
window = build_window(sys.argv[1], sys.argv[2], "Start")
window.show()
app.processEvents()
heavy = sorted(m for m in ("PySide6.QtCharts", "PySide6.QtMultimedia") if m in sys.modules)
print("HEAVY", ",".join(heavy) or "-", len(window.library.visible_cards()))
"""


def test_the_library_opens_without_charts_or_multimedia(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "c"),
               XDG_CACHE_HOME=str(tmp_path / "cache"))
    out = subprocess.run([sys.executable, "-c", CHILD, str(SCENARIOS), str(tmp_path / "data")], env=env, cwd=REPO,
                         capture_output=True, text=True, timeout=60)
    line = next(x for x in out.stdout.splitlines() if x.startswith("HEAVY"))
    _, heavy, cards = line.split()
    assert heavy == "-"
    assert int(cards) > 0


def test_relint_help_names_the_app_options():
    out = subprocess.run([sys.executable, "-m", "relint_desktop", "--help"], cwd=REPO, capture_output=True,
                         text=True, timeout=60)
    assert out.returncode == 0
    for option in ("--scenarios", "--data-dir", "--profile"):
        assert option in out.stdout

"""PySide6 6.12.0 on Python 3.11 drops a reference to True on every signal emit and to None on
every void call, and the process aborts after a few thousand: pyproject pins below 6.12.
This test runs the crash recipe in a child process so a regression shows as a failure, not an abort."""

import subprocess
import sys

RECIPE = """
import sys
from PySide6 import QtCore
app = QtCore.QCoreApplication([])
class Source(QtCore.QObject):
    changed = QtCore.Signal()
source = Source()
timer = QtCore.QTimer()
before_true, before_none = sys.getrefcount(True), sys.getrefcount(None)
for _ in range(20000):
    source.changed.emit()
    timer.setInterval(5)
print(sys.getrefcount(True) - before_true, sys.getrefcount(None) - before_none)
"""


def test_signals_and_void_calls_do_not_leak_references():
    done = subprocess.run([sys.executable, "-c", RECIPE], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-500:]
    leaked_true, leaked_none = (int(x) for x in done.stdout.split())
    assert abs(leaked_true) < 100 and abs(leaked_none) < 100

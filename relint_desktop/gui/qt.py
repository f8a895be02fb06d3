"""The one place Relint imports Qt from, so a Qt upgrade touches one file (the Anki habit).

    from relint_desktop.gui.qt import QtCore, QtGui, QtWidgets, Qt, Signal, Slot

QtCharts and QtMultimedia are loaded on first use through `charts()` and `multimedia()`,
which keeps them out of the start-up path.
"""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets  # noqa: F401
from PySide6.QtCore import Qt, Signal, Slot  # noqa: F401


def charts():
    """The QtCharts module (PySide6-Addons)."""
    from PySide6 import QtCharts

    return QtCharts


def multimedia():
    """The QtMultimedia module (PySide6-Addons)."""
    from PySide6 import QtMultimedia

    return QtMultimedia

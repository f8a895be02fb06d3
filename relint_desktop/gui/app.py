"""Starting the desktop app: the QApplication, its theme and icon, the progress store and the window."""

from __future__ import annotations

import sys
from pathlib import Path

from relint_desktop.gui.qt import QtGui, QtWidgets
from relint_desktop.gui.settings import APPLICATION, ORGANIZATION, load_settings

ASSETS = Path(__file__).resolve().parents[2] / "assets"


def create_application(argv: list[str] | None = None) -> QtWidgets.QApplication:
    """The one QApplication (reused when one exists, e.g. under pytest-qt)."""
    app = QtWidgets.QApplication.instance()
    if app is None:
        app = QtWidgets.QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("Relint")
    app.setDesktopFileName("relint")
    icon = ASSETS / "relint.svg"
    if not icon.exists():
        icon = ASSETS / "relint.png"
    if icon.exists():
        app.setWindowIcon(QtGui.QIcon(str(icon)))
    return app


def build_window(scenarios_dir, data_dir=None, profile=None, speech_factory=None, recover=False):
    """The main window with its settings applied and its progress store opened.

    With `recover`, a damaged progress file opens the recovery dialog before the window shows."""
    from relint_desktop.gui import speech_link, theme
    from relint_desktop.gui.main_window import MainWindow
    from relint_desktop.gui.progress import open_progress

    app = create_application()
    settings = load_settings()
    theme.apply_theme(app, settings.theme, settings.font_size)
    progress = open_progress(data_dir, profile, recover)
    window = MainWindow(scenarios_dir, progress, settings, speech_factory or speech_link.make_player)
    if getattr(progress, "profile_name", ""):
        window.setWindowTitle(progress.profile_name)  # Qt adds " — Relint"
    return window


def run_app(scenarios_dir, data_dir=None, profile=None) -> int:
    """Show the window and run until it closes; returns the exit code."""
    app = create_application()
    window = build_window(scenarios_dir, data_dir, profile, recover=True)
    window.show()
    code = app.exec()
    window.progress.close()
    return code

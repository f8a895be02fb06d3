"""Light and dark themes: a Fusion palette plus one style sheet keyed on widget roles.

Widgets never pick colours themselves; they set a `role` property and this sheet paints it,
so switching theme restyles every screen at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from relint_desktop.gui.qt import QtGui, QtWidgets, Qt


ASSETS = Path(__file__).resolve().parents[2] / "assets"


@dataclass(frozen=True)
class Palette:
    """The colours one theme uses."""

    window: str
    surface: str
    text: str
    muted: str
    accent: str
    accent_text: str
    other_bubble: str
    own_bubble: str
    border: str
    red: str
    red_bg: str
    green: str
    green_bg: str
    neutral_bg: str
    banner: str


LIGHT = Palette(
    window="#f6f4f0", surface="#ffffff", text="#1f2328", muted="#59606a", accent="#2f6f73",
    accent_text="#ffffff", other_bubble="#ffffff", own_bubble="#dcefe9", border="#cfd4d8",
    red="#a3261d", red_bg="#fbe3e0", green="#1d6b35", green_bg="#dff3e4", neutral_bg="#eceff1",
    banner="#fff4d6",
)
DARK = Palette(
    window="#1d2024", surface="#272b31", text="#e9ecef", muted="#aeb5bd", accent="#6cc3c0",
    accent_text="#10201f", other_bubble="#2e333a", own_bubble="#24413d", border="#464d56",
    red="#ff9c92", red_bg="#4a2522", green="#8fdca6", green_bg="#1f3d29", neutral_bg="#353a41",
    banner="#4a4020",
)


def resolve(theme: str) -> Palette:
    """The palette for "light", "dark" or "system" (the desktop's colour scheme)."""
    if theme == "dark":
        return DARK
    if theme == "light":
        return LIGHT
    hints = QtGui.QGuiApplication.styleHints()
    scheme = hints.colorScheme() if hints is not None else Qt.ColorScheme.Unknown
    return DARK if scheme == Qt.ColorScheme.Dark else LIGHT


def apply_theme(app: QtWidgets.QApplication, theme: str, font_size: int) -> Palette:
    """Restyle the whole application; returns the palette in use."""
    colours = resolve(theme)
    app.setStyle("Fusion")
    palette = QtGui.QPalette()
    role = QtGui.QPalette.ColorRole
    for name, value in ((role.Window, colours.window), (role.Base, colours.surface),
                        (role.AlternateBase, colours.window), (role.Text, colours.text),
                        (role.WindowText, colours.text), (role.Button, colours.surface),
                        (role.ButtonText, colours.text), (role.Highlight, colours.accent),
                        (role.HighlightedText, colours.accent_text), (role.ToolTipBase, colours.surface),
                        (role.ToolTipText, colours.text), (role.PlaceholderText, colours.muted),
                        (role.Link, colours.accent)):
        palette.setColor(name, QtGui.QColor(value))
    app.setPalette(palette)
    font = app.font()
    font.setPointSize(font_size)
    app.setFont(font)
    app.setStyleSheet(style_sheet(colours, font_size))
    app.setProperty("relint_palette", theme)
    return colours


def style_sheet(c: Palette, size: int) -> str:
    """The application style sheet for one palette and base font size."""
    big = size + 6
    return f"""
QWidget {{ font-size: {size}pt; }}
QLabel[role="title"] {{ font-size: {big}pt; font-weight: 600; }}
QLabel[role="heading"] {{ font-size: {size + 2}pt; font-weight: 600; padding-top: 6px; qproperty-indent: 0; }}
QLabel[role="muted"] {{ color: {c.muted}; }}
QLabel[role="scene"] {{ color: {c.muted}; font-style: italic; font-size: {size + 1}pt; margin: 10px 0; }}
QFrame[role="card"] {{ background: {c.surface}; border: 1px solid {c.border}; border-radius: 8px; }}
QFrame[role="card"]:focus {{ border: 3px solid {c.accent}; }}
QFrame[role="card"]:hover {{ border-color: {c.accent}; }}
QFrame[role="bubble-other"] {{ background: {c.other_bubble}; border: 1px solid {c.border}; border-radius: 10px; }}
QFrame[role="bubble-own"] {{ background: {c.own_bubble}; border: 1px solid {c.border}; border-radius: 10px; }}
QFrame[role="feedback"] {{ background: {c.surface}; border: 1px dashed {c.border}; border-radius: 8px; }}
QFrame[role="banner"] {{ background: {c.banner}; border: 1px solid {c.border}; border-radius: 6px; }}
QFrame[role="panel"] {{ background: {c.surface}; border: 1px solid {c.border}; border-radius: 8px; }}
QLabel[role="chip-red"] {{ background: {c.red_bg}; color: {c.red}; border: 1px solid {c.red};
    border-radius: 9px; padding: 1px 8px; font-weight: 600; }}
QLabel[role="chip-green"] {{ background: {c.green_bg}; color: {c.green}; border: 1px solid {c.green};
    border-radius: 9px; padding: 1px 8px; font-weight: 600; }}
QLabel[role="chip-neutral"] {{ background: {c.neutral_bg}; color: {c.muted}; border: 1px solid {c.border};
    border-radius: 9px; padding: 1px 8px; }}
QLabel[role="chip-info"] {{ background: {c.neutral_bg}; color: {c.text}; border-radius: 9px; padding: 1px 8px; }}
QPushButton {{ padding: 6px 12px; border: 1px solid {c.border}; border-radius: 6px; background: {c.surface}; }}
QPushButton:hover {{ border-color: {c.accent}; }}
QPushButton:focus {{ border: 2px solid {c.accent}; }}
QPushButton[role="primary"] {{ background: {c.accent}; color: {c.accent_text}; border-color: {c.accent}; }}
QPushButton[role="choice"] {{ text-align: left; padding: 8px 12px; }}
QPlainTextEdit, QLineEdit, QComboBox, QSpinBox {{ border: 1px solid {c.border}; border-radius: 6px;
    padding: 4px; background: {c.surface}; }}
QComboBox::drop-down {{ border: none; width: 24px; }}
QComboBox::down-arrow {{ image: url({_chevron(c, "down")}); width: 12px; height: 8px; }}
QSpinBox {{ padding-right: 22px; }}
QSpinBox::up-button, QSpinBox::down-button {{ subcontrol-origin: border; width: 22px; border: none; }}
QSpinBox::up-button {{ subcontrol-position: top right; }}
QSpinBox::down-button {{ subcontrol-position: bottom right; }}
QSpinBox::up-arrow {{ image: url({_chevron(c, "up")}); width: 10px; height: 7px; }}
QSpinBox::down-arrow {{ image: url({_chevron(c, "down")}); width: 10px; height: 7px; }}
QPlainTextEdit:focus, QLineEdit:focus, QComboBox:focus, QSpinBox:focus {{ border: 2px solid {c.accent}; }}
QProgressBar {{ border: 1px solid {c.border}; border-radius: 5px; background: {c.neutral_bg};
    text-align: center; color: {c.text}; }}
QProgressBar::chunk {{ background: {c.accent}; border-radius: 4px; }}
QScrollArea {{ border: none; background: transparent; }}
QScrollBar:vertical {{ width: 12px; background: transparent; margin: 0; }}
QScrollBar::handle:vertical {{ background: {c.border}; border-radius: 5px; min-height: 32px; margin: 1px; }}
QScrollBar::handle:vertical:hover {{ background: {c.muted}; }}
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical {{ height: 0; }}
QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical {{ background: transparent; }}
QScrollArea > QWidget#qt_scrollarea_viewport > QWidget {{ background: transparent; }}
"""


def _chevron(c: Palette, direction: str) -> str:
    # Style sheets take file paths; forward slashes work on every platform.
    name = f"chevron-{direction}-{'dark' if c is DARK else 'light'}.svg"
    return (ASSETS / name).as_posix()


def colours_for(widget: QtWidgets.QWidget) -> Palette:
    """The palette currently applied (for the few places that paint text colours, like highlights)."""
    app = QtWidgets.QApplication.instance()
    theme = app.property("relint_palette") if app is not None else "light"
    return resolve(theme or "light")

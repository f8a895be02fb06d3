"""The lock mark shown beside a locked profile's name (a small padlock drawn in the theme's text colour), and the
list of profiles by name that carries it (the Profiles dialog, "Who is practising?").

Drawn rather than an emoji, which many Linux fonts lack; the item's accessible text says "locked" too.
"""

from __future__ import annotations

from relint_desktop.gui.qt import QtCore, QtGui, QtWidgets, Qt

LOCKED_ROLE = Qt.ItemDataRole.UserRole + 1
"""Item data: whether the row's profile is locked (so its mark can be drawn again in a new theme)."""


def lock_icon(size: int = 32) -> QtGui.QIcon:
    """A padlock icon in the text colour, and in the highlighted-text colour on a selected row."""
    palette = QtWidgets.QApplication.palette()
    icon = QtGui.QIcon()
    icon.addPixmap(_padlock(palette.color(QtGui.QPalette.ColorRole.Text), size), QtGui.QIcon.Mode.Normal)
    icon.addPixmap(_padlock(palette.color(QtGui.QPalette.ColorRole.HighlightedText), size), QtGui.QIcon.Mode.Selected)
    return icon


def _padlock(color: QtGui.QColor, size: int) -> QtGui.QPixmap:
    pixmap = QtGui.QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QtGui.QPainter(pixmap)
    painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
    painter.setPen(QtGui.QPen(color, size * 0.1))
    # The shackle: an arch above the body.
    painter.drawArc(QtCore.QRectF(size * 0.3, size * 0.1, size * 0.4, size * 0.44), 0, 180 * 16)
    painter.drawLine(QtCore.QPointF(size * 0.3, size * 0.32), QtCore.QPointF(size * 0.3, size * 0.46))
    painter.drawLine(QtCore.QPointF(size * 0.7, size * 0.32), QtCore.QPointF(size * 0.7, size * 0.46))
    # The body, filled, with a keyhole cut out.
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawRoundedRect(QtCore.QRectF(size * 0.18, size * 0.44, size * 0.64, size * 0.46), size * 0.08, size * 0.08)
    painter.setCompositionMode(QtGui.QPainter.CompositionMode.CompositionMode_Clear)
    painter.drawEllipse(QtCore.QPointF(size * 0.5, size * 0.62), size * 0.06, size * 0.06)
    painter.drawRect(QtCore.QRectF(size * 0.47, size * 0.64, size * 0.06, size * 0.14))
    painter.end()
    return pixmap


def profile_item(profile, suffix: str = "") -> QtWidgets.QListWidgetItem:
    """A list row for a profile: its name, the lock mark when locked, its id as data."""
    text = profile.name + suffix
    item = QtWidgets.QListWidgetItem(text)
    item.setData(Qt.ItemDataRole.UserRole, profile.id)
    spoken = text
    locked = bool(getattr(profile, "locked", False))
    item.setData(LOCKED_ROLE, locked)
    if locked:
        item.setIcon(lock_icon())
        item.setToolTip("Locked: opens with its passphrase")
        spoken = f"{text}, locked"
    else:
        item.setIcon(_blank_icon())  # names line up whether or not they carry the mark
    item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
    return item


class ProfileList(QtWidgets.QListWidget):
    """A list of profiles whose lock marks follow the theme: switched to dark or light while the list is open, the
    padlocks are drawn again in the new text colour."""

    def changeEvent(self, event: QtCore.QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QtCore.QEvent.Type.PaletteChange:
            icon = lock_icon()
            for row in range(self.count()):
                if self.item(row).data(LOCKED_ROLE):
                    self.item(row).setIcon(icon)


def profile_list(name: str, icon_px: int, spacing: int) -> QtWidgets.QListWidget:
    """An empty list of profiles, with room for the lock mark."""
    widget = ProfileList()
    widget.setObjectName(name)
    widget.setAccessibleName("Profiles")
    widget.setIconSize(QtCore.QSize(icon_px, icon_px))
    widget.setSpacing(spacing)
    return widget


def fill_profile_list(widget: QtWidgets.QListWidget, profiles, select: int | None = None, suffix=None) -> None:
    """One row per profile (`suffix(profile)` after its name); `select` chosen, else the first row."""
    widget.clear()
    for profile in profiles:
        item = profile_item(profile, suffix(profile) if suffix else "")
        widget.addItem(item)
        if profile.id == select:
            widget.setCurrentItem(item)
    if widget.currentItem() is None and widget.count():
        widget.setCurrentRow(0)


def _blank_icon(size: int = 32) -> QtGui.QIcon:
    pixmap = QtGui.QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    return QtGui.QIcon(pixmap)

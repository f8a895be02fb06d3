"""The settings dialog: voice, rate, font size, theme and feedback mode. Returns a plain Settings."""

from __future__ import annotations

from relint_desktop.gui.qt import QtWidgets, Qt
from relint_desktop.gui.settings import FONT_RANGE, Settings

THEME_NAMES = (("system", "Follow the system"), ("light", "Light"), ("dark", "Dark"))
MODE_NAMES = (("coached", "Coached: feedback after every reply"), ("practice", "Practice: feedback only at the end"))


class SettingsDialog(QtWidgets.QDialog):
    """Edit a copy of the settings; `settings()` gives the result as a plain value."""

    def __init__(self, settings: Settings, parent=None):
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self.setObjectName("settings-dialog")
        form = QtWidgets.QFormLayout()
        self.voice = QtWidgets.QCheckBox("Speak the other person's lines aloud")
        self.voice.setObjectName("settings-voice")
        self.voice.setAccessibleName("Voice on")
        self.voice.setChecked(settings.voice_on)
        form.addRow("Voice", self.voice)
        self.rate = QtWidgets.QSlider(Qt.Orientation.Horizontal)
        self.rate.setObjectName("settings-rate")
        self.rate.setRange(50, 200)
        self.rate.setSingleStep(5)
        self.rate.setPageStep(25)
        self.rate.setValue(round(settings.rate * 100))
        self.rate_label = QtWidgets.QLabel()
        self.rate.valueChanged.connect(self._rate_text)
        self._rate_text(self.rate.value())
        row = QtWidgets.QHBoxLayout()
        row.addWidget(self.rate, 1)
        row.addWidget(self.rate_label)
        form.addRow("Speech rate", row)
        self.font_size = QtWidgets.QSpinBox()
        self.font_size.setObjectName("settings-font-size")
        self.font_size.setAccessibleName("Font size in points")
        self.font_size.setRange(*FONT_RANGE)
        self.font_size.setSuffix(" pt")
        self.font_size.setValue(settings.font_size)
        form.addRow("Font size", self.font_size)
        self.theme = self._combo("settings-theme", "Theme", THEME_NAMES, settings.theme)
        form.addRow("Theme", self.theme)
        self.mode = self._combo("settings-feedback", "Feedback mode", MODE_NAMES, settings.feedback_mode)
        form.addRow("Feedback", self.mode)
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Ok
                                             | QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def _combo(self, name, accessible, items, current) -> QtWidgets.QComboBox:
        combo = QtWidgets.QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        for value, text in items:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        return combo

    def _rate_text(self, value: int) -> None:
        self.rate_label.setText(f"{value / 100:.2f}×")
        self.rate.setAccessibleName(f"Speech rate {value / 100:.2f} times")

    def settings(self) -> Settings:
        """What the dialog shows now, as a plain Settings value."""
        return Settings(voice_on=self.voice.isChecked(), rate=self.rate.value() / 100,
                        font_size=self.font_size.value(), theme=self.theme.currentData(),
                        feedback_mode=self.mode.currentData()).normalised()

"""The learner's preferences: a plain dataclass, kept with QSettings (organisation "Relint")."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

from relint_desktop.gui.qt import QtCore

ORGANIZATION = "Relint"
APPLICATION = "Relint"
THEMES = ("system", "light", "dark")
FEEDBACK_MODES = ("coached", "practice")
RATE_RANGE = (0.5, 2.0)
FONT_RANGE = (9, 24)


@dataclass(frozen=True)
class Settings:
    """Voice, speech rate, font size, theme and feedback mode."""

    voice_on: bool = True
    rate: float = 1.0  # a multiplier on each character's own rate
    font_size: int = 11  # points
    theme: str = "system"  # one of THEMES
    feedback_mode: str = "coached"  # "coached": after every turn; "practice": only at the end

    def normalised(self) -> "Settings":
        """The same settings with every value brought into its allowed range."""
        return replace(
            self,
            rate=min(RATE_RANGE[1], max(RATE_RANGE[0], float(self.rate))),
            font_size=min(FONT_RANGE[1], max(FONT_RANGE[0], int(self.font_size))),
            theme=self.theme if self.theme in THEMES else "system",
            feedback_mode=self.feedback_mode if self.feedback_mode in FEEDBACK_MODES else "coached",
        )

    def evolve(self, **changes) -> "Settings":
        """A copy with some values changed (and normalised)."""
        return replace(self, **changes).normalised()


def _qsettings() -> QtCore.QSettings:
    return QtCore.QSettings(ORGANIZATION, APPLICATION)


def _coerce(value, default):
    # QSettings hands back strings from INI files; turn them into the field's type.
    try:
        if isinstance(default, bool):
            return value if isinstance(value, bool) else str(value).lower() in ("1", "true", "yes", "on")
        if isinstance(default, int):
            return int(float(value))
        if isinstance(default, float):
            return float(value)
        return str(value)
    except (TypeError, ValueError):
        return default


def load_settings(store: QtCore.QSettings | None = None) -> Settings:
    """Read the saved settings; anything missing or unreadable keeps its default."""
    store = store or _qsettings()
    defaults = Settings()
    values = {}
    for f in fields(Settings):
        default = getattr(defaults, f.name)
        raw = store.value(f.name, None)
        values[f.name] = default if raw is None else _coerce(raw, default)
    return Settings(**values).normalised()


def save_settings(settings: Settings, store: QtCore.QSettings | None = None) -> None:
    """Write every setting and flush to disk."""
    store = store or _qsettings()
    for f in fields(Settings):
        store.setValue(f.name, getattr(settings, f.name))
    store.sync()

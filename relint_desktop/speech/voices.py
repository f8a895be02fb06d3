"""From a character's voice hints and mood to what the engine is told: voice id, rate, volume, pitch.

Plain functions plus `VoiceCasting`, which remembers who got which voice so that two characters
in one conversation do not sound alike while other voices are free.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Iterable, Sequence

from relint_desktop.core.model import Voice

BASE_RATE = 170  # words per minute at rate 1.0; espeak's own default (175) sounds hurried in dialogue
MIN_RATE, MAX_RATE = 80, 400
BASE_PITCH = 50  # espeak's pitch scale is 0..100 with 50 as the voice's normal pitch


@dataclass(frozen=True)
class EngineVoice:
    """One voice the engine offers (a pyttsx3 voice, reduced to what casting needs)."""

    id: str
    name: str = ""
    languages: tuple[str, ...] = ()
    gender: str = ""  # "female", "male" or "" when the engine does not say
    age: int | None = None


@dataclass(frozen=True)
class VoiceSettings:
    """What the engine is told for one line."""

    voice_id: str
    rate: int  # words per minute
    volume: float  # 0..1
    pitch: int  # 0..100, 50 is the voice's normal pitch; ignored where the engine has no pitch

    def cache_key(self, text: str, engine: str) -> str:
        """A file-name-safe key for the audio of `text` spoken with these settings."""
        raw = "\x1f".join([engine, self.voice_id, str(self.rate), f"{self.volume:.2f}", str(self.pitch), text])
        return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:32]


@dataclass(frozen=True)
class MoodShift:
    """How a mood bends the voice: multipliers on rate and volume, a step on pitch."""

    rate: float = 1.0
    volume: float = 1.0
    pitch: int = 0


# The moods of docs/scenario-format.md. Low moods speak slower and softer and a little lower;
# aroused moods (anxious, angry) speak faster; warm and hopeful ones lift the pitch slightly.
MOODS: dict[str, MoodShift] = {
    "neutral": MoodShift(),
    "calm": MoodShift(0.95, 0.95, -2),
    "guarded": MoodShift(0.95, 0.9, -3),
    "hurt": MoodShift(0.88, 0.85, -5),
    "sad": MoodShift(0.85, 0.8, -8),
    "ashamed": MoodShift(0.87, 0.75, -6),
    "withdrawn": MoodShift(0.85, 0.7, -6),
    "anxious": MoodShift(1.15, 0.95, 8),
    "angry": MoodShift(1.12, 1.0, 4),
    "defensive": MoodShift(1.08, 1.0, 3),
    "relieved": MoodShift(1.0, 0.95, 4),
    "hopeful": MoodShift(1.03, 1.0, 5),
    "open": MoodShift(1.0, 1.0, 2),
    "warm": MoodShift(0.97, 1.0, 3),
}

AGE_SHIFT: dict[str, MoodShift] = {
    "child": MoodShift(1.05, 1.0, 22),
    "teen": MoodShift(1.03, 1.0, 8),
    "adult": MoodShift(),
    "older": MoodShift(0.9, 1.0, -6),
}

# espeak-ng voice variants ("+f3" appended to a language voice), best-sounding first.
ESPEAK_VARIANTS: dict[tuple[str, str], tuple[str, ...]] = {
    ("female", "adult"): ("f3", "f2", "f4", "f5"),
    ("female", "older"): ("f1", "f4", "f2"),
    ("female", "child"): ("f5", "f4", "f2"),
    ("female", "teen"): ("f5", "f2", "f4"),
    ("male", "adult"): ("m3", "m2", "m4", "m6", "m7", "m5"),
    ("male", "older"): ("m1", "m8", "m2"),
    ("male", "child"): ("m3", "m2", "m6"),
    ("male", "teen"): ("m3", "m2", "m7"),
    ("", "adult"): ("m3", "f3", "m2", "f2", "m4", "f4"),
}


def mood_shift(mood: str) -> MoodShift:
    """The shift for a mood; unknown or empty moods change nothing."""
    return MOODS.get((mood or "").strip().lower(), MoodShift())


def settings_for(voice_id: str, hint: Voice, mood: str = "", rate: float = 1.0) -> VoiceSettings:
    """Rate, volume and pitch for one line, from the character's hints, the mood and the user's rate."""
    age = AGE_SHIFT.get(hint.age, MoodShift())
    shift = mood_shift(mood)
    wpm = BASE_RATE * _positive(hint.rate) * _positive(rate) * age.rate * shift.rate
    volume = _clamp(_finite(hint.volume, 1.0), 0.0, 1.0) * age.volume * shift.volume
    pitch = BASE_PITCH * _positive(hint.pitch) + age.pitch + shift.pitch
    return VoiceSettings(
        voice_id=voice_id,
        rate=int(round(_clamp(wpm, MIN_RATE, MAX_RATE))),
        volume=round(_clamp(volume, 0.0, 1.0), 2),
        pitch=int(round(_clamp(pitch, 0, 100))),
    )


def language_voices(voices: Iterable[EngineVoice], language: str) -> list[EngineVoice]:
    """Voices for a language ("en", "en-gb"), closest match first; empty when none fits."""
    want = (language or "en").strip().lower().replace("_", "-")
    primary = want.split("-")[0]

    def rank(v: EngineVoice) -> int | None:
        langs = [lang.lower().replace("_", "-") for lang in v.languages]
        tail = v.id.lower().rsplit("/", 1)[-1]
        if want in langs or tail == want:
            return 0
        if tail == primary:
            return 1
        if any(lang.split("-")[0] == primary for lang in langs) or tail.split("-")[0] == primary:
            return 2
        return None

    ranked = [(r, i, v) for i, v in enumerate(voices) if (r := rank(v)) is not None]
    return [v for _, _, v in sorted(ranked, key=lambda t: (t[0], t[1]))]


def candidate_voices(hint: Voice, voices: Sequence[EngineVoice], espeak_variants: bool) -> list[str]:
    """Engine voice ids that fit the hints, best first. Never empty when the engine has any voice."""
    bases = language_voices(voices, hint.language) or language_voices(voices, "en") or list(voices)
    if not bases:
        return []
    gender = hint.gender if hint.gender in ("female", "male") else ""
    age = hint.age if hint.age in ("child", "teen", "adult", "older") else "adult"
    if espeak_variants:
        # espeak lists only language voices; gender and age come from variants appended with "+".
        variants = ESPEAK_VARIANTS.get((gender, age)) or ESPEAK_VARIANTS[(gender, "adult")]
        ids = [f"{base.id}+{variant}" for base in bases[:4] for variant in variants]
        return list(dict.fromkeys(ids))
    fitting = [v for v in bases if not gender or v.gender == gender]
    rest = [v for v in bases if v not in fitting]
    return [v.id for v in fitting + rest]


class VoiceCasting:
    """Gives each character (by key) a voice of its own, preferring the best fit that nobody else has."""

    def __init__(self, voices: Sequence[EngineVoice], espeak_variants: bool) -> None:
        self._voices = tuple(voices)
        self._espeak_variants = espeak_variants
        self._cast: dict[str, str] = {}

    def voice_for(self, hint: Voice, key: str | None = None) -> str:
        """The voice id for this character; the same key always gets the same voice."""
        key = key or repr(hint)
        if key in self._cast:
            return self._cast[key]
        candidates = candidate_voices(hint, self._voices, self._espeak_variants)
        if not candidates:
            return ""
        taken = list(self._cast.values())
        free = [c for c in candidates if c not in taken]
        # When every fitting voice is taken, reuse the least used one rather than a poor fit.
        chosen = free[0] if free else min(candidates, key=taken.count)
        self._cast[key] = chosen
        return chosen

    @property
    def cast(self) -> dict[str, str]:
        """Who has which voice so far (a copy)."""
        return dict(self._cast)


def _finite(value: float, default: float) -> float:
    try:
        value = float(value)
    except (TypeError, ValueError):
        return default
    return value if value == value and abs(value) != float("inf") else default


def _positive(value: float) -> float:
    value = _finite(value, 1.0)
    return _clamp(value, 0.25, 4.0) if value > 0 else 1.0


def _clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))

"""Voice hints and moods become engine settings; casting keeps characters apart."""

import math

from relint_desktop.core.model import Voice
from relint_desktop.speech.speaker import MAX_CHARS, speakable
from relint_desktop.speech.voices import (
    BASE_RATE,
    MAX_RATE,
    MIN_RATE,
    EngineVoice,
    VoiceCasting,
    candidate_voices,
    language_voices,
    settings_for,
)

ESPEAK_LIKE = [
    EngineVoice("gmw/af", languages=("af",)),
    EngineVoice("gmw/en", languages=("en-gb",)),
    EngineVoice("gmw/en-us", languages=("en-us",)),
    EngineVoice("roa/fr", languages=("fr-fr",)),
]
SAPI_LIKE = [
    EngineVoice("david", languages=("en-us",), gender="male"),
    EngineVoice("zira", languages=("en-us",), gender="female"),
    EngineVoice("hortense", languages=("fr-fr",), gender="female"),
]


def test_low_moods_are_slower_softer_and_lower_than_neutral():
    neutral = settings_for("v", Voice(), "neutral")
    for mood in ("sad", "withdrawn", "hurt", "ashamed"):
        s = settings_for("v", Voice(), mood)
        assert s.rate < neutral.rate and s.volume < neutral.volume and s.pitch < neutral.pitch, mood


def test_aroused_moods_are_faster_than_neutral():
    neutral = settings_for("v", Voice(), "neutral")
    for mood in ("anxious", "angry", "defensive"):
        assert settings_for("v", Voice(), mood).rate > neutral.rate, mood


def test_unknown_or_empty_mood_changes_nothing():
    assert settings_for("v", Voice(), "") == settings_for("v", Voice(), "neutral")
    assert settings_for("v", Voice(), "no-such-mood") == settings_for("v", Voice(), "neutral")
    assert settings_for("v", Voice(), " SAD ") == settings_for("v", Voice(), "sad")


def test_hints_and_user_rate_multiply():
    base = settings_for("v", Voice())
    assert base.rate == BASE_RATE and base.pitch == 50 and base.volume == 1.0
    assert settings_for("v", Voice(rate=1.2)).rate == round(BASE_RATE * 1.2)
    assert settings_for("v", Voice(), rate=0.5).rate == round(BASE_RATE * 0.5)
    assert settings_for("v", Voice(pitch=1.2)).pitch == 60
    assert settings_for("v", Voice(volume=0.4)).volume == 0.4
    assert settings_for("v", Voice(age="child")).pitch > base.pitch > settings_for("v", Voice(age="older")).pitch


def test_absurd_hints_are_clamped_not_crashing():
    for hint in (Voice(rate=1000), Voice(rate=-3), Voice(rate=math.nan), Voice(pitch=math.inf),
                 Voice(volume=7), Voice(volume=-1), Voice(rate=0)):
        s = settings_for("v", hint, "anxious", rate=50)
        assert MIN_RATE <= s.rate <= MAX_RATE and 0 <= s.volume <= 1 and 0 <= s.pitch <= 100, hint


def test_language_match_prefers_exact_then_family():
    assert [v.id for v in language_voices(ESPEAK_LIKE, "en-us")][0] == "gmw/en-us"
    assert [v.id for v in language_voices(ESPEAK_LIKE, "en")][0] == "gmw/en"
    assert [v.id for v in language_voices(ESPEAK_LIKE, "fr")] == ["roa/fr"]
    assert language_voices(ESPEAK_LIKE, "xx") == []


def test_espeak_gets_gender_and_age_from_variants():
    assert candidate_voices(Voice(gender="female"), ESPEAK_LIKE, True)[0] == "gmw/en+f3"
    assert candidate_voices(Voice(gender="male"), ESPEAK_LIKE, True)[0] == "gmw/en+m3"
    assert candidate_voices(Voice(gender="female", age="older"), ESPEAK_LIKE, True)[0] == "gmw/en+f1"
    # An unknown language falls back to English rather than to silence.
    assert candidate_voices(Voice(language="xx"), ESPEAK_LIKE, True)[0].startswith("gmw/en")


def test_other_engines_pick_by_listed_gender():
    assert candidate_voices(Voice(gender="female"), SAPI_LIKE, False)[0] == "zira"
    assert candidate_voices(Voice(gender="male"), SAPI_LIKE, False)[0] == "david"
    assert candidate_voices(Voice(gender="female", language="fr"), SAPI_LIKE, False) == ["hortense"]
    assert candidate_voices(Voice(), [], False) == []


def test_casting_gives_different_characters_different_voices():
    casting = VoiceCasting(ESPEAK_LIKE, espeak_variants=True)
    same_hints = Voice(gender="female")
    first = casting.voice_for(same_hints, "sam")
    second = casting.voice_for(same_hints, "jo")
    assert first != second
    assert casting.voice_for(same_hints, "sam") == first  # stable for the same character
    assert casting.voice_for(Voice(gender="male"), "dad") not in (first, second)
    assert set(casting.cast) == {"sam", "jo", "dad"}


def test_casting_reuses_the_least_used_voice_when_all_are_taken():
    casting = VoiceCasting(SAPI_LIKE[:1], espeak_variants=False)
    assert casting.voice_for(Voice(), "a") == casting.voice_for(Voice(), "b") == "david"


def test_cache_key_changes_with_every_setting_and_is_stable():
    s = settings_for("gmw/en+f3", Voice())
    key = s.cache_key("Hello.", "espeak")
    assert key == settings_for("gmw/en+f3", Voice()).cache_key("Hello.", "espeak")
    others = {
        s.cache_key("Hello!", "espeak"),
        s.cache_key("Hello.", "sapi5"),
        settings_for("gmw/en+m3", Voice()).cache_key("Hello.", "espeak"),
        settings_for("gmw/en+f3", Voice(), "sad").cache_key("Hello.", "espeak"),
        settings_for("gmw/en+f3", Voice(), rate=1.5).cache_key("Hello.", "espeak"),
    }
    assert key not in others and len(others) == 5
    assert key.isalnum() and len(key) == 32


def test_speakable_text_has_no_control_characters_and_a_length_cap():
    assert speakable("a\x01300S b\x00c\n\td") == "a 300S b c d"
    assert speakable(None) == ""
    assert len(speakable("word " * 5000)) == MAX_CHARS

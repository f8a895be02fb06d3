"""Why voice is off, in plain words with what to do about it, and a stable code for each case."""

from __future__ import annotations

import sys

from relint_desktop.speech.speaker import (
    ENGINE_FAILED,
    ENGINE_HUNG,
    NO_DRIVER,
    NO_ESPEAK,
    NO_PYTTSX3,
    NO_VOICES,
    SpeechError,
)


def install_espeak_hint() -> str:
    """How to install espeak-ng on this platform, as one sentence fragment."""
    if sys.platform == "darwin":
        return "install it with Homebrew (brew install espeak-ng)"
    if sys.platform == "win32":
        return "install eSpeak NG from its official release page"
    return "install it (on Debian or Ubuntu: sudo apt install espeak-ng)"


def classify_start_failure(exc: BaseException, driver_name: str) -> SpeechError:
    """Turn whatever pyttsx3 raised while starting into a SpeechError with a code and advice."""
    if isinstance(exc, SpeechError):
        return exc
    if isinstance(exc, ModuleNotFoundError):
        missing = exc.name or ""
        if missing == "pyttsx3":
            return SpeechError(NO_PYTTSX3, "Voice is off: the pyttsx3 package is missing. "
                                           "Reinstall Relint (pip install pyttsx3) to hear the other person.")
        if missing.startswith("pyttsx3.drivers"):
            return SpeechError(NO_DRIVER, f"Voice is off: the speech driver '{driver_name}' is not part of "
                                          "this pyttsx3 installation. Reinstall Relint to hear the other person.")
    detail = str(exc)
    if "espeak" in detail.lower() or (isinstance(exc, OSError) and driver_name == "espeak"):
        return SpeechError(NO_ESPEAK, "Voice is off: the espeak-ng speech library was not found. "
                                      f"To hear the other person, {install_espeak_hint()} and restart Relint.")
    return SpeechError(ENGINE_FAILED, f"Voice is off: the speech engine could not start ({detail or type(exc).__name__}). "
                                      "Reinstalling espeak-ng and restarting Relint usually fixes this.")


def no_voices_error() -> SpeechError:
    """The engine started but offers no voice at all."""
    return SpeechError(NO_VOICES, "Voice is off: the speech engine has no voices installed. "
                                  f"Reinstall espeak-ng ({install_espeak_hint()}) and restart Relint.")


def hung_error() -> SpeechError:
    """The engine stopped answering; it cannot be restarted inside a running program."""
    return SpeechError(ENGINE_HUNG, "Voice is off: the speech engine stopped responding. "
                                    "Restart Relint to turn voice back on.")

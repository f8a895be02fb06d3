"""A stand-in for a pyttsx3 engine whose runAndWait never returns (shared by the speech and player tests)."""

from __future__ import annotations

import threading


class HangingEngine:
    """Stands in for pyttsx3 where a real hang cannot be produced on demand: runAndWait never
    returns, as reported for pyttsx3 on some systems. Everything else behaves like espeak."""

    def __init__(self):
        self.release = threading.Event()

    def connect(self, topic, cb):
        return {}

    def getProperty(self, name):
        class V:
            id, name, languages, gender, age = "gmw/en", "English", ["en-gb"], "Male", None
        return [V()]

    def setProperty(self, name, value):
        pass

    def save_to_file(self, text, filename):
        pass

    def runAndWait(self):
        self.release.wait(60)

"""Finding the voice: the speech helper's SpeechPlayer when it is there, or a reason why not."""

from __future__ import annotations


def make_player(parent):
    """(SpeechPlayer, "") or (None, why there is no voice). Imported late: it is not on the start-up path."""
    try:
        from relint_desktop.gui.speech_player import SpeechPlayer
    except ImportError as exc:
        return None, f"the voice module is not part of this copy of Relint ({exc.name})"
    try:
        return SpeechPlayer(parent), ""
    except Exception as exc:  # a broken voice engine must leave a working, silent window
        return None, f"the speech engine could not start ({exc})"

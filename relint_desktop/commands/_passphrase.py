"""Asking for a profile's passphrase in the terminal.

On a terminal it is typed hidden (getpass); otherwise one line is read from standard input, so
scripts and tests can pipe it in. Never from the command line, where `ps` and the shell's history
would show it, nor from an environment variable (other programs of the same user can read those,
and piping already serves scripts). Three wrong passphrases in a row end the command.
"""

from __future__ import annotations

import getpass
import sys

from relint_desktop.storage import errors, locks
from relint_desktop.storage.store import StoreError

MAX_TRIES = 3


def read_passphrase(prompt: str) -> str | None:
    """One passphrase: hidden on a terminal, else the next line of standard input (None when input has ended)."""
    if sys.stdin is not None and sys.stdin.isatty():
        try:
            return getpass.getpass(prompt)
        except EOFError:
            return None
    line = sys.stdin.readline() if sys.stdin is not None else ""
    if not line:
        return None
    return line.rstrip("\r\n")


def unlock(store, profile, command: str) -> str | None:
    """None for a profile with no lock; else its passphrase, asked for up to three times.

    Ends the command (exit 1, nothing changed) after three wrong answers or when none is given."""
    if not store.is_locked(profile.id):
        return None
    for attempt in range(1, MAX_TRIES + 1):
        passphrase = read_passphrase(f"Passphrase for {profile.name}: ")
        if passphrase is None:
            _stop(command, f"'{profile.name}' is locked and no passphrase was given; nothing was changed")
        if store.verify(profile.id, passphrase):
            return passphrase
        left = MAX_TRIES - attempt
        print(f"relint {command}: that passphrase does not open '{profile.name}'"
              + (f" ({left} {'try' if left == 1 else 'tries'} left)" if left else ""), file=sys.stderr)
    _stop(command, f"{MAX_TRIES} wrong passphrases in a row; nothing was changed")
    return None  # not reached


def ask_new(command: str, name: str) -> str:
    """A new passphrase: typed twice (hidden) on a terminal, one line from a pipe. Exit 1 if unusable."""
    passphrase = read_passphrase(f"New passphrase for {name}: ")
    if passphrase is None:
        _stop(command, "no passphrase was given; nothing was changed")
    try:
        locks.check_new(passphrase)
    except StoreError as exc:
        _stop(command, f"{exc.message} Nothing was changed. [{exc.code}]")
    if sys.stdin is not None and sys.stdin.isatty():
        if read_passphrase("The same passphrase again: ") != passphrase:
            _stop(command, "the two passphrases were not the same; nothing was changed")
    return passphrase


def _stop(command: str, message: str) -> None:
    print(f"relint {command}: {message}", file=sys.stderr)
    raise SystemExit(1)


ASKED_CODES = (errors.PROFILE_LOCKED, errors.WRONG_PASSPHRASE, errors.NOT_LOCKED, errors.BAD_PASSPHRASE)
"""Store errors about passphrases: mistakes in what was asked (exit 1), not problems with the file."""

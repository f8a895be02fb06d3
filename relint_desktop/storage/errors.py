"""StoreError and its stable codes: callers (GUI, CLI, tests) branch on `.code`, never on the message."""

from __future__ import annotations

from pathlib import Path

DAMAGED = "DAMAGED"
"""The progress file fails its integrity check or is not a database at all."""
NEWER_SCHEMA = "NEWER_SCHEMA"
"""The file was written by a newer Relint; it is refused and left untouched."""
NOT_RELINT = "NOT_RELINT"
"""A SQLite file, but not one of Relint's."""
LOCKED = "LOCKED"
"""Another program holds the file busy for longer than we wait."""
UNREADABLE = "UNREADABLE"
"""The operating system refused access (permissions, missing folder, disk full)."""
NO_PROFILE = "NO_PROFILE"
PROFILE_EXISTS = "PROFILE_EXISTS"
BAD_NAME = "BAD_NAME"
NO_SESSION = "NO_SESSION"
BAD_IMPORT = "BAD_IMPORT"
NO_BACKUP = "NO_BACKUP"
CLOSED = "CLOSED"
PROFILE_LOCKED = "PROFILE_LOCKED"
"""The profile is locked: this needs its passphrase, and none was given."""
WRONG_PASSPHRASE = "WRONG_PASSPHRASE"
"""The passphrase given does not open the profile; nothing was changed."""
NOT_LOCKED = "NOT_LOCKED"
"""Changing or removing a lock on a profile that has none."""
BAD_PASSPHRASE = "BAD_PASSPHRASE"
"""A new passphrase that cannot be used (too short, too long, more than one line)."""


class StoreError(Exception):
    """A progress-store failure with a stable `code`, a plain message, and, for DAMAGED, the best backup.

    `StoreError(code, ...)` builds the subclass for that code (DamagedError for DAMAGED, ...), so callers
    may catch either the subclass or StoreError and look at `.code`."""

    def __new__(cls, code: str = "", message: str = "", **kwargs):
        if cls is StoreError:
            cls = _BY_CODE.get(code, StoreError)
        return super().__new__(cls)

    def __init__(self, code: str, message: str, *, path: Path | None = None, backup=None):
        super().__init__(message)
        self.code = code
        self.message = message
        self.path = path
        self.backup = backup  # backups.Backup | None: the newest good backup, offered when the file is damaged

    def __str__(self) -> str:
        return self.message


class DamagedError(StoreError):
    """DAMAGED: the file failed its integrity check; `.backup` is the newest good backup or None."""


class NewerSchemaError(StoreError):
    """NEWER_SCHEMA: written by a newer Relint; refused and left untouched."""


class LockedError(StoreError):
    """LOCKED: another program keeps the file busy."""


class UnreadableError(StoreError):
    """UNREADABLE: the operating system refused access."""


class NotRelintError(StoreError):
    """NOT_RELINT: a SQLite file of another program."""


_BY_CODE = {DAMAGED: DamagedError, NEWER_SCHEMA: NewerSchemaError, LOCKED: LockedError,
            UNREADABLE: UnreadableError, NOT_RELINT: NotRelintError}

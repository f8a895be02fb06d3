"""What the progress commands share: --data-dir, opening the store with plain messages, a private output file."""

from __future__ import annotations

import argparse
import os
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from relint_desktop.storage import errors
from relint_desktop.storage.paths import resolve_data_dir
from relint_desktop.storage.store import ProgressStore, StoreError

EXIT_STORE = 3
"""Exit code when the progress file cannot be used (damaged, newer, locked, ...)."""


def add_data_dir_argument(parser: argparse.ArgumentParser, in_subcommand: bool = False) -> None:
    """--data-dir DIR (default: the platform's user data folder)."""
    extra = {"default": argparse.SUPPRESS} if in_subcommand else {}  # do not override one given before the action
    parser.add_argument("--data-dir", metavar="DIR", help="where progress is kept (default: the platform's user data "
                        "folder); use it for tests or a portable copy", **extra)


def report(command: str, error: StoreError, data_dir: Path | None = None) -> int:
    """Print a StoreError plainly with its code (and the backup on offer); return the exit code."""
    print(f"relint {command}: {error.message} [{error.code}]", file=sys.stderr)
    if error.code == errors.DAMAGED and error.backup is not None:
        where = f" --data-dir {data_dir}" if data_dir else ""
        print(f"relint {command}: the newest good backup is from {error.backup.label}. Restore it with "
              f"`relint profiles restore{where}` (the damaged file is kept aside).", file=sys.stderr)
    elif error.code == errors.DAMAGED:
        print(f"relint {command}: there is no good backup to restore.", file=sys.stderr)
    return EXIT_STORE if error.code not in (errors.NO_PROFILE, errors.BAD_NAME, errors.PROFILE_EXISTS,
                                            errors.BAD_IMPORT, errors.NO_BACKUP) else 1


@contextmanager
def opened_store(data_dir: str | None) -> Iterator[ProgressStore]:
    """The store of --data-dir (or the default folder), closed afterwards; StoreError passes through."""
    store = ProgressStore.open(resolve_data_dir(data_dir))
    try:
        yield store
    finally:
        store.close()


def open_private(path: Path, binary: bool = False):
    """Open a file for writing that only its owner can read (exports hold private words)."""
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    try:
        os.chmod(path, 0o600)
    except OSError:
        pass
    if binary:
        return os.fdopen(fd, "wb")
    return os.fdopen(fd, "w", encoding="utf-8", newline="")

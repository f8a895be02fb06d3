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
from relint_desktop.storage.recorder import ProgressRecorder
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
                                            errors.BAD_IMPORT, errors.NO_BACKUP, errors.PROFILE_LOCKED,
                                            errors.WRONG_PASSPHRASE, errors.NOT_LOCKED,
                                            errors.BAD_PASSPHRASE) else 1


@contextmanager
def opened_store(data_dir: str | None) -> Iterator[ProgressStore]:
    """The store of --data-dir (or the default folder), closed afterwards; StoreError passes through."""
    store = ProgressStore.open(resolve_data_dir(data_dir))
    for warning in store.warnings:
        print(f"relint: {warning}", file=sys.stderr)
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


# -- `relint play --text --profile NAME --data-dir DIR` -----------------------------------------
DEFAULT_PROFILE = "Me"


def add_play_arguments(parser: argparse.ArgumentParser) -> None:
    """--profile and --data-dir for the terminal player (with neither, nothing is recorded)."""
    parser.add_argument("--profile", metavar="NAME", help="record the run for this profile (created if new) and "
                        "resume its interrupted run of the same scenario; a locked profile's passphrase is "
                        "asked for first (from a pipe: the first line)")
    add_data_dir_argument(parser)


def play_recorder(args: argparse.Namespace, scenario):
    """The storage-backed recorder for this run, or None when neither --profile nor --data-dir was given."""
    prepared = _prepare(args, scenario)
    return prepared[0] if prepared else None


def play_resume_state(args: argparse.Namespace, scenario):
    """The interrupted run to continue, or None for a fresh one."""
    prepared = _prepare(args, scenario)
    return prepared[1] if prepared else None


def _prepare(args: argparse.Namespace, scenario):
    """Open the store once per command: (recorder, state to resume or None). Exits plainly on a store error."""
    cached = getattr(args, "_progress_prepared", None)
    if cached is not None:
        return cached or None
    if not getattr(args, "profile", None) and not getattr(args, "data_dir", None):
        args._progress_prepared = ()
        return None
    data_dir = resolve_data_dir(args.data_dir)
    try:
        store = ProgressStore.open(data_dir)
        for warning in store.warnings:
            print(f"relint play: {warning}", file=sys.stderr)
        profile = _profile(store, args.profile)
        _unlock_or_close(store, profile)
        found = store.interrupted_session(profile.id, scenario.id)
        state = None
        session_id = None
        if found is not None:
            session_id, state = found
            if not _resumable(scenario, state):
                # The scenario changed since the run stopped: that run cannot continue, so a fresh one starts.
                print(f"relint play: {profile.name}'s earlier run stopped at a part of '{scenario.title}' that no "
                      "longer exists; starting afresh", file=sys.stderr)
                store.abandon_session(session_id)
                session_id, state = None, None
            else:
                print(f"relint play: resuming {profile.name}'s interrupted run of '{scenario.title}' "
                      f"({len(state.turns)} {'reply' if len(state.turns) == 1 else 'replies'} so far)", file=sys.stderr)
    except StoreError as exc:
        raise SystemExit(report("play", exc, data_dir)) from None
    recorder = _TerminalRecorder(store, profile.id, session_id=session_id)
    args._progress_prepared = (recorder, state)
    return args._progress_prepared


def _unlock_or_close(store: ProgressStore, profile) -> None:
    """A locked profile's history and interrupted run are not touched before its passphrase is given."""
    from relint_desktop.commands._passphrase import unlock

    try:
        unlock(store, profile, "play")
    except SystemExit:
        store.close()
        raise


def _resumable(scenario, state) -> bool:
    """True when the engine can carry the saved run on in this version of the scenario."""
    from relint_desktop.core.engine import Engine, EngineError

    try:
        Engine(scenario).resume(state)
    except (EngineError, KeyError):
        return False
    return True


def _profile(store: ProgressStore, name: str | None):
    if name:
        try:
            return store.profile_named(name)
        except StoreError as exc:
            if exc.code != errors.NO_PROFILE:
                raise
            return store.create_profile(name)
    profiles = store.profiles()
    return profiles[0] if profiles else store.create_profile(DEFAULT_PROFILE)


def _stop_on_store_error(method):
    def wrapped(self, *args):
        try:
            return method(self, *args)
        except StoreError as exc:
            # Playing on unrecorded would break "nothing is lost": stop, with every earlier turn safe.
            raise SystemExit(report("play", exc, self.store.data_dir)) from None
    wrapped.__doc__ = method.__doc__
    return wrapped


class _TerminalRecorder(ProgressRecorder):
    """ProgressRecorder that ends the terminal run with a plain message if the store fails."""

    started = _stop_on_store_error(ProgressRecorder.started)
    turn = _stop_on_store_error(ProgressRecorder.turn)
    ended = _stop_on_store_error(ProgressRecorder.ended)

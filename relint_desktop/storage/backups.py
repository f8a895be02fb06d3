"""Rotating backups of the progress file (one a day, seven kept), made with SQLite's online backup API.

A damaged progress file is reported with the newest backup that passes its own integrity check;
`restore` puts that backup in place and keeps the damaged file aside (never deleted silently).
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from relint_desktop.storage import errors
from relint_desktop.storage.errors import StoreError
from relint_desktop.storage.paths import backup_dir, database_path, ensure_private_dir, make_private

KEEP = 7
PREFIX = "progress-"
SUFFIX = ".sqlite3"


@dataclass(frozen=True)
class Backup:
    """One backup file and the day it was taken."""

    path: Path
    day: dt.date

    @property
    def label(self) -> str:
        """How a person reads it: the date it was taken."""
        return self.day.isoformat()


def list_backups(data_dir: Path) -> list[Backup]:
    """Every backup in the data folder, newest first."""
    folder = backup_dir(data_dir)
    found = []
    if folder.is_dir():
        for path in folder.glob(f"{PREFIX}*{SUFFIX}"):
            stem = path.name[len(PREFIX):-len(SUFFIX)]
            try:
                found.append(Backup(path, dt.date.fromisoformat(stem)))
            except ValueError:
                continue
    return sorted(found, key=lambda b: b.day, reverse=True)


def is_good(path: Path) -> bool:
    """True when the file opens read-only and passes SQLite's integrity check."""
    try:
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
        try:
            row = conn.execute("PRAGMA quick_check").fetchone()
            return row is not None and row[0] == "ok"
        finally:
            conn.close()
    except sqlite3.Error:
        return False


def newest_good_backup(data_dir: Path) -> Backup | None:
    """The most recent backup that passes its integrity check, or None."""
    for backup in list_backups(data_dir):
        if is_good(backup.path):
            return backup
    return None


def backup_now(conn: sqlite3.Connection, data_dir: Path, today: dt.date) -> Backup:
    """Copy the open database into today's backup (replacing it), then keep only the newest KEEP."""
    folder = ensure_private_dir(backup_dir(data_dir))
    final = folder / f"{PREFIX}{today.isoformat()}{SUFFIX}"
    partial = final.with_name(f"{final.name}.{os.getpid()}.partial")  # two Relint processes never share one
    # Create the target private before SQLite writes a byte into it.
    fd = os.open(partial, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    os.close(fd)
    target = sqlite3.connect(partial)
    try:
        conn.backup(target)
        # A backup is a plain single file: no WAL beside it to leak or lose.
        target.execute("PRAGMA journal_mode=DELETE")
    finally:
        target.close()
    make_private(partial)
    os.replace(partial, final)
    prune(data_dir)
    return Backup(final, today)


def ensure_daily_backup(conn: sqlite3.Connection, data_dir: Path, today: dt.date) -> Backup | None:
    """Make today's backup unless there is one already."""
    if any(b.day == today for b in list_backups(data_dir)):
        return None
    return backup_now(conn, data_dir, today)


def prune(data_dir: Path, keep: int = KEEP) -> None:
    """Delete all but the newest `keep` backups, and any half-written copy a crash left behind."""
    for backup in list_backups(data_dir)[keep:]:
        backup.path.unlink(missing_ok=True)
    remove_leftovers(data_dir, older_than_s=600)


def remove_leftovers(data_dir: Path, older_than_s: float = 0) -> None:
    """Half-written copies (a crash during a backup, restore or erase) hold private text too: delete them.

    `older_than_s` spares a copy another Relint process may be writing right now."""
    now = time.time()
    for folder in (Path(data_dir), backup_dir(data_dir)):
        if folder.is_dir():
            for pattern in ("*.partial", "*.sqlite3.erasing", "*.sqlite3.restoring"):
                for path in folder.glob(pattern):
                    try:
                        if now - path.stat().st_mtime >= older_than_s:
                            path.unlink()
                    except FileNotFoundError:
                        pass


def restore(data_dir: Path, backup: Backup | None = None, now: dt.datetime | None = None) -> Path | None:
    """Put a backup (default: the newest good one) in place of the progress file.

    The file being replaced is kept aside as progress.damaged-TIME.sqlite3 and its path returned.
    """
    backup = backup or newest_good_backup(data_dir)
    if backup is None:
        raise StoreError(errors.NO_BACKUP, "There is no usable backup to restore.")
    if not is_good(backup.path):
        raise StoreError(errors.DAMAGED, f"The backup from {backup.label} is damaged too.", path=backup.path)
    db = database_path(data_dir)
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    aside = None
    if db.exists():
        aside = db.with_name(f"progress.damaged-{stamp}{SUFFIX}")
        os.replace(db, aside)
    for extra in ("-wal", "-shm"):
        # A WAL left by the damaged file would be replayed onto the backup: move it aside too.
        side = db.with_name(db.name + extra)
        if side.exists():
            os.replace(side, (aside or db).with_name((aside or db).name + extra))
    partial = db.with_name(db.name + ".restoring")
    shutil.copyfile(backup.path, partial)
    make_private(partial)
    os.replace(partial, db)
    return aside

"""Opening the progress file safely, and turning sqlite3 errors into StoreError codes.

Before a byte is written: is it SQLite at all, and not from a newer Relint? Then WAL, an
integrity check, a backup before any migration, the migrations, and the day's backup.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from relint_desktop.storage import backups, errors
from relint_desktop.storage.errors import StoreError
from relint_desktop.storage.migrations import check_version_read_only, migrate
from relint_desktop.storage.paths import database_path, ensure_private_dir, ensure_private_file, make_private
from relint_desktop.storage.schema import SCHEMA_VERSION

BUSY_TIMEOUT_S = 3.0
SQLITE_HEADER = b"SQLite format 3\x00"


def open_database(data_dir: Path, today: dt.date, daily_backup: bool, synchronous: str,
                  warnings: list[str] | None = None) -> Database:
    """The checked, migrated, backed-up database of a data folder; StoreError if it cannot be used.

    Problems that do not stop the file being used (a backup that failed) are appended to `warnings`."""
    warnings = warnings if warnings is not None else []
    data_dir = Path(data_dir)
    path = database_path(data_dir)
    try:
        ensure_private_dir(data_dir)
        version = _precheck(path, data_dir)
        ensure_private_file(path)
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S, check_same_thread=False)
    except sqlite3.Error as exc:
        raise translate(exc, path, data_dir) from None
    except OSError as exc:
        raise StoreError(errors.UNREADABLE, f"Relint cannot use {path}: {exc.strerror or exc}.", path=path) from None
    try:
        db = Database(conn)
        with db.ensure_autocommit_on():
            conn.execute("PRAGMA journal_mode=WAL")
        # FULL: each turn's commit is on disk before the next line is shown, even across power loss.
        conn.execute(f"PRAGMA synchronous={synchronous}")
        conn.execute("PRAGMA secure_delete=ON")  # deleted text is overwritten with zeros, not left in free pages
        conn.execute("PRAGMA foreign_keys=ON")
        check = conn.execute("PRAGMA quick_check").fetchone()
        if not check or check[0] != "ok":
            raise StoreError(errors.DAMAGED, _damaged_message(path, str(check and check[0])), path=path,
                             backup=backups.newest_good_backup(data_dir))
        if 0 < version < SCHEMA_VERSION:
            backups.backup_now(conn, data_dir, today)  # the old-schema file is kept before it changes
        migrate(db)
        for extra in ("-wal", "-shm"):
            make_private(path.with_name(path.name + extra))
        if daily_backup:
            try:
                backups.ensure_daily_backup(conn, data_dir, today)
            except (OSError, sqlite3.Error) as exc:
                # A missed backup must not stop today's practice being saved; it is said, and tried again next open.
                warnings.append(f"Today's backup of your progress could not be made ({exc}).")
    except StoreError:
        conn.close()
        raise
    except sqlite3.Error as exc:
        conn.close()
        raise translate(exc, path, data_dir) from None
    except OSError as exc:
        conn.close()
        raise StoreError(errors.UNREADABLE, f"Relint cannot write beside {path}: {exc.strerror or exc}.",
                         path=path) from None
    except BaseException:
        conn.close()
        raise
    return db


class Transaction:
    """`with store._write() as conn:` one BEGIN IMMEDIATE ... COMMIT under the store's lock."""

    def __init__(self, store):
        self.store = store

    def __enter__(self) -> sqlite3.Connection:
        self.store._lock.acquire()
        try:
            conn = self.store._conn()
            conn.execute("BEGIN IMMEDIATE")
        except BaseException as exc:
            self.store._lock.release()
            if isinstance(exc, sqlite3.Error):
                raise translate(exc, self.store.path, self.store.data_dir) from None
            raise
        return conn

    def __exit__(self, exc_type, exc, tb) -> None:
        conn = self.store.db.conn
        try:
            if exc_type is None:
                conn.execute("COMMIT")
            elif conn.in_transaction:
                conn.execute("ROLLBACK")
        except sqlite3.Error as error:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise translate(error, self.store.path, self.store.data_dir) from None
        finally:
            self.store._lock.release()
        if isinstance(exc, sqlite3.Error):
            raise translate(exc, self.store.path, self.store.data_dir) from None


def translate(exc: sqlite3.Error, path: Path, data_dir: Path) -> StoreError:
    """A StoreError with a stable code for a sqlite3 error."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return StoreError(errors.LOCKED, "The progress file is busy in another Relint window or program. "
                          "Close it and try again.", path=path)
    if "not a database" in text or "malformed" in text or "corrupt" in text or "disk image" in text:
        return StoreError(errors.DAMAGED, _damaged_message(path, str(exc)), path=path,
                          backup=backups.newest_good_backup(data_dir))
    return StoreError(errors.UNREADABLE, f"Relint cannot use {path}: {exc}.", path=path)


def _damaged_message(path: Path, detail: str) -> str:
    return f"The progress file {path} is damaged and cannot be read safely ({detail})."


def _precheck(path: Path, data_dir: Path) -> int:
    """Before writing anything: is it SQLite at all, and not from a newer Relint?"""
    if not path.exists() or path.stat().st_size == 0:
        return 0
    with open(path, "rb") as handle:
        if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise StoreError(errors.DAMAGED, _damaged_message(path, "it is not a SQLite database"), path=path,
                             backup=backups.newest_good_backup(data_dir))
    return check_version_read_only(path)

"""Erasing a profile so that none of its text stays behind: rows, free pages, the WAL, and every backup.

The rows are deleted with secure_delete on, the file is rebuilt with VACUUM, the WAL is checkpointed
and truncated to zero bytes, and each backup holding the profile is rewritten the same way.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from relint_desktop.storage import backups
from relint_desktop.storage.paths import make_private


@dataclass(frozen=True)
class Erasure:
    """What erasing a profile did: rows removed, backups rewritten, and anything that could not be cleaned."""

    profile_id: int
    rows: int
    backups_rewritten: tuple[Path, ...] = ()
    not_cleaned: tuple[str, ...] = field(default=())  # plain sentences; empty when everything is clean

    @property
    def complete(self) -> bool:
        """True when no trace could be left anywhere."""
        return not self.not_cleaned


def delete_profile_rows(conn: sqlite3.Connection, profile_id: int) -> int:
    """Delete every row of the profile in one transaction; return how many rows went."""
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "profiles" not in tables:
        return 0
    shared = "session_participants" in tables
    # Sessions the profile owns outright go whole; in a shared session only their own rows go,
    # and the saved state (which quotes everyone's words) is dropped so their words go with it.
    own = ("SELECT id FROM sessions WHERE profile_id = :p AND id NOT IN (SELECT session_id FROM session_participants "
           "WHERE profile_id != :p)") if shared else "SELECT id FROM sessions WHERE profile_id = :p"
    statements = [
        f"DELETE FROM turn_labels WHERE turn_id IN (SELECT id FROM turns WHERE session_id IN ({own}) "
        "OR profile_id = :p)" if "turn_labels" in tables else "",
        f"DELETE FROM turns WHERE session_id IN ({own})" + (" OR profile_id = :p" if shared else ""),
        f"DELETE FROM reflections WHERE profile_id = :p OR session_id IN ({own})",
        f"DELETE FROM commitments WHERE profile_id = :p OR session_id IN ({own})",
    ]
    if shared:
        statements += [
            "UPDATE sessions SET state = '{}', abandoned = 1, profile_id = (SELECT min(profile_id) FROM "
            "session_participants q WHERE q.session_id = sessions.id AND q.profile_id != :p) WHERE id IN "
            "(SELECT session_id FROM session_participants WHERE profile_id = :p) AND id NOT IN (" + own + ")",
            f"DELETE FROM session_participants WHERE profile_id = :p OR session_id IN ({own})",
        ]
    if "profile_locks" in tables:
        statements.append("DELETE FROM profile_locks WHERE profile_id = :p")
    statements += [f"DELETE FROM sessions WHERE id IN ({own})", "DELETE FROM profiles WHERE id = :p"]
    rows = 0
    conn.execute("BEGIN IMMEDIATE")
    try:
        for sql in statements:
            if sql:
                rows += max(conn.execute(sql, {"p": profile_id}).rowcount, 0)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return rows


def compact(conn: sqlite3.Connection) -> tuple[str, ...]:
    """VACUUM, then fold the WAL in and truncate it; return problems (empty if the WAL is now empty)."""
    old = conn.isolation_level
    conn.isolation_level = None  # VACUUM cannot run inside a transaction
    try:
        conn.execute("VACUUM")
        busy, _, _ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    finally:
        conn.isolation_level = old
    if busy:
        return ("another program has the progress file open, so its write-ahead log could not be emptied; "
                "close other Relint windows and erase again",)
    return ()


def erase_profile(store, profile_id: int) -> Erasure:
    """Erase from the open store's file and from every backup (the store's lock is held by the caller)."""
    conn = store.db.conn
    conn.execute("PRAGMA secure_delete=ON")
    rows = delete_profile_rows(conn, profile_id)
    problems = list(compact(conn))
    backups.remove_leftovers(store.data_dir)
    rewritten = []
    for backup in backups.list_backups(store.data_dir):
        try:
            if _rewrite(backup.path, profile_id):
                rewritten.append(backup.path)
        except sqlite3.Error:
            # A backup we cannot clean must not keep the profile's words: it goes.
            backup.path.unlink(missing_ok=True)
    for damaged in Path(store.data_dir).glob("progress.damaged-*.sqlite3"):
        try:
            _rewrite(damaged, profile_id)
        except sqlite3.Error:
            problems.append(f"{damaged.name} is a damaged file kept aside; it may still hold this profile's text "
                            "and can be deleted by hand")
    return Erasure(profile_id, rows, tuple(rewritten), tuple(problems))


def _rewrite(path: Path, profile_id: int) -> bool:
    """Remove the profile from one standalone file via a private copy replaced atomically; False if absent."""
    probe = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        found = probe.execute("SELECT count(*) FROM profiles WHERE id = ?", [profile_id]).fetchone()[0]
    except sqlite3.OperationalError:
        found = 0
    finally:
        probe.close()
    if not found:
        return False
    temp = path.with_name(path.name + ".erasing")
    fd = os.open(temp, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    os.close(fd)
    source = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    target = sqlite3.connect(temp)
    try:
        source.backup(target)
        target.execute("PRAGMA journal_mode=DELETE")
        target.execute("PRAGMA secure_delete=ON")
        delete_profile_rows(target, profile_id)
        target.isolation_level = None
        target.execute("VACUUM")
    finally:
        source.close()
        target.close()
    make_private(temp)
    os.replace(temp, path)
    return True

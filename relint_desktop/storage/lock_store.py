"""The progress store's lock methods: set, change, remove and check a profile's passphrase.

Mixed into ProgressStore (store.py), which provides `profile`, `_query`, `_write` and `_now`.
Deriving a key takes ~70 ms; it runs outside the store's lock so other work is not held up.
"""

from __future__ import annotations

import sqlite3

from relint_desktop.storage import backups, errors, locks
from relint_desktop.storage.errors import StoreError


class ProfileLocks:
    """A passphrase per profile, kept as a salted scrypt key (see locks.py)."""

    def is_locked(self, profile_id: int) -> bool:
        """True when the profile has a passphrase."""
        self.profile(profile_id)
        return self._stored_lock(profile_id) is not None

    def verify(self, profile_id: int, passphrase: str) -> bool:
        """True when the passphrase opens the locked profile; False when it does not, or there is no lock."""
        lock = self._stored_lock(profile_id)
        if lock is None or not locks.matches(lock, passphrase):
            return False
        if not lock.current:  # made with older parameters: keep it with today's, now that we know the passphrase
            self._store_lock(profile_id, locks.new_lock(passphrase), refresh_backups=False)
        return True

    def require_passphrase(self, profile_id: int, passphrase: str | None) -> None:
        """Nothing for an unlocked profile or the right passphrase; else PROFILE_LOCKED or WRONG_PASSPHRASE."""
        profile = self.profile(profile_id)
        if self._stored_lock(profile_id) is None:
            return
        if passphrase is None:
            raise StoreError(errors.PROFILE_LOCKED, f"“{profile.name}” is locked; this needs its passphrase.")
        if not self.verify(profile_id, passphrase):
            raise StoreError(errors.WRONG_PASSPHRASE, f"That passphrase does not open “{profile.name}”. "
                             "Nothing was changed.")

    def set_lock(self, profile_id: int, passphrase: str) -> None:
        """Lock a profile that has no lock yet (PROFILE_LOCKED if it has one: use change_lock)."""
        profile = self.profile(profile_id)
        if self._stored_lock(profile_id) is not None:
            raise StoreError(errors.PROFILE_LOCKED, f"“{profile.name}” is already locked; change its passphrase "
                             "instead.")
        self._store_lock(profile_id, locks.new_lock(locks.check_new(passphrase)))

    def change_lock(self, profile_id: int, old: str, new: str) -> None:
        """Replace the passphrase; needs the current one (WRONG_PASSPHRASE, NOT_LOCKED)."""
        self._need_current(profile_id, old)
        self._store_lock(profile_id, locks.new_lock(locks.check_new(new)))

    def remove_lock(self, profile_id: int, passphrase: str) -> None:
        """Unlock the profile for good; needs the current passphrase (WRONG_PASSPHRASE, NOT_LOCKED)."""
        self._need_current(profile_id, passphrase)
        self._store_lock(profile_id, None)

    # -- internals -------------------------------------------------------------------------
    def _need_current(self, profile_id: int, passphrase: str) -> None:
        profile = self.profile(profile_id)
        if self._stored_lock(profile_id) is None:
            raise StoreError(errors.NOT_LOCKED, f"“{profile.name}” has no lock.")
        self.require_passphrase(profile_id, passphrase)

    def _stored_lock(self, profile_id: int) -> locks.Lock | None:
        rows = self._query("SELECT kdf, params, salt, key FROM profile_locks WHERE profile_id = ?", [profile_id])
        return locks.from_row(*rows[0]) if rows else None

    def _store_lock(self, profile_id: int, lock: locks.Lock | None, refresh_backups: bool = True) -> None:
        """Keep the lock (None: remove it), and the same in every backup holding the profile."""
        row = None if lock is None else (lock.kdf, lock.params_json, lock.salt, lock.key, self._now())
        with self._write() as conn:
            _put_lock(conn, profile_id, row)
        if refresh_backups:
            for backup in backups.list_backups(self.data_dir):
                # A restore must not undo a lock set (or bring back one removed) since the backup was made.
                try:
                    _put_lock_in_file(backup.path, profile_id, row)
                except sqlite3.Error as exc:
                    self.warnings += (f"The backup from {backup.label} could not be updated ({exc}).",)


def _put_lock(conn: sqlite3.Connection, profile_id: int, row: tuple | None) -> None:
    if row is None:
        conn.execute("DELETE FROM profile_locks WHERE profile_id = ?", [profile_id])
    else:
        conn.execute("INSERT OR REPLACE INTO profile_locks (profile_id, kdf, params, salt, key, set_at) "
                     "VALUES (?, ?, ?, ?, ?, ?)", [profile_id, *row])


def _put_lock_in_file(path, profile_id: int, row: tuple | None) -> None:
    """The same lock in a backup that holds the profile. A backup from before locks existed (an older
    schema, kept before a migration) is left exactly as it is."""
    conn = sqlite3.connect(path)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "profile_locks" not in tables or not conn.execute("SELECT 1 FROM profiles WHERE id = ?",
                                                             [profile_id]).fetchone():
            return
        conn.execute("PRAGMA secure_delete=ON")  # the old key's bytes do not linger in a free page
        with conn:
            _put_lock(conn, profile_id, row)
    finally:
        conn.close()

"""Profile locks: a passphrase turned into a salted scrypt key; the passphrase itself is never kept.

A lock keeps another person using Relint on this computer out of a profile. It does not encrypt
anything: someone who can read the progress file can read the profile's words (the file is
readable by its owner only).

    lock = new_lock("correct horse")        # ~70 ms on the development machine
    matches(lock, "correct horse")          # True, compared in constant time
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import unicodedata
from dataclasses import dataclass

from relint_desktop.storage import errors
from relint_desktop.storage.errors import StoreError

KDF = "scrypt"
# n=2**15, r=8, p=1 takes 60-80 ms on the development machine (2 cores; `./dev bench storage` measures it)
# and 32 MiB of memory: slow enough to make guessing costly, quick enough for the window to feel instant.
# Kept with each key, so a later Relint can raise them and older keys still verify (and are upgraded).
PARAMS = {"n": 2 ** 15, "r": 8, "p": 1, "dklen": 32}
SALT_BYTES = 16
MIN_LENGTH = 4
MAX_LENGTH = 1024


@dataclass(frozen=True)
class Lock:
    """What is stored for a locked profile: the KDF's name and parameters, a random salt and the derived key."""

    kdf: str
    params: dict
    salt: bytes
    key: bytes

    @property
    def params_json(self) -> str:
        """The parameters as stored in the file."""
        return json.dumps(self.params, sort_keys=True, separators=(",", ":"))

    @property
    def current(self) -> bool:
        """True when made with today's KDF and parameters (else it is re-derived at the next good passphrase)."""
        return self.kdf == KDF and self.params == PARAMS


def check_new(passphrase: str) -> str:
    """The passphrase if it can become a lock; BAD_PASSPHRASE saying why not."""
    if not isinstance(passphrase, str) or len(passphrase) < MIN_LENGTH:
        raise StoreError(errors.BAD_PASSPHRASE, f"A passphrase needs at least {MIN_LENGTH} characters.")
    if len(passphrase) > MAX_LENGTH:
        raise StoreError(errors.BAD_PASSPHRASE, f"A passphrase can have at most {MAX_LENGTH} characters.")
    if "\n" in passphrase or "\r" in passphrase:
        raise StoreError(errors.BAD_PASSPHRASE, "A passphrase must fit on one line.")
    return passphrase


def new_lock(passphrase: str) -> Lock:
    """A fresh lock (new random salt, today's parameters) for a passphrase that passed `check_new`."""
    salt = os.urandom(SALT_BYTES)
    return Lock(KDF, dict(PARAMS), salt, derive(passphrase, KDF, PARAMS, salt))


def matches(lock: Lock, passphrase: str) -> bool:
    """True when the passphrase gives the stored key (constant-time comparison)."""
    if not isinstance(passphrase, str) or len(passphrase) > MAX_LENGTH:
        return False
    try:
        candidate = derive(passphrase, lock.kdf, lock.params, lock.salt)
    except (ValueError, TypeError, KeyError):
        return False  # parameters this version cannot use: the lock stays shut rather than opening
    return hmac.compare_digest(candidate, lock.key)


def derive(passphrase: str, kdf: str, params: dict, salt: bytes) -> bytes:
    """The key for a passphrase. The same text typed on another system (NFD accents) gives the same key."""
    if kdf != KDF:
        raise ValueError(f"unknown key derivation {kdf!r}")
    n, r, p, dklen = int(params["n"]), int(params["r"]), int(params["p"]), int(params["dklen"])
    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    return hashlib.scrypt(secret, salt=salt, n=n, r=r, p=p, dklen=dklen, maxmem=256 * n * r * p + 2 ** 20)


def from_row(kdf: str, params_json: str, salt: bytes, key: bytes) -> Lock:
    """A Lock from its stored columns."""
    try:
        params = json.loads(params_json)
    except ValueError:
        params = {}
    return Lock(kdf, params if isinstance(params, dict) else {}, bytes(salt), bytes(key))

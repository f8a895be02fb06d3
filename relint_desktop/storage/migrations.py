"""Bringing a progress file up to SCHEMA_VERSION, and refusing (untouched) one from a newer Relint."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from relint_desktop.storage import errors
from relint_desktop.storage.errors import StoreError
from relint_desktop.storage.schema import KNOWN_STEPS, MIGRATION_SET, SCHEMA_VERSION, VERSION_TABLE, migrations


def file_version(conn: sqlite3.Connection) -> int:
    """The schema version recorded in an open file: 0 for an empty file; raises NOT_RELINT/NEWER_SCHEMA."""
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not tables - {"_sqlite_migrations"}:
        return 0  # new, or the first step never committed
    if VERSION_TABLE not in tables:
        raise StoreError(errors.NOT_RELINT, "This file is a SQLite database, but not a Relint progress file.")
    row = conn.execute(f"SELECT version FROM {VERSION_TABLE} WHERE id = 1").fetchone()
    version = int(row[0]) if row else 0
    steps = set()
    if "_sqlite_migrations" in tables:
        steps = {r[0] for r in conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET])}
    if version > SCHEMA_VERSION or steps - KNOWN_STEPS:
        raise StoreError(
            errors.NEWER_SCHEMA,
            f"This progress file was written by a newer version of Relint (schema {version}; this version "
            f"reads up to {SCHEMA_VERSION}). It has not been changed. Please update Relint to open it.",
        )
    return version


def check_version_read_only(path: Path) -> int:
    """Read the version without writing a byte to the main file (used before any migration)."""
    conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    try:
        return file_version(conn)
    finally:
        conn.close()


def migrate(db: Database) -> int:
    """Apply the pending steps (each in its own transaction) and return the version now in the file."""
    migrations.apply(db)
    return file_version(db.conn)

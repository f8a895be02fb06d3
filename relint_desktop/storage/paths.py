"""Where progress lives: the platform's user data folder (platformdirs) unless --data-dir says otherwise.

The folder is made private (0700) and every file in it readable by its owner only (0600).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "relint"
DB_NAME = "progress.sqlite3"
BACKUP_DIR = "backups"
FOLDER_MODE = 0o700
FILE_MODE = 0o600


def default_data_dir() -> Path:
    """The platform's user data folder for Relint (e.g. ~/.local/share/relint on Linux)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def resolve_data_dir(data_dir: str | os.PathLike | None) -> Path:
    """The --data-dir given, or the platform default."""
    return Path(data_dir).expanduser() if data_dir else default_data_dir()


def database_path(data_dir: Path) -> Path:
    """The one progress file inside a data folder."""
    return Path(data_dir) / DB_NAME


def backup_dir(data_dir: Path) -> Path:
    """The folder of rotating backups inside a data folder."""
    return Path(data_dir) / BACKUP_DIR


def ensure_private_dir(path: Path) -> Path:
    """Create the folder (and parents) if needed; a folder we create is 0700."""
    path = Path(path)
    if not path.exists():
        path.mkdir(parents=True, mode=FOLDER_MODE)
        _chmod(path, FOLDER_MODE)  # mkdir's mode is filtered through the umask
    return path


def ensure_private_file(path: Path) -> Path:
    """Create an empty file readable by its owner only, or tighten an existing one to 0600."""
    path = Path(path)
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0), FILE_MODE)
        os.close(fd)
    _chmod(path, FILE_MODE)
    return path


def make_private(path: Path) -> None:
    """chmod 0600 if the file exists (SQLite creates -wal/-shm itself)."""
    if Path(path).exists():
        _chmod(Path(path), FILE_MODE)


def _chmod(path: Path, mode: int) -> None:
    # Platforms without POSIX modes (Windows) ignore most bits; that is the best we can do there.
    try:
        os.chmod(path, mode)
    except (NotImplementedError, PermissionError):
        pass

"""Shared test setup: Qt runs offscreen, and every test gets its own data and settings folders."""

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
SCENARIOS = REPO / "scenarios"
EXAMPLE = REPO / "tests" / "core" / "data" / "example.yaml"


@pytest.fixture(autouse=True)
def _private_home(tmp_path_factory, monkeypatch):
    """Settings (QSettings, platformdirs) go to a temporary home, never the real one."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    yield home


@pytest.fixture
def data_dir(tmp_path) -> Path:
    """A fresh data folder for one test (what --data-dir points at)."""
    path = tmp_path / "data"
    path.mkdir()
    return path

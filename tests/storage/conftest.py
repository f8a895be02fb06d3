"""Fixtures for the storage tests: a hand-moved clock and an open store in the test's data folder."""

from __future__ import annotations

import pytest

from progress_helpers import Clock
from relint_desktop.storage.store import ProgressStore


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def store(data_dir, clock):
    store = ProgressStore.open(data_dir, clock=clock)
    yield store
    store.close()

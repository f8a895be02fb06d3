"""Locked profiles from the command line: passphrases piped in (or typed hidden on a terminal), never in argv."""

from __future__ import annotations

import fcntl
import os
import pty
import select
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

from relint_desktop.storage.store import ProgressStore

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "tests" / "core" / "data" / "example.yaml"
SECRET = "lantern-4411 blue"


def relint(data_dir, *argv, stdin: str = ""):
    done = subprocess.run([sys.executable, "-m", "relint_desktop", *argv, "--data-dir", str(data_dir)],
                          input=stdin, capture_output=True, text=True, cwd=REPO, timeout=120)
    assert "Traceback" not in done.stderr, done.stderr
    return done


def play(data_dir, stdin: str):
    done = subprocess.run([sys.executable, "-m", "relint_desktop", "play", "--text", str(EXAMPLE), "--profile", "Ann",
                           "--data-dir", str(data_dir)], input=stdin, capture_output=True, text=True, cwd=REPO,
                          timeout=120)
    assert "Traceback" not in done.stderr, done.stderr
    return done


@pytest.fixture
def locked_ann(data_dir):
    """Ann, locked, with a run interrupted after one reply."""
    assert play(data_dir, "2\n").returncode == 3  # the input ended mid-run: the run is kept for resuming
    with ProgressStore.open(data_dir) as store:
        ann = store.profile_named("Ann")
        store.set_lock(ann.id, SECRET)
    return ann


def turns(data_dir, name="Ann") -> int:
    with ProgressStore.open(data_dir) as store:
        return store.dashboard(store.profile_named(name).id).turns_total


def is_locked(data_dir, name="Ann") -> bool:
    with ProgressStore.open(data_dir) as store:
        return store.profile_named(name).locked


def test_lock_change_and_unlock_from_a_pipe(data_dir):
    assert relint(data_dir, "profiles", "create", "Ann").returncode == 0
    done = relint(data_dir, "profiles", "lock", "Ann", stdin=SECRET + "\n")
    assert done.returncode == 0 and "locked 'Ann'" in done.stdout
    assert is_locked(data_dir)
    assert relint(data_dir, "profiles", "list").stdout == "Ann\tlocked\n"  # not even its counts
    done = relint(data_dir, "profiles", "lock", "Ann", stdin="not it\n" + SECRET + "\nnew-pass 22\n")
    assert done.returncode == 0 and "changed the passphrase" in done.stdout
    assert "does not open 'Ann' (2 tries left)" in done.stderr
    done = relint(data_dir, "profiles", "unlock", "Ann", stdin=SECRET + "\n")  # the old one no longer works
    assert done.returncode == 1 and is_locked(data_dir)
    done = relint(data_dir, "profiles", "unlock", "Ann", stdin="new-pass 22\n")
    assert done.returncode == 0 and not is_locked(data_dir)
    done = relint(data_dir, "profiles", "unlock", "Ann")
    assert done.returncode == 1 and "has no lock" in done.stderr


def test_a_too_short_passphrase_is_refused(data_dir):
    relint(data_dir, "profiles", "create", "Ann")
    done = relint(data_dir, "profiles", "lock", "Ann", stdin="abc\n")
    assert done.returncode == 1 and "[BAD_PASSPHRASE]" in done.stderr and not is_locked(data_dir)
    done = relint(data_dir, "profiles", "lock", "Ann")  # nothing piped at all
    assert done.returncode == 1 and "no passphrase was given" in done.stderr and not is_locked(data_dir)


def test_the_passphrase_is_not_an_argument(data_dir):
    relint(data_dir, "profiles", "create", "Ann")
    done = relint(data_dir, "profiles", "lock", "Ann", SECRET)
    assert done.returncode == 2 and not is_locked(data_dir)  # argparse refuses the extra argument


def test_erase_asks_and_three_wrong_tries_end_it(data_dir, locked_ann):
    done = relint(data_dir, "profiles", "erase", "Ann", "--yes", stdin=f"one\ntwo\nthree\n{SECRET}\n")
    assert done.returncode == 1
    assert done.stderr.count("does not open 'Ann'") == 3 and "3 wrong passphrases in a row" in done.stderr
    assert turns(data_dir) == 1  # nothing was changed (the right fourth line was never read)
    done = relint(data_dir, "profiles", "erase", "Ann", "--yes", stdin=SECRET + "\n")
    assert done.returncode == 0 and "erased profile 'Ann'" in done.stdout
    assert relint(data_dir, "profiles", "list").stdout == ""


def test_rename_asks_for_the_passphrase(data_dir, locked_ann):
    done = relint(data_dir, "profiles", "rename", "Ann", "Anna")
    assert done.returncode == 1 and "no passphrase was given" in done.stderr
    assert is_locked(data_dir, "Ann")  # still called Ann
    done = relint(data_dir, "profiles", "rename", "Ann", "Anna", stdin=SECRET + "\n")
    assert done.returncode == 0 and "renamed 'Ann' to 'Anna'" in done.stdout
    assert is_locked(data_dir, "Anna") and turns(data_dir, "Anna") == 1


def test_export_needs_the_passphrase(data_dir, locked_ann, tmp_path):
    out = tmp_path / "ann.json"
    done = relint(data_dir, "export", "--profile", "Ann", "--out", str(out), stdin="wrong\n")
    assert done.returncode == 1 and not out.exists()
    assert "does not open 'Ann'" in done.stderr and "no passphrase was given" in done.stderr
    done = relint(data_dir, "export", "--profile", "Ann", "--out", str(out), stdin=SECRET + "\n")
    assert done.returncode == 0 and out.exists()
    raw = out.read_bytes()
    assert b'"locked": true' in raw and SECRET.encode() not in raw
    # Importing it locks the copy again, with a passphrase chosen now.
    done = relint(data_dir, "import", str(out), "--as", "Ann copy")
    assert done.returncode == 1 and not relint(data_dir, "profiles", "list").stdout.count("copy")
    done = relint(data_dir, "import", str(out), "--as", "Ann copy", stdin="copy-pass\n")
    assert done.returncode == 0 and is_locked(data_dir, "Ann copy")
    with ProgressStore.open(data_dir) as store:
        assert store.verify(store.profile_named("Ann copy").id, "copy-pass")


def test_play_on_a_locked_profile_shows_nothing_without_the_passphrase(data_dir, locked_ann):
    done = play(data_dir, "wrong\n2\nThank you for telling me.\n")
    assert done.returncode == 1 and done.stdout == ""  # not a line of the scenario, not the resume note
    assert "resuming" not in done.stderr and turns(data_dir) == 1
    done = play(data_dir, SECRET + "\nThat sounds awful. Thank you for telling me.\n")
    assert "resuming Ann's interrupted run" in done.stderr
    assert done.returncode == 0 and "== Ending: " in done.stdout
    assert turns(data_dir) == 2


def test_on_a_terminal_the_passphrase_is_typed_hidden_and_twice(data_dir):
    relint(data_dir, "profiles", "create", "Ann")
    master, slave = pty.openpty()

    def own_terminal():  # the child's stdin becomes its controlling terminal, as in a real shell
        os.setsid()
        fcntl.ioctl(0, termios.TIOCSCTTY, 0)

    child = subprocess.Popen([sys.executable, "-m", "relint_desktop", "profiles", "lock", "Ann", "--data-dir",
                              str(data_dir)], stdin=slave, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             cwd=REPO, preexec_fn=own_terminal)
    os.close(slave)
    seen = b""
    try:
        for prompt in (b"New passphrase for Ann: ", b"The same passphrase again: "):
            seen += read_until(master, prompt, seen)
            os.write(master, SECRET.encode() + b"\n")
        out, err = child.communicate(timeout=60)
        seen += drain(master)
    finally:
        child.kill() if child.poll() is None else None
        os.close(master)
    assert child.returncode == 0, err
    assert SECRET.encode() not in seen  # the terminal did not echo it
    assert is_locked(data_dir)
    with ProgressStore.open(data_dir) as store:
        assert store.verify(store.profile_named("Ann").id, SECRET)


def read_until(fd: int, wanted: bytes, before: bytes, timeout: float = 60) -> bytes:
    got = b""
    deadline = time.monotonic() + timeout
    while wanted not in before + got:
        if time.monotonic() > deadline:
            raise AssertionError(f"no prompt {wanted!r}; saw {before + got!r}")
        ready, _, _ = select.select([fd], [], [], 0.2)
        if ready:
            got += os.read(fd, 1024)
    return got


def drain(fd: int) -> bytes:
    got = b""
    while select.select([fd], [], [], 0.2)[0]:
        try:
            chunk = os.read(fd, 1024)
        except OSError:
            break
        if not chunk:
            break
        got += chunk
    return got

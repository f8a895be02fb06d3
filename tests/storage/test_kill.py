"""A process killed with SIGKILL between turns loses none of the turns it had committed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest

from relint_desktop.storage.store import ProgressStore

CHILD = textwrap.dedent("""
    import sys, time
    from relint_desktop.core.rubric import ELEMENTS
    from relint_desktop.core.state import RunState, Turn
    from relint_desktop.storage.store import ProgressStore
    store = ProgressStore.open(sys.argv[1])
    me = store.create_profile("Ann")
    state = RunState("late-night", "n0", {"trust": 50})
    sid = store.start_session("late-night", state, [me.id])
    for i in range(1000):
        turn = Turn(i, f"n{i}", f"reply {i}", True, None, (), {e: 50 for e in ELEMENTS}, 50)
        state = state.evolve(node=f"n{i + 1}", turns=state.turns + (turn,))
        store.record_turn(sid, turn, state)
        print(i, flush=True)  # only after record_turn returned: "this turn is safe"
        time.sleep(0.002)
""")


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_sigkill_mid_run_loses_no_committed_turn(data_dir):
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(data_dir)], stdout=subprocess.PIPE, text=True)
    confirmed = -1
    for line in child.stdout:
        confirmed = int(line)
        if confirmed >= 40:
            break
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    assert child.returncode == -signal.SIGKILL
    store = ProgressStore.open(data_dir)
    try:
        me = store.profile_named("Ann")
        sid, state = store.interrupted_session(me.id)
        saved = [r[0] for r in store.db.execute("SELECT idx FROM turns WHERE session_id = ? ORDER BY idx", [sid])]
        assert saved[: confirmed + 1] == list(range(confirmed + 1))  # every confirmed turn is there, in order
        assert state.node == f"n{len(saved)}" and len(state.turns) == len(saved)  # state matches the last turn
    finally:
        store.close()

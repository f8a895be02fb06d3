"""`relint play --text FILE`: play a scenario in the terminal, reading replies from standard input.

Progress recording (issue 5) plugs in through `make_recorder` and `starting_state`: a recorder
hears started/turn/ended (see core/textplay.py); a starting RunState resumes a run.
"""

from __future__ import annotations

import argparse
import sys

from relint_desktop.commands.validate import load_for_command
from relint_desktop.core.model import Scenario
from relint_desktop.core.state import RunState
from relint_desktop.core.textplay import Recorder, play_text

HELP = "play a scenario in the terminal (--text); replies are read line by line from standard input"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """FILE and --text."""
    parser.add_argument("file", metavar="FILE", help="a scenario file")
    parser.add_argument("--text", action="store_true", help="play in the terminal (the window player is `relint`)")
    from relint_desktop.commands._progress import add_play_arguments  # --profile, --data-dir (issue 5)

    add_play_arguments(parser)


def make_recorder(args: argparse.Namespace, scenario: Scenario) -> Recorder | None:
    """The recorder for this run (None: nothing is recorded)."""
    from relint_desktop.commands._progress import play_recorder

    return play_recorder(args, scenario)


def starting_state(args: argparse.Namespace, scenario: Scenario) -> RunState | None:
    """A saved run to resume (None: a fresh run)."""
    from relint_desktop.commands._progress import play_resume_state

    return play_resume_state(args, scenario)


def run(args: argparse.Namespace) -> int:
    """Exit 0 at an ending, 1 for a broken file, 2 without --text, 3 when the input ends first, 4 at a dead end."""
    if not args.text:
        print("relint play: only the terminal player is here; use `relint play --text FILE`, "
              "or start the window with `relint`", file=sys.stderr)
        return 2
    scenario = load_for_command(args.file, "play")
    if scenario is None:
        return 1
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors="replace")  # a terminal that cannot show a character gets '?', not a crash
    return play_text(scenario, sys.stdin, sys.stdout, recorder=make_recorder(args, scenario),
                     state=starting_state(args, scenario))

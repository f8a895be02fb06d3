"""`relint explore FILE`: play every reachable state (or N random runs) and report coverage and problems."""

from __future__ import annotations

import argparse
from collections import Counter

from relint_desktop.commands.validate import load_for_command
from relint_desktop.core.explore import MAX_STATES, explore, random_runs

HELP = "play every reachable state of a scenario; report nodes and endings covered, dead ends and errors"
EXIT_INCOMPLETE = 2


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """FILE, --max-states, --random N, --seed S."""
    parser.add_argument("file", metavar="FILE", help="a scenario file")
    parser.add_argument("--max-states", type=int, default=MAX_STATES, metavar="N",
                        help=f"stop after this many distinct states (default {MAX_STATES:,})")
    parser.add_argument("--random", type=int, default=0, metavar="N", help="instead, play N random runs")
    parser.add_argument("--seed", type=int, default=0, metavar="S", help="seed for --random (default 0)")


def run(args: argparse.Namespace) -> int:
    """Exit 0 when every ending is reachable and nothing dead-ends, 1 on a problem, 2 when cut short."""
    scenario = load_for_command(args.file, "explore")
    if scenario is None:
        return 1
    if args.random > 0:
        return _random(scenario, args)
    found = explore(scenario, max_states=max(1, args.max_states))
    total = len(scenario.nodes)
    print(f"explore {args.file}: {found.states:,} distinct states")
    print(f"nodes covered: {len(found.nodes_seen)}/{total}")
    for node in found.unreached_nodes:
        print(f"  never reached: node '{node}' (line {scenario.nodes[node].line})")
    reached = ", ".join(f"{n} [{scenario.nodes[n].ending.outcome}] in {found.endings_seen[n]} state(s)"
                        for n in (e.id for e in scenario.endings) if n in found.endings_seen)
    print(f"endings reached: {len(found.endings_seen)}/{len(scenario.endings)}: {reached or 'none'}")
    for node, move, line in found.never_taken:  # worth a look, not a failure: a route may be a safety net
        print(f"  never taken: {move} of node '{node}' (line {line})")
    for node, problem, path in found.dead_ends:
        print(f"DEAD END at '{node}': {problem}\n  path: {path}")
    if found.truncated:
        print(f"stopped after {args.max_states:,} states (the variables keep changing); the results are incomplete. "
              "Raise --max-states, or bound the variables the conditions read.")
        return 1 if found.dead_ends else EXIT_INCOMPLETE
    for ending in found.unreached_endings:
        print(f"UNREACHABLE ending '{ending}' (line {scenario.nodes[ending].line})")
    if found.ok:
        print("ok: every ending can be reached and no path dead-ends")
        return 0
    return 1


def _random(scenario, args) -> int:
    runs = random_runs(scenario, args.random, args.seed)
    outcomes = Counter(r.outcome for r in runs if not r.error)
    failed = [r for r in runs if r.error]
    steps = [r.steps for r in runs]
    print(f"explore {args.file}: {len(runs)} random runs (seed {args.seed}), "
          f"{min(steps)}-{max(steps)} replies each")
    print("outcomes: " + (", ".join(f"{k} {v}" for k, v in sorted(outcomes.items())) or "none"))
    for run in failed[:20]:
        print(f"ERROR in run with seed {run.seed}: {run.error}\n  path: {' > '.join(run.path[-12:])}")
    if len(failed) > 20:
        print(f"... and {len(failed) - 20} more failed runs")
    return 1 if failed else 0

"""`relint graph FILE`: the scenario as Graphviz dot on standard output (`relint graph f.yaml | dot -Tsvg`)."""

from __future__ import annotations

import argparse
import sys

from relint_desktop.commands.validate import load_for_command
from relint_desktop.core.graph import to_dot

HELP = "print a scenario as a Graphviz dot graph (endings coloured by outcome)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """FILE."""
    parser.add_argument("file", metavar="FILE", help="a scenario file")


def run(args: argparse.Namespace) -> int:
    """Exit 0 with dot on stdout, or 1 when the file has errors."""
    scenario = load_for_command(args.file, "graph")
    if scenario is None:
        return 1
    sys.stdout.write(to_dot(scenario))
    return 0

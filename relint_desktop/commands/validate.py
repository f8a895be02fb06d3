"""`relint validate PATH...`: check scenario files and folders; one `FILE:LINE: CODE message` line per problem."""

from __future__ import annotations

import argparse
import sys

from relint_desktop.core.diagnostics import count
from relint_desktop.core.loader import load_library, load_scenario
from relint_desktop.core.model import Scenario

HELP = "check scenario files or folders and list every problem as FILE:LINE: CODE message"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """PATH... and --strict."""
    parser.add_argument("paths", nargs="+", metavar="PATH", help="scenario files or folders (searched recursively)")
    parser.add_argument("--strict", action="store_true", help="warnings fail too (exit 1)")
    parser.add_argument("--quiet", "-q", action="store_true", help="no summary on standard error")


def run(args: argparse.Namespace) -> int:
    """Print the diagnostics to stdout and a summary to stderr; exit 1 on errors (or warnings with --strict)."""
    library = load_library(args.paths)
    for diagnostic in library.diagnostics:
        print(diagnostic)
    errors, warnings = count(library.diagnostics)
    files = len(library.results)
    if not args.quiet:
        print(f"relint validate: {files} file(s), {len(library.scenarios)} scenario(s) loaded, "
              f"{errors} error(s), {warnings} warning(s)", file=sys.stderr)
    return 1 if errors or (args.strict and warnings) else 0


def load_for_command(path: str, command: str) -> Scenario | None:
    """Load one scenario file for graph/explore/play; print its diagnostics to stderr when it cannot be used."""
    result = load_scenario(path)
    if result.scenario is None:
        for diagnostic in result.diagnostics:
            print(diagnostic, file=sys.stderr)
        print(f"relint {command}: {path} has errors; fix them first (relint validate {path})", file=sys.stderr)
    return result.scenario

"""`relint` with no command: the desktop app."""

from __future__ import annotations

import argparse
from pathlib import Path

HELP = "start the desktop app"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """--scenarios, --data-dir and --profile."""
    parser.add_argument("--scenarios", metavar="DIR", type=Path, default=None,
                        help="the folder of scenario files (default: the bundled scenarios)")
    parser.add_argument("--data-dir", metavar="DIR", type=Path, default=None,
                        help="where progress is kept (default: your platform's data folder)")
    parser.add_argument("--profile", metavar="NAME", default=None,
                        help="the profile to use (created if it does not exist)")


def run(args: argparse.Namespace) -> int:
    """Start the window; Qt is imported only here, so other commands stay light."""
    from relint_desktop.gui.library_source import default_scenarios_dir

    scenarios = args.scenarios or default_scenarios_dir()
    if not Path(scenarios).is_dir():
        print(f"relint: no scenarios folder at {scenarios}; the library will be empty")
    from relint_desktop.gui.app import run_app

    return run_app(scenarios, args.data_dir, args.profile)

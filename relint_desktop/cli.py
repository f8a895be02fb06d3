"""`relint ...`: a thin dispatcher over the subcommand modules in relint_desktop/commands/.

Each module there exposes `HELP` (one line), `add_arguments(parser)` and `run(args) -> int`.
Modules are imported only when their command is used, so `relint validate` never loads Qt.
With no subcommand, `relint` starts the desktop app (commands/app.py).
"""

from __future__ import annotations

import argparse
import importlib
import sys

COMMANDS: dict[str, str] = {
    "validate": "relint_desktop.commands.validate",
    "graph": "relint_desktop.commands.graph",
    "explore": "relint_desktop.commands.explore",
    "play": "relint_desktop.commands.play",
    "evaluate": "relint_desktop.commands.evaluate",
    "export": "relint_desktop.commands.export",
    "import": "relint_desktop.commands.import_",
    "profiles": "relint_desktop.commands.profiles",
}
APP = "relint_desktop.commands.app"


def _load(module_name: str):
    try:
        return importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name == module_name:
            return None
        raise


def build_parser(command: str | None) -> argparse.ArgumentParser:
    """The parser for one command (or for the app when command is None)."""
    if command is None:
        parser = argparse.ArgumentParser(
            prog="relint",
            description="Relint: practise receiving someone's vulnerable disclosure well. "
            "With no command, the desktop app starts.",
            epilog="commands: " + ", ".join(COMMANDS) + ". Run `relint COMMAND --help` for one.",
        )
        app = _load(APP)
        if app is not None:
            app.add_arguments(parser)
        return parser
    module = _load(COMMANDS[command])
    parser = argparse.ArgumentParser(prog=f"relint {command}", description=getattr(module, "HELP", ""))
    if module is not None:
        module.add_arguments(parser)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `relint` console command; returns the exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    command = argv[0] if argv and argv[0] in COMMANDS else None
    if command is not None:
        argv = argv[1:]
    module = _load(COMMANDS[command] if command else APP)
    if module is None:
        print(f"relint: the '{command or 'app'}' command is not available in this build", file=sys.stderr)
        return 2
    parser = build_parser(command)
    args = parser.parse_args(argv)
    try:
        return int(module.run(args) or 0)
    except KeyboardInterrupt:
        print("relint: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0

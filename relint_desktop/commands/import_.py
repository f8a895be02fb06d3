"""`relint import FILE [--as NAME]`: add a profile from a `relint export --format json` file."""

from __future__ import annotations

import argparse
import sys

from relint_desktop.commands._passphrase import ask_new
from relint_desktop.commands._progress import add_data_dir_argument, opened_store, report
from relint_desktop.storage.export import exported_locked, import_json, read_export_file
from relint_desktop.storage.store import StoreError

HELP = ("import a profile from a JSON file made by `relint export`; an export of a locked profile asks for a "
        "passphrase to lock the new one")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """FILE, --as, --data-dir."""
    parser.add_argument("file", metavar="FILE", help="a JSON export")
    parser.add_argument("--as", dest="name", metavar="NAME", help="the new profile's name (default: the exported "
                        "name, numbered if it is taken)")
    add_data_dir_argument(parser)


def run(args: argparse.Namespace) -> int:
    """Import as a new profile; nothing is added unless the whole file is valid."""
    try:
        data = read_export_file(args.file)
        passphrase = None
        if exported_locked(data):
            # The export holds no key: the imported profile is locked again with a passphrase chosen now.
            print("relint import: this export comes from a locked profile; choose a passphrase to lock the "
                  "imported one", file=sys.stderr)
            passphrase = ask_new("import", args.name or str(data["profile"].get("name", "")))
        with opened_store(args.data_dir) as store:
            profile = import_json(store, data, args.name, passphrase)
            sessions = store.dashboard(profile.id).sessions_total
    except StoreError as exc:
        return report("import", exc, args.data_dir)
    print(f"relint import: added profile '{profile.name}' with {sessions} session(s)", file=sys.stderr)
    return 0

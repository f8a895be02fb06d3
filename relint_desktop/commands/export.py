"""`relint export --profile NAME --format json|csv [--out FILE]`: a profile's history for keeping or a spreadsheet."""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

from relint_desktop.commands._passphrase import unlock
from relint_desktop.commands._progress import add_data_dir_argument, open_private, opened_store, report
from relint_desktop.storage.export import write_csv, write_json
from relint_desktop.storage.store import StoreError

HELP = "export a profile's progress as JSON (re-importable) or CSV (one row per turn, for spreadsheets)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """--profile, --format, --out, --data-dir."""
    parser.add_argument("--profile", required=True, metavar="NAME", help="the profile to export (a locked one "
                        "asks for its passphrase: hidden on a terminal, else the first line of standard input)")
    parser.add_argument("--format", choices=("json", "csv"), help="default: from --out's extension, else json")
    parser.add_argument("--out", metavar="FILE", help="write here (readable by you only) instead of standard output")
    add_data_dir_argument(parser)


def run(args: argparse.Namespace) -> int:
    """Write the export; exit 0, or 1/3 with a plain message."""
    out = Path(args.out) if args.out else None
    fmt = args.format or ("csv" if out is not None and out.suffix.lower() == ".csv" else "json")
    try:
        with opened_store(args.data_dir) as store:
            profile = store.profile_named(args.profile)
            passphrase = unlock(store, profile, "export")
            buffer = io.StringIO(newline="")
            if fmt == "csv":
                count = write_csv(store, profile.id, buffer, passphrase)
                what = f"{count} turn(s)"
            else:
                write_json(store, profile.id, buffer, passphrase)
                what = "the whole history"
    except StoreError as exc:
        return report("export", exc, args.data_dir)
    text = buffer.getvalue()
    if out is None:
        sys.stdout.write(text)
        return 0
    try:
        with open_private(out) as handle:
            # A byte-order mark makes spreadsheet programs read the CSV as UTF-8.
            handle.write(("\ufeff" if fmt == "csv" else "") + text)
    except OSError as exc:
        print(f"relint export: cannot write {out}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    print(f"relint export: wrote {what} of '{profile.name}' to {out}", file=sys.stderr)
    return 0

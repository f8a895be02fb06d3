"""`relint profiles list|create|rename|erase|lock|unlock|backups|restore`: manage profiles and the progress file.

Passphrases are asked for, never given as arguments (see _passphrase.py)."""

from __future__ import annotations

import argparse
import sys

from relint_desktop.commands._passphrase import ask_new, unlock
from relint_desktop.commands._progress import add_data_dir_argument, opened_store, report
from relint_desktop.storage import backups
from relint_desktop.storage.paths import resolve_data_dir
from relint_desktop.storage.store import StoreError

HELP = "list, create, rename, erase, lock or unlock profiles; list or restore backups of the progress file"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """One action and its arguments."""
    actions = parser.add_subparsers(dest="action", metavar="ACTION")
    listing = actions.add_parser("list", help="every profile, with sessions and turns")
    create = actions.add_parser("create", help="a new profile")
    create.add_argument("name")
    rename = actions.add_parser("rename", help="give a profile a new name")
    rename.add_argument("name")
    rename.add_argument("new_name")
    erase = actions.add_parser("erase", help="remove a profile and all its text, from backups too")
    erase.add_argument("name")
    erase.add_argument("--yes", action="store_true", help="do not ask to confirm by typing the name")
    lock = actions.add_parser("lock", help="lock a profile with a passphrase, or change its passphrase (asked for, "
                              "hidden on a terminal; from a pipe one line each)")
    lock.add_argument("name")
    unlock_ = actions.add_parser("unlock", help="remove a profile's lock (needs its passphrase)")
    unlock_.add_argument("name")
    shown = actions.add_parser("backups", help="the backups of the progress file, newest first")
    restore = actions.add_parser("restore", help="replace the progress file by a backup (default: the newest good one)")
    restore.add_argument("date", nargs="?", help="the backup's date, YYYY-MM-DD")
    add_data_dir_argument(parser)
    for sub in (listing, create, rename, erase, lock, unlock_, shown, restore):
        add_data_dir_argument(sub, in_subcommand=True)


def run(args: argparse.Namespace) -> int:
    """Carry out the action; plain messages and exit 1/3 on failure."""
    action = args.action or "list"
    try:
        if action == "backups":
            return _list_backups(args)
        if action == "restore":
            return _restore(args)
        with opened_store(args.data_dir) as store:
            if action == "list":
                for profile in store.profiles():
                    if profile.locked:  # even how much a locked profile has practised is its own business
                        print(f"{profile.name}\tlocked")
                        continue
                    data = store.dashboard(profile.id)
                    print(f"{profile.name}\t{data.sessions_total} session(s)\t{data.turns_total} turn(s)\t"
                          f"since {profile.created[:10]}")
            elif action == "create":
                print(f"created profile '{store.create_profile(args.name).name}'")
            elif action == "rename":
                profile = store.profile_named(args.name)
                renamed = store.rename_profile(profile.id, args.new_name, unlock(store, profile, "profiles"))
                print(f"renamed '{profile.name}' to '{renamed.name}'")
            elif action in ("lock", "unlock"):
                return _lock(store, store.profile_named(args.name), action)
            elif action == "erase":
                profile = store.profile_named(args.name)
                passphrase = unlock(store, profile, "profiles")
                if not args.yes and not _confirmed(profile.name):
                    print("relint profiles: not erased (type the profile's name exactly to confirm, or pass --yes)",
                          file=sys.stderr)
                    return 1
                result = store.erase_profile(profile.id, passphrase)
                print(f"erased profile '{profile.name}': {result.rows} row(s), "
                      f"{len(result.backups_rewritten)} backup(s) rewritten")
                for problem in result.not_cleaned:
                    print(f"relint profiles: {problem}", file=sys.stderr)
                return 0 if result.complete else 1
    except StoreError as exc:
        return report("profiles", exc, args.data_dir)
    return 0


def _lock(store, profile, action: str) -> int:
    """Lock, change the passphrase of, or unlock one profile."""
    if action == "unlock":
        if not profile.locked:
            print(f"relint profiles: '{profile.name}' has no lock", file=sys.stderr)
            return 1
        store.remove_lock(profile.id, unlock(store, profile, "profiles"))
        print(f"removed the lock of '{profile.name}'")
        return 0
    if profile.locked:
        old = unlock(store, profile, "profiles")
        store.change_lock(profile.id, old, ask_new("profiles", profile.name))
        print(f"changed the passphrase of '{profile.name}'")
    else:
        store.set_lock(profile.id, ask_new("profiles", profile.name))
        print(f"locked '{profile.name}'; its history now opens only with the passphrase")
    return 0


def _confirmed(name: str) -> bool:
    if not sys.stdin.isatty():
        return False
    answer = input(f"Erase '{name}' and everything it holds, for good? Type its name to confirm: ")
    return answer.strip() == name


def _list_backups(args) -> int:
    found = backups.list_backups(resolve_data_dir(args.data_dir))
    for backup in found:
        print(f"{backup.label}\t{'good' if backups.is_good(backup.path) else 'DAMAGED'}\t{backup.path}")
    if not found:
        print("relint profiles: no backups yet", file=sys.stderr)
    return 0


def _restore(args) -> int:
    data_dir = resolve_data_dir(args.data_dir)
    chosen = None
    if args.date:
        chosen = next((b for b in backups.list_backups(data_dir) if b.label == args.date), None)
        if chosen is None:
            print(f"relint profiles: there is no backup from {args.date} (see `relint profiles backups`)",
                  file=sys.stderr)
            return 1
    chosen = chosen or backups.newest_good_backup(data_dir)
    aside = backups.restore(data_dir, chosen)
    print(f"restored the backup from {chosen.label if chosen else '?'}"
          + (f"; the previous file is kept as {aside}" if aside else ""))
    return 0

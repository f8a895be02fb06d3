"""Export and import from the app: a file picker, then the storage layer's export/import (same as the CLI)."""

from __future__ import annotations

from pathlib import Path

from relint_desktop.gui.qt import QtWidgets
from relint_desktop.storage.export import import_json, read_export_file, save_export
from relint_desktop.storage.store import StoreError

CSV_FILTER = "Spreadsheet, one row per reply (*.csv)"
JSON_FILTER = "Relint export, for importing (*.json)"


def export_to(store, profile_id: int, path: str | Path) -> str:
    """Write the export (CSV for a .csv name, JSON otherwise); return a sentence saying what happened."""
    path = Path(path)
    fmt = "csv" if path.suffix.lower() == ".csv" else "json"
    try:
        count = save_export(store, profile_id, path, fmt)
    except StoreError as exc:
        return f"Nothing was exported: {exc.message}"
    except OSError as exc:
        return f"Nothing was exported: {path} could not be written ({exc.strerror or exc})."
    return f"Exported {count} replies to {path}. Only you can read this file; keep it somewhere private."


def import_from(store, path: str | Path):
    """Import a JSON export as a new profile; return (profile or None, sentence)."""
    try:
        profile = import_json(store, read_export_file(path))
    except StoreError as exc:
        return None, exc.message
    return profile, f"Imported the profile “{profile.name}”."


def ask_export(parent, store, profile_id: int) -> str | None:
    """Ask where to save, then export; returns the sentence shown (None if cancelled)."""
    name = store.profile(profile_id).name
    path, chosen = QtWidgets.QFileDialog.getSaveFileName(parent, f"Export {name}'s progress",
                                                         str(Path.home() / f"relint-{name}.csv"),
                                                         f"{CSV_FILTER};;{JSON_FILTER}")
    if not path:
        return None
    if not Path(path).suffix:
        path += ".csv" if chosen == CSV_FILTER else ".json"
    message = export_to(store, profile_id, path)
    QtWidgets.QMessageBox.information(parent, "Export", message)
    return message


def ask_import(parent, store):
    """Ask for a JSON export, then import it; returns the new profile or None."""
    path, _ = QtWidgets.QFileDialog.getOpenFileName(parent, "Import a profile", str(Path.home()), JSON_FILTER)
    if not path:
        return None
    profile, message = import_from(store, path)
    QtWidgets.QMessageBox.information(parent, "Import", message)
    return profile

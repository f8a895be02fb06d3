"""The layers of style.md: imports point one way, and core stays pure Python."""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "relint_desktop"

FORBIDDEN = {
    "core": {"PySide6", "shiboken6", "pyttsx3", "sqlite3", "sqlite_utils", "relint_desktop.gui",
             "relint_desktop.storage", "relint_desktop.speech", "relint_desktop.cli", "relint_desktop.commands"},
    "storage": {"PySide6", "shiboken6", "pyttsx3", "relint_desktop.gui", "relint_desktop.speech",
                "relint_desktop.cli", "relint_desktop.commands"},
    "speech": {"PySide6", "shiboken6", "sqlite3", "sqlite_utils", "relint_desktop.gui", "relint_desktop.storage",
               "relint_desktop.cli", "relint_desktop.commands"},
}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def violations(layer: str) -> list[str]:
    found = []
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        for name in imported_modules(path):
            for banned in FORBIDDEN[layer]:
                if name == banned or name.startswith(banned + "."):
                    found.append(f"{path.relative_to(PACKAGE)} imports {name}")
    return found


def test_core_is_pure_python():
    assert violations("core") == []


def test_storage_has_no_qt_or_speech():
    assert violations("storage") == []


def test_speech_has_no_qt_or_database():
    assert violations("speech") == []


def test_the_check_catches_a_forbidden_import(tmp_path, monkeypatch):
    bad = tmp_path / "core"
    bad.mkdir()
    (bad / "leak.py").write_text("from PySide6.QtWidgets import QMessageBox\nimport sqlite3\n")
    monkeypatch.setattr(__import__(__name__), "PACKAGE", tmp_path)
    assert sorted(violations("core")) == ["core/leak.py imports PySide6.QtWidgets", "core/leak.py imports sqlite3"]


def test_gui_imports_qt_only_through_the_shim():
    found = []
    for path in sorted((PACKAGE / "gui").rglob("*.py")):
        if path.name == "qt.py":
            continue
        for name in imported_modules(path):
            if name.split(".")[0] in {"PySide6", "shiboken6"}:
                found.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert found == []


def test_nothing_outside_gui_imports_qt():
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if "gui" in path.relative_to(PACKAGE).parts:
            continue
        for name in imported_modules(path):
            if name.split(".")[0] in {"PySide6", "shiboken6"}:
                found.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert found == []

"""The Linux desktop entry is well formed and its installer puts entry and icon in place."""

import configparser
import os
import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
ENTRY = REPO / "packaging" / "linux" / "relint.desktop"


def test_desktop_entry_has_the_required_keys():
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(ENTRY, encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application" and entry["Name"] == "Relint"
    assert entry["Exec"].split()[0] == "relint" and entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";")
    assert (REPO / "assets" / f"{entry['Icon']}.svg").is_file()
    assert (REPO / "assets" / f"{entry['Icon']}.png").is_file()


def test_installer_places_entry_and_icons(tmp_path):
    env = dict(os.environ, HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "share"))
    done = subprocess.run(["bash", str(REPO / "packaging" / "linux" / "install-desktop-entry.sh")],
                          env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    share = tmp_path / "share"
    assert (share / "applications" / "relint.desktop").read_bytes() == ENTRY.read_bytes()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / "relint.svg").is_file()
    assert (share / "icons" / "hicolor" / "256x256" / "apps" / "relint.png").is_file()

#!/usr/bin/env bash
# Put Relint in the desktop's application menu for the current user: the .desktop entry and
# its icon under ~/.local/share. `relint` must be on PATH (pip install, or a checkout's .venv/bin).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
assets="$here/../../assets"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
install -Dm644 "$here/relint.desktop" "$data/applications/relint.desktop"
install -Dm644 "$assets/relint.svg" "$data/icons/hicolor/scalable/apps/relint.svg"
install -Dm644 "$assets/relint.png" "$data/icons/hicolor/256x256/apps/relint.png"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$data/applications" || true
echo "Relint added to the application menu ($data/applications/relint.desktop)"

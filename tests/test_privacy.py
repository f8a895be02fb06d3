"""Relint never opens a network connection: no module imports network code, and a whole run in the
terminal and in the window completes in a process where any internet socket is refused.

Local (AF_UNIX) sockets stay allowed: the sound server and X are reached that way on Linux, and
neither leaves the computer."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import REPO, SCENARIOS
from tests.test_layers import PACKAGE, imported_modules

NETWORK_MODULES = {"socket", "ssl", "http", "urllib", "ftplib", "smtplib", "poplib", "imaplib", "xmlrpc",
                   "socketserver", "requests", "httpx", "aiohttp", "PySide6.QtNetwork", "PySide6.QtWebEngineCore",
                   "PySide6.QtWebEngineWidgets", "PySide6.QtWebSockets"}

GUARD = r"""
import socket
_real = socket.socket
class _Guarded(_real):
    def __init__(self, family=socket.AF_INET, *args, **kwargs):
        if family != socket.AF_UNIX:
            raise SystemExit("NETWORK: a socket of family %r was opened" % (family,))
        super().__init__(family, *args, **kwargs)
socket.socket = _Guarded
def _refuse(*args, **kwargs):
    raise SystemExit("NETWORK: a connection or lookup was attempted")
socket.create_connection = _refuse
socket.getaddrinfo = _refuse
"""

WINDOW = r"""
import sys
from relint_desktop.gui.app import build_window, create_application
app = create_application()
window = build_window(sys.argv[1], sys.argv[2], "Private")
window.show()
app.processEvents()
window.open_scenario("parent-broken-bowl")
window.notes.fresh.click()
conversation = window.conversation
for _ in range(3):
    app.processEvents()
    buttons = [b for b in conversation.choices.buttons if b.isVisible()]
    if buttons:
        buttons[0].click()
    elif conversation.reply_box.isVisible():
        conversation.reply_box.edit.setPlainText("Thank you for telling me. What happened?")
        conversation.reply_box.send.click()
from relint_desktop.gui.qt import QtCore
loop = QtCore.QEventLoop()
QtCore.QTimer.singleShot(2500, loop.quit)  # long enough for the voice to warm up and play
loop.exec()
print("WINDOW OK", len(window.conversation.bubble_texts("reply")), "PySide6.QtMultimedia" in sys.modules)
"""


def _network_imports() -> list[str]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for name in imported_modules(path):
            if any(name == banned or name.startswith(banned + ".") for banned in NETWORK_MODULES):
                found.append(f"{path.relative_to(PACKAGE)} imports {name}")
    return found


def test_no_module_imports_network_code():
    assert _network_imports() == []


def test_the_import_check_would_see_network_code(tmp_path, monkeypatch):
    (tmp_path / "leak.py").write_text("import urllib.request\nfrom PySide6.QtNetwork import QTcpSocket\n")
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE", tmp_path)
    assert sorted(_network_imports()) == ["leak.py imports PySide6.QtNetwork", "leak.py imports urllib.request"]


def _guarded(code: str, *args: str, stdin: str = "", tmp_path=None) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "c"),
               XDG_CACHE_HOME=str(tmp_path / "cache"))
    return subprocess.run([sys.executable, "-c", GUARD + code, *args], input=stdin, env=env, cwd=REPO,
                          capture_output=True, text=True, timeout=120)


def test_the_guard_stops_an_internet_socket(tmp_path):
    done = _guarded("import socket\nsocket.socket(socket.AF_INET, socket.SOCK_STREAM)\n", tmp_path=tmp_path)
    assert "NETWORK" in done.stderr


def test_a_terminal_run_with_progress_opens_no_connection(tmp_path):
    code = ("import runpy, sys\nsys.argv = ['relint'] + sys.argv[1:]\n"
            "runpy.run_module('relint_desktop', run_name='__main__')\n")
    done = _guarded(code, "play", "--text", "--profile", "Private", "--data-dir", str(tmp_path / "data"),
                    str(SCENARIOS / "parent" / "broken-bowl.yaml"), stdin="1\n" * 40, tmp_path=tmp_path)
    assert "NETWORK" not in done.stdout + done.stderr
    assert "== Ending:" in done.stdout, done.stderr[-2000:]


def test_the_window_with_speech_opens_no_connection(tmp_path):
    done = _guarded(WINDOW, str(SCENARIOS), str(tmp_path / "data"), tmp_path=tmp_path)
    assert "NETWORK" not in done.stdout + done.stderr
    assert "WINDOW OK 3 True" in done.stdout, done.stderr[-2000:]

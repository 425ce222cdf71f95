"""The app never opens a network connection by itself.

A full scripted session (every page, a search, ticks, the whole guide printed to PDF) runs
in a new network namespace (`unshare -n`, so nothing could get out anyway) under
`strace -f`, which sees Qt's own sockets too. Not one connection to an internet address
may be attempted, and no networking module may be loaded.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

SESSION = r"""
import os, sys, tempfile
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication
from companion import app as companion_app
from companion.core.navigation import ALL_PAGES
from companion.paths import resolve_data_location
from companion.ui import printing, style

qt = QApplication([])
style.apply(qt)
content = companion_app.load_bundled_content()
window = companion_app.create_main_window(resolve_data_location(None), content)
window.show()
for name in [*ALL_PAGES, *(f"platforms/{p}" for p in content.platforms)]:
    window.show_page(name)
    qt.processEvents()
window.search_box.setText("someone is threatening my son")
qt.processEvents()
window.context.store.set_ticked("talk-first-chat", True)
window.context.store.set_ticked("platform.roblox.block", True)
pdf = os.path.join(tempfile.mkdtemp(), "guide.pdf")
printing.write_pdf(printing.booklet_document(content, "uk"), pdf, printing.page_size_for("uk"))
window.close()
qt.processEvents()
loaded = sorted(m for m in sys.modules if m.startswith(("PySide6.QtNetwork", "urllib.request",
                                                        "http.client", "requests", "ssl")))
print("networking modules:", loaded)
import socket
socket.socketpair()  # a local pair, so the trace shows strace really was watching
print("session finished")
"""

INTERNET_CONNECT = re.compile(r"connect\(\d+, \{sa_family=AF_INET6?,")
PORT = re.compile(r"port=htons\((\d+)\)")
PRINT_SERVICE_PORTS = {"631", "53"}  # CUPS (IPP), and DNS to find a named print server

PRINTING = r"""
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from companion import app as companion_app
from companion.paths import resolve_data_location
from companion.ui import style

qt = QApplication([])
style.apply(qt)
window = companion_app.create_main_window(
    resolve_data_location(None), companion_app.load_bundled_content()
)
window.show()
window.show_page("if-it-happened")
opened = []

def cancel():
    modal = QApplication.activeModalWidget()
    opened.append(type(modal).__name__)
    modal.reject()

QTimer.singleShot(0, cancel)
window.print_current()
print("dialog:", opened)
window.close()
import socket
socket.socketpair()
print("session finished")
"""


def traced_session(tmp_path: Path, script: str, env: dict[str, str]) -> list[str]:
    if shutil.which("strace") is None:
        pytest.skip("strace is not installed (make test installs it)")
    probe = subprocess.run(["unshare", "-n", "true"], capture_output=True, check=False)
    if probe.returncode != 0:
        pytest.skip(f"cannot make a network namespace here: {probe.stderr.decode().strip()}")
    trace = tmp_path / "network.trace"
    command = ["unshare", "-n", "strace", "-f", "-qq", "-e", "trace=network", "-o", str(trace)]
    result = subprocess.run(
        [*command, sys.executable, "-c", script],
        env={**os.environ, "HOME": str(tmp_path), **env},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "session finished" in result.stdout
    assert "dialog: ['QPrintDialog']" in result.stdout
    calls = trace.read_text(encoding="utf-8", errors="replace").splitlines()
    assert any("socketpair(" in line for line in calls), "strace saw nothing: check its setup"
    return [line for line in calls if INTERNET_CONNECT.search(line)]


@pytest.mark.parametrize("server", ["", "print.library.example"])
def test_the_print_dialog_contacts_only_the_print_service(tmp_path: Path, server: str) -> None:
    """Opening the print dialog makes Qt's CUPS support look for printers (the local
    print service, or the library's print server and DNS to find it): printing needs that,
    and the docs and the About page say so. Nothing else may be contacted."""
    env = {"PARENT_COMPANION_DATA_DIR": str(tmp_path / "d")}
    if server:
        env["CUPS_SERVER"] = server
    internet = traced_session(tmp_path, PRINTING, env)
    ports = [found.group(1) if (found := PORT.search(line)) else line for line in internet]
    assert set(ports) <= PRINT_SERVICE_PORTS, internet


def test_a_whole_session_makes_no_network_connection(tmp_path: Path) -> None:
    if shutil.which("strace") is None:
        pytest.skip("strace is not installed (make test installs it)")
    probe = subprocess.run(["unshare", "-n", "true"], capture_output=True, check=False)
    if probe.returncode != 0:
        pytest.skip(f"cannot make a network namespace here: {probe.stderr.decode().strip()}")
    trace = tmp_path / "network.trace"
    env = {**os.environ, "HOME": str(tmp_path), "PARENT_COMPANION_DATA_DIR": str(tmp_path / "d")}
    result = subprocess.run(
        [
            "unshare",
            "-n",
            "strace",
            "-f",
            "-qq",
            "-e",
            "trace=network",
            "-o",
            str(trace),
            sys.executable,
            "-c",
            SESSION,
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "session finished" in result.stdout
    assert "networking modules: []" in result.stdout
    calls = trace.read_text(encoding="utf-8", errors="replace").splitlines()
    assert any("socketpair(" in line for line in calls), "strace saw nothing: check its setup"
    internet = [line for line in calls if INTERNET_CONNECT.search(line)]
    assert internet == []

"""The app as a screen reader sees it: the real window on an X11 display (Xvfb), Qt's
AT-SPI bridge on a session bus, and the tree read back over AT-SPI by a separate process
(tests/atspi_reader.py, python3-gi's Atspi), as Orca reads it. Not Qt's own accessible
names, which the offscreen tests check: what reaches the assistive technology.

On every sidebar page: every control a keyboard reaches has a role and a name, headings
come through as headings; after quick exit, nothing of the guidance is left in the tree.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from companion.core.navigation import SIDEBAR

pytestmark = pytest.mark.slow
HERE = Path(__file__).parent
SYSTEM_PYTHON = "/usr/bin/python3"
# Roles that say nothing about what a control is: a reader announces them as "unknown".
NO_ROLE = {"unknown", "invalid", "filler", "redundant object", ""}

Node = list[Any]  # [role, name, description, states, children]


def reader_available() -> str:
    """Why the tree cannot be read here, or "" when it can."""
    for tool in ("Xvfb", "dbus-daemon"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (make test installs it)"
    if not Path("/usr/libexec/at-spi-bus-launcher").exists():
        return "at-spi2-core is not installed (make test installs it)"
    probe = subprocess.run(
        [SYSTEM_PYTHON, "-c", "import gi; gi.require_version('Atspi', '2.0')"],
        capture_output=True,
        check=False,
    )
    if probe.returncode != 0:
        return "python3-gi with gir1.2-atspi-2.0 is not installed (make test installs them)"
    return ""


class Session:
    """Xvfb, a session bus, the app and the reader; each answers one line per request."""

    def __init__(self, tmp: Path) -> None:
        runtime = tmp / "runtime"
        runtime.mkdir(mode=0o700)
        (tmp / "home").mkdir()
        self.env = {
            "PATH": os.environ["PATH"],
            "HOME": str(tmp / "home"),
            "LANG": "en_GB.UTF-8",
            "XDG_RUNTIME_DIR": str(runtime),
            "QT_QPA_PLATFORM": "xcb",
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",  # as when a screen reader is running
            "PYTHONPATH": os.pathsep.join(sys.path),
        }
        read, write = os.pipe()
        self.xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x900x24", "-nolisten", "tcp"],
            pass_fds=(write,),
            stderr=subprocess.DEVNULL,
        )
        os.close(write)
        with os.fdopen(read) as display:
            self.env["DISPLAY"] = f":{display.readline().strip()}"
        self.bus = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", "--print-address"],
            stdout=subprocess.PIPE,
            env=self.env,
        )
        assert self.bus.stdout is not None
        self.env["DBUS_SESSION_BUS_ADDRESS"] = self.bus.stdout.readline().decode().strip()
        # The reader first: it starts the accessibility bus (at-spi-bus-launcher, through
        # the session bus), which Qt looks for once, as it starts.
        self.reader = self._start([SYSTEM_PYTHON, str(HERE / "atspi_reader.py")])
        assert self._answer(self.reader) == "reader ready"
        self.app = self._start([sys.executable, str(HERE / "atspi_app.py"), str(tmp / "home")])
        self.pid = int(self._answer(self.app).split()[1])

    def _start(self, command: list[str]) -> subprocess.Popen[str]:
        return subprocess.Popen(
            command,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env=self.env,
        )

    @staticmethod
    def _answer(process: subprocess.Popen[str]) -> str:
        assert process.stdout is not None
        line = process.stdout.readline()
        assert line, f"{process.args[1]} stopped (exit code {process.poll()})"  # type: ignore[index, str-bytes-safe]
        return line.strip()

    def _ask(self, process: subprocess.Popen[str], line: str) -> str:
        assert process.stdin is not None
        process.stdin.write(line + "\n")
        process.stdin.flush()
        return self._answer(process)

    def app_says(self, line: str) -> str:
        return self._ask(self.app, line)

    def tree(self) -> Node:
        found = json.loads(self._ask(self.reader, f"dump {self.pid}"))
        assert found is not None, "the app is not on the accessibility bus"
        return found  # type: ignore[no-any-return]

    def close(self) -> None:
        for process in (self.reader, self.app):
            if process.poll() is None and process.stdin is not None:
                process.stdin.write("quit\n")
                process.stdin.close()
        for process in (self.reader, self.app, self.bus, self.xvfb):  # type: ignore[assignment]
            if process is not self.reader and process is not self.app:
                process.terminate()
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        for process in (self.reader, self.app, self.bus):  # type: ignore[assignment]
            if process.stdout is not None:
                process.stdout.close()


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Session]:
    why = reader_available()
    if why:
        pytest.skip(why)
    running = Session(tmp_path_factory.mktemp("atspi"))
    try:
        yield running
    finally:
        running.close()


def walk(node: Node, showing_only: bool = True) -> Iterator[Node]:
    """Every node below ``node``; with ``showing_only``, only what is on screen."""
    role, _, _, states, children = node
    if showing_only and role != "application" and "showing" not in states:
        return
    yield node
    for child in children:
        yield from walk(child, showing_only)


@pytest.fixture(scope="module")
def trees(session: Session) -> dict[str, Node]:
    """Each sidebar page's tree, read once for the tests below."""
    found = {}
    for name in SIDEBAR:
        assert session.app_says(f"show {name}") == f"shown {name}"
        found[name] = session.tree()
    return found


def test_every_control_on_every_page_has_a_role_and_a_name(trees: dict[str, Node]) -> None:
    problems = [
        f"{page}: {role!r} named {name!r}"
        for page, tree in trees.items()
        for role, name, _, states, _ in walk(tree)
        if "focusable" in states and (role in NO_ROLE or not name.strip())
    ]
    assert problems == []
    controls = {
        role for tree in trees.values() for role, _, _, s, _ in walk(tree) if "focusable" in s
    }
    assert {"push button", "check box", "combo box", "list item"} <= controls  # a real tree


def test_headings_reach_the_screen_reader_as_headings(trees: dict[str, Node]) -> None:
    for page, tree in trees.items():
        headings = [name for role, name, *_ in walk(tree) if role == "heading"]
        assert headings, f"no heading on {page}"
        assert all(name.strip() for name in headings), page
    assert "Settings" in [n for r, n, *_ in walk(trees["settings"]) if r == "heading"]


def test_after_quick_exit_no_guidance_is_left_in_the_tree(
    session: Session, trees: dict[str, Node]
) -> None:
    shown = {
        text.strip()
        for tree in trees.values()
        for _, name, description, _, _ in walk(tree)
        for text in (name, description)
        if len(text.strip()) > 12  # leave out short words a neutral screen may share
    }
    assert len(shown) > 50  # the guidance was really there to be read
    assert session.app_says("hide") == "hidden"
    left = {
        text.strip()
        for role, name, description, _, _ in walk(session.tree(), showing_only=False)
        for text in (name, description)
        if role != "application"  # the program's own name
    }
    assert sorted(shown & left) == []
    assert not any("grooming" in text.lower() or "sextortion" in text.lower() for text in left)

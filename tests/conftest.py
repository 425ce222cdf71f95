"""Every test runs with its own HOME, XDG folders and data folder under tmp_path.

A test that writes into the real user's Parent Companion folders fails, and so does one
that tries to reach the network.
"""

from __future__ import annotations

import os
import socket
import sys
from collections.abc import Iterator
from pathlib import Path

import platformdirs
import pytest

from companion import APP_ID

# pytest-qt has no ini option for the platform; without this Qt looks for a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

_REAL_APP_DIRS = [
    Path(platformdirs.user_data_dir(APP_ID, appauthor=False)),
    Path(platformdirs.user_config_dir(APP_ID, appauthor=False)),
    Path(platformdirs.user_cache_dir(APP_ID, appauthor=False)),
    Path(platformdirs.user_state_dir(APP_ID, appauthor=False)),
]
REAL_PIP_CACHE = os.environ.get("PIP_CACHE_DIR") or str(Path.home() / ".cache" / "pip")


def _fingerprint(paths: list[Path]) -> list[tuple[str, int, int]]:
    found = []
    for root in paths:
        if not root.exists():
            continue
        for path in [root, *root.rglob("*")]:
            info = path.stat()
            found.append((str(path), info.st_mtime_ns, info.st_size))
    return sorted(found)


_REAL_HOME_BEFORE = _fingerprint(_REAL_APP_DIRS)


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    for name, sub in [
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_STATE_HOME", ".local/state"),
    ]:
        monkeypatch.setenv(name, str(home / sub))
    # A policy on this machine (in XDG_CONFIG_DIRS) must not change what tests see.
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "etc-xdg"))
    data_dir = tmp_path / "data"
    monkeypatch.setenv("PARENT_COMPANION_DATA_DIR", str(data_dir))
    yield data_dir
    assert _fingerprint(_REAL_APP_DIRS) == _REAL_HOME_BEFORE, (
        "this test wrote into the real user's Parent Companion folders"
    )


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Refuse any connection that is not to this machine."""
    real_connect = socket.socket.connect

    def guarded_connect(self: socket.socket, address: object) -> None:
        host = address[0] if isinstance(address, tuple) else None
        if self.family in (socket.AF_INET, socket.AF_INET6) and host not in (
            "127.0.0.1",
            "::1",
            "localhost",
        ):
            raise AssertionError(f"a test tried to reach the network: {address!r}")
        real_connect(self, address)  # type: ignore[arg-type]

    monkeypatch.setattr(socket.socket, "connect", guarded_connect)


_exit_status: list[int] = []


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    _exit_status.append(int(exitstatus))


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    """Leave without the interpreter's final garbage collection once the results are in.

    PySide6 6.12 can abort in that last collection ("deallocating True or False") after a
    process has created and deleted hundreds of windows, as this suite does; the app itself
    never does. The exit status stays pytest's own."""
    if _exit_status and "PySide6" in sys.modules:
        import atexit

        atexit.register(os._exit, _exit_status[0])

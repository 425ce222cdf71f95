"""Every path the app writes to, resolved in one place.

Override order for the user data folder: the ``--data-dir`` option, then the
``PARENT_COMPANION_DATA_DIR`` environment variable, then the platform's user data
folder (platformdirs). Nothing happens at import time: callers ask for a
:class:`DataLocation` and then call :meth:`DataLocation.ensure` when they are about
to write.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from companion import APP_ID

DATA_DIR_ENV = "PARENT_COMPANION_DATA_DIR"
DATABASE_NAME = "progress.sqlite3"
LOCK_NAME = "instance.lock"
SHOW_REQUEST_NAME = "show-window.request"
# Every file the app may write in its data folder; "Delete all my data" removes them all.
APP_FILES = (
    DATABASE_NAME,
    f"{DATABASE_NAME}-wal",
    f"{DATABASE_NAME}-shm",
    f"{DATABASE_NAME}-journal",
    LOCK_NAME,
    SHOW_REQUEST_NAME,
)

# Owner-only: a parent's progress is nobody else's business on a family computer.
DIR_MODE = 0o700
FILE_MODE = 0o600


class DataDirError(OSError):
    """The data folder cannot be created or is not a folder."""


@dataclass(frozen=True)
class DataLocation:
    """Where the user's own data lives, and why it is there (for messages and --help)."""

    directory: Path
    origin: str  # "option", "environment" or "platform"

    @property
    def database(self) -> Path:
        return self.directory / DATABASE_NAME

    def ensure(self) -> Path:
        """Create the folder, and any missing folder above it, owner-only (0700) whatever
        the umask, and return it. A folder that already exists keeps its mode, unless it
        is the app's own (it holds the progress file) and others can open it; the app
        never changes a folder it did not make, nor one a link points to."""
        missing = []
        folder = self.directory
        while not folder.exists() and not folder.is_symlink() and folder != folder.parent:
            missing.append(folder)
            folder = folder.parent
        for folder in reversed(missing):
            try:
                folder.mkdir(mode=DIR_MODE)  # the umask can only take bits away
            except FileExistsError:
                if folder.is_dir():
                    continue  # made by someone else in the meantime
                raise DataDirError(f"{folder} exists but is not a folder") from None
        if self.directory.is_symlink() and not self.directory.exists():
            raise DataDirError(f"{self.directory} is a link to something that does not exist")
        if not self.directory.is_dir():
            raise DataDirError(f"{self.directory} exists but is not a folder")
        current = stat.S_IMODE(self.directory.stat().st_mode)
        ours = any((self.directory / name).exists() for name in APP_FILES)
        if current & 0o077 and ours and not self.directory.is_symlink():
            self.directory.chmod(DIR_MODE)
        return self.directory

    def remove_app_files(self) -> list[Path]:
        """Delete every file the app wrote here (and the folder, if nothing else is in it).

        Files the app did not write are left alone, in case the folder was shared.
        Returns what was removed.
        """
        removed = []
        names = set(APP_FILES)
        if self.directory.is_dir():  # damaged files kept aside, e.g. progress.sqlite3.broken-…
            names |= {p.name for p in self.directory.glob(f"{DATABASE_NAME}.broken-*")}
        for name in sorted(names):
            path = self.directory / name
            if path.is_file() or path.is_symlink():
                path.unlink()
                removed.append(path)
            elif path.is_dir() and name.startswith(f"{DATABASE_NAME}.broken-"):
                shutil.rmtree(path)
                removed.append(path)
        backups = self.directory / "backups"
        if backups.is_dir():  # daily copies, and one a full disk or a crash left half-made
            for path in backups.glob("progress-*"):
                if path.is_file() or path.is_symlink():
                    path.unlink()
                    removed.append(path)
            with contextlib.suppress(OSError):
                backups.rmdir()
        try:
            self.directory.rmdir()
            removed.append(self.directory)
        except OSError:
            pass  # not empty (someone else's files) or already gone
        return removed


def platform_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False, roaming=False))


def resolve_data_location(
    option: str | None, environ: Mapping[str, str] | None = None
) -> DataLocation:
    """Apply the override order: option, then environment variable, then platformdirs."""
    env = os.environ if environ is None else environ
    if option:
        return DataLocation(Path(option).expanduser().absolute(), "option")
    from_env = env.get(DATA_DIR_ENV, "").strip()
    if from_env:
        return DataLocation(Path(from_env).expanduser().absolute(), "environment")
    return DataLocation(platform_data_dir(), "platform")


POLICY_NAME = "policy.toml"


FIXED_POLICY_DIR = "/etc/xdg"  # what docs/libraries.md tells administrators on Linux


def policy_candidates(environ: Mapping[str, str] | None = None) -> list[Path]:
    """Every place the administrator's policy file may be, in the order they are tried.

    Linux: each folder in ``XDG_CONFIG_DIRS`` (Ubuntu and Mint sessions put a
    desktop-specific one first, such as ``/etc/xdg/xdg-ubuntu``), then always
    ``/etc/xdg``. Windows: ``C:\\ProgramData\\parent-companion``; macOS:
    ``/Library/Application Support/parent-companion``. Whether a file found there may be
    trusted is for :func:`companion.core.policy.find_policy` to say."""
    env = os.environ if environ is None else environ
    if sys.platform == "win32" or sys.platform == "darwin":
        return [Path(platformdirs.site_config_dir(APP_ID, appauthor=False)) / POLICY_NAME]
    folders = [f for f in env.get("XDG_CONFIG_DIRS", "").split(os.pathsep) if os.path.isabs(f)]
    folders.append(FIXED_POLICY_DIR)
    return list(dict.fromkeys(Path(f) / APP_ID / POLICY_NAME for f in folders))


def policy_path() -> Path:
    """The first policy file that exists, or else the first place one may be put."""
    candidates = policy_candidates()
    return next((path for path in candidates if path.exists()), candidates[0])

"""Keeping progress safe from damage: daily backups, and what to do with a broken file.

A damaged database is never deleted or overwritten: it is moved aside under a dated name,
and the newest backup that passes an integrity check is put in its place (or, with no
backup, a fresh database). The user is told in plain words; at most a day is lost.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from companion.paths import FILE_MODE, DataLocation

BACKUP_FOLDER = "backups"
BACKUPS_KEPT = 7
_PREFIX = "progress-"
_SUFFIX = ".sqlite3"


@dataclass(frozen=True)
class Recovery:
    """What happened to a damaged file, for the message to the user."""

    kept_as: Path
    restored_from: dt.date | None  # None: started afresh
    backups_tried: int = 0  # how many earlier copies there were (all damaged, if none used)


def backup_folder(location: DataLocation) -> Path:
    return location.directory / BACKUP_FOLDER


def backups(location: DataLocation) -> list[tuple[dt.date, Path]]:
    """Backups, newest first."""
    found = []
    folder = backup_folder(location)
    if folder.is_dir():
        for path in folder.glob(f"{_PREFIX}*{_SUFFIX}"):
            try:
                day = dt.date.fromisoformat(path.name[len(_PREFIX) : -len(_SUFFIX)])
            except ValueError:
                continue
            found.append((day, path))
    return sorted(found, reverse=True)


def make_daily_backup(location: DataLocation, today: dt.date) -> Path | None:
    """Copy the database to backups/progress-<today>.sqlite3 once a day; keep the last 7.

    Uses SQLite's online backup, so it is consistent even while the app is writing.
    """
    source_path = location.database
    if not source_path.is_file():
        return None
    folder = backup_folder(location)
    folder.mkdir(mode=0o700, exist_ok=True)
    target = folder / f"{_PREFIX}{today.isoformat()}{_SUFFIX}"
    if target.exists():
        return None
    partial = target.with_name(target.name + ".partial")  # "Delete all my data" finds it
    os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE))
    source = sqlite3.connect(f"{source_path.absolute().as_uri()}?mode=ro", uri=True)
    copy = sqlite3.connect(partial)
    try:
        source.backup(copy)
    finally:
        copy.close()
        source.close()
    os.replace(partial, target)  # a backup is either complete or absent
    for _, old in backups(location)[BACKUPS_KEPT:]:
        old.unlink(missing_ok=True)
    return target


def is_healthy(path: Path) -> bool:
    try:
        # immutable: a look that leaves no -wal or -shm file beside a backup
        db = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            return bool(db.execute("PRAGMA integrity_check").fetchone()[0] == "ok")
        finally:
            db.close()
    except sqlite3.Error:
        return False


def quarantine(location: DataLocation, now: dt.datetime) -> Path:
    """Move the damaged database (file or folder, with its -wal/-shm) aside; return the name."""
    stamp = now.strftime("%Y%m%d-%H%M%S")
    database = location.database
    kept = database.with_name(f"{database.name}.broken-{stamp}")
    os.replace(database, kept)
    for suffix in ("-wal", "-shm", "-journal"):
        companion = database.with_name(database.name + suffix)
        if companion.exists():
            os.replace(companion, kept.with_name(kept.name + suffix))
    return kept


def recover(location: DataLocation, now: dt.datetime) -> Recovery:
    """Set the damaged database aside and put the newest healthy backup in its place."""
    kept = quarantine(location, now)
    found = backups(location)
    for day, path in found:
        if is_healthy(path):
            shutil.copyfile(path, location.database)
            os.chmod(location.database, FILE_MODE)
            return Recovery(kept, day, len(found))
    return Recovery(kept, None, len(found))

"""The one owner of the progress store: opening, recovering, backing up, read-only and
in-memory fallbacks, public mode, starting afresh.

It reports *what happened* (StoreEvent); the UI chooses the words
(companion.ui.store_messages). Nothing here imports Qt.
"""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

from companion.core.clock import Clock, SystemClock
from companion.core.progress import ProgressStore, StoreError
from companion.core.recovery import make_daily_backup, recover

if TYPE_CHECKING:
    import datetime as dt
    from pathlib import Path

    from companion.paths import DataLocation


class Outcome(Enum):
    NEWER_VERSION = "newer-version"  # shown, never changed
    RESTORED = "restored"  # damaged; a daily backup was put back
    DAMAGED_BACKUPS_TOO = "damaged-backups-too"  # damaged, so were the backups: afresh
    DAMAGED_NO_BACKUP = "damaged-no-backup"  # damaged, no backup: afresh
    FOLDER_READ_ONLY = "folder-read-only"  # shown read-only from a folder we cannot write
    NOT_SAVED = "not-saved"  # in memory this session only


@dataclass(frozen=True)
class StoreEvent:
    outcome: Outcome
    directory: Path
    error: str = ""  # the system's own words, shown in brackets
    restored_from: dt.date | None = None
    kept_as: str = ""  # the damaged file's new name


class StoreSession:
    """The store a window uses, and where it lives.

    ``location`` is where progress is saved; ``saved_location`` is the same, or None when
    nothing is written this session (public mode, a read-only folder, a failure)."""

    def __init__(
        self, location: DataLocation, *, public_mode: bool = False, clock: Clock | None = None
    ) -> None:
        self.location = location
        self.public_mode = public_mode
        self.clock: Clock = clock or SystemClock()
        self.events: tuple[StoreEvent, ...] = ()
        self.saved_location: DataLocation | None = None
        self.store = ProgressStore.in_memory(self.clock)
        if not public_mode:
            self.reopen()

    def reopen(self) -> None:
        """Open the store on disk, recovering from damage (see open_store)."""
        old = self.store
        self.store, self.saved_location, self.events = open_store(self.location, self.clock)
        old.close()

    def start_afresh_in_memory(self) -> None:
        """Public mode's End session: forget everything this patron did."""
        old = self.store
        self.store = ProgressStore.in_memory(self.clock)
        self.saved_location, self.events = None, ()
        old.close()

    def delete_everything(self) -> OSError | None:
        """Remove the database and every file the app wrote, then start as new.

        Returns the error when some files could not be deleted (the rest are gone)."""
        self.store.close()
        problem: OSError | None = None
        try:
            self.location.remove_app_files()
        except OSError as error:
            problem = error
        self.store = ProgressStore.in_memory(self.clock)
        self.reopen()
        return problem

    def backup(self) -> None:
        """The daily backup; a failure (a full disk, say) must never disturb the user."""
        if self.saved_location is None or self.store.read_only:
            return
        with contextlib.suppress(OSError, sqlite3.Error):
            make_daily_backup(self.saved_location, self.clock.today())

    def close(self) -> None:
        self.store.close()


Opened = tuple[ProgressStore, "DataLocation | None", tuple[StoreEvent, ...]]


def open_store(location: DataLocation, clock: Clock | None = None) -> Opened:
    """Open the progress store at ``location``; say what went wrong, never lose anything.

    - A damaged file is kept aside under a dated name and the newest healthy daily
      backup takes its place (or a fresh file, when there is none).
    - A folder that cannot be written (read-only disk, no permission, locked) still shows
      what was saved, read-only; such a file is never treated as damaged.
    - Anything else: a store in memory for this session.
    """
    clock = clock or SystemClock()
    try:
        location.ensure()
    except OSError as error:
        return _read_only_or_memory(location, error, clock)
    try:
        store = ProgressStore.open(location.database, clock)
    except StoreError as error:  # a migration could not be written
        cause = error.__cause__
        if isinstance(cause, sqlite3.DatabaseError) and not _cannot_write(cause):
            return _recover(location, cause, clock)
        return _read_only_or_memory(location, error, clock)
    except sqlite3.OperationalError as error:
        # "unable to open", locked, read-only, I/O error: the file may be healthy.
        return _read_only_or_memory(location, error, clock)
    except (sqlite3.DatabaseError, IsADirectoryError) as damage:
        return _recover(location, damage, clock)
    except OSError as error:
        return _read_only_or_memory(location, error, clock)
    events: tuple[StoreEvent, ...] = ()
    if store.read_only:
        events = (StoreEvent(Outcome.NEWER_VERSION, location.directory),)
    return store, location, events


def _cannot_write(error: sqlite3.DatabaseError) -> bool:
    return isinstance(error, sqlite3.OperationalError)


def _recover(location: DataLocation, damage: Exception, clock: Clock) -> Opened:
    try:
        result = recover(location, clock.now().replace(tzinfo=None))
        store = ProgressStore.open(location.database, clock)
    except (OSError, sqlite3.Error, StoreError) as error:
        return _memory(location, error, clock)
    if result.restored_from is not None:
        outcome = Outcome.RESTORED
    elif result.backups_tried:
        outcome = Outcome.DAMAGED_BACKUPS_TOO
    else:
        outcome = Outcome.DAMAGED_NO_BACKUP
    event = StoreEvent(
        outcome, location.directory, str(damage), result.restored_from, result.kept_as.name
    )
    return store, location, (event,)


def _read_only_or_memory(location: DataLocation, error: Exception, clock: Clock) -> Opened:
    try:
        saved = location.database.is_file()
    except OSError:  # a folder made by another user (sudo): not even that can be looked at
        saved = False
    if saved:
        try:
            store = ProgressStore.open_read_only(location.database, clock)
        except sqlite3.Error:
            pass
        else:
            event = StoreEvent(Outcome.FOLDER_READ_ONLY, location.directory, str(error))
            return store, None, (event,)
    return _memory(location, error, clock)


def _memory(location: DataLocation, error: Exception, clock: Clock) -> Opened:
    event = StoreEvent(Outcome.NOT_SAVED, location.directory, str(error))
    return ProgressStore.in_memory(clock), None, (event,)

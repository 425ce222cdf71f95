"""Damaged databases and backups: every kind of damage ends in a working store, the bad
file kept aside, and at most a day of ticks lost."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from companion.core.progress import ProgressStore
from companion.core.recovery import BACKUPS_KEPT, backups, is_healthy, make_daily_backup
from companion.core.session import Outcome, open_store
from companion.paths import DataLocation

TODAY = dt.date(2026, 12, 2)


@pytest.fixture
def location(tmp_path: Path) -> DataLocation:
    place = DataLocation(tmp_path / "data", "option")
    place.ensure()
    return place


def saved_with_ticks(location: DataLocation, *items: str) -> None:
    store = ProgressStore.open(location.database)
    for item in items:
        store.set_ticked(item, True)
    store.close()


def test_daily_backup_once_a_day_owner_only_and_seven_kept(location: DataLocation) -> None:
    saved_with_ticks(location, "talk-first-chat")
    first = make_daily_backup(location, TODAY)
    assert first is not None and is_healthy(first)
    assert stat.S_IMODE(first.stat().st_mode) == 0o600
    assert make_daily_backup(location, TODAY) is None  # already done today
    for days in range(1, 12):
        make_daily_backup(location, TODAY + dt.timedelta(days=days))
    kept = backups(location)
    assert len(kept) == BACKUPS_KEPT and kept[0][0] == TODAY + dt.timedelta(days=11)


def damage(path: Path, how: str) -> None:
    if how == "random bytes":
        path.write_bytes(os.urandom(8192))
    elif how == "truncated":
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 3])
    elif how == "scrambled pages":
        scrambled = bytearray(path.read_bytes())
        scrambled[4096:8192] = os.urandom(4096)
        path.write_bytes(bytes(scrambled))
    elif how == "a folder":
        path.unlink()
        path.mkdir()


@pytest.mark.parametrize("how", ["random bytes", "truncated", "scrambled pages", "a folder"])
def test_damage_restores_the_last_good_backup(location: DataLocation, how: str) -> None:
    saved_with_ticks(location, "talk-first-chat")
    make_daily_backup(location, TODAY - dt.timedelta(days=1))
    saved_with_ticks(location, "know-location-off")  # after the backup: may be lost
    # Make the database big enough to have more than one page, then damage it.
    store = ProgressStore.open(location.database)
    for n in range(300):
        store.set_setting(f"padding-{n}", "x" * 40)
    store.close()
    for side in ("-wal", "-shm"):
        location.database.with_name(location.database.name + side).unlink(missing_ok=True)
    damage(location.database, how)
    store, saved_location, events = open_store(location)
    assert saved_location == location and not store.read_only
    assert store.is_ticked("talk-first-chat")  # from yesterday's backup
    assert [e.outcome for e in events] == [Outcome.RESTORED]
    assert events[0].restored_from == TODAY - dt.timedelta(days=1)
    assert events[0].kept_as.startswith("progress.sqlite3.broken-")
    assert list(location.directory.glob("progress.sqlite3.broken-*"))
    store.close()


def test_zero_length_file_is_simply_a_new_database(location: DataLocation) -> None:
    location.database.touch()
    store, _, events = open_store(location)
    assert events == () and store.ticks() == {}
    store.close()


def test_damage_without_a_backup_starts_afresh_and_says_so(location: DataLocation) -> None:
    location.database.write_bytes(b"\x00not a database" * 500)
    store, _, events = open_store(location)
    assert store.ticks() == {} and [e.outcome for e in events] == [Outcome.DAMAGED_NO_BACKUP]
    store.close()


def test_read_only_folder_shows_what_was_saved(location: DataLocation, tmp_path: Path) -> None:
    saved_with_ticks(location, "agree-adults-too")

    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError(30, "Read-only file system")

    import companion.paths

    original = companion.paths.DataLocation.ensure
    companion.paths.DataLocation.ensure = refuse  # type: ignore[assignment]
    try:
        store, saved_location, events = open_store(location)
    finally:
        companion.paths.DataLocation.ensure = original  # type: ignore[method-assign]
    assert store.read_only and saved_location is None
    assert store.is_ticked("agree-adults-too")
    assert [e.outcome for e in events] == [Outcome.FOLDER_READ_ONLY]
    store.close()


def test_quick_check_catches_damage_at_open(location: DataLocation) -> None:
    saved_with_ticks(location, "talk-first-chat")
    store = ProgressStore.open(location.database)
    for n in range(300):
        store.set_setting(f"p{n}", "y" * 40)
    store.close()
    data = bytearray(location.database.read_bytes())
    assert len(data) > 3 * 4096
    data[4096:] = os.urandom(len(data) - 4096)  # the header page survives, the rest does not
    location.database.write_bytes(bytes(data))
    with pytest.raises(sqlite3.DatabaseError):
        ProgressStore.open(location.database)

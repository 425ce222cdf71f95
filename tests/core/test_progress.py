"""The progress store: migrations, persistence, transactions, file modes, newer databases."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
import stat
from pathlib import Path

import pytest

from companion.core.clock import FixedClock
from companion.core.progress import (
    SCHEMA_VERSION,
    ProgressStore,
    ReadOnlyStoreError,
    read_schema_version,
)

NOW = dt.datetime(2026, 11, 25, 20, 30, tzinfo=dt.timezone.utc)


fixed_clock = FixedClock(NOW)


def test_new_database_is_migrated_and_owner_only(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "progress.sqlite3"
    store = ProgressStore.open(path)
    assert store.schema_version == SCHEMA_VERSION and store.found_version == 0
    store.set_ticked("talk-first-chat", True)
    assert {p.name for p in folder.iterdir()} >= {"progress.sqlite3", "progress.sqlite3-wal"}
    for file in folder.iterdir():  # the database and SQLite's -wal/-shm files
        assert stat.S_IMODE(file.stat().st_mode) == 0o600, file.name
    store.close()
    assert read_schema_version(path) == SCHEMA_VERSION


def test_migrates_an_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "progress.sqlite3"
    path.touch(mode=0o644)
    store = ProgressStore.open(path)
    assert store.schema_version == SCHEMA_VERSION
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    store.close()


def test_tick_survives_reopening(tmp_path: Path) -> None:
    path = tmp_path / "progress.sqlite3"
    store = ProgressStore.open(path, clock=fixed_clock)
    store.set_ticked("agree-adults-too", True)
    store.set_ticked("know-block-report", True)
    store.set_ticked("know-block-report", False)
    store.close()
    again = ProgressStore.open(path)
    assert set(again.ticks()) == {"agree-adults-too"}
    assert again.ticks()["agree-adults-too"].ticked_at == NOW
    assert again.is_ticked("agree-adults-too") and not again.is_ticked("know-block-report")
    again.close()


def test_each_change_is_committed_at_once(tmp_path: Path) -> None:
    path = tmp_path / "progress.sqlite3"
    store = ProgressStore.open(path)
    store.set_ticked("learn-list-apps", True)
    other = sqlite3.connect(path)
    assert other.execute("SELECT item_id FROM checklist_ticks").fetchall() == [("learn-list-apps",)]
    other.close()
    store.close()


def test_settings_round_trip(tmp_path: Path) -> None:
    store = ProgressStore.open(tmp_path / "p.sqlite3")
    assert store.setting("country", "uk") == "uk"
    store.set_setting("country", "ie")
    assert store.setting("country") == "ie"
    store.close()


def _newer_database(path: Path) -> None:
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE checklist_ticks (item_id TEXT PRIMARY KEY, ticked_at TEXT NOT NULL)")
    db.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.execute("CREATE TABLE from_the_future (x)")
    db.execute(
        "INSERT INTO checklist_ticks VALUES ('talk-first-chat', '2026-01-02T03:04:05+00:00')"
    )
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    db.commit()
    db.close()


def _snapshot(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


def test_newer_database_is_read_only_and_byte_for_byte_unchanged(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "progress.sqlite3"
    _newer_database(path)
    before = _snapshot(folder)
    store = ProgressStore.open(path)
    assert store.read_only and store.found_version == SCHEMA_VERSION + 5
    assert set(store.ticks()) == {"talk-first-chat"}
    with pytest.raises(ReadOnlyStoreError):
        store.set_ticked("talk-first-chat", False)
    with pytest.raises(ReadOnlyStoreError):
        store.set_setting("country", "uk")
    store.close()
    assert _snapshot(folder) == before


def test_not_a_database_raises(tmp_path: Path) -> None:
    path = tmp_path / "progress.sqlite3"
    path.write_bytes(b"this is not a database at all" * 10)
    with pytest.raises(sqlite3.DatabaseError):
        ProgressStore.open(path)


def test_in_memory_store_writes_nothing(tmp_path: Path) -> None:
    store = ProgressStore.in_memory()
    store.set_ticked("talk-first-chat", True)
    assert store.is_ticked("talk-first-chat")
    store.close()
    assert list(tmp_path.iterdir()) == [tmp_path / "home"]

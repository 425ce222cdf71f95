"""The progress store: which checklist items a family has done, and when, in SQLite.

Every change is committed in its own transaction, so a crash or power cut loses at
most the click in flight. The schema is versioned with ``PRAGMA user_version``; a
database written by a newer version of the app is opened read-only and never changed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import sqlite3
import stat
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from companion.core.clock import Clock, SystemClock, local_day
from companion.core.store_documents import DocumentTables
from companion.paths import FILE_MODE

SYSTEM_CLOCK = SystemClock()

SCHEMA_VERSION = 3
_HEADER_SIZE = 100
_USER_VERSION_OFFSET = 60
_SQLITE_MAGIC = b"SQLite format 3\x00"


def _migrate_to_1(db: sqlite3.Connection) -> None:
    db.execute(
        """
        CREATE TABLE checklist_ticks (
            item_id   TEXT PRIMARY KEY,
            ticked_at TEXT NOT NULL  -- ISO 8601 date-time, UTC
        )
        """
    )
    db.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")


def _migrate_to_2(db: sqlite3.Connection) -> None:
    # One row per child's family agreement; the agreement itself is a JSON document.
    db.execute(
        """
        CREATE TABLE agreements (
            id         INTEGER PRIMARY KEY,
            document   TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """
    )


def _migrate_to_3(db: sqlite3.Connection) -> None:
    # One row per child's profile (companion.core.profiles), a JSON document.
    db.execute(
        "CREATE TABLE children (id INTEGER PRIMARY KEY, document TEXT NOT NULL,"
        " updated_at TEXT NOT NULL)"
    )


# MIGRATIONS[n] upgrades a database from version n to n + 1. Never edit a released one.
MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (
    _migrate_to_1,
    _migrate_to_2,
    _migrate_to_3,
)
assert len(MIGRATIONS) == SCHEMA_VERSION


class StoreError(Exception):
    """The progress store could not be read or written (a full disk, a lost file...).

    The one error the UI catches: SQLite's own errors never leave this module once the
    store is open (opening is handled by companion.core.session)."""


class ReadOnlyStoreError(StoreError):
    """A change was asked of a store that cannot be written."""


@dataclass(frozen=True)
class Tick:
    """``day`` is the calendar day the reader sees: the tick's time on the computer's own
    clock (companion.core.clock.local_day); by default the date of ``ticked_at``."""

    item_id: str
    ticked_at: dt.datetime
    day: dt.date = dt.date.min

    def __post_init__(self) -> None:
        if self.day == dt.date.min:
            object.__setattr__(self, "day", self.ticked_at.date())


def read_schema_version(path: Path) -> int | None:
    """Read ``user_version`` straight from the file header, without opening SQLite.

    Reading the header leaves the file and its folder exactly as they were, which
    matters for a database written by a newer version. Returns None when the file
    is empty or is not an SQLite database.
    """
    with path.open("rb") as handle:
        header = handle.read(_HEADER_SIZE)
    if len(header) < _HEADER_SIZE or not header.startswith(_SQLITE_MAGIC):
        return None
    return int.from_bytes(header[_USER_VERSION_OFFSET : _USER_VERSION_OFFSET + 4], "big")


UNKNOWN_TIME = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)


def _parse_time(text: object) -> dt.datetime:
    """A stored time; one that cannot be read (edited by hand, another program) keeps its
    tick, dated as long ago, rather than stop the app from starting."""
    try:
        return dt.datetime.fromisoformat(str(text))
    except ValueError:
        try:
            day = dt.date.fromisoformat(str(text)[:10])
        except ValueError:
            return UNKNOWN_TIME
        return dt.datetime(day.year, day.month, day.day, tzinfo=dt.timezone.utc)


def _keep_private(path: Path) -> None:
    """Take other users' access away; never give the owner a write permission the file
    did not have (a read-only file stays read-only, and is shown read-only)."""
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        os.chmod(path, mode & FILE_MODE)


class ProgressStore(DocumentTables):
    """Checklist ticks, small settings and (DocumentTables) agreements and children.
    Use :meth:`open` or :meth:`in_memory`."""

    def __init__(
        self,
        connection: sqlite3.Connection,
        *,
        read_only: bool,
        found_version: int,
        clock: Clock = SYSTEM_CLOCK,
    ) -> None:
        self._db = connection
        self.read_only = read_only
        self.found_version = found_version
        self._clock = clock

    # --- opening ---------------------------------------------------------------
    @classmethod
    def open(cls, path: Path, clock: Clock = SYSTEM_CLOCK) -> ProgressStore:
        """Open (creating if needed, owner-only) the database at ``path``.

        Raises ``sqlite3.DatabaseError`` for a file that is not a usable database, and
        ``sqlite3.OperationalError`` or ``OSError`` for one that is fine but cannot be
        written (no permission, locked, a read-only disk): never treat those as damage.
        """
        if path.exists():
            version = read_schema_version(path)
            if version is not None and version > SCHEMA_VERSION:
                # immutable=1: no locks, no journal, no -shm file; the bytes stay as they are.
                uri = f"{path.absolute().as_uri()}?mode=ro&immutable=1"
                connection = sqlite3.connect(uri, uri=True, isolation_level=None)
                return cls(connection, read_only=True, found_version=version, clock=clock)
        else:
            # Create the file ourselves so it is 0600 whatever the umask; SQLite gives
            # its -wal and -shm files the same mode as the database file.
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE))
        _keep_private(path)
        if not os.access(path, os.W_OK):
            raise PermissionError(errno.EACCES, "the progress file is read-only", str(path))
        connection = sqlite3.connect(path, isolation_level=None)
        try:
            # A quick look at every page: damage found now is recoverable, later it is not.
            if connection.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise sqlite3.DatabaseError(f"{path} failed its integrity check")
            version = int(connection.execute("PRAGMA user_version").fetchone()[0])
            if version > SCHEMA_VERSION:
                # A newer version committed its schema, still only in the WAL (it was
                # stopped before a checkpoint): read it, change nothing.
                connection.execute("PRAGMA query_only = 1")
                return cls(connection, read_only=True, found_version=version, clock=clock)
            # A file SQLite could only open for reading (its -shm belongs to another user,
            # say) is not damaged: say it cannot be written, before anything is.
            connection.execute("BEGIN IMMEDIATE")
            connection.execute("ROLLBACK")
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=FULL")
            store = cls(connection, read_only=False, found_version=0, clock=clock)
            store.found_version = store._migrate()
        except BaseException:
            connection.close()
            raise
        return store

    @classmethod
    def open_read_only(cls, path: Path, clock: Clock = SYSTEM_CLOCK) -> ProgressStore:
        """Show what was saved when nothing can be written (a read-only folder or disk).

        Raises ``sqlite3.Error`` when the file cannot be read at all."""
        uri = f"{path.absolute().as_uri()}?mode=ro&immutable=1"
        connection = sqlite3.connect(uri, uri=True, isolation_level=None)
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.Error:
            connection.close()
            raise
        version = read_schema_version(path) or 0
        return cls(connection, read_only=True, found_version=version, clock=clock)

    @classmethod
    def in_memory(cls, clock: Clock = SYSTEM_CLOCK) -> ProgressStore:
        """A store that is never written to disk (public mode, failures, tests)."""
        connection = sqlite3.connect(":memory:", isolation_level=None)
        store = cls(connection, read_only=False, found_version=0, clock=clock)
        store._migrate()
        return store

    def close(self) -> None:
        self._db.close()

    @property
    def schema_version(self) -> int:
        row = self._db.execute("PRAGMA user_version").fetchone()
        return int(row[0])

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        if self.read_only:
            raise ReadOnlyStoreError("this progress file is read-only")
        try:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")
        except sqlite3.Error as error:
            with contextlib.suppress(sqlite3.Error):
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
            raise StoreError(str(error)) from error

    def _migrate(self) -> int:
        found = self.schema_version
        for version in range(found, SCHEMA_VERSION):
            with self._transaction() as db:
                MIGRATIONS[version](db)
                db.execute(f"PRAGMA user_version = {version + 1}")
        return found

    # --- checklist --------------------------------------------------------------
    def set_ticked(self, item_id: str, ticked: bool) -> None:
        """Tick or untick one item; committed before this returns."""
        with self._transaction() as db:
            if ticked:
                db.execute(
                    "INSERT OR REPLACE INTO checklist_ticks (item_id, ticked_at) VALUES (?, ?)",
                    (item_id, self._clock.now().isoformat()),
                )
            else:
                db.execute("DELETE FROM checklist_ticks WHERE item_id = ?", (item_id,))

    def _read(self, sql: str, args: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
        """Run a query; in a read-only store, what cannot be read reads as empty."""
        try:
            return self._db.execute(sql, args).fetchall()
        except sqlite3.Error as error:
            # Read-only: a newer database may lack a table, or be damaged past its
            # header; show what can be shown rather than nothing at all.
            if self.read_only and isinstance(error, sqlite3.DatabaseError):
                return []
            raise StoreError(str(error)) from error

    def ticks(self) -> dict[str, Tick]:
        rows = self._read("SELECT item_id, ticked_at FROM checklist_ticks")
        ticks = {}
        for item_id, at in rows:
            moment = _parse_time(at)
            ticks[str(item_id)] = Tick(str(item_id), moment, local_day(moment, self._clock))
        return ticks

    def is_ticked(self, item_id: str) -> bool:
        return bool(self._read("SELECT 1 FROM checklist_ticks WHERE item_id = ?", (item_id,)))

    # --- settings ---------------------------------------------------------------
    def setting(self, key: str, default: str | None = None) -> str | None:
        rows = self._read("SELECT value FROM settings WHERE key = ?", (key,))
        return default if not rows else str(rows[0][0])

    def set_setting(self, key: str, value: str) -> None:
        self.set_settings({key: value})

    def set_settings(self, values: dict[str, str]) -> None:
        """Save several settings in one transaction: all of them or none."""
        with self._transaction() as db:
            db.executemany(
                "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", values.items()
            )

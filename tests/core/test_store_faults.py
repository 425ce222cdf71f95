"""Faults from the reliability review (2026-12), one test for each row that failed: a
healthy database is never treated as damaged, no bad row stops the app, and "Delete all
my data" leaves nothing behind.

Permission faults run as a separate, unprivileged user (root ignores permissions); as a
normal user they run as that user.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from companion.core.agreement import load_agreements
from companion.core.progress import SCHEMA_VERSION, ProgressStore, ReadOnlyStoreError
from companion.core.recovery import make_daily_backup
from companion.core.session import Outcome, open_store
from companion.paths import DataLocation

PATRON = 4242
ITEMS = ("talk-first-chat", "agree-adults-too", "learn-list-apps")

OPEN = r"""
import json, sys
from pathlib import Path
from companion.core.session import open_store
from companion.paths import DataLocation
store, saved, events = open_store(DataLocation(Path(sys.argv[1]), "option"))
print(json.dumps({"ticks": sorted(store.ticks()), "read_only": store.read_only,
                  "saved": saved is not None, "events": [e.outcome.value for e in events]}))
"""

MAKE = r"""
import sys
from pathlib import Path
from companion.core.progress import ProgressStore
store = ProgressStore.open(Path(sys.argv[1]) / "progress.sqlite3")
for item in sys.argv[2:]:
    store.set_ticked(item, True)
store.close()
"""


@pytest.fixture
def shared_tmp() -> Iterator[Path]:
    """A folder another user can reach (pytest's own are root's alone)."""
    folder = Path(tempfile.mkdtemp(prefix="pc-faults-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        subprocess.run(["rm", "-rf", str(folder)], check=False)


@pytest.fixture(scope="module")
def patron_site() -> Iterator[Path]:
    """The app's code where the patron can read it.

    The checkout and its virtual environment may sit in a folder only root can enter
    (a fresh clone under a private temporary folder, say), so the unprivileged user gets
    a world-readable copy of the package and of the one library it needs to open a
    store."""
    import platformdirs

    import companion

    folder = Path(tempfile.mkdtemp(prefix="pc-faults-site-"))
    folder.chmod(0o755)
    for package in (companion, platformdirs):
        source = Path(package.__file__).parent  # type: ignore[arg-type]
        shutil.copytree(source, folder / source.name, ignore=shutil.ignore_patterns("__pycache__"))
    for path in folder.rglob("*"):
        path.chmod(0o755 if path.is_dir() else 0o644)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(autouse=True)
def _patron_site_on_path(patron_site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PC_PATRON_SITE", str(patron_site))


def as_patron(script: str, *args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-c", script, *args]
    if os.getuid() == 0:
        command = ["setpriv", f"--reuid={PATRON}", f"--regid={PATRON}", "--clear-groups"]
        command += [sys.executable, "-c", script, *args]
    paths = [os.environ.get("PC_PATRON_SITE", ""), *sys.path]
    env = {
        **os.environ,
        "HOME": "/nonexistent",
        "PYTHONPATH": os.pathsep.join(p for p in paths if p),
    }
    return subprocess.run(command, capture_output=True, text=True, timeout=60, env=env)


def patron_data(shared_tmp: Path) -> Path:
    data = shared_tmp / "data"
    data.mkdir(mode=0o700)
    if os.getuid() == 0:
        os.chown(data, PATRON, PATRON)
    made = as_patron(MAKE, str(data), *ITEMS)
    assert made.returncode == 0, made.stderr
    return data


def open_as_patron(data: Path) -> dict[str, object]:
    result = as_patron(OPEN, str(data))
    assert result.returncode == 0, result.stderr  # the app starts: no traceback
    return dict(json.loads(result.stdout))


def nothing_moved_aside(data: Path) -> bool:
    return not [p for p in data.iterdir() if ".broken-" in p.name]


def test_a_folder_without_write_permission_shows_what_was_saved(shared_tmp: Path) -> None:
    data = patron_data(shared_tmp)
    data.chmod(0o500)
    outcome = open_as_patron(data)
    assert outcome["ticks"] == sorted(ITEMS) and outcome["read_only"]
    assert outcome["events"] == [Outcome.FOLDER_READ_ONLY.value]
    data.chmod(0o700)
    assert nothing_moved_aside(data)


@pytest.mark.skipif(os.getuid() != 0, reason="root-owned files need root")
def test_wal_and_shm_left_by_a_sudo_run_are_not_damage(shared_tmp: Path) -> None:
    data = patron_data(shared_tmp)
    leave = (
        "import sqlite3, os, sys; c = sqlite3.connect(sys.argv[1]);"
        "c.execute('PRAGMA journal_mode=WAL'); c.execute('SELECT * FROM settings').fetchall();"
        "os._exit(0)"
    )
    subprocess.run([sys.executable, "-c", leave, str(data / "progress.sqlite3")], check=True)
    for suffix in (
        "-wal",
        "-shm",
    ):  # as a root-owned run leaves them (this SQLite would hand them over)
        os.chown(data / f"progress.sqlite3{suffix}", 0, 0)
        (data / f"progress.sqlite3{suffix}").chmod(0o644)
    outcome = open_as_patron(data)
    assert outcome["ticks"] == sorted(ITEMS) and outcome["read_only"]
    assert outcome["events"] == [Outcome.FOLDER_READ_ONLY.value]  # never "damaged"
    assert nothing_moved_aside(data)


@pytest.mark.skipif(os.getuid() != 0, reason="a root-owned folder needs root")
def test_a_data_folder_made_by_sudo_does_not_stop_the_app(shared_tmp: Path) -> None:
    data = shared_tmp / "data"
    data.mkdir(mode=0o700)  # root's, as `sudo parent-companion` would leave it
    outcome = open_as_patron(data)
    assert outcome["ticks"] == [] and not outcome["saved"]
    assert outcome["events"] == [Outcome.NOT_SAVED.value]


def test_a_read_only_file_is_shown_read_only_and_stays_read_only(shared_tmp: Path) -> None:
    data = patron_data(shared_tmp)
    (data / "progress.sqlite3").chmod(0o400)
    outcome = open_as_patron(data)
    assert outcome["ticks"] == sorted(ITEMS) and outcome["read_only"]
    assert stat.S_IMODE((data / "progress.sqlite3").stat().st_mode) == 0o400


# --- bad rows and documents (no other user needed) ------------------------------------
@pytest.fixture
def location(tmp_path: Path) -> DataLocation:
    place = DataLocation(tmp_path / "data", "option")
    place.ensure()
    store = ProgressStore.open(place.database)
    for item in ITEMS:
        store.set_ticked(item, True)
    store.close()
    return place


def test_a_tick_with_an_unreadable_date_does_not_stop_the_app(location: DataLocation) -> None:
    with sqlite3.connect(location.database) as db:
        db.execute(
            "UPDATE checklist_ticks SET ticked_at = 'last Tuesday' WHERE item_id = ?", ITEMS[:1]
        )
    store, _, events = open_store(location)
    assert sorted(store.ticks()) == sorted(ITEMS) and events == ()
    store.close()


def test_a_newer_file_with_a_damaged_body_does_not_stop_the_app(location: DataLocation) -> None:
    data = bytearray(location.database.read_bytes())
    data[60:64] = (99).to_bytes(4, "big")  # user_version in the header
    data[4096:] = os.urandom(len(data) - 4096)
    location.database.write_bytes(bytes(data))
    store, _, events = open_store(location)
    assert store.read_only and store.ticks() == {}
    assert [e.outcome for e in events] == [Outcome.NEWER_VERSION]
    store.close()


def test_a_newer_schema_still_only_in_the_wal_is_opened_read_only(
    location: DataLocation,
) -> None:
    newer = (
        "import sqlite3, os, sys; c = sqlite3.connect(sys.argv[1], isolation_level=None);"
        "c.execute('PRAGMA journal_mode=WAL'); c.execute('PRAGMA wal_autocheckpoint=0');"
        f"c.execute('PRAGMA user_version = {SCHEMA_VERSION + 1}'); os._exit(0)"
    )
    subprocess.run([sys.executable, "-c", newer, str(location.database)], check=True)
    assert location.database.read_bytes()[60:64] == SCHEMA_VERSION.to_bytes(4, "big")
    store = ProgressStore.open(location.database)
    assert store.read_only and store.found_version == SCHEMA_VERSION + 1
    assert sorted(store.ticks()) == sorted(ITEMS)
    with pytest.raises(ReadOnlyStoreError):
        store.set_ticked("know-location-off", True)
    store.close()


def test_a_damaged_backup_is_not_called_no_copy(location: DataLocation) -> None:
    make_daily_backup(location, __import__("datetime").date(2026, 11, 30))
    backup = next((location.directory / "backups").iterdir())
    backup.write_bytes(b"\x00damaged" * 600)
    location.database.write_bytes(b"\x00damaged" * 600)
    store, _, events = open_store(location)
    assert [e.outcome for e in events] == [Outcome.DAMAGED_BACKUPS_TOO]
    assert sorted(p.name for p in backup.parent.iterdir()) == [backup.name]  # no -wal/-shm
    store.close()


@pytest.mark.parametrize("bad", ["{not json", '{"sections": "oops"}', "[1, 2]", "null"])
def test_a_bad_agreement_document_does_not_hide_the_others(
    location: DataLocation, bad: str
) -> None:
    store = ProgressStore.open(location.database)
    store.save_agreement_document(None, bad)
    good = store.save_agreement_document(None, json.dumps({"child_name": "Sam"}))
    names = [(a.id, a.child_name) for a in load_agreements(store)]
    assert (good, "Sam") in names
    store.close()


# --- deleting data, and folder modes ---------------------------------------------------
def test_delete_all_my_data_removes_a_half_made_backup_and_the_folder(
    location: DataLocation,
) -> None:
    backups = location.directory / "backups"
    backups.mkdir(mode=0o700)
    (backups / "progress-2026-12-01.sqlite3.partial").write_bytes(b"ticks")
    (backups / "progress-2026-12-01.sqlite3.partial-journal").write_bytes(b"x")
    (backups / "progress-2026-12-01.partial").write_bytes(b"an older version's name")
    location.remove_app_files()
    assert not location.directory.exists()


def test_a_backup_in_the_making_has_a_name_delete_all_knows(
    location: DataLocation, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[str] = []
    real_connect = sqlite3.connect

    def spy(target: object, *args: object, **kwargs: object) -> sqlite3.Connection:
        seen.append(Path(str(target)).name)
        return real_connect(target, *args, **kwargs)  # type: ignore[call-overload, no-any-return]

    monkeypatch.setattr(sqlite3, "connect", spy)
    make_daily_backup(location, __import__("datetime").date(2026, 12, 1))
    assert "progress-2026-12-01.sqlite3.partial" in seen


def test_folders_it_makes_are_owner_only_whatever_the_umask(tmp_path: Path) -> None:
    old = os.umask(0)
    try:
        DataLocation(tmp_path / "home" / ".local" / "share" / "pc", "option").ensure()
    finally:
        os.umask(old)
    for folder in (".local", ".local/share", ".local/share/pc"):
        assert stat.S_IMODE((tmp_path / "home" / folder).stat().st_mode) == 0o700, folder


def test_it_never_changes_a_folder_it_did_not_make(tmp_path: Path) -> None:
    target = tmp_path / "shared-folder"
    target.mkdir()
    target.chmod(0o755)
    link = tmp_path / "link"
    link.symlink_to(target)
    DataLocation(link, "option").ensure()
    assert stat.S_IMODE(target.stat().st_mode) == 0o755


def test_a_dangling_link_is_called_a_link(tmp_path: Path) -> None:
    link = tmp_path / "gone"
    link.symlink_to(tmp_path / "nowhere")
    with pytest.raises(OSError, match="link to something that does not exist"):
        DataLocation(link, "option").ensure()


def test_a_locked_file_is_shown_read_only_not_moved_aside(location: DataLocation) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys; c = sqlite3.connect(sys.argv[1], isolation_level=None);"
            "c.execute('BEGIN EXCLUSIVE'); print('locked', flush=True); sys.stdin.read()",
            str(location.database),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        store, saved, events = open_store(location)  # waits SQLite's 5 s for the lock
        assert store.read_only and sorted(store.ticks()) == sorted(ITEMS)
        assert saved is None and [e.outcome for e in events] == [Outcome.FOLDER_READ_ONLY]
        assert nothing_moved_aside(location.directory)
        store.close()
    finally:
        holder.kill()
        holder.wait(timeout=10)
        for pipe in (holder.stdin, holder.stdout):
            if pipe is not None:
                pipe.close()

"""A full disk and a read-only disk, for real: a small tmpfs mounted for the test (root
ignores chmod, so permissions alone prove nothing). Skipped where mounting is not allowed."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from companion.core.progress import ProgressStore
from companion.ui.pages.checklist import ChecklistPage

from .conftest import DesktopRecorder, MakeWindow

SIZE = "400k"


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    mount = tmp_path / "small-disk"
    mount.mkdir()
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={SIZE},mode=0700", "tmpfs", str(mount)],
        capture_output=True,
        check=False,
    )
    if made.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {made.stderr.decode().strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def tick(qtbot: QtBot, page: ChecklistPage, item_id: str) -> None:
    box = page.item_widget(item_id).checkbox
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)


def test_full_disk_says_so_and_loses_nothing_saved(
    qtbot: QtBot, make_window: MakeWindow, recorder: DesktopRecorder, small_disk: Path
) -> None:
    data = small_disk / "data"
    window = make_window(data_dir=data)
    window.show_page("checklist")
    page = window.current_page()
    assert isinstance(page, ChecklistPage)
    tick(qtbot, page, "talk-first-chat")
    assert window.context.store.is_ticked("talk-first-chat")
    # Fill the disk, leaving almost nothing.
    with (small_disk / "filler").open("wb", buffering=0) as filler:
        try:
            while True:
                filler.write(b"\0" * 4096)
        except OSError:
            pass
    for item in ("talk-never-in-trouble", "know-location-off", "agree-adults-too"):
        tick(qtbot, page, item)
    assert recorder.problems, "a full disk went unreported"
    assert "could not be saved" in recorder.problems[0]
    assert "full" in recorder.problems[0].lower()
    failed = [
        i
        for i in ("talk-never-in-trouble", "know-location-off", "agree-adults-too")
        if not window.context.store.is_ticked(i)
    ]
    for item in failed:  # a box never claims a tick that was not saved
        assert not page.item_widget(item).checkbox.isChecked()
    (small_disk / "filler").unlink()
    window.close()
    window.context.store.close()
    again = ProgressStore.open(data / "progress.sqlite3")
    assert again.is_ticked("talk-first-chat")
    again.close()


def test_read_only_disk_shows_saved_progress_and_says_changes_cannot_be_saved(
    make_window: MakeWindow, small_disk: Path
) -> None:
    data = small_disk / "data"
    window = make_window(data_dir=data)
    window.context.store.set_ticked("learn-list-apps", True)
    window.close()
    window.context.store.close()
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    window = make_window(data_dir=data)
    assert window.context.store.read_only
    assert window.context.store.is_ticked("learn-list-apps")
    banners = [w for w in window.warnings if "cannot save changes" in w]
    assert banners
    window.show_page("checklist")
    page = window.current_page()
    assert isinstance(page, ChecklistPage)
    box = page.item_widget("learn-list-apps").checkbox
    assert box.isChecked() and not box.isEnabled()


def test_a_disk_full_at_start_is_not_mistaken_for_another_copy(
    recorder: DesktopRecorder, small_disk: Path
) -> None:
    from companion.paths import SHOW_REQUEST_NAME, resolve_data_location
    from companion.ui import instances

    data = small_disk / "data"
    data.mkdir(mode=0o700)
    with (small_disk / "filler").open("wb", buffering=0) as filler:
        try:
            while True:
                filler.write(b"\0" * 4096)
        except OSError:
            pass
    carry_on, guard = instances.claim_single_instance(resolve_data_location(str(data)))
    assert carry_on and guard is None  # the store then says, in plain words, what is wrong
    assert not (data / SHOW_REQUEST_NAME).exists()
